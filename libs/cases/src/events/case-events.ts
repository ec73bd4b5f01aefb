import type { Actor, SYSTEM_ACTOR_ID } from '@app/common';
import type { CaseEntity } from '../case.entity';
import type { CaseAction, CaseStatus } from '../domain';

/** Who did it: a user, or the system itself (timers, sweeps). */
export type CaseEventActor = Actor | typeof SYSTEM_ACTOR_ID;

interface CaseEventBase {
  /** The case as it is now, inside the transaction of the change. */
  case: CaseEntity;
  actor: CaseEventActor;
  at: Date;
}

/** What a programme's own route hands to its listener when it files a case (e.g. the honour round). */
export type FilingContext = Record<string, unknown>;

/** A case was filed (as a draft or submitted). */
export interface CaseFiled extends CaseEventBase {
  to: CaseStatus;
  /** The creator's name as the filing found it (listeners need not read it again). */
  creatorName: string;
  /** Set when a programme's route filed it (the generic route leaves it out). */
  context?: FilingContext;
}

/** A lifecycle action was applied (by a user or by the system). */
export interface CaseTransitioned extends CaseEventBase {
  action: CaseAction;
  from: CaseStatus;
  to: CaseStatus;
  previousAssigneeId: string | null;
  /** The decision's details (reason, items, summary, level …) and the actor's note. */
  details: Record<string, unknown>;
}

/** A public reply or an internal note was added. */
export interface CaseCommented extends CaseEventBase {
  visibility: 'public' | 'internal';
  body: string;
  /** A public reply by staff: it counts as the first response. */
  publicStaffReply: boolean;
}

/**
 * Every event of the cases module, by name. Listeners run in the transaction of the change, in
 * the order they were discovered; a listener that throws rolls the change back.
 */
export interface CaseEventMap {
  'case.filed': CaseFiled;
  'case.transitioned': CaseTransitioned;
  'case.commented': CaseCommented;
}
export type CaseEventName = keyof CaseEventMap;
export type CaseEventOf<E extends CaseEventName> = CaseEventMap[E];
