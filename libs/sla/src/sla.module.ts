import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { CasesModule } from '@app/cases';
import { NotificationsModule } from '@app/notifications';
import { ZonesModule } from '@app/zones';
import { HolidayCalendar } from './holidays/holiday-calendar';
import { SlaClocksService } from './clocks/sla-clocks.service';
import { SlaEffects } from './effects/sla-effects.service';
import { SlaPolicies } from './policies/sla-policies';
import { SlaSweeper } from './sweep/sla-sweeper';

/** SLA clocks kept with every case change, and the exactly-once effects of their deadlines: api and worker. */
@Module({
  imports: [CasesModule, ZonesModule, AuditModule, NotificationsModule],
  providers: [HolidayCalendar, SlaPolicies, SlaClocksService, SlaEffects, SlaSweeper],
  exports: [HolidayCalendar, SlaPolicies, SlaClocksService, SlaEffects, SlaSweeper],
})
export class SlaModule {}
