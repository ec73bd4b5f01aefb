export const ROLES = ['creator', 'agent', 'supervisor', 'cac_officer', 'sysadmin', 'secadmin', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

/** 三员分立: these roles run the system and never handle cases; no account holds two of them. */
export const ADMIN_ROLES: readonly Role[] = ['sysadmin', 'secadmin', 'auditor'];
export const STAFF_ROLES: readonly Role[] = ['agent', 'supervisor', 'cac_officer'];

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
