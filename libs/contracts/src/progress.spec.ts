import { caseProgress, casePromise, shanghaiMonthDayTime } from './progress';

const titles = (p: ReturnType<typeof caseProgress>) => p.steps.map((s) => s.title);
const at = (p: ReturnType<typeof caseProgress>) => ({ step: p.steps[p.current].key, state: p.state, note: p.steps[p.current].description });

describe('caseProgress', () => {
  it('shows five steps for a case that never went to a 网信办', () => {
    expect(titles(caseProgress({ status: 'submitted' }))).toEqual(['提交', '受理', '办理', '办结', '评价']);
  });

  it('adds 上报 and 网信办已签收 once the case is escalated, and keeps them after a return', () => {
    expect(titles(caseProgress({ status: 'escalated' }))).toEqual(['提交', '受理', '办理', '上报', '网信办已签收', '办结', '评价']);
    expect(titles(caseProgress({ status: 'in_progress', acceptedAt: '2026-03-01T01:00:00Z', escalated: true }))).toContain('上报');
  });

  it.each([
    [{ status: 'draft' as const }, { step: 'submit', state: 'process', note: '草稿未提交' }],
    [{ status: 'submitted' as const }, { step: 'accept', state: 'process', note: '待受理' }],
    [{ status: 'rejected' as const }, { step: 'accept', state: 'error', note: '不予受理' }],
    [{ status: 'accepted' as const, acceptedAt: '2026-03-01T01:00:00Z' }, { step: 'handle', state: 'process', note: undefined }],
    [{ status: 'in_progress' as const, acceptedAt: '2026-03-01T01:00:00Z' }, { step: 'handle', state: 'process', note: undefined }],
    [{ status: 'awaiting_creator' as const }, { step: 'accept', state: 'process', note: '待补充材料' }],
    [{ status: 'awaiting_creator' as const, acceptedAt: '2026-03-01T01:00:00Z' }, { step: 'handle', state: 'process', note: '待补充材料' }],
    [{ status: 'escalated' as const, escalationAcknowledged: false }, { step: 'acknowledge', state: 'process', note: '待网信办签收' }],
    [{ status: 'escalated' as const, escalationAcknowledged: true }, { step: 'resolve', state: 'process', note: '网信办办理中' }],
    [{ status: 'resolved' as const, resolvedAt: '2026-03-02T01:00:00Z' }, { step: 'rate', state: 'process', note: '待评价' }],
    [{ status: 'closed' as const, resolvedAt: '2026-03-02T01:00:00Z', closeReason: 'rated' }, { step: 'rate', state: 'finish', note: undefined }],
    [{ status: 'closed' as const, resolvedAt: '2026-03-02T01:00:00Z', closeReason: 'auto_unrated' }, { step: 'rate', state: 'finish', note: '未评价，已关闭' }],
    [{ status: 'closed' as const, acceptedAt: '2026-03-01T01:00:00Z', closeReason: 'unanswered' }, { step: 'handle', state: 'error', note: '逾期未补充，已关闭' }],
    [{ status: 'withdrawn' as const }, { step: 'accept', state: 'error', note: '已撤回' }],
    [{ status: 'withdrawn' as const, acceptedAt: '2026-03-01T01:00:00Z' }, { step: 'handle', state: 'error', note: '已撤回' }],
  ])('%j stands at %j', (input, expected) => {
    expect(at(caseProgress(input))).toEqual(expected);
  });
});

describe('casePromise', () => {
  const now = new Date('2026-12-04T02:00:00Z');

  it('promises the earliest running deadline, in Shanghai time, with the verb of its clock', () => {
    const p = casePromise(
      [
        { clock: 'resolve', state: 'running', dueAt: '2026-12-20T09:30:00Z' },
        { clock: 'first_response', state: 'running', dueAt: '2026-12-05T09:30:00Z' },
        { clock: 'accept', state: 'met', dueAt: '2026-12-04T01:00:00Z' },
      ],
      now,
    );
    expect(p?.text).toBe('预计 12月5日 17:30 前答复');
    expect(p?.overdue).toBe(false);
  });

  it('says so when the deadline has passed', () => {
    const p = casePromise([{ clock: 'accept', state: 'breached', dueAt: '2026-12-03T09:30:00Z' }], now);
    expect(p?.overdue).toBe(true);
    expect(p?.text).toBe('已超过承诺时限（12月3日 17:30 前受理），服务台正在加紧办理');
  });

  it('promises nothing while every clock is paused, met or cancelled', () => {
    expect(casePromise([{ clock: 'resolve', state: 'paused', dueAt: null }, { clock: 'accept', state: 'met', dueAt: '2026-12-01T01:00:00Z' }], now)).toBeNull();
    expect(casePromise([], now)).toBeNull();
    expect(casePromise(undefined, now)).toBeNull();
  });

  it('formats midnight as 00:00, not 24:00', () => {
    expect(shanghaiMonthDayTime(new Date('2026-01-31T16:00:00Z'))).toBe('2月1日 00:00');
  });
});
