import { EntityManager } from 'typeorm';
import { loadWorkingCalendar } from '@app/calendar';
import { enqueueJobs } from '../jobs/job-outbox';
import { loadSlaPolicies, pickPolicy } from '../policies/sla-policies';
import { CaseForClocks, jobsFor, pausesFromTimeline, PlannedClock, planClocks, rebuildClocks } from './clock-planning';
import { lockCaseClocks, saveClocks } from './sla-clock.store';
import { withCalendar } from './sla-clocks.service';

export interface RecomputeSlaClocksOptions {
  /** Only these cases; all non-draft cases when omitted. */
  caseIds?: readonly string[];
  /** The instant to compute at (defaults to now). */
  now?: Date;
  /**
   * What to do with warnings and breaches that fall before `now` on a rebuilt clock:
   * `act` (default) leaves them for the worker, which warns and escalates at once;
   * `record` marks them as having happened at their instant, silently (for demo seeds of old cases).
   */
  pastDue?: 'act' | 'record';
  /** Throw away existing clocks of these cases and rebuild them from the case history. */
  rebuild?: boolean;
}

export interface RecomputeSlaClocksResult {
  cases: number;
  clocks: number;
  jobs: number;
}

interface CaseRow {
  id: string;
  programme: string;
  priority: string;
  status: string;
  status_before_awaiting: string | null;
  submitted_at: Date | null;
  accepted_at: Date | null;
  first_response_at: Date | null;
  resolved_at: Date | null;
  awaiting_creator_since: Date | null;
  closed_at: Date | null;
  updated_at: Date;
}

const FINAL = ['closed', 'rejected', 'withdrawn'];

/**
 * (Re)computes the SLA clocks of existing cases from their fields and timeline, and writes the
 * timers to the job outbox. For seeds and imports that insert cases without going through the
 * case service; safe to run again. Run it inside a transaction (`dataSource.transaction(m => …)`).
 *
 * A case without clocks gets them rebuilt from its history (submission, acceptance, first
 * response, resolution, the periods spent waiting for materials); a case with clocks has them
 * brought in line with the case row.
 */
export async function recomputeSlaClocks(manager: EntityManager, options: RecomputeSlaClocksOptions = {}): Promise<RecomputeSlaClocksResult> {
  const now = (options.now ?? new Date()).getTime();
  const cal = await loadWorkingCalendar(manager);
  const policies = await loadSlaPolicies(manager);
  const ids = options.caseIds ? [...options.caseIds] : null;
  const rows: CaseRow[] = await manager.query(
    `SELECT id, programme, priority, status, status_before_awaiting, submitted_at, accepted_at, first_response_at, resolved_at,
            awaiting_creator_since, closed_at, updated_at
     FROM cases WHERE ($1::uuid[] IS NULL OR id = ANY($1::uuid[])) AND status <> 'draft' ORDER BY id FOR UPDATE`,
    [ids],
  );
  const events: { case_id: string; action: string; at: Date }[] = await manager.query(
    `SELECT case_id, data->>'action' AS action, at FROM case_events
     WHERE kind = 'status_change' AND data->>'action' IN ('request_materials', 'supply_materials', 'withdraw', 'close')
       AND case_id = ANY($1::uuid[]) ORDER BY id`,
    [rows.map((r) => r.id)],
  );
  const byCase = new Map<string, { action: string; at: Date }[]>();
  for (const e of events) byCase.set(e.case_id, [...(byCase.get(e.case_id) ?? []), e]);

  const result: RecomputeSlaClocksResult = { cases: 0, clocks: 0, jobs: 0 };
  for (const row of rows) {
    const c: CaseForClocks = {
      id: row.id,
      programme: row.programme,
      priority: row.priority,
      status: row.status,
      statusBeforeAwaiting: row.status_before_awaiting,
      submittedAt: row.submitted_at,
      acceptedAt: row.accepted_at,
      firstResponseAt: row.first_response_at,
      resolvedAt: row.resolved_at,
      awaitingCreatorSince: row.awaiting_creator_since,
      closedAt: row.closed_at ?? (FINAL.includes(row.status) ? row.updated_at : null),
    };
    const policy = pickPolicy(policies, c.programme, c.priority);
    if (options.rebuild) await manager.query(`DELETE FROM sla_clocks WHERE case_id = $1`, [c.id]);
    const stored = options.rebuild ? new Map() : await lockCaseClocks(manager, c.id);
    let planned: PlannedClock[];
    if (stored.size === 0) {
      // Every action moves updated_at, so a timeline entry after it means the case row was moved
      // in time (a demo seed) without its append-only timeline: trust the row's fields alone.
      const timeline = (byCase.get(c.id) ?? []);
      const consistent = timeline.every((e) => e.at.getTime() <= row.updated_at.getTime() + 1000);
      const pauses = pausesFromTimeline(consistent ? timeline : [], c.status, c.awaitingCreatorSince);
      planned = withCalendar(() => rebuildClocks(cal, policy, c, pauses, now));
      if (options.pastDue === 'record') planned = planned.map((p) => recordPast(p, now));
    } else {
      planned = withCalendar(() => planClocks(cal, policy, c, stored, now));
    }
    await saveClocks(manager, c.id, planned);
    const jobs = jobsFor(c, planned);
    await enqueueJobs(manager, jobs);
    result.cases += 1;
    result.clocks += planned.length;
    result.jobs += jobs.length;
  }
  return result;
}

function recordPast(p: PlannedClock, now: number): PlannedClock {
  if (p.state.stoppedAt !== null) return p;
  const { warnAt, dueAt } = p.times;
  return {
    times: p.times,
    state: {
      ...p.state,
      warnedAt: p.state.warnedAt ?? (warnAt !== null && warnAt <= now ? warnAt : null),
      breachedAt: p.state.breachedAt ?? (dueAt !== null && dueAt <= now ? dueAt : null),
    },
  };
}
