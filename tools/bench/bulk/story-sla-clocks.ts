import { isFinalStatus } from '@app/contracts';
import { buildClock, CaseClockFacts, desiredClock, policyBudgetMs, settle, SLA_CLOCKS, SlaClockName } from '@app/sla';
import type { BulkWorld, CaseStory, StoredSlaClock } from './case-story-types';

/** The SLA clocks of a story at `now`, as the SLA module would rebuild them from the case's history (past warnings and breaches recorded). */
export function slaClocksOf(world: BulkWorld, story: CaseStory): StoredSlaClock[] {
  const row = story.row;
  if (row.status === 'draft' || row.submittedAt === null) return [];
  const policy = world.policy(row.programme, row.priority);
  const d = (ms: number | null) => (ms === null ? null : new Date(ms));
  const facts: CaseClockFacts = {
    status: row.status,
    statusBeforeAwaiting: row.statusBeforeAwaiting,
    priority: row.priority,
    submittedAt: d(row.submittedAt),
    acceptedAt: d(row.acceptedAt),
    firstResponseAt: d(row.firstResponseAt),
    resolvedAt: d(row.resolvedAt),
    awaitingCreatorSince: d(row.awaitingCreatorSince),
    closedAt: d(row.closedAt ?? (isFinalStatus(row.status) ? row.updatedAt : null)),
  };
  const out: StoredSlaClock[] = [];
  for (const clock of SLA_CLOCKS as readonly SlaClockName[]) {
    const budget = { kind: policy.clockKind, priority: row.priority, budgetMs: policyBudgetMs(policy, clock) };
    const built = buildClock(clock, desiredClock(clock, facts, world.now), budget, story.pauses);
    if (!built) continue;
    const { state, times } = settle(world.cal, built);
    if (state.stoppedAt !== null) {
      out.push({ state, times });
      continue;
    }
    out.push({
      times,
      state: {
        ...state,
        warnedAt: state.warnedAt ?? (times.warnAt !== null && times.warnAt <= world.now ? times.warnAt : null),
        breachedAt: state.breachedAt ?? (times.dueAt !== null && times.dueAt <= world.now ? times.dueAt : null),
      },
    });
  }
  return out;
}
