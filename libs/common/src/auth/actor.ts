import type { Role } from '@app/contracts';

// The role vocabulary is shared with the web app (libs/contracts); the server keeps its names.
export { ADMIN_ROLES, ROLES } from '@app/contracts';
export type { Role } from '@app/contracts';

/** Who is acting, as proven by the access token. */
export interface Actor {
  userId: string;
  role: Role;
  /** Zone of an agent or zone supervisor; null for a city-wide supervisor and for everyone else. */
  zoneId: string | null;
  /** Authority of a cac_officer. */
  authorityId: string | null;
}

/** Where a request came from; recorded with every audit event. */
export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
}

/** The system itself (timers, sweeps, seeds) as an actor in the audit log. */
export const SYSTEM_ACTOR_ID = 'system';
