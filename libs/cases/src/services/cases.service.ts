import { Injectable } from '@nestjs/common';
import { Actor, RequestMeta } from '@app/common';
import { Transactional } from '@app/database';
import type { SelectQueryBuilder } from 'typeorm';
import { CaseEntity } from '../case.entity';
import { CaseDetail } from '../case-views';
import type { CaseActionDto, CommentDto, FileCaseDto, ListCasesQuery } from '../cases.dto';
import type { CaseAction, CaseActionInput } from '../domain';
import type { CaseEventActor, FilingContext } from '../events/case-events';
import { CaseRepository } from '../persistence/case.repository';
import { CaseReferenceRepository } from '../persistence/case-reference.repository';
import { AgentView, CaseAssignmentService } from './case-assignment.service';
import { CaseCommentsService } from './case-comments.service';
import { CaseFilingService } from './case-filing.service';
import { CasePage, CaseQueriesService } from './case-queries.service';
import { CaseWorkflowService } from './case-workflow.service';

/**
 * The cases module's surface for controllers and other modules: each method hands over to the
 * service of its job (filing, queries, workflow, comments, assignment) and answers with what the
 * case looks like afterwards (a filing's from what it wrote, the others read after the change).
 */
@Injectable()
export class CasesService {
  constructor(
    private readonly filing: CaseFilingService,
    private readonly queries: CaseQueriesService,
    private readonly workflow: CaseWorkflowService,
    private readonly commenting: CaseCommentsService,
    private readonly assignment: CaseAssignmentService,
    private readonly repository: CaseRepository,
    private readonly references_: CaseReferenceRepository,
  ) {}

  /** Case references by id, for logs that name cases (the audit log): no content, no scope. */
  references(ids: readonly string[]): Promise<Map<string, string>> {
    return this.references_.referencesOf(ids);
  }

  /** Case ids by reference (reference → id). */
  idsByReference(references: readonly string[]): Promise<Map<string, string>> {
    return this.references_.idsOf(references);
  }

  /** Files the case; the answer is built from what the filing wrote (no read-back of the case). */
  async file(actor: Actor, meta: RequestMeta, dto: FileCaseDto, context?: FilingContext): Promise<CaseDetail> {
    const filed = await this.filing.file(actor, meta, dto, context);
    return this.queries.detailOf(actor, filed.case, filed.creator);
  }

  async act(actor: Actor, meta: RequestMeta, id: string, action: CaseAction, dto: CaseActionDto): Promise<CaseDetail> {
    await this.workflow.act(actor, meta, id, action, dto);
    return this.queries.detail(actor, id);
  }

  async comment(actor: Actor, meta: RequestMeta, id: string, dto: CommentDto) {
    await this.commenting.comment(actor, meta, id, dto);
    return this.queries.comments(actor, id);
  }

  /** A programme workflow's lifecycle action in the caller's transaction (see CaseWorkflowService.actForProgramme). */
  actWithin(actor: CaseEventActor, meta: RequestMeta | undefined, c: CaseEntity, action: CaseAction, input: CaseActionInput): Promise<void> {
    return this.workflow.actForProgramme(actor, meta, c, action, input);
  }

  list(actor: Actor, q: ListCasesQuery): Promise<CasePage> {
    return this.queries.list(actor, q);
  }

  detail(actor: Actor, id: string): Promise<CaseDetail> {
    return this.queries.detail(actor, id);
  }

  /** The actor's read marker of the case moves to now (not audited: it changes no case, only what this user has seen). */
  @Transactional()
  markRead(actor: Actor, id: string): Promise<{ readAt: Date }> {
    return this.queries.markRead(actor, id);
  }

  timelineOf(actor: Actor, id: string) {
    return this.queries.timelineOf(actor, id);
  }

  comments(actor: Actor, id: string) {
    return this.queries.comments(actor, id);
  }

  agents(actor: Actor): Promise<AgentView[]> {
    return this.assignment.agents(actor);
  }

  /** The list's query (scope and every filter) without order or paging: for exports. */
  filtered(actor: Actor, q: ListCasesQuery): SelectQueryBuilder<CaseEntity> {
    return this.repository.filtered(actor, q);
  }

  /** The list's order for a `sort` value. */
  ordered<T extends SelectQueryBuilder<CaseEntity>>(qb: T, sort: string | undefined): T {
    return this.repository.ordered(qb, sort);
  }
}
