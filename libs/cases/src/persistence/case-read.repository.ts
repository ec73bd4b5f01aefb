import { Injectable } from '@nestjs/common';
import { Tx } from '@app/database';

/** What made a case unread for a staff member: the latest such entry and how many there are. */
export interface UnreadMarker {
  /** reply: the creator wrote; materials: the creator supplied materials; reopen: the creator asked to reopen; return: a 网信办 returned it. */
  kind: 'reply' | 'materials' | 'reopen' | 'return';
  at: Date;
  /** The reply, or the return's instructions, cut to 200 characters. */
  text: string | null;
  count: number;
}

/** The entries that are news for the desk (the partial index case_events_attention_idx). */
const ATTENTION = `((e.actor_role = 'creator' AND e.visibility = 'public' AND (e.kind = 'public_reply' OR (e.kind = 'status_change' AND e.data->>'action' IN ('supply_materials', 'reopen'))))
   OR (e.kind = 'escalation' AND e.data->>'action' = 'return'))`;

/** `case_reads`: when each staff member last read each case. Callers check the case's scope first. */
@Injectable()
export class CaseReadRepository {
  constructor(private readonly txHost: Tx) {}

  async markRead(userId: string, caseId: string, at: Date): Promise<void> {
    await this.txHost.tx.query(
      `INSERT INTO case_reads (user_id, case_id, read_at) VALUES ($1, $2, $3)
       ON CONFLICT (case_id, user_id) DO UPDATE SET read_at = GREATEST(case_reads.read_at, EXCLUDED.read_at)`,
      [userId, caseId, at],
    );
  }

  /** The unread news of each of these cases for the user (cases without any are absent). */
  async unread(userId: string, caseIds: readonly string[]): Promise<Map<string, UnreadMarker>> {
    if (caseIds.length === 0) return new Map();
    const rows: { case_id: string; at: Date; kind: string; action: string | null; text: string | null; count: number }[] = await this.txHost.tx.query(
      `SELECT DISTINCT ON (e.case_id) e.case_id, e.at, e.kind, e.data->>'action' AS action,
              left(coalesce(e.data->>'body', e.data->>'instructions'), 200) AS text,
              (count(*) OVER (PARTITION BY e.case_id))::int AS count
       FROM case_events e
       LEFT JOIN case_reads r ON r.case_id = e.case_id AND r.user_id = $1
       WHERE e.case_id = ANY($2::uuid[]) AND ${ATTENTION} AND e.at > coalesce(r.read_at, '-infinity')
       ORDER BY e.case_id, e.id DESC`,
      [userId, caseIds],
    );
    return new Map(rows.map((r) => [r.case_id, { kind: markerKind(r.kind, r.action), at: r.at, text: r.text, count: r.count }]));
  }
}

function markerKind(kind: string, action: string | null): UnreadMarker['kind'] {
  if (kind === 'public_reply') return 'reply';
  if (action === 'return') return 'return';
  return action === 'reopen' ? 'reopen' : 'materials';
}
