import { Injectable, Logger } from '@nestjs/common';
import { Actor, RequestMeta, ValidationError } from '@app/common';
import { AuditService } from '@app/audit';
import { CachedQuery, Transactional, Tx } from '@app/database';
import { isClockKind } from '@app/calendar';
import { findProgramme, PROGRAMME_IDS } from '@app/programmes';
import { describeMinutes, pickPolicy, SLA_PRIORITIES, SlaPolicy } from '../domain/sla-policy';
import { SlaPolicyRepository, SlaSettings } from './sla-policy.repository';
import { SlaPolicyDto, SlaSettingsDto } from './sla-policy.dto';

const CACHE_MS = 60_000;

/** The SLA policy table (per programme × priority), editable by sysadmin; cached for a minute. */
@Injectable()
export class SlaPolicies {
  private readonly logger = new Logger('SlaPolicies');
  private readonly cached: CachedQuery<Map<string, SlaPolicy>>;

  constructor(
    private readonly txHost: Tx,
    private readonly repository: SlaPolicyRepository,
    private readonly audit: AuditService,
  ) {
    this.cached = new CachedQuery('SLA policies', () => repository.policies(), txHost, CACHE_MS);
  }

  /** The policy of a programme × priority (the first read after a change runs in the caller's transaction). */
  async policy(programme: string, priority: string): Promise<SlaPolicy> {
    const policies = await this.cached.get();
    if (!policies.has(`${programme}/${priority}`)) this.logger.warn(`no SLA policy for ${programme}/${priority}; using a fallback`);
    return pickPolicy(policies, programme, priority);
  }

  async list() {
    const policies = [...(await this.repository.policies()).values()];
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
    await this.savePolicy(actor, meta, programme, priority, dto);
    this.invalidate();
    return (await this.list()).find((p) => p.programme === programme && p.priority === priority);
  }

  @Transactional()
  private async savePolicy(actor: Actor, meta: RequestMeta, programme: string, priority: string, dto: SlaPolicyDto): Promise<void> {
    const before = await this.repository.lockPolicy(programme, priority);
    await this.repository.savePolicy(programme, priority, dto, actor.userId);
    await this.audit.record({ actor, meta, action: 'sla.policy_update', entityType: 'sla_policy', entityId: `${programme}/${priority}`, before, after: dto });
  }

  invalidate(): void {
    this.cached.invalidate();
  }

  settings(): Promise<SlaSettings> {
    return this.repository.settings();
  }

  async updateSettings(actor: Actor, meta: RequestMeta, dto: SlaSettingsDto): Promise<SlaSettings> {
    await this.saveSettings(actor, meta, dto);
    return this.settings();
  }

  @Transactional()
  private async saveSettings(actor: Actor, meta: RequestMeta, dto: SlaSettingsDto): Promise<void> {
    const before = await this.repository.settings();
    const after = { ...before, ...dto };
    await this.repository.saveSettings(after, actor.userId);
    await this.audit.record({ actor, meta, action: 'sla.settings_update', entityType: 'settings', entityId: 'sla', before, after });
  }
}
