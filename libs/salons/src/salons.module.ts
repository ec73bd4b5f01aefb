import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { CasesModule } from '@app/cases';
import { NotificationsModule } from '@app/notifications';
import { ZonesModule } from '@app/zones';
import { SalonsController } from './salons.controller';
import { SalonsRepository } from './salons.repository';
import { SalonsService } from './salons.service';

/** 大V沙龙 events: publishing, registration and waiting list, door check-in, questions as cases, ratings, figures. */
@Module({
  imports: [AuditModule, CasesModule, NotificationsModule, ZonesModule],
  controllers: [SalonsController],
  providers: [SalonsRepository, SalonsService],
  exports: [SalonsService],
})
export class SalonsModule {}
