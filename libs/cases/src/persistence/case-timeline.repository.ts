import { Injectable } from '@nestjs/common';
import { Tx } from '@app/database';
import type { CaseEventActor } from '../events/case-events';

export type TimelineKind =
  | 'status_change'
  | 'assignment'
  | 'escalation'
  | 'public_reply'
  | 'internal_note'
  | 'attachment'
  | 'sla'
  // The programmes' own steps (星光计划 stages; 盾牌行动 links, packets, platform letters, referrals).
  | 'nomination_stage'
  | 'case_link'
  | 'evidence_packet'
  | 'platform_request'
  | 'platform_response'
  | 'police_referral'

  // The offline service: a visit at the service point, a question raised at a 大V沙龙, an on-site visit.
  | 'appointment'
  | 'salon'
  | 'onsite_visit'
  // Dispatch: a transfer between zones, a supervision order, a return visit.
  | 'transfer'
  | 'supervision'
  | 'return_visit';
export type TimelineVisibility = 'public' | 'internal';

export interface TimelineRow {
  id: string;
  kind: string;
  visibility: string;
  actor_id: string | null;
  actor_role: string | null;
  at: Date;
  data: Record<string, unknown>;
}

/** `case_events`: the append-only timeline of each case. Callers check the case's scope first. */
@Injectable()
export class CaseTimelineRepository {
  constructor(private readonly txHost: Tx) {}

  async append(caseId: string, actor: CaseEventActor, kind: TimelineKind, visibility: TimelineVisibility, data: Record<string, unknown>): Promise<void> {
    await this.txHost.tx.query(`INSERT INTO case_events (case_id, kind, visibility, actor_id, actor_role, data) VALUES ($1, $2, $3, $4, $5, $6)`, [
      caseId,
      kind,
      visibility,
      actor === 'system' ? null : actor.userId,
      actor === 'system' ? 'system' : actor.role,
      JSON.stringify(stripUndefined(data)),
    ]);
  }

  /** The entries of a case in order; without the internal ones unless `internal`. */
  list(caseId: string, internal: boolean): Promise<TimelineRow[]> {
    return this.txHost.tx.query(
      `SELECT id, kind, visibility, actor_id, actor_role, at, data FROM case_events
       WHERE case_id = $1 ${internal ? '' : `AND visibility = 'public'`} ORDER BY id`,
      [caseId],
    );
  }

  /** The body of the case's latest public reply. */
  async latestPublicReply(caseId: string): Promise<string | undefined> {
    const [reply] = await this.txHost.tx.query(`SELECT data->>'body' AS body FROM case_events WHERE case_id = $1 AND kind = 'public_reply' ORDER BY id DESC LIMIT 1`, [caseId]);
    return reply?.body ?? undefined;
  }

  /** Status changes of these cases with one of `actions`, in order (for rebuilding SLA clocks). */
  statusChanges(caseIds: readonly string[], actions: readonly string[]): Promise<{ case_id: string; action: string; at: Date }[]> {
    return this.txHost.tx.query(
      `SELECT case_id, data->>'action' AS action, at FROM case_events
       WHERE kind = 'status_change' AND data->>'action' = ANY($2::text[]) AND case_id = ANY($1::uuid[]) ORDER BY id`,
      [caseIds, actions],
    );
  }
}

export function stripUndefined<T extends Record<string, unknown>>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
