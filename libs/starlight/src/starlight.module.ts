import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { CasesModule } from '@app/cases';
import { NotificationsModule } from '@app/notifications';
import { ZonesModule } from '@app/zones';
import { NominationsService } from './nominations.service';
import { RoundsService } from './rounds.service';
import { StarlightController } from './starlight.controller';
import { StarlightRepository } from './starlight.repository';

/** 星光计划: honour rounds and nominations over the `starlight` cases. */
@Module({
  imports: [AuditModule, CasesModule, NotificationsModule, ZonesModule],
  controllers: [StarlightController],
  providers: [RoundsService, NominationsService, StarlightRepository],
  exports: [RoundsService, NominationsService],
})
export class StarlightModule {}
