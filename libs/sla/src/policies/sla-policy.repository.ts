import { Injectable } from '@nestjs/common';
import { Tx } from '@app/database';
import type { ClockKind } from '@app/calendar';
import type { SlaPolicy } from '../domain/sla-policy';

export interface SlaSettings {
  /** How often the worker's sweep looks for due warnings and breaches PostgreSQL has but Redis lost. */
  sweepEverySeconds: number;
}
const DEFAULT_SLA_SETTINGS: SlaSettings = { sweepEverySeconds: 10 };

/** The limits a policy row sets (what a sysadmin edits). */
export type SlaLimits = Pick<SlaPolicy, 'clockKind' | 'acceptMinutes' | 'firstResponseMinutes' | 'resolveMinutes'>;

/** `sla_policies` (one row per programme × priority) and the `sla` row of `settings`. */
@Injectable()
export class SlaPolicyRepository {
  constructor(private readonly txHost: Tx) {}

  /** Every policy, keyed `programme/priority`. */
  async policies(): Promise<Map<string, SlaPolicy>> {
    const rows: { programme: string; priority: string; clock_kind: ClockKind; accept_minutes: number; first_response_minutes: number; resolve_minutes: number }[] =
      await this.txHost.tx.query(`SELECT programme, priority, clock_kind, accept_minutes, first_response_minutes, resolve_minutes FROM sla_policies`);
    return new Map(
      rows.map((r) => [
        `${r.programme}/${r.priority}`,
        { programme: r.programme, priority: r.priority, clockKind: r.clock_kind, acceptMinutes: r.accept_minutes, firstResponseMinutes: r.first_response_minutes, resolveMinutes: r.resolve_minutes },
      ]),
    );
  }

  /** The stored row of one policy, locked until the transaction ends (null when there is none yet). */
  async lockPolicy(programme: string, priority: string): Promise<Record<string, unknown> | null> {
    const [row] = await this.txHost.tx.query(
      `SELECT clock_kind, accept_minutes, first_response_minutes, resolve_minutes FROM sla_policies WHERE programme = $1 AND priority = $2 FOR UPDATE`,
      [programme, priority],
    );
    return row ?? null;
  }

  async savePolicy(programme: string, priority: string, limits: SlaLimits, by: string): Promise<void> {
    await this.txHost.tx.query(
      `INSERT INTO sla_policies (programme, priority, clock_kind, accept_minutes, first_response_minutes, resolve_minutes, updated_at, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, now(), $7)
       ON CONFLICT (programme, priority) DO UPDATE SET clock_kind = EXCLUDED.clock_kind, accept_minutes = EXCLUDED.accept_minutes,
         first_response_minutes = EXCLUDED.first_response_minutes, resolve_minutes = EXCLUDED.resolve_minutes, updated_at = now(), updated_by = EXCLUDED.updated_by`,
      [programme, priority, limits.clockKind, limits.acceptMinutes, limits.firstResponseMinutes, limits.resolveMinutes, by],
    );
  }

  /** The SLA settings, with the defaults for what was never set. */
  async settings(): Promise<SlaSettings> {
    const [row] = await this.txHost.tx.query(`SELECT value FROM settings WHERE key = 'sla'`);
    return { ...DEFAULT_SLA_SETTINGS, ...(row?.value ?? {}) };
  }

  async saveSettings(settings: SlaSettings, by: string): Promise<void> {
    await this.txHost.tx.query(
      `INSERT INTO settings (key, value, updated_at, updated_by) VALUES ('sla', $1, now(), $2) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now(), updated_by = EXCLUDED.updated_by`,
      [JSON.stringify(settings), by],
    );
  }
}
