import { dueAmount, dueWarning } from './due';

const now = new Date('2026-12-01T08:00:00Z');
const plus = (ms: number) => new Date(now.getTime() + ms).toISOString();
const MIN = 60_000;
const DAY = 24 * 60 * MIN;

describe('dueWarning', () => {
  it('is amber with 2 minutes left of a 1-day clock', () => {
    expect(dueWarning({ clock: 'accept', dueAt: plus(2 * MIN), budgetMs: DAY }, now)).toEqual({ level: 'warning', label: '受理 2 分钟内到期' });
  });

  it('is red, naming the clock and by how much, when over by 2 days', () => {
    expect(dueWarning({ clock: 'accept', dueAt: plus(-2 * DAY - 5 * MIN), budgetMs: DAY, overdue: true }, now)).toEqual({ level: 'overdue', label: '受理超时 2 天' });
  });

  it('is nothing with 6 days left of 20', () => {
    expect(dueWarning({ clock: 'resolve', dueAt: plus(6 * DAY), budgetMs: 20 * DAY }, now)).toEqual({ level: 'none', label: '办结 6 天内到期' });
  });

  it('turns amber exactly at 75% of the budget and red at the deadline even before the server marks it', () => {
    expect(dueWarning({ clock: 'resolve', dueAt: plus(5 * DAY), budgetMs: 20 * DAY }, now)?.level).toBe('warning');
    expect(dueWarning({ clock: 'resolve', dueAt: plus(5 * DAY + MIN), budgetMs: 20 * DAY }, now)?.level).toBe('none');
    expect(dueWarning({ clock: 'resolve', dueAt: plus(0), budgetMs: 20 * DAY }, now)?.level).toBe('overdue');
  });

  it('says "2 小时内" for 1.5 hours left and cannot warn amber without a budget', () => {
    expect(dueWarning({ clock: 'resolve', dueAt: plus(90 * MIN) }, now)).toEqual({ level: 'none', label: '办结 2 小时内到期' });
  });

  it('uses the server warn_at (working time) when given', () => {
    expect(dueWarning({ clock: 'resolve', dueAt: plus(6 * DAY), budgetMs: 20 * DAY, warnAt: plus(-MIN) }, now)?.level).toBe('warning');
    expect(dueWarning({ clock: 'accept', dueAt: plus(2 * MIN), warnAt: plus(MIN) }, now)?.level).toBe('none');
  });

  it('has no warning without a deadline', () => {
    expect(dueWarning({ clock: 'accept', dueAt: null, budgetMs: DAY }, now)).toBeNull();
    expect(dueAmount(30_000, false)).toBe('1 分钟');
  });
});
