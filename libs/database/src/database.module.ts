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
        // Under overload a request waits up to 15 s for a connection (then 503) rather than failing fast.
        extra: { options: `-c role=${config.DB_APP_ROLE} -c timezone=UTC`, max: 20, connectionTimeoutMillis: 15_000 },
        retryAttempts: 3,
        retryDelay: 1000,
      }),
    }),
  ],
})
export class DatabaseModule {}
