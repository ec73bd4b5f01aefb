import { Actor } from '@app/common';

export interface ScopeClause {
  sql: string;
  params: Record<string, unknown>;
}

/**
 * Which cases an actor may see, count or touch: the one place zone and ownership scope is
 * decided. A creator sees their own cases; agents and zone supervisors their zone; a city-wide
 * supervisor both zones; an officer the cases escalated to their authority; admins none.
 */
export function caseScope(actor: Actor, alias = 'c'): ScopeClause {
  switch (actor.role) {
    case 'creator':
      return { sql: `${alias}.creator_id = :scopeUserId`, params: { scopeUserId: actor.userId } };
    case 'agent':
      return actor.zoneId ? { sql: `${alias}.zone_id = :scopeZoneId`, params: { scopeZoneId: actor.zoneId } } : NOTHING;
    case 'supervisor':
      return actor.zoneId ? { sql: `${alias}.zone_id = :scopeZoneId`, params: { scopeZoneId: actor.zoneId } } : EVERYTHING;
    case 'cac_officer':
      return actor.authorityId
        ? {
            sql: `EXISTS (SELECT 1 FROM escalations scope_e WHERE scope_e.case_id = ${alias}.id AND scope_e.authority_id = :scopeAuthorityId)`,
            params: { scopeAuthorityId: actor.authorityId },
          }
        : NOTHING;
    case 'sysadmin':
    case 'secadmin':
    case 'auditor':
      return NOTHING;
  }
}

const NOTHING: ScopeClause = { sql: 'FALSE', params: {} };
const EVERYTHING: ScopeClause = { sql: 'TRUE', params: {} };

/** Zones an actor works in, for scoping rows that belong to a zone rather than to a case. */
export function zoneScope(actor: Actor, column: string): ScopeClause {
  if ((actor.role === 'agent' || actor.role === 'supervisor') && actor.zoneId) {
    return { sql: `${column} = :scopeZoneId`, params: { scopeZoneId: actor.zoneId } };
  }
  return actor.role === 'supervisor' ? EVERYTHING : NOTHING;
}

/**
 * Scope of a programme's own rows that carry a creator and a zone (nominations, suggestions): a
 * creator their own, the desk its zone (a city-wide supervisor both), an officer what `officer`
 * grants their authority, the admin roles nothing.
 */
export function creatorZoneScope(actor: Actor, alias: string, officer: (authorityId: string) => ScopeClause): ScopeClause {
  switch (actor.role) {
    case 'creator':
      return { sql: `${alias}.creator_id = :scopeUserId`, params: { scopeUserId: actor.userId } };
    case 'agent':
    case 'supervisor':
      return zoneScope(actor, `${alias}.zone_id`);
    case 'cac_officer':
      return actor.authorityId ? officer(actor.authorityId) : NOTHING;
    default:
      return NOTHING;
  }
}
