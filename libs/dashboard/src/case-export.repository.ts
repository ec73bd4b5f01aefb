import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor } from '@app/common';
import { CaseRepository, ListCasesQuery } from '@app/cases';

export interface CaseExportRow {
  reference: string;
  title: string;
  programme: string;
  category: string;
  zone_id: string;
  status: string;
  priority: string;
  channel: string;
  creator_name: string | null;
  assignee_name: string | null;
  created_at: Date;
  submitted_at: Date | null;
  accepted_at: Date | null;
  first_response_at: Date | null;
  resolved_at: Date | null;
  closed_at: Date | null;
  outcome: string | null;
  rating: number | null;
  escalation_authority_id: string | null;
  next_due_at: Date | null;
  overdue: boolean;
}

const PRIORITY_ORDER = `CASE c.priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END`;
const OVERDUE = (a: string) => `${a}.stopped_at IS NULL AND (${a}.breached_at IS NOT NULL OR ${a}.due_at <= now())`;
const NEXT_DUE = `(SELECT min(sla_n.due_at) FROM sla_clocks sla_n WHERE sla_n.case_id = c.id AND sla_n.stopped_at IS NULL)`;

/**
 * The filtered case list for export: the same filters and order as `GET /cases`, over the
 * caller's scoped query (CaseRepository.visibleTo), without paging.
 * NOTE: mirrors CasesService.list and the SLA module's list filters; see the report for the
 * proposed shared `applyListFilters` so the two cannot drift.
 */
@Injectable()
export class CaseExportRepository {
  constructor(private readonly cases: CaseRepository) {}

  private query(actor: Actor, q: ListCasesQuery, m?: EntityManager) {
    const qb = this.cases.visibleTo(actor, m);
    if (q.programme) qb.andWhere('c.programme = :programme', { programme: q.programme });
    if (q.status?.length) qb.andWhere('c.status IN (:...statuses)', { statuses: q.status });
    if (q.priority) qb.andWhere('c.priority = :priority', { priority: q.priority });
    if (q.channel) qb.andWhere('c.channel = :channel', { channel: q.channel });
    if (q.zoneId) qb.andWhere('c.zone_id = :zoneId', { zoneId: q.zoneId });
    if (q.assigneeId === 'none') qb.andWhere('c.assignee_id IS NULL');
    else if (q.assigneeId) qb.andWhere('c.assignee_id = :assigneeId', { assigneeId: q.assigneeId === 'me' ? actor.userId : q.assigneeId });
    if (q.createdFrom) qb.andWhere('c.created_at >= :createdFrom', { createdFrom: q.createdFrom });
    if (q.createdTo) qb.andWhere('c.created_at < :createdTo', { createdTo: q.createdTo });
    if (q.q) qb.andWhere(`(c.reference || ' ' || c.title || ' ' || c.description) ILIKE :q`, { q: `%${q.q.replace(/[%_\\]/g, '\\$&')}%` });
    // The few cases with a running overdue (or due-soon) clock first, then their rows by primary
    // key: an EXISTS here makes the planner scan every case of the zone.
    if (q.overdue === true) qb.andWhere(`c.id = ANY(ARRAY(SELECT sla_o.case_id FROM sla_clocks sla_o WHERE ${OVERDUE('sla_o')}))`);
    if (q.overdue === false) qb.andWhere(`NOT EXISTS (SELECT 1 FROM sla_clocks sla_o WHERE sla_o.case_id = c.id AND ${OVERDUE('sla_o')})`);
    if (q.dueSoon === true) {
      qb.andWhere(
        `c.id = ANY(ARRAY(SELECT sla_s.case_id FROM sla_clocks sla_s WHERE sla_s.stopped_at IS NULL AND sla_s.breached_at IS NULL AND sla_s.warn_at <= now() AND sla_s.due_at > now()))`,
      );
    }
    return qb;
  }

  count(actor: Actor, q: ListCasesQuery): Promise<number> {
    return this.query(actor, q).getCount();
  }

  async rows(actor: Actor, q: ListCasesQuery, limit: number): Promise<CaseExportRow[]> {
    const qb = this.query(actor, q)
      .select([
        'c.reference AS reference', 'c.title AS title', 'c.programme AS programme', 'c.category AS category', 'c.zone_id AS zone_id',
        'c.status AS status', 'c.priority AS priority', 'c.channel AS channel', 'cr.display_name AS creator_name', 'asg.display_name AS assignee_name',
        'c.created_at AS created_at', 'c.submitted_at AS submitted_at', 'c.accepted_at AS accepted_at', 'c.first_response_at AS first_response_at',
        'c.resolved_at AS resolved_at', 'c.closed_at AS closed_at', 'c.outcome AS outcome', 'c.rating AS rating',
        'c.escalation_authority_id AS escalation_authority_id', `${NEXT_DUE} AS next_due_at`,
        `EXISTS (SELECT 1 FROM sla_clocks sla_x WHERE sla_x.case_id = c.id AND ${OVERDUE('sla_x')}) AS overdue`,
      ])
      .leftJoin('users', 'cr', 'cr.id = c.creator_id')
      .leftJoin('users', 'asg', 'asg.id = c.assignee_id');
    switch (q.sort ?? '-createdAt') {
      case 'createdAt':
        qb.orderBy('c.created_at', 'ASC');
        break;
      case 'updatedAt':
        qb.orderBy('c.updated_at', 'ASC');
        break;
      case '-updatedAt':
        qb.orderBy('c.updated_at', 'DESC');
        break;
      case 'priority':
        qb.orderBy(PRIORITY_ORDER, 'ASC').addOrderBy('c.created_at', 'ASC');
        break;
      case 'nextDueAt':
        qb.orderBy(NEXT_DUE, 'ASC', 'NULLS LAST');
        break;
      default:
        qb.orderBy('c.created_at', 'DESC');
    }
    return qb.addOrderBy('c.id', 'ASC').limit(limit).getRawMany();
  }
}
