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
        extra: { options: `-c role=${config.DB_APP_ROLE} -c timezone=UTC`, max: 20, connectionTimeoutMillis: 5000 },
        retryAttempts: 3,
        retryDelay: 1000,
      }),
    }),
  ],
})
export class DatabaseModule {}
