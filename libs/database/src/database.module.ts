import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@app/config';

/**
 * One pool per process. Every connection switches to the application's role, which may only
 * append to the audit log; migrations run as the owner instead (see migration-runner.ts).
 */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        type: 'postgres' as const,
        url: config.DATABASE_URL,
        autoLoadEntities: true,
        synchronize: false,
        migrationsRun: false,
        // Under overload a request waits for a connection (then 503) rather than failing fast.
        // Code inside a transaction must use its manager only: a second connection taken there
        // can wait forever once every connection is held (test/one-connection.e2e-spec.ts).
        extra: { options: `-c role=${config.DB_APP_ROLE} -c timezone=UTC`, max: config.DB_POOL_MAX, connectionTimeoutMillis: config.DB_POOL_WAIT_MS },
        retryAttempts: 3,
        retryDelay: 1000,
      }),
    }),
  ],
})
export class DatabaseModule {}
