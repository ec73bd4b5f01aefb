import { AuditEventFields } from './audit-hash';

/** Anything that runs SQL: a DataSource, an EntityManager or a QueryRunner inside a transaction. */
export interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<any>;
}

/** The stored columns of an event that its link's hash covers, aliased `e_*`, from `audit_events e`. */
export const EVENT_COLUMNS = `e.id AS e_id, e.occurred_at AS e_occurred_at, e.actor_id AS e_actor_id, e.actor_role AS e_actor_role,
  e.actor_zone AS e_actor_zone, e.action AS e_action, e.entity_type AS e_entity_type, e.entity_id AS e_entity_id,
  e.before AS e_before, e.after AS e_after, e.ip AS e_ip, e.user_agent AS e_user_agent, e.request_id AS e_request_id`;

export interface EventRow {
  e_id: string | null;
  e_occurred_at: Date;
  e_actor_id: string | null;
  e_actor_role: string | null;
  e_actor_zone: string | null;
  e_action: string;
  e_entity_type: string;
  e_entity_id: string | null;
  e_before: unknown;
  e_after: unknown;
  e_ip: string | null;
  e_user_agent: string | null;
  e_request_id: string | null;
}

/** The event exactly as PostgreSQL gives it back, which is what its link hashes. */
export function eventFieldsOf(row: EventRow): AuditEventFields {
  return {
    occurredAt: row.e_occurred_at,
    actorId: row.e_actor_id,
    actorRole: row.e_actor_role,
    actorZone: row.e_actor_zone,
    action: row.e_action,
    entityType: row.e_entity_type,
    entityId: row.e_entity_id,
    before: row.e_before,
    after: row.e_after,
    ip: row.e_ip,
    userAgent: row.e_user_agent,
    requestId: row.e_request_id,
  };
}
