import { Actor } from '@app/common';
import { zoneScope } from '@app/cases';

/**
 * The zone scope of `caseScope`/`zoneScope` (the one place it is decided) for rows of the
 * offline service that belong to a zone: slots, appointments, events, visits. Appends its
 * parameter to `params` and returns the SQL condition on `column`, for positional queries.
 */
export function zoneCondition(actor: Actor, column: string, params: unknown[]): string {
  const scope = zoneScope(actor, column);
  if (!('scopeZoneId' in scope.params)) return `(${scope.sql})`;
  params.push(scope.params.scopeZoneId);
  return `(${column} = $${params.length})`;
}

/** Whether the actor works in the zone (agents and supervisors of it; city-wide supervisors everywhere). */
export function worksIn(actor: Actor, zoneId: string): boolean {
  if (actor.role !== 'agent' && actor.role !== 'supervisor') return false;
  return actor.zoneId === zoneId || (actor.role === 'supervisor' && actor.zoneId === null);
}
