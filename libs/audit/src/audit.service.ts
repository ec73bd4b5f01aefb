import { Injectable } from '@nestjs/common';
import { Actor, RequestMeta, SYSTEM_ACTOR_ID } from '@app/common';
import { AuditEventFields } from './audit-hash';
import { AuditEventRepository } from './audit-event.repository';
import { maskLoginName, redactFreeText, storableJson, storableText, truncateText } from './audit-values';

export interface AuditEntry {
  /** The acting user; `null` for an anonymous caller (a failed login), `'system'` for timers. */
  actor: Actor | null | typeof SYSTEM_ACTOR_ID;
  meta?: Partial<RequestMeta>;
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
  /** For anonymous events: who the caller claimed to be (e.g. the login name tried); masked when it is a phone or ID number. */
  actorIdHint?: string;
  at?: Date;
}

const text = (value: string | null | undefined, max = 500): string | null => (value === null || value === undefined ? null : storableText(truncateText(value, max)));

/** The row an entry becomes: storable strings, free text digested, anonymous names masked. */
export function auditEventFields(entry: AuditEntry): AuditEventFields {
  const actor = entry.actor;
  return {
    occurredAt: entry.at ?? new Date(),
    actorId: actor === null ? text(entry.actorIdHint === undefined ? null : maskLoginName(entry.actorIdHint)) : actor === SYSTEM_ACTOR_ID ? SYSTEM_ACTOR_ID : text(actor.userId),
    actorRole: actor === null ? null : actor === SYSTEM_ACTOR_ID ? 'system' : text(actor.role),
    actorZone: actor === null || actor === SYSTEM_ACTOR_ID ? null : text(actor.zoneId),
    action: storableText(entry.action),
    entityType: storableText(entry.entityType),
    entityId: text(entry.entityId),
    before: storableJson(redactFreeText(entry.before ?? null)),
    after: storableJson(redactFreeText(entry.after ?? null)),
    ip: text(entry.meta?.ip),
    userAgent: text(entry.meta?.userAgent),
    requestId: text(entry.meta?.requestId),
  };
}

/**
 * Appends an event inside the caller's transaction, so an event exists exactly when the change
 * it records was committed. It takes no lock: the linker (audit-linker.ts) puts committed events
 * into the keyed chain shortly after, in one order, so writers never queue on a chain head.
 */
@Injectable()
export class AuditService {
  constructor(private readonly events: AuditEventRepository) {}

  /** Records `entry` in the current transaction (the transaction context's); refuses to run outside one. */
  async record(entry: AuditEntry): Promise<void> {
    if (!this.events.inTransaction()) {
      throw new Error('AuditService.record must run inside the transaction of the change it records');
    }
    await this.events.append(auditEventFields(entry));
  }
}
