import { Injectable } from '@nestjs/common';
import { Tx } from '@app/database';
import { AuditEventFields } from './audit-hash';

/** Appends audit events in the current transaction; the chain's SQL stays with the linker and the verifier. */
@Injectable()
export class AuditEventRepository {
  constructor(private readonly txHost: Tx) {}

  /** Whether the caller runs inside a transaction: an event must commit with the change it records. */
  inTransaction(): boolean {
    return this.txHost.tx.queryRunner?.isTransactionActive === true;
  }

  async append(f: AuditEventFields): Promise<void> {
    await this.txHost.tx.query(
      `INSERT INTO audit_events (occurred_at, actor_id, actor_role, actor_zone, action, entity_type, entity_id, before, after, ip, user_agent, request_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [
        f.occurredAt,
        f.actorId,
        f.actorRole,
        f.actorZone,
        f.action,
        f.entityType,
        f.entityId,
        f.before === null ? null : JSON.stringify(f.before),
        f.after === null ? null : JSON.stringify(f.after),
        f.ip,
        f.userAgent,
        f.requestId,
      ],
    );
  }
}
