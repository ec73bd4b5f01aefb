import { Injectable } from '@nestjs/common';
import { CaseTimelineRepository, isFinalStatus, SystemCaseRepository } from '@app/cases';
import { Transactional } from '@app/database';
import { JobOutbox } from '@app/jobs';
import { HolidayCalendar } from '../holidays/holiday-calendar.service';
import { SlaPolicies } from '../policies/sla-policies.service';
import { clockFactsOf, jobsFor, pausesFromTimeline, PlannedClock, planClocks, rebuildClocks, RESUMING } from './clock-planning';
import { SlaClockRepository } from './sla-clock.repository';
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

/**
 * (Re)computes the SLA clocks of existing cases from their fields and timeline, and writes the
 * timers to the job outbox: for cases that got no clocks when they were filed (an import, a
 * worker start after an outage) and for a demo whose history was moved back in time. Safe to run
 * again.
 *
 * A case without clocks gets them rebuilt from its history (submission, acceptance, first
 * response, resolution, the periods spent waiting for materials); a case with clocks has them
 * brought in line with the case row.
 */
@Injectable()
export class SlaClockRebuild {
  constructor(
    private readonly cases: SystemCaseRepository,
    private readonly timelines: CaseTimelineRepository,
    private readonly clocks: SlaClockRepository,
    private readonly outbox: JobOutbox,
    private readonly calendar: HolidayCalendar,
    private readonly policies: SlaPolicies,
  ) {}

  @Transactional()
  async recompute(options: RecomputeSlaClocksOptions = {}): Promise<RecomputeSlaClocksResult> {
    const now = (options.now ?? new Date()).getTime();
    this.calendar.invalidate();
    this.policies.invalidate();
    const cal = await this.calendar.calendar();
    const rows = await this.cases.lockSubmitted(options.caseIds ?? null);
    const events = await this.timelines.statusChanges(rows.map((r) => r.id), ['request_materials', ...RESUMING]);
    const byCase = new Map<string, { action: string; at: Date }[]>();
    for (const e of events) byCase.set(e.case_id, [...(byCase.get(e.case_id) ?? []), e]);

    const result: RecomputeSlaClocksResult = { cases: 0, clocks: 0, jobs: 0 };
    for (const row of rows) {
      const c = clockFactsOf(row, row.closedAt ?? (isFinalStatus(row.status) ? row.updatedAt : null));
      const policy = await this.policies.policy(c.programme, c.priority);
      if (options.rebuild) await this.clocks.deleteClocks(c.id);
      const stored = options.rebuild ? new Map() : await this.clocks.lockCaseClocks(c.id);
      let planned: PlannedClock[];
      if (stored.size === 0) {
        // Every action moves updated_at, so a timeline entry after it means the case row was moved
        // in time (a demo seed) without its append-only timeline: trust the row's fields alone.
        const timeline = byCase.get(c.id) ?? [];
        const consistent = timeline.every((e) => e.at.getTime() <= row.updatedAt.getTime() + 1000);
        const pauses = pausesFromTimeline(consistent ? timeline : [], c.status, c.awaitingCreatorSince);
        planned = withCalendar(() => rebuildClocks(cal, policy, c, pauses, now));
        if (options.pastDue === 'record') planned = planned.map((p) => recordPast(p, now));
      } else {
        planned = withCalendar(() => planClocks(cal, policy, c, stored, now));
      }
      await this.clocks.saveClocks(c.id, planned);
      const jobs = jobsFor(c, planned);
      await this.outbox.enqueue(jobs);
      result.cases += 1;
      result.clocks += planned.length;
      result.jobs += jobs.length;
    }
    return result;
  }
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
