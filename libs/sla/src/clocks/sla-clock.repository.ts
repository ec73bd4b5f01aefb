import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { TransactionMemo, Tx } from '@app/database';
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

const bySlaOrder = (a: StoredClock, b: StoredClock) => SLA_CLOCKS.indexOf(a.state.clock) - SLA_CLOCKS.indexOf(b.state.clock);

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

/**
 * `sla_clocks`: the SLA module's one table of clock rows.
 *
 * Every clock of a case that the transaction has locked (or created with the case) is known to
 * it until it ends, as written since: the receipt and the answer of a change read the clocks the
 * change has just set without asking PostgreSQL again. Nobody else can change them meanwhile: the
 * rows are locked, and a clock is only ever added by a writer that locks the case row first.
 */
@Injectable()
export class SlaClockRepository {
  private readonly known: TransactionMemo<string, StoredClock[]>;

  constructor(
    private readonly txHost: Tx,
    @InjectDataSource() dataSource: DataSource,
  ) {
    this.known = new TransactionMemo(txHost, dataSource);
  }

  /** The clocks of one case, locked for the caller's transaction (lock the case row first). */
  async lockCaseClocks(caseId: string): Promise<Map<SlaClockName, StoredClock>> {
    const rows: SlaClockRow[] = await this.txHost.tx.query(`SELECT ${COLUMNS} FROM sla_clocks WHERE case_id = $1 ORDER BY clock FOR UPDATE`, [caseId]);
    const clocks = rows.map(fromRow);
    this.known.set(caseId, clocks);
    return new Map(clocks.map((c) => [c.state.clock, c]));
  }

  /** The clocks of a case created in the caller's transaction: none, with nothing to read or lock. */
  newCaseClocks(caseId: string): Map<SlaClockName, StoredClock> {
    this.known.set(caseId, []);
    return new Map();
  }

  async lockClock(caseId: string, clock: SlaClockName): Promise<StoredClock | undefined> {
    const [row]: SlaClockRow[] = await this.txHost.tx.query(`SELECT ${COLUMNS} FROM sla_clocks WHERE case_id = $1 AND clock = $2 FOR UPDATE`, [caseId, clock]);
    return row && fromRow(row);
  }

  async readClocks(caseIds: readonly string[]): Promise<Map<string, StoredClock[]>> {
    const out = new Map<string, StoredClock[]>();
    const unknown: string[] = [];
    for (const id of caseIds) {
      const known = this.known.get(id);
      if (!known) unknown.push(id);
      else if (known.length) out.set(id, [...known]);
    }
    if (!unknown.length) return out;
    const rows: SlaClockRow[] = await this.txHost.tx.query(`SELECT ${COLUMNS} FROM sla_clocks WHERE case_id = ANY($1::uuid[])`, [unknown]);
    for (const row of rows) {
      const list = out.get(row.case_id) ?? [];
      list.push(fromRow(row));
      out.set(row.case_id, list);
    }
    for (const id of unknown) out.get(id)?.sort(bySlaOrder);
    return out;
  }

  /**
   * Writes a case's changed clocks in one statement (one round trip: a filing starts three, and
   * this runs while the transaction holds the audit chain head).
   */
  async saveClocks(caseId: string, clocks: readonly { state: SlaClockState; times: ClockTimes }[]): Promise<void> {
    if (!clocks.length) return;
    const d = (ms: number | null) => (ms === null ? null : new Date(ms));
    const params: unknown[] = [caseId];
    const rows = clocks.map(({ state: s, times }) => {
      const at = params.length;
      params.push(s.clock, s.kind, s.priority, s.budgetMs, JSON.stringify(s.segments), d(times.warnAt), d(times.dueAt), d(s.warnedAt), d(s.breachedAt), d(s.stoppedAt), s.stopReason, s.generation);
      const p = (i: number) => `$${at + i}`;
      return `($1::uuid, ${p(1)}, ${p(2)}, ${p(3)}, ${p(4)}::bigint, ${p(5)}::jsonb, ${p(6)}::timestamptz, ${p(7)}::timestamptz, ${p(8)}::timestamptz, ${p(9)}::timestamptz, NULL, ${p(10)}::timestamptz, ${p(11)}, ${p(12)}::int, now())`;
    });
    await this.txHost.tx.query(
      `INSERT INTO sla_clocks (${COLUMNS}, updated_at) VALUES ${rows.join(', ')}
       ON CONFLICT (case_id, clock) DO UPDATE SET kind = EXCLUDED.kind, priority = EXCLUDED.priority, budget_ms = EXCLUDED.budget_ms,
         segments = EXCLUDED.segments, warn_at = EXCLUDED.warn_at, due_at = EXCLUDED.due_at, warned_at = EXCLUDED.warned_at,
         breached_at = EXCLUDED.breached_at, stopped_at = EXCLUDED.stopped_at, stop_reason = EXCLUDED.stop_reason,
         generation = EXCLUDED.generation, updated_at = now()`,
      params,
    );
    const known = this.known.get(caseId);
    if (known) {
      // As stored now: an updated row keeps its escalation (not written here), a new one has none.
      const written = new Map(clocks.map(({ state, times }) => [state.clock, { caseId, state, times, escalatedTo: known.find((k) => k.state.clock === state.clock)?.escalatedTo ?? null }]));
      this.known.set(caseId, [...known.filter((k) => !written.has(k.state.clock)), ...written.values()].sort(bySlaOrder));
    }
  }

  /** Removes a case's clocks (before rebuilding them from its history). */
  async deleteClocks(caseId: string): Promise<void> {
    await this.txHost.tx.query(`DELETE FROM sla_clocks WHERE case_id = $1`, [caseId]);
    this.known.set(caseId, []);
  }

  /** Running working-time clocks of cases after `after`, locked (for recomputing after a calendar edit). */
  async lockRunningWorkingClocks(after: string, limit: number): Promise<SlaClockRow[]> {
    const ids: { case_id: string }[] = await this.txHost.tx.query(
      `SELECT DISTINCT case_id FROM sla_clocks WHERE stopped_at IS NULL AND kind = 'working' AND case_id > $1 ORDER BY case_id LIMIT $2`,
      [after, limit],
    );
    if (!ids.length) return [];
    return this.txHost.tx.query(
      `SELECT ${COLUMNS} FROM sla_clocks WHERE case_id = ANY($1::uuid[]) AND stopped_at IS NULL AND kind = 'working' ORDER BY case_id, clock FOR UPDATE`,
      [ids.map((r) => r.case_id)],
    );
  }

  /** Which of these cases have no clocks at all. */
  async withoutClocks(caseIds: readonly string[]): Promise<string[]> {
    const rows: { id: string }[] = await this.txHost.tx.query(
      `SELECT id FROM unnest($1::uuid[]) AS id WHERE NOT EXISTS (SELECT 1 FROM sla_clocks s WHERE s.case_id = id)`,
      [caseIds],
    );
    return rows.map((r) => r.id);
  }

  /** Warnings or breaches due by `at` and not yet recorded, oldest first. */
  due(effect: 'warn' | 'breach', at: Date, limit: number): Promise<{ case_id: string; clock: SlaClockName }[]> {
    return this.txHost.tx.query(
      effect === 'warn'
        ? `SELECT case_id, clock FROM sla_clocks WHERE warned_at IS NULL AND stopped_at IS NULL AND warn_at IS NOT NULL AND warn_at <= $1 ORDER BY warn_at LIMIT $2`
        : `SELECT case_id, clock FROM sla_clocks WHERE breached_at IS NULL AND stopped_at IS NULL AND due_at IS NOT NULL AND due_at <= $1 ORDER BY due_at LIMIT $2`,
      [at, limit],
    );
  }

  /** Timers falling due in (from, until]. */
  upcoming(from: Date, until: Date): Promise<{ case_id: string; clock: SlaClockName; generation: number; effect: 'warning' | 'breach'; at: Date }[]> {
    return this.txHost.tx.query(
      `SELECT case_id, clock, generation, 'warning' AS effect, warn_at AS at FROM sla_clocks
         WHERE warned_at IS NULL AND stopped_at IS NULL AND warn_at > $1 AND warn_at <= $2
       UNION ALL
       SELECT case_id, clock, generation, 'breach' AS effect, due_at AS at FROM sla_clocks
         WHERE breached_at IS NULL AND stopped_at IS NULL AND due_at > $1 AND due_at <= $2`,
      [from, until],
    );
  }

  /** A look without locks at one clock's next warning or deadline. */
  async glance(caseId: string, clock: SlaClockName, effect: 'warn' | 'breach'): Promise<{ at: Date | null; done: Date | null; stopped_at: Date | null } | undefined> {
    const [row] = await this.txHost.tx.query(
      effect === 'warn'
        ? `SELECT warn_at AS at, warned_at AS done, stopped_at FROM sla_clocks WHERE case_id = $1 AND clock = $2`
        : `SELECT due_at AS at, breached_at AS done, stopped_at FROM sla_clocks WHERE case_id = $1 AND clock = $2`,
      [caseId, clock],
    );
    return row;
  }

  /** Records the warning once; false when it was already recorded or the clock stopped. */
  async markWarned(caseId: string, clock: SlaClockName, at: Date): Promise<boolean> {
    const [, updated] = await this.txHost.tx.query(
      `UPDATE sla_clocks SET warned_at = $3, updated_at = now() WHERE case_id = $1 AND clock = $2 AND warned_at IS NULL AND stopped_at IS NULL`,
      [caseId, clock, at],
    );
    this.known.delete(caseId);
    return updated === 1;
  }

  /** Records the breach once; false when it was already recorded or the clock stopped. */
  async markBreached(caseId: string, clock: SlaClockName, dueAt: Date, escalatedTo: 'supervisor' | 'authority' | null): Promise<boolean> {
    const [, updated] = await this.txHost.tx.query(
      `UPDATE sla_clocks SET breached_at = $3, escalated_to = $4, updated_at = now()
       WHERE case_id = $1 AND clock = $2 AND breached_at IS NULL AND stopped_at IS NULL`,
      [caseId, clock, dueAt, escalatedTo],
    );
    this.known.delete(caseId);
    return updated === 1;
  }
}
