import { EntityManager } from 'typeorm';
import type { ClockKind } from '@app/calendar';
import { ClockTimes, Segment, SLA_CLOCKS, SlaClockName, SlaClockState, StopReason } from '../domain/sla-clock';

/** A clock as stored: its state, the cached instants the timers and the sweep use, the escalation. */
export interface StoredClock {
  caseId: string;
  state: SlaClockState;
  times: ClockTimes;
  escalatedTo: 'supervisor' | 'authority' | null;
}

export interface SlaClockRow {
  case_id: string;
  clock: SlaClockName;
  kind: ClockKind;
  priority: string;
  budget_ms: string | number;
  segments: Segment[];
  warn_at: Date | null;
  due_at: Date | null;
  warned_at: Date | null;
  breached_at: Date | null;
  escalated_to: 'supervisor' | 'authority' | null;
  stopped_at: Date | null;
  stop_reason: StopReason | null;
  generation: number;
}

const COLUMNS = `case_id, clock, kind, priority, budget_ms, segments, warn_at, due_at, warned_at, breached_at, escalated_to, stopped_at, stop_reason, generation`;
const t = (d: Date | null): number | null => (d ? d.getTime() : null);

export function fromRow(r: SlaClockRow): StoredClock {
  return {
    caseId: r.case_id,
    escalatedTo: r.escalated_to,
    times: { warnAt: t(r.warn_at), dueAt: t(r.due_at) },
    state: {
      clock: r.clock,
      kind: r.kind,
      priority: r.priority,
      budgetMs: Number(r.budget_ms),
      segments: r.segments.map((s) => ({ start: Number(s.start), end: s.end === null ? null : Number(s.end) })),
      stoppedAt: t(r.stopped_at),
      stopReason: r.stop_reason,
      warnedAt: t(r.warned_at),
      breachedAt: t(r.breached_at),
      generation: r.generation,
    },
  };
}

/** The clocks of one case, locked for the caller's transaction (lock the case row first). */
export async function lockCaseClocks(m: EntityManager, caseId: string): Promise<Map<SlaClockName, StoredClock>> {
  const rows: SlaClockRow[] = await m.query(`SELECT ${COLUMNS} FROM sla_clocks WHERE case_id = $1 ORDER BY clock FOR UPDATE`, [caseId]);
  return new Map(rows.map((r) => [r.clock, fromRow(r)]));
}

export async function lockClock(m: EntityManager, caseId: string, clock: SlaClockName): Promise<StoredClock | undefined> {
  const [row]: SlaClockRow[] = await m.query(`SELECT ${COLUMNS} FROM sla_clocks WHERE case_id = $1 AND clock = $2 FOR UPDATE`, [caseId, clock]);
  return row && fromRow(row);
}

export async function readClocks(m: EntityManager, caseIds: readonly string[]): Promise<Map<string, StoredClock[]>> {
  const out = new Map<string, StoredClock[]>();
  if (!caseIds.length) return out;
  const rows: SlaClockRow[] = await m.query(`SELECT ${COLUMNS} FROM sla_clocks WHERE case_id = ANY($1::uuid[])`, [caseIds]);
  for (const row of rows) {
    const list = out.get(row.case_id) ?? [];
    list.push(fromRow(row));
    out.set(row.case_id, list);
  }
  for (const list of out.values()) list.sort((a, b) => SLA_CLOCKS.indexOf(a.state.clock) - SLA_CLOCKS.indexOf(b.state.clock));
  return out;
}

/**
 * Writes a case's changed clocks in one statement (one round trip: a filing starts three, and
 * this runs while the transaction holds the audit chain head).
 */
export async function saveClocks(m: EntityManager, caseId: string, clocks: readonly { state: SlaClockState; times: ClockTimes }[]): Promise<void> {
  if (!clocks.length) return;
  const d = (ms: number | null) => (ms === null ? null : new Date(ms));
  const params: unknown[] = [caseId];
  const rows = clocks.map(({ state: s, times }) => {
    const at = params.length;
    params.push(s.clock, s.kind, s.priority, s.budgetMs, JSON.stringify(s.segments), d(times.warnAt), d(times.dueAt), d(s.warnedAt), d(s.breachedAt), d(s.stoppedAt), s.stopReason, s.generation);
    const p = (i: number) => `$${at + i}`;
    return `($1::uuid, ${p(1)}, ${p(2)}, ${p(3)}, ${p(4)}::bigint, ${p(5)}::jsonb, ${p(6)}::timestamptz, ${p(7)}::timestamptz, ${p(8)}::timestamptz, ${p(9)}::timestamptz, NULL, ${p(10)}::timestamptz, ${p(11)}, ${p(12)}::int, now())`;
  });
  await m.query(
    `INSERT INTO sla_clocks (${COLUMNS}, updated_at) VALUES ${rows.join(', ')}
     ON CONFLICT (case_id, clock) DO UPDATE SET kind = EXCLUDED.kind, priority = EXCLUDED.priority, budget_ms = EXCLUDED.budget_ms,
       segments = EXCLUDED.segments, warn_at = EXCLUDED.warn_at, due_at = EXCLUDED.due_at, warned_at = EXCLUDED.warned_at,
       breached_at = EXCLUDED.breached_at, stopped_at = EXCLUDED.stopped_at, stop_reason = EXCLUDED.stop_reason,
       generation = EXCLUDED.generation, updated_at = now()`,
    params,
  );
}
