import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { CasesModule } from '@app/cases';
import { ZonesModule } from '@app/zones';
import { ConsultationsController } from './consultations.controller';
import { ConsultationsRepository } from './consultations.repository';
import { ConsultationsService } from './consultations.service';

/** 众智平台: consultations, suggestions and their answers, over the `legislation` cases. */
@Module({
  imports: [AuditModule, CasesModule, ZonesModule],
  controllers: [ConsultationsController],
  providers: [ConsultationsService, ConsultationsRepository],
  exports: [ConsultationsService],
})
export class LegislationModule {}
