import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, RequestMeta, ValidationError } from '@app/common';
import { AuditService } from '@app/audit';
import { CachedQuery, Transactional, Tx } from '@app/database';
import { isClockKind } from '@app/calendar';
import { findProgramme, PROGRAMME_IDS } from '@app/programmes';
import { describeMinutes, SLA_PRIORITIES, SlaPolicy } from '../domain/sla-policy';
import { SlaPolicyDto, SlaSettingsDto } from './sla-policy.dto';

const CACHE_MS = 60_000;

/** Used when a programme added as data has no policy row yet: the longest DESIGN.md limits. */
const FALLBACK: Omit<SlaPolicy, 'programme' | 'priority'> = { clockKind: 'working', acceptMinutes: 3 * 510, firstResponseMinutes: 5 * 510, resolveMinutes: 30 * 510 };

export interface SlaSettings {
  /** How often the worker's sweep looks for due warnings and breaches PostgreSQL has but Redis lost. */
  sweepEverySeconds: number;
}
export const DEFAULT_SLA_SETTINGS: SlaSettings = { sweepEverySeconds: 10 };

export async function loadSlaPolicies(m: EntityManager): Promise<Map<string, SlaPolicy>> {
  const rows: { programme: string; priority: string; clock_kind: 'working' | 'continuous'; accept_minutes: number; first_response_minutes: number; resolve_minutes: number }[] =
    await m.query(`SELECT programme, priority, clock_kind, accept_minutes, first_response_minutes, resolve_minutes FROM sla_policies`);
  return new Map(
    rows.map((r) => [
      `${r.programme}/${r.priority}`,
      { programme: r.programme, priority: r.priority, clockKind: r.clock_kind, acceptMinutes: r.accept_minutes, firstResponseMinutes: r.first_response_minutes, resolveMinutes: r.resolve_minutes },
    ]),
  );
}

export function pickPolicy(policies: Map<string, SlaPolicy>, programme: string, priority: string): SlaPolicy {
  return policies.get(`${programme}/${priority}`) ?? policies.get(`${programme}/normal`) ?? { programme, priority, ...FALLBACK };
}

export async function loadSlaSettings(m: EntityManager): Promise<SlaSettings> {
  const [row] = await m.query(`SELECT value FROM settings WHERE key = 'sla'`);
  return { ...DEFAULT_SLA_SETTINGS, ...(row?.value ?? {}) };
}

/** The SLA policy table (per programme × priority), editable by sysadmin; cached for a minute. */
@Injectable()
export class SlaPolicies {
  private readonly logger = new Logger('SlaPolicies');
  private readonly cached: CachedQuery<Map<string, SlaPolicy>>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly txHost: Tx,
    private readonly audit: AuditService,
  ) {
    this.cached = new CachedQuery('SLA policies', loadSlaPolicies, () => dataSource.manager, CACHE_MS);
  }

  /** The policy; inside a transaction pass its manager (see CachedQuery). */
  async policy(m: EntityManager, programme: string, priority: string): Promise<SlaPolicy> {
    const policies = await this.cached.get(m);
    if (!policies.has(`${programme}/${priority}`)) this.logger.warn(`no SLA policy for ${programme}/${priority}; using a fallback`);
    return pickPolicy(policies, programme, priority);
  }

  async list() {
    const policies = [...(await loadSlaPolicies(this.dataSource.manager)).values()];
    const order = (p: SlaPolicy) => [PROGRAMME_IDS.indexOf(p.programme as never), SLA_PRIORITIES.indexOf(p.priority as never)];
    policies.sort((a, b) => order(a)[0] - order(b)[0] || order(b)[1] - order(a)[1]);
    return policies.map((p) => ({
      ...p,
      programmeName: findProgramme(p.programme)?.name ?? p.programme,
      display: {
        accept: describeMinutes(p.clockKind, p.acceptMinutes),
        firstResponse: describeMinutes(p.clockKind, p.firstResponseMinutes),
        resolve: describeMinutes(p.clockKind, p.resolveMinutes),
      },
    }));
  }

  /** New limits apply to clocks started from now on and to cases whose priority changes later. */
  async update(actor: Actor, meta: RequestMeta, programme: string, priority: string, dto: SlaPolicyDto) {
    if (!findProgramme(programme)) throw new ValidationError([{ field: 'programme', message: `未知的服务项目 ${programme}` }]);
    if (!(SLA_PRIORITIES as readonly string[]).includes(priority)) throw new ValidationError([{ field: 'priority', message: `优先级须为 ${SLA_PRIORITIES.join('、')} 之一` }]);
    if (!isClockKind(dto.clockKind)) throw new ValidationError([{ field: 'clockKind', message: 'clockKind 须为 working 或 continuous' }]);
    if (!(dto.acceptMinutes <= dto.resolveMinutes && dto.firstResponseMinutes <= dto.resolveMinutes)) {
      throw new ValidationError([{ field: 'resolveMinutes', message: '办结时限不能短于受理时限和首次答复时限' }]);
    }
    await this.dataSource.transaction(async (m) => {
      const [before] = await m.query(`SELECT clock_kind, accept_minutes, first_response_minutes, resolve_minutes FROM sla_policies WHERE programme = $1 AND priority = $2 FOR UPDATE`, [programme, priority]);
      await m.query(
        `INSERT INTO sla_policies (programme, priority, clock_kind, accept_minutes, first_response_minutes, resolve_minutes, updated_at, updated_by)
         VALUES ($1, $2, $3, $4, $5, $6, now(), $7)
         ON CONFLICT (programme, priority) DO UPDATE SET clock_kind = EXCLUDED.clock_kind, accept_minutes = EXCLUDED.accept_minutes,
           first_response_minutes = EXCLUDED.first_response_minutes, resolve_minutes = EXCLUDED.resolve_minutes, updated_at = now(), updated_by = EXCLUDED.updated_by`,
        [programme, priority, dto.clockKind, dto.acceptMinutes, dto.firstResponseMinutes, dto.resolveMinutes, actor.userId],
      );
      await this.audit.record(m, { actor, meta, action: 'sla.policy_update', entityType: 'sla_policy', entityId: `${programme}/${priority}`, before: before ?? null, after: dto });
    });
    this.invalidate();
    return (await this.list()).find((p) => p.programme === programme && p.priority === priority);
  }

  invalidate(): void {
    this.cached.invalidate();
  }

  settings(): Promise<SlaSettings> {
    return loadSlaSettings(this.dataSource.manager);
  }

  async updateSettings(actor: Actor, meta: RequestMeta, dto: SlaSettingsDto): Promise<SlaSettings> {
    await this.dataSource.transaction(async (m) => {
      const before = await loadSlaSettings(m);
      const after = { ...before, ...dto };
      await m.query(`INSERT INTO settings (key, value, updated_at, updated_by) VALUES ('sla', $1, now(), $2) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now(), updated_by = EXCLUDED.updated_by`, [
        JSON.stringify(after),
        actor.userId,
      ]);
      await this.audit.record(m, { actor, meta, action: 'sla.settings_update', entityType: 'settings', entityId: 'sla', before, after });
    });
    return this.settings();
  }
}
