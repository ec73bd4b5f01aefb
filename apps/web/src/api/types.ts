/** The role and case vocabulary are shared with the server (libs/contracts). */
import type { CaseAction, CaseStatus, Channel, Priority, Role } from '@app/contracts';

export type { CaseAction, CaseStatus, Channel, Priority, Role };

export interface User {
  id: string;
  role: Role | null;
  zoneId: string | null;
  authorityId: string | null;
  username: string | null;
  phone: string | null;
  displayName: string;
  status: 'active' | 'disabled' | string;
  locked: boolean;
  skills: string[];
  createdAt: string;
}

export interface LoginResult {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  tokenType: string;
  user: User;
}

export interface Zone {
  id: string;
  name: string;
  code: string;
  authorityId: string;
  active?: boolean;
}

export interface Authority {
  id: string;
  name: string;
  level: 'district' | 'city' | string;
  parentId: string | null;
}

export interface SecurityPolicy {
  passwordMinLength: number;
  lockoutThreshold: number;
  lockoutMinutes: number;
}

export interface AuditEvent {
  id: string;
  occurredAt: string;
  actorId: string | null;
  actorRole: string | null;
  actorZone: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
  /** Place in the keyed chain; null until the linker has linked the event. */
  seq: number | null;
  prevHash: string | null;
  hash: string | null;
}

export interface AuditPage {
  items: AuditEvent[];
  nextBefore: string | null;
}

export type { AuditVerification as AuditVerify } from '@app/contracts';

// ---- Cases (contract of the case API) ----

export type ProgrammeId = 'starlight' | 'shield' | 'compliance' | 'legislation';
export interface JsonSchema {
  type?: string | string[];
  title?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: Array<string | number>;
  enumNames?: string[];
  'x-enumNames'?: string[];
  'x-enumLabels'?: Record<string, string> | string[];
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  const?: string | number | boolean;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  default?: unknown;
  examples?: unknown[];
  [key: string]: unknown;
}

export interface Labelled {
  id: string;
  label: string;
}

export interface Programme {
  id: ProgrammeId;
  name: string;
  subtitle?: string;
  description?: string;
  categories: Labelled[];
  outcomes: Labelled[];
  defaultPriority: Priority;
  intakeSchema: JsonSchema;
  ui?: Record<string, unknown>;
}

export interface CaseSummary {
  id: string;
  reference: string;
  programme: ProgrammeId;
  category: string;
  zoneId: string;
  status: CaseStatus;
  priority: Priority;
  channel: Channel;
  title: string;
  creatorName: string | null;
  assignee: { id: string; displayName: string } | null;
  createdAt: string;
  updatedAt: string;
  nextDueAt: string | null;
  nextDueClock?: string | null;
  overdue: boolean;
  acceptedAt?: string | null;
  resolvedAt?: string | null;
  closeReason?: string | null;
  escalationAuthorityId?: string | null;
  submittedAt?: string | null;
}

export interface SlaClock {
  clock: 'accept' | 'first_response' | 'resolve' | string;
  label?: string;
  /** working: 工作日 09:00–17:30; continuous: 24×7 */
  kind?: 'working' | 'continuous' | string;
  budgetMs?: number;
  warnAt?: string | null;
  warnedAt?: string | null;
  breachedAt?: string | null;
  metAt?: string | null;
  escalatedTo?: string | null;
  dueAt: string | null;
  state: 'running' | 'paused' | 'met' | 'breached' | string;
  remainingMs: number | null;
}

export interface CaseDetail extends CaseSummary {
  description: string;
  intake: Record<string, unknown>;
  creator: { id: string; displayName: string; phone: string | null } | null;
  escalation: { authorityId: string; reason: string; acknowledged: boolean } | null;
  materialsRequest: { items: string[]; note: string | null } | null;
  outcome: string | null;
  resolutionSummary: string | null;
  rating: { level: number; comment: string | null } | null;
  resolvedAt: string | null;
  rejectionReason?: string | null;
  closeReason?: string | null;
  acceptedAt?: string | null;
  firstResponseAt?: string | null;
  closedAt?: string | null;
  version: number;
  allowedActions: CaseAction[];
  slaClocks: SlaClock[];
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface Actor {
  id: string;
  displayName: string;
  role: Role | 'system' | string;
}

export interface TimelineEntry {
  id: string;
  kind: 'status_change' | 'assignment' | 'escalation' | 'public_reply' | 'internal_note' | 'attachment' | string;
  at: string;
  actor: Actor | null;
  data: Record<string, unknown> | null;
}

export interface Comment {
  id: string;
  body: string;
  visibility: 'public' | 'internal';
  author?: Actor | null;
  createdAt?: string;
}

export interface Attachment {
  id: string;
  fileName: string;
  mimeType: string;
  size: number;
  sha256: string;
  sm3: string;
  uploadedBy: string | { id: string; displayName: string; role?: string } | null;
  uploadedAt: string;
}

export interface Review {
  id: string;
  caseId?: string;
  reference?: string;
  title?: string;
  level?: number;
  comment?: string | null;
  status?: string;
  createdAt?: string;
  followUp?: string | { note: string; at?: string; by?: Actor | null } | null;
  zoneId?: string;
  doneAt?: string | null;
  [key: string]: unknown;
}

export interface Notification {
  id: string;
  title?: string;
  body?: string;
  kind?: string;
  kindLabel?: string;
  caseReference?: string | null;
  caseId?: string | null;
  createdAt: string;
  readAt: string | null;
  [key: string]: unknown;
}
