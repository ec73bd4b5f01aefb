import { Injectable } from '@nestjs/common';
import { Actor } from '@app/common';
import { CaseRepository, ListCasesQuery } from '@app/cases';
import { nextDueSql, overdueClockSql } from '@app/sla';

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

/** The filtered case list for export: exactly the query and order of `GET /cases`, without paging. */
@Injectable()
export class CaseExportRepository {
  constructor(private readonly cases: CaseRepository) {}

  private query(actor: Actor, q: ListCasesQuery) {
    return this.cases.filtered(actor, q);
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
        'c.escalation_authority_id AS escalation_authority_id', `${nextDueSql} AS next_due_at`,
        `EXISTS (SELECT 1 FROM sla_clocks sla_x WHERE sla_x.case_id = c.id AND ${overdueClockSql('sla_x')}) AS overdue`,
      ])
      .leftJoin('users', 'cr', 'cr.id = c.creator_id')
      .leftJoin('users', 'asg', 'asg.id = c.assignee_id');
    this.cases.ordered(qb, q.sort);
    return qb.addOrderBy('c.id', 'ASC').limit(limit).getRawMany();
  }
}
