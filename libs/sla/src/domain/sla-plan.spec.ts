import { CN_HOLIDAYS, provisionalHolidayYear, WorkingCalendar } from '@app/calendar';
import { buildClock, CaseClockFacts, desiredClock, reconcileClock, settle } from './sla-plan';
import { clockTimes, SlaClockState } from './sla-clock';

const cal = new WorkingCalendar([...CN_HOLIDAYS, provisionalHolidayYear(2027)]);
const at = (local: string) => new Date(`${local.replace(' ', 'T')}:00+08:00`);
const H = 3600_000;
const WD = 8.5 * H;
const budget = { kind: 'working' as const, priority: 'high', budgetMs: WD };

const filed: CaseClockFacts = {
  status: 'submitted',
  statusBeforeAwaiting: null,
  priority: 'high',
  submittedAt: at('2026-12-01 10:00'),
  acceptedAt: null,
  firstResponseAt: null,
  resolvedAt: null,
  awaitingCreatorSince: null,
  closedAt: null,
};

describe('which clocks a case has, from its fields', () => {
  const now = at('2026-12-01 12:00').getTime();

  it('a submitted case runs accept and first response; resolve starts at acceptance', () => {
    expect(desiredClock('accept', filed, now)).toEqual({ mode: 'running', startAt: at('2026-12-01 10:00').getTime() });
    expect(desiredClock('first_response', filed, now).mode).toBe('running');
    expect(desiredClock('resolve', filed, now)).toEqual({ mode: 'absent' });
    const accepted = { ...filed, status: 'accepted', acceptedAt: at('2026-12-01 11:00') };
    expect(desiredClock('accept', accepted, now)).toMatchObject({ mode: 'stopped', reason: 'met', at: at('2026-12-01 11:00').getTime() });
    expect(desiredClock('resolve', accepted, now)).toEqual({ mode: 'running', startAt: at('2026-12-01 11:00').getTime() });
  });

  it('drafts have no clocks; rejection meets accept; withdrawal cancels', () => {
    expect(desiredClock('accept', { ...filed, status: 'draft', submittedAt: null }, now)).toEqual({ mode: 'absent' });
    expect(desiredClock('accept', { ...filed, status: 'rejected', firstResponseAt: at('2026-12-01 11:00') }, now)).toMatchObject({ mode: 'stopped', reason: 'met' });
    expect(desiredClock('first_response', { ...filed, status: 'withdrawn' }, now)).toMatchObject({ mode: 'stopped', reason: 'cancelled' });
  });

  it('waiting for the creator pauses what runs; supplying resumes it', () => {
    const since = at('2026-12-01 11:30');
    const awaiting = { ...filed, status: 'awaiting_creator', statusBeforeAwaiting: 'submitted', awaitingCreatorSince: since, firstResponseAt: since };
    expect(desiredClock('accept', awaiting, now)).toMatchObject({ mode: 'paused', since: since.getTime() });
    expect(desiredClock('first_response', awaiting, now)).toMatchObject({ mode: 'stopped', reason: 'met' });
  });
});

describe('reconciling a stored clock', () => {
  it('follows a case through acceptance, a request for materials, supply, resolution and reopening', () => {
    const t = (s: string) => at(s).getTime();
    let accepted: CaseClockFacts = { ...filed, status: 'accepted', acceptedAt: at('2026-12-01 11:00') };
    let resolve = reconcileClock(undefined, 'resolve', desiredClock('resolve', accepted, t('2026-12-01 11:00')), budget, t('2026-12-01 11:00')) as SlaClockState;
    expect(clockTimes(cal, resolve).dueAt).toBe(t('2026-12-02 11:00'));

    accepted = { ...accepted, status: 'awaiting_creator', statusBeforeAwaiting: 'accepted', awaitingCreatorSince: at('2026-12-01 13:00') };
    resolve = reconcileClock(resolve, 'resolve', desiredClock('resolve', accepted, t('2026-12-01 13:00')), budget, t('2026-12-01 13:00')) as SlaClockState;
    expect(clockTimes(cal, resolve).dueAt).toBeNull();

    accepted = { ...accepted, status: 'accepted', statusBeforeAwaiting: null, awaitingCreatorSince: null };
    resolve = reconcileClock(resolve, 'resolve', desiredClock('resolve', accepted, t('2026-12-02 13:00')), budget, t('2026-12-02 13:00')) as SlaClockState;
    // One working day (8.5 h) paused: the deadline moves from Wed 11:00 to Thu 11:00.
    expect(clockTimes(cal, resolve).dueAt).toBe(t('2026-12-03 11:00'));

    const resolved = { ...accepted, status: 'resolved', resolvedAt: at('2026-12-02 15:00') };
    const met = reconcileClock(resolve, 'resolve', desiredClock('resolve', resolved, t('2026-12-02 15:00')), budget, t('2026-12-02 15:00')) as SlaClockState;
    expect(met).toMatchObject({ stopReason: 'met', stoppedAt: t('2026-12-02 15:00') });
    expect(settle(cal, met).state.breachedAt).toBeNull();
    expect(settle(cal, met).times.dueAt).toBe(t('2026-12-03 11:00'));

    const reopened = { ...resolved, status: 'in_progress', resolvedAt: null };
    const again = reconcileClock(met, 'resolve', desiredClock('resolve', reopened, t('2026-12-03 09:00')), budget, t('2026-12-03 09:00')) as SlaClockState;
    expect(again.stopReason).toBeNull();
    // 4 h used (Tue 11–13, Wed 13–15): 4.5 h left from Thu 09:00.
    expect(clockTimes(cal, again).dueAt).toBe(t('2026-12-03 13:30'));
  });

  it('records a breach when the clock is met after its deadline', () => {
    const state = buildClock('accept', { mode: 'stopped', startAt: at('2026-12-01 10:00').getTime(), at: at('2026-12-03 10:00').getTime(), reason: 'met' }, budget);
    const { state: settled, times } = settle(cal, state as SlaClockState);
    expect(times.dueAt).toBe(at('2026-12-02 10:00').getTime());
    expect(settled.breachedAt).toBe(at('2026-12-02 10:00').getTime());
  });

  it('takes the new priority’s budget when the priority changes', () => {
    const running = reconcileClock(undefined, 'accept', desiredClock('accept', filed, 0), budget, 0) as SlaClockState;
    const raised = reconcileClock(running, 'accept', desiredClock('accept', { ...filed, priority: 'urgent' }, 0), { kind: 'continuous', priority: 'urgent', budgetMs: 2 * H }, 0) as SlaClockState;
    expect(raised).toMatchObject({ kind: 'continuous', priority: 'urgent', budgetMs: 2 * H, generation: 2 });
    expect(clockTimes(cal, raised).dueAt).toBe(at('2026-12-01 12:00').getTime());
  });

  it('rebuilds a clock from history with its pauses', () => {
    const c = { ...filed, status: 'accepted', acceptedAt: at('2026-12-01 10:00') };
    const state = buildClock('resolve', desiredClock('resolve', c, 0), budget, [{ start: at('2026-12-01 12:00').getTime(), end: at('2026-12-02 12:00').getTime() }]);
    expect(clockTimes(cal, state as SlaClockState).dueAt).toBe(at('2026-12-03 10:00').getTime());
  });
});
