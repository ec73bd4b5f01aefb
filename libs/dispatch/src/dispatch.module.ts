import { BullModule } from '@nestjs/bull';
import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { CasesModule } from '@app/cases';
import { DISPATCH_TIMERS_QUEUE, JobsModule } from '@app/jobs';
import { NotificationsModule } from '@app/notifications';
import { SlaModule } from '@app/sla';
import { ZonesModule } from '@app/zones';
import { DispatchController } from './dispatch.controller';
import { DispatchService } from './dispatch.service';
import { DispatchSettingsRepository } from './dispatch-settings.repository';
import { DispatchSweepJob } from './dispatch-sweep.job';
import { ReturnVisitsRepository } from './return-visits.repository';
import { ReturnVisitsService } from './return-visits.service';
import { SupervisionRepository } from './supervision.repository';
import { SupervisionService } from './supervision.service';
import { SupervisionTimerJob } from './supervision-timer.job';
import { SupervisionTimers } from './supervision-timers.service';
import { TransfersRepository } from './transfers.repository';
import { TransfersService } from './transfers.service';

/** Transfers, supervision orders and return visits (with the resolution listener that picks return visits): api and worker. */
@Module({
  imports: [AuditModule, CasesModule, JobsModule, NotificationsModule, SlaModule, ZonesModule],
  providers: [
    DispatchSettingsRepository,
    TransfersRepository,
    SupervisionRepository,
    ReturnVisitsRepository,
    TransfersService,
    SupervisionService,
    ReturnVisitsService,
    SupervisionTimers,
    DispatchService,
  ],
  exports: [DispatchService, SupervisionTimers, DispatchSettingsRepository],
})
export class DispatchModule {}

/** The dispatch routes. */
@Module({ imports: [DispatchModule], controllers: [DispatchController] })
export class DispatchApiModule {}

/** The supervision timers and the dispatch sweep: the worker only. */
@Module({ imports: [DispatchModule, BullModule.registerQueue({ name: DISPATCH_TIMERS_QUEUE })], providers: [SupervisionTimerJob, DispatchSweepJob] })
export class DispatchWorkerModule {}
