import type { WorkingCalendar } from '@app/calendar';
import { ProgrammeId } from '@app/programmes';
import { ClockTimes, Segment, SlaClockState, SlaPolicy } from '@app/sla';

/** The generated world and the records of one case's story (see case-story.ts). */

export interface StaffRef {
  id: string;
  skills: readonly string[];
}

export interface BulkZone {
  id: string;
  code: string;
  name: string;
  authorityId: string;
  weight: number;
  agents: StaffRef[];
  supervisorId: string;
}

export interface BulkWorld {
  cal: WorkingCalendar;
  now: number;
  policy(programme: string, priority: string): SlaPolicy;
  zones: BulkZone[];
  /** Authority id → an officer of it, and its parent authority. */
  officers: Map<string, string>;
  parentAuthority: Map<string, string | null>;
  creatorIds: string[];
  /** The 差评整改 deadlines (settings 'quality'): 回访 and 整改, in working days from the rating. */
  rectificationDays: { contact: number; rectify: number };
  /** Next human reference for a filing (zone, programme, year of filing). */
  reference(zoneCode: string, programmeCode: string, at: number): string;
  /** A new row id (random in the generator, so that runs never collide; seeded in specs). */
  newId(): string;
}

export type Who = { id: string; role: 'creator' | 'agent' | 'supervisor' | 'cac_officer'; zone: string | null } | 'system';

export interface StoryEvent {
  at: number;
  actor: Who;
  /** The timeline entry, or null for an audit-only event (a rectification's step). */
  caseEvent: { kind: string; visibility: 'public' | 'internal'; data: Record<string, unknown> } | null;
  audit: { action: string; entityType: string; entityId: string; before: unknown; after: unknown };
}

export interface CaseRow {
  id: string;
  reference: string;
  programme: ProgrammeId;
  category: string;
  zoneId: string;
  creatorId: string;
  filedBy: string;
  assigneeId: string | null;
  status: string;
  priority: string;
  channel: string;
  title: string;
  description: string;
  intake: Record<string, unknown>;
  statusBeforeAwaiting: string | null;
  awaitingCreatorSince: number | null;
  materialsRequest: { items: string[]; note: string | null } | null;
  escalationAuthorityId: string | null;
  escalationAcknowledged: boolean;
  rejectionReason: string | null;
  outcome: string | null;
  resolutionSummary: string | null;
  rating: number | null;
  ratingComment: string | null;
  closeReason: string | null;
  createdAt: number;
  submittedAt: number | null;
  acceptedAt: number | null;
  firstResponseAt: number | null;
  resolvedAt: number | null;
  closedAt: number | null;
  updatedAt: number;
  version: number;
}

export interface EscalationRecord {
  id: string;
  authorityId: string;
  reason: string;
  automatic: boolean;
  escalatedBy: string | null;
  escalatedAt: number;
  acknowledgedAt: number | null;
  acknowledgedBy: string | null;
  endedAt: number | null;
  outcome: string | null;
}

/** The rectification (差评整改, libs/quality) a first rating of 1 or 2 opens, as its row stands. */
export interface RectificationRecord {
  id: string;
  level: number;
  comment: string | null;
  status: 'contacting' | 'rectifying' | 'rectified';
  ratedAt: number;
  contactDueAt: number;
  contactOverdueAt: number | null;
  contactedAt: number | null;
  contactMethod: 'phone' | 'in_person' | null;
  contactOutcome: string | null;
  contactedBy: string | null;
  rectifyDueAt: number;
  rectifyOverdueAt: number | null;
  rectifiedAt: number | null;
  measures: string | null;
  rectifiedBy: string | null;
}

export interface CaseStory {
  row: CaseRow;
  events: StoryEvent[];
  escalations: EscalationRecord[];
  rectification: RectificationRecord | null;
  pauses: Segment[];
}

export interface StoredSlaClock {
  state: SlaClockState;
  times: ClockTimes;
}
