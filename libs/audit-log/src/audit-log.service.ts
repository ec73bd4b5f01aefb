import { Injectable } from '@nestjs/common';
import { Actor, RequestMeta } from '@app/common';
import { AuditService } from '@app/audit';
import { CasesService } from '@app/cases';
import { ACTOR_KIND_LABELS, auditActionLabel, auditEntityLabel } from '@app/contracts';
import { exportFile, ExportFile, formatShanghai } from '@app/dashboard';
import { Transactional } from '@app/database';
import { UserDirectory } from '@app/users';
import { AuditActorResponse, AuditEventResponse, AuditFilterQuery, AuditPageResponse, AuditQuery } from './audit-log.dto';
import { AuditLogError, AuditLogErrorCode } from './audit-log.errors';
import { AuditEventRow, AuditFilter, AuditLogRepository } from './audit-log.repository';

/** Largest audit export; narrower filters beyond that. */
export const AUDIT_EXPORT_LIMIT = 50_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SYSTEM_NAME = '系统';

/**
 * The audit log as the auditor reads it: every event with the Chinese name of its action and
 * object type, the people's names and the case references (from the users and cases modules),
 * and the filtered log as a spreadsheet — an export that is itself audited.
 */
@Injectable()
export class AuditLogService {
  constructor(
    private readonly repository: AuditLogRepository,
    private readonly audit: AuditService,
    private readonly cases: CasesService,
    private readonly users: UserDirectory,
  ) {}

  async page(q: AuditQuery): Promise<AuditPageResponse> {
    const limit = q.limit ?? 50;
    const filter = await this.filterOf(q);
    const rows = filter ? await this.repository.page(filter, q.before, limit) : [];
    const items = await this.described(rows);
    return { items, nextBefore: items.length === limit ? items[items.length - 1].id : null };
  }

  /** People whose name contains `q`, for the 操作人 pick-list. */
  async actors(q: string): Promise<AuditActorResponse[]> {
    return this.users.searchByName(q, 20);
  }

  @Transactional()
  async export(actor: Actor, meta: RequestMeta, q: AuditFilterQuery, format: 'csv' | 'xlsx', now = new Date()): Promise<ExportFile> {
    const filter = await this.filterOf(q);
    const total = filter ? await this.repository.count(filter) : 0;
    if (total > AUDIT_EXPORT_LIMIT) {
      throw new AuditLogError(AuditLogErrorCode.ExportTooLarge, `导出最多 ${AUDIT_EXPORT_LIMIT} 条，当前筛选结果 ${total} 条，请缩小时间范围或增加筛选条件`, {
        errors: [{ field: 'from', message: `筛选结果 ${total} 条，超过 ${AUDIT_EXPORT_LIMIT} 条` }],
      });
    }
    const rows = filter && total ? await this.repository.page(filter, undefined, AUDIT_EXPORT_LIMIT) : [];
    const items = await this.described(rows);
    const { from, to, ...rest } = q;
    await this.audit.record({
      actor,
      meta,
      action: 'audit.export',
      entityType: 'audit_log',
      after: { format, rows: items.length, filters: { ...rest, from: from?.toISOString(), to: to?.toISOString() } },
    });
    return exportFile(
      {
        title: '审计日志',
        slug: 'audit-log',
        columns: [
          { header: '事件编号', kind: 'text', width: 10 }, { header: '链序号', kind: 'text', width: 10 }, { header: '时间', kind: 'datetime', width: 20 },
          { header: '操作', kind: 'text', width: 18 }, { header: '操作代码', kind: 'text', width: 24 }, { header: '操作人', kind: 'text', width: 16 },
          { header: '角色', kind: 'text', width: 12 }, { header: '操作人 ID', kind: 'text', width: 38 }, { header: '对象类型', kind: 'text', width: 12 },
          { header: '对象', kind: 'text', width: 22 }, { header: '对象 ID', kind: 'text', width: 38 }, { header: 'IP', kind: 'text', width: 16 },
          { header: '请求 ID', kind: 'text', width: 38 }, { header: '哈希', kind: 'text', width: 66 },
        ],
        rows: items.map((e) => [
          e.id, e.seq === null ? '' : String(e.seq), e.occurredAt, e.actionLabel, e.action, e.actorName ?? (e.actorId ? '' : '匿名'),
          e.actorRole ? ((ACTOR_KIND_LABELS as Record<string, string>)[e.actorRole] ?? e.actorRole) : '', e.actorId ?? '', e.entityTypeLabel, e.entityName ?? '', e.entityId ?? '', e.ip ?? '',
          e.requestId ?? '', e.hash ?? '',
        ]),
      },
      format,
      formatShanghai(now).replace(/[ :]/g, '-'),
    );
  }

  /** The repository's filter; null when a case reference names no case (nothing can match). */
  private async filterOf(q: AuditFilterQuery): Promise<AuditFilter | null> {
    const { caseReference, ...rest } = q;
    const filter: AuditFilter = { actorId: rest.actorId, action: rest.action, entityType: rest.entityType, entityId: rest.entityId, from: rest.from, to: rest.to };
    if (!caseReference) return filter;
    const id = (await this.cases.idsByReference([caseReference])).get(caseReference);
    if (!id || (filter.entityId && filter.entityId !== id)) return null;
    return { ...filter, entityType: filter.entityType ?? 'case', entityId: id };
  }

  /** Labels, names and references for a page of events, in two look-ups. */
  private async described(rows: AuditEventRow[]): Promise<AuditEventResponse[]> {
    const userIds = rows.flatMap((r) => [r.actor_id, r.entity_type === 'user' ? r.entity_id : null]).filter((id): id is string => !!id && UUID.test(id));
    const caseIds = rows.filter((r) => r.entity_type === 'case' && r.entity_id && UUID.test(r.entity_id)).map((r) => r.entity_id as string);
    const names = await this.users.displayNames(userIds);
    const references = await this.cases.references(caseIds);
    return rows.map((r) => ({
      id: r.id,
      occurredAt: r.occurred_at,
      actorId: r.actor_id,
      actorName: r.actor_role === 'system' ? SYSTEM_NAME : r.actor_id ? (names.get(r.actor_id) ?? null) : null,
      actorRole: r.actor_role,
      actorZone: r.actor_zone,
      action: r.action,
      actionLabel: auditActionLabel(r.action),
      entityType: r.entity_type,
      entityTypeLabel: auditEntityLabel(r.entity_type),
      entityId: r.entity_id,
      entityName: !r.entity_id ? null : r.entity_type === 'case' ? (references.get(r.entity_id) ?? null) : r.entity_type === 'user' ? (names.get(r.entity_id) ?? null) : null,
      before: r.before,
      after: r.after,
      ip: r.ip,
      userAgent: r.user_agent,
      requestId: r.request_id,
      seq: r.seq === null ? null : Number(r.seq),
      prevHash: r.prev_hash,
      hash: r.hash,
    }));
  }
}
