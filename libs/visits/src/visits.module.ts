import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { CasesModule } from '@app/cases';
import { EvidenceModule } from '@app/evidence';
import { NotificationsModule } from '@app/notifications';
import { UserDirectoryModule } from '@app/users';
import { ZonesModule } from '@app/zones';
import { VisitsController } from './visits.controller';
import { VisitsRepository } from './visits.repository';
import { VisitsService } from './visits.service';

/** 上门服务: on-site expert visits on a case. */
@Module({
  imports: [AuditModule, CasesModule, EvidenceModule, NotificationsModule, UserDirectoryModule, ZonesModule],
  controllers: [VisitsController],
  providers: [VisitsRepository, VisitsService],
  exports: [VisitsService],
})
export class VisitsModule {}
