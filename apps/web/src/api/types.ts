/**
 * The API's shapes as the web uses them. Requests and responses the OpenAPI document describes
 * are generated from it (libs/contracts/src/api.ts, `npm run contracts:generate`); the role and
 * case vocabulary are shared with the server (libs/contracts).
 */
import type {
  Account,
  AttachmentInfo,
  AuthorityInfo,
  CaseDetailView,
  CasePage,
  CaseSummaryView,
  InboxItem,
  InboxPage,
  SecurityPolicy,
  SignedIn,
  SlaClockView,
  TimelineEntryView,
  ZoneInfo,
} from '@app/contracts';

import type { Priority } from '@app/contracts';

export type { CaseAction, CaseStatus, Channel, Priority, Role } from '@app/contracts';
export type { CasePage, SecurityPolicy };

export type User = Account;
export type LoginResult = SignedIn;
export type Zone = ZoneInfo;
export type Authority = AuthorityInfo;
export type CaseSummary = CaseSummaryView;
export type CaseDetail = CaseDetailView;
export type SlaClock = SlaClockView;
export type TimelineEntry = TimelineEntryView;
export type Attachment = AttachmentInfo;
export type Notification = InboxItem;
export type NotificationPage = InboxPage;

export interface AuditEvent {
  id: string;
  occurredAt: string;
  actorId: string | null;
  /** The actor's name; 系统 for the system; null for an anonymous caller. */
  actorName: string | null;
  actorRole: string | null;
  actorZone: string | null;
  action: string;
  actionLabel: string;
  entityType: string;
  entityTypeLabel: string;
  entityId: string | null;
  /** A case's reference, an account's name; null for other objects. */
  entityName: string | null;
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

// ---- Programmes: served as data with a JSON Schema per programme (GET /programmes) ----

type ProgrammeId = 'starlight' | 'shield' | 'compliance' | 'legislation';
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

interface Labelled {
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
