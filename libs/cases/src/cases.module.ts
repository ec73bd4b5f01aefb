import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@app/audit';
import { ZonesModule } from '@app/zones';
import { CaseEntity } from './case.entity';
import { CaseHooks } from './case-hooks';
import { CaseRepository } from './case.repository';
import { CaseActionsController } from './case-actions.controller';
import { CasesController } from './cases.controller';
import { CasesService } from './cases.service';
import { ProgrammesController } from './programmes.controller';
import { ReviewsController } from './reviews.controller';
import { ReviewsService } from './reviews.service';

@Module({
  imports: [TypeOrmModule.forFeature([CaseEntity]), AuditModule, ZonesModule],
  controllers: [CasesController, CaseActionsController, ReviewsController, ProgrammesController],
  providers: [CasesService, CaseRepository, CaseHooks, ReviewsService],
  exports: [CasesService, CaseRepository, CaseHooks],
})
export class CasesModule {}
