import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { CasesModule, CasesSystemModule } from '@app/cases';
import { JobsModule } from '@app/jobs';
import { NotificationsModule } from '@app/notifications';
import { ZonesModule } from '@app/zones';
import { HolidayCalendar } from './holidays/holiday-calendar.service';
import { HolidayYearRepository } from './holidays/holiday-year.repository';
import { SlaClockRebuild } from './clocks/sla-clock-rebuild.service';
import { SlaCaseListRepository } from './clocks/sla-case-list.repository';
import { SlaClockRepository } from './clocks/sla-clock.repository';
import { SlaClocksService } from './clocks/sla-clocks.service';
import { SlaEffects } from './effects/sla-effects.service';
import { SlaPolicies } from './policies/sla-policies.service';
import { SlaPolicyRepository } from './policies/sla-policy.repository';
import { SlaSweeper } from './sweep/sla-sweeper';

/**
 * SLA clocks kept with every case change (a listener of case events, and the case lists'
 * overdue / due-soon filters and the clocks on the case page): api and worker.
 */
@Module({
  imports: [AuditModule, JobsModule],
  providers: [HolidayCalendar, HolidayYearRepository, SlaPolicies, SlaPolicyRepository, SlaClockRepository, SlaClocksService, SlaCaseListRepository],
  exports: [HolidayCalendar, SlaPolicies, SlaClockRepository, SlaClocksService],
})
export class SlaModule {}

/**
 * The exactly-once effects of deadlines, the sweep and the rebuilding of clocks: the system's
 * side, with unscoped access to cases. The worker imports it (and seeds and tests that act as
 * the worker); the api never does.
 */
@Module({
  imports: [SlaModule, CasesModule, CasesSystemModule, NotificationsModule, ZonesModule, AuditModule, JobsModule],
  providers: [SlaEffects, SlaSweeper, SlaClockRebuild],
  exports: [SlaModule, SlaEffects, SlaSweeper, SlaClockRebuild],
})
export class SlaSystemModule {}
