import { BullModule } from '@nestjs/bull';
import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig, ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { NotificationsModule } from '@app/notifications';
import { PiiModule } from '@app/pii';

@Module({
  imports: [
    ConfigModule,
    LoggerModule.forRootAsync({ inject: [AppConfig], useFactory: (c: AppConfig) => ({ pinoHttp: { level: c.LOG_LEVEL } }) }),
    DatabaseModule,
    PiiModule,
    BullModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (c: AppConfig) => ({
        url: c.REDIS_URL,
        prefix: c.QUEUE_PREFIX,
        // Keep Redis bounded: completed jobs are dropped, failed ones kept for a while.
        defaultJobOptions: { removeOnComplete: 1000, removeOnFail: 5000 },
      }),
    }),
    NotificationsModule,
  ],
})
export class WorkerModule {}
