import type { Actor } from '@app/common';

/** The Redis channel the api and worker processes publish committed case changes on. */
export const liveChannel = (prefix: string) => `${prefix}:case-live`;

/**
 * A committed change of a case as it travels between processes. It carries what scoping needs
 * (zone, creator, authorities the case was ever escalated to) and nothing of the case's content.
 */
export interface LiveCaseMessage {
  caseId: string;
  zoneId: string;
  creatorId: string | null;
  /** Every authority the case was escalated to (an officer's scope, as caseScope reads it). */
  authorityIds: string[];
  kind: 'filed' | 'transitioned' | 'commented';
  action?: string;
  /** Internal (staff-only) changes: an internal note, an assignment, an escalation's inner steps. */
  internal: boolean;
  actorId: string | null;
  version: number;
  at: string;
}

/** What an SSE client receives: which case changed and how; it refetches what it shows. */
export interface LiveCaseEvent {
  caseId: string;
  kind: LiveCaseMessage['kind'];
  action?: string;
  version: number;
  at: string;
  /** The change was made by the receiving user (their own page already knows). */
  self: boolean;
}

/**
 * Whether `actor` may learn of the change: the same rule as caseScope (libs/cases/src/case-scope.ts),
 * on the message instead of on a row. Creators hear nothing of internal changes.
 */
export function mayReceive(actor: Actor, m: LiveCaseMessage): boolean {
  switch (actor.role) {
    case 'creator':
      return m.creatorId === actor.userId && !m.internal;
    case 'agent':
      return actor.zoneId !== null && m.zoneId === actor.zoneId;
    case 'supervisor':
      return (actor.zoneId === null || m.zoneId === actor.zoneId);
    case 'cac_officer':
      return actor.authorityId !== null && m.authorityIds.includes(actor.authorityId);
    default:
      return false;
  }
}

export function toClientEvent(actor: Actor, m: LiveCaseMessage): LiveCaseEvent {
  return { caseId: m.caseId, kind: m.kind, ...(m.action ? { action: m.action } : {}), version: m.version, at: m.at, self: m.actorId === actor.userId };
}
