import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor, RequestMeta, SYSTEM_ACTOR_ID } from '@app/common';
import { auditEventHash, HashedAuditFields } from './audit-hash';

export interface AuditEntry {
  /** The acting user; `null` for an anonymous caller (a failed login), `'system'` for timers. */
  actor: Actor | null | typeof SYSTEM_ACTOR_ID;
  meta?: Partial<RequestMeta>;
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
  /** For anonymous events: who the caller claimed to be (e.g. the login name tried). */
  actorIdHint?: string;
  at?: Date;
}

/**
 * Appends to the hash chain inside the caller's transaction, so an event exists exactly when the
 * change it records was committed. Locking the head row serialises appenders until commit, so
 * callers append as the last step of their transaction.
 */
@Injectable()
export class AuditService {
  async record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('AuditService.record must run inside the transaction of the change it records');
    }
    const [head] = await manager.query('SELECT last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE');
    const actor = entry.actor;
    const fields: HashedAuditFields = {
      occurredAt: entry.at ?? new Date(),
      actorId: actor === null ? (entry.actorIdHint ?? null) : actor === SYSTEM_ACTOR_ID ? SYSTEM_ACTOR_ID : actor.userId,
      actorRole: actor === null ? null : actor === SYSTEM_ACTOR_ID ? 'system' : actor.role,
      actorZone: actor === null || actor === SYSTEM_ACTOR_ID ? null : actor.zoneId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      before: entry.before ?? null,
      after: entry.after ?? null,
      ip: entry.meta?.ip ?? null,
      userAgent: entry.meta?.userAgent?.slice(0, 500) ?? null,
      requestId: entry.meta?.requestId ?? null,
      prevHash: head.last_hash,
    };
    const hash = auditEventHash(fields);
    // One round trip for the event and the new head, while the head row is held.
    await manager.query(
      `WITH appended AS (
         INSERT INTO audit_events (occurred_at, actor_id, actor_role, actor_zone, action, entity_type, entity_id,
           before, after, ip, user_agent, request_id, prev_hash, hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id
       )
       UPDATE audit_chain_head SET last_id = (SELECT id FROM appended), last_hash = $14 WHERE id = 1`,
      [
        fields.occurredAt,
        fields.actorId,
        fields.actorRole,
        fields.actorZone,
        fields.action,
        fields.entityType,
        fields.entityId,
        fields.before === null ? null : JSON.stringify(fields.before),
        fields.after === null ? null : JSON.stringify(fields.after),
        fields.ip,
        fields.userAgent,
        fields.requestId,
        fields.prevHash,
        hash,
      ],
    );
  }
}
