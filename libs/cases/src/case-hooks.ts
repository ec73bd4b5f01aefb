import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor, SYSTEM_ACTOR_ID } from '@app/common';
import type { CaseEntity } from './case.entity';
import type { CaseAction, CaseStatus } from './domain';

/** What just happened to a case, inside the transaction that did it. */
export interface CaseChange {
  case: CaseEntity;
  action: CaseAction | 'file' | 'comment';
  from: CaseStatus | null;
  to: CaseStatus;
  actor: Actor | typeof SYSTEM_ACTOR_ID;
  at: Date;
  /** For comments: a public reply by staff counts as the first response. */
  publicStaffReply?: boolean;
  previousAssigneeId?: string | null;
  details?: Record<string, unknown>;
}

/** Extra facts a module adds to the case page (e.g. the SLA clocks). */
export interface CaseDetailContributor {
  describe(manager: EntityManager, caseIds: string[], now: Date): Promise<Map<string, Record<string, unknown>>>;
}

export interface CaseChangeListener {
  /** Runs in the same transaction as the change: throw to roll it back. */
  onCaseChanged(manager: EntityManager, change: CaseChange): Promise<void>;
}

/**
 * Lets the SLA and notification modules react to case changes and add to the case page
 * without the cases module depending on them (they depend on it).
 */
@Injectable()
export class CaseHooks {
  private readonly listeners: CaseChangeListener[] = [];
  private readonly contributors: CaseDetailContributor[] = [];

  addListener(listener: CaseChangeListener): void {
    this.listeners.push(listener);
  }

  addContributor(contributor: CaseDetailContributor): void {
    this.contributors.push(contributor);
  }

  async changed(manager: EntityManager, change: CaseChange): Promise<void> {
    for (const listener of this.listeners) await listener.onCaseChanged(manager, change);
  }

  async describe(manager: EntityManager, caseIds: string[], now: Date): Promise<Map<string, Record<string, unknown>>> {
    const merged = new Map<string, Record<string, unknown>>();
    for (const contributor of this.contributors) {
      for (const [id, extra] of await contributor.describe(manager, caseIds, now)) merged.set(id, { ...merged.get(id), ...extra });
    }
    return merged;
  }
}
