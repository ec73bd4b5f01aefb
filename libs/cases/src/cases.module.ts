import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@app/audit';
import { IdempotencyInterceptor, IdempotencyRepository } from '@app/idempotency';
import { UserDirectoryModule } from '@app/users';
import { ZonesModule } from '@app/zones';
import { CaseEntity } from './case.entity';
import { CaseLivePublisher } from './live/case-live.publisher';
import { CaseChannelRepository } from './persistence/case-channel.repository';
import { CasePublicStateRepository } from './persistence/case-public-state.repository';
import { CaseActionsController } from './case-actions.controller';
import { CaseBulkController } from './case-bulk.controller';
import { CaseBulkService } from './services/case-bulk.service';
import { CasesController } from './cases.controller';
import { CaseEvents } from './events/case-events.publisher';
import { CaseExtensions } from './events/case-extensions';
import { CaseReferenceRepository } from './persistence/case-reference.repository';
import { CaseTimelineRepository } from './persistence/case-timeline.repository';
import { CaseRepository } from './persistence/case.repository';
import { CaseReadRepository } from './persistence/case-read.repository';
import { EscalationRepository } from './persistence/escalation.repository';
import { SystemCaseRepository } from './persistence/system-case.repository';
import { ProgrammesController } from './programmes.controller';
import { CaseAssignmentService } from './services/case-assignment.service';
import { CaseCommentsService } from './services/case-comments.service';
import { CaseFilingService } from './services/case-filing.service';
import { CaseQueriesService } from './services/case-queries.service';
import { CaseWorkflowService } from './services/case-workflow.service';
import { CasesService } from './services/cases.service';

/**
 * Scoped reads of cases and their timeline, for modules that read cases or add to a case's
 * timeline without changing its lifecycle (evidence, creators, exports).
 */
@Module({
  imports: [TypeOrmModule.forFeature([CaseEntity]), DiscoveryModule],
  providers: [CaseRepository, CaseTimelineRepository, CaseExtensions, CaseChannelRepository, CasePublicStateRepository],
  exports: [CaseRepository, CaseTimelineRepository, CaseExtensions, CaseChannelRepository, CasePublicStateRepository],
})
export class CasesDataModule {}

/**
 * The cases module: filing, queries, the lifecycle, comments, assignment. It publishes
 * case events; a process that imports it refuses to start without the required listeners
 * (SLA clocks and notifications, see REQUIRED_CASE_LISTENERS).
 */
@Module({
  imports: [CasesDataModule, DiscoveryModule, AuditModule, ZonesModule, UserDirectoryModule],
  controllers: [CasesController, CaseBulkController, CaseActionsController, ProgrammesController],
  providers: [
    CaseReferenceRepository,
    EscalationRepository,
    CaseReadRepository,
    CaseEvents,
    CaseLivePublisher,
    CaseFilingService,
    CaseQueriesService,
    CaseWorkflowService,
    CaseCommentsService,
    CaseAssignmentService,
    CasesService,
    CaseBulkService,
    IdempotencyRepository,
    IdempotencyInterceptor,
  ],
  exports: [CasesDataModule, CasesService, CaseWorkflowService],
})
export class CasesModule {}

/** Unscoped access to cases for timers, sweeps, retention and seeds: the worker's modules only. */
@Module({
  imports: [TypeOrmModule.forFeature([CaseEntity])],
  providers: [SystemCaseRepository],
  exports: [SystemCaseRepository],
})
export class CasesSystemModule {}
