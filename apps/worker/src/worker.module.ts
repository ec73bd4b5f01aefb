import { BullModule } from '@nestjs/bull';
import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AppointmentsWorkerModule } from '@app/appointments';
import { AuditModule } from '@app/audit';
import { AppConfig, ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { PiiModule } from '@app/pii';
import { RetentionModule } from '@app/retention';
import { bullRootOptions } from '@app/jobs';
import { SlaWorkerModule } from '@app/sla';
import { QualityWorkerModule } from '@app/quality';

@Module({
  imports: [
    ConfigModule,
    LoggerModule.forRootAsync({ inject: [AppConfig], useFactory: (c: AppConfig) => ({ pinoHttp: { level: c.LOG_LEVEL } }) }),
    DatabaseModule,
    PiiModule,
    // Keep Redis bounded: completed and failed jobs are dropped beyond a limit (see bullRootOptions).
    BullModule.forRootAsync({ inject: [AppConfig], useFactory: bullRootOptions }),
    SlaWorkerModule,
    AppointmentsWorkerModule,
    QualityWorkerModule,
    RetentionModule.withSchedule(),
    // Links committed audit events into the keyed chain and writes the signed checkpoints.
    AuditModule.withLinker(),
  ],
})
export class WorkerModule {}
