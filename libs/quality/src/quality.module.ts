import { BullModule } from '@nestjs/bull';
import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { DashboardModule } from '@app/dashboard';
import { JobsModule, QUALITY_TIMERS_QUEUE } from '@app/jobs';
import { NotificationsModule } from '@app/notifications';
import { SlaModule } from '@app/sla';
import { ZonesModule } from '@app/zones';
import { AppealsService } from './appeals.service';
import { PublicQualityController } from './public-quality.controller';
import { QualityController } from './quality.controller';
import { QualityRepository } from './quality.repository';
import { QualityFiguresService } from './quality-figures.service';
import { QualitySweepJob, RectificationOverdueJob } from './quality-timers.job';
import { QualityTimers } from './quality-timers.service';
import { RectificationsService } from './rectifications.service';

/** 好差评整改: rectifications of 差评 (opened by the rating's own transaction), appeals, figures. */
@Module({
  imports: [AuditModule, DashboardModule, JobsModule, NotificationsModule, SlaModule, ZonesModule],
  providers: [QualityRepository, RectificationsService, AppealsService, QualityFiguresService, QualityTimers],
  exports: [RectificationsService, AppealsService, QualityFiguresService, QualityTimers],
})
export class QualityModule {}

/** The routes (the desk, creators, the city supervisor, and the public figures). */
@Module({ imports: [QualityModule], controllers: [QualityController, PublicQualityController] })
export class QualityApiModule {}

/** The deadline timers and their minute sweep: the worker only. */
@Module({ imports: [QualityModule, BullModule.registerQueue({ name: QUALITY_TIMERS_QUEUE })], providers: [RectificationOverdueJob, QualitySweepJob] })
export class QualityWorkerModule {}
