import { CN_HOLIDAYS, WorkingCalendar } from '@app/calendar';
import type { NavigatorRuleView } from '@app/contracts';
import { fillPlaceholders, unknownPlaceholders } from './canned-reply';
import { answerProblems, conditionProblems, evaluate, workingDaysAfter } from './navigator';

const calendar = new WorkingCalendar(CN_HOLIDAYS);
const rule = (code: string, conditions: NavigatorRuleView['conditions'], deadlineWorkingDays: number | null = null): NavigatorRuleView => ({
  id: code,
  code,
  title: code,
  obligation: 'filing',
  description: '',
  conditions,
  deadlineWorkingDays,
  deadlineText: deadlineWorkingDays ? `自提供服务之日起${deadlineWorkingDays}个工作日内` : '上线前',
  sources: [{ regulation: '互联网信息服务算法推荐管理规定', article: '第二十四条' }],
  sort: 1,
  active: true,
  version: 1,
  updatedAt: '',
});
const answers = { productDescription: 'AI 配音小程序', servesPublic: true, generates: ['audio'], publicOpinion: true, modelSource: 'third_party_api', recommends: false, publishesAigc: false };

describe('working days after a date (the start day does not count)', () => {
  it('counts Monday to Friday', () => {
    // 2026-03-02 is a Monday: ten working days later is Monday 2026-03-16.
    expect(workingDaysAfter(calendar, '2026-03-02', 10)).toBe('2026-03-16');
  });
  it('skips the National Day holiday and counts its make-up Saturday', () => {
    // 2025: 10-01..10-08 off, Saturday 10-11 worked.
    expect(workingDaysAfter(calendar, '2025-09-30', 10)).toBe('2025-10-21');
  });
  it('starting on a Saturday counts from Monday', () => {
    expect(workingDaysAfter(calendar, '2026-03-07', 1)).toBe('2026-03-09');
  });
});

describe('navigator', () => {
  const rules = [rule('algorithm_filing', [{ question: 'servesPublic', equals: true }, { question: 'publicOpinion', equals: true }], 10), rule('explicit_label', [{ question: 'generates', anyOf: ['image', 'video'] }])];

  it('applies the rules whose conditions hold, with the working-day deadline from the start date', () => {
    const r = evaluate(rules, { ...answers, serviceStartDate: '2025-09-30' }, calendar);
    expect(r.obligations.map((o) => [o.code, o.dueOn])).toEqual([['algorithm_filing', '2025-10-21']]);
    expect(r.summary).toContain('2025-10-21');
    expect(r.summary).toContain('《互联网信息服务算法推荐管理规定》第二十四条');
  });

  it('matches multi-choice answers on any of the values, and leaves the date open without a start', () => {
    const r = evaluate(rules, { ...answers, generates: ['text', 'video'], publicOpinion: false }, calendar);
    expect(r.obligations.map((o) => [o.code, o.dueOn])).toEqual([['explicit_label', null]]);
  });

  it('ignores rules the desk switched off', () => {
    expect(evaluate([{ ...rules[0], active: false }], answers, calendar).obligations).toEqual([]);
  });

  it('names the field of every wrong answer', () => {
    expect(answerProblems({ ...answers, servesPublic: 'yes', generates: ['smell'], surprise: 1 } as never).map((e) => e.field).sort()).toEqual(['answers.generates', 'answers.servesPublic', 'answers.surprise']);
    expect(answerProblems({}).map((e) => e.field)).toContain('answers.servesPublic');
    expect(answerProblems({ ...answers, serviceStartDate: '30/09/2025' })[0].field).toBe('answers.serviceStartDate');
  });

  it('refuses rule conditions that could never match', () => {
    expect(conditionProblems([{ question: 'servesPublik', equals: true }])[0].field).toBe('conditions[0].question');
    expect(conditionProblems([{ question: 'generates', anyOf: ['smell'] }])[0].field).toBe('conditions[0].anyOf');
    expect(conditionProblems([{ question: 'modelSource', equals: 'own' }])[0].field).toBe('conditions[0].equals');
    expect(conditionProblems([{ question: 'servesPublic' }])[0].field).toBe('conditions[0]');
    expect(conditionProblems([{ question: 'servesPublic', equals: true }])).toEqual([]);
  });
});

describe('canned replies', () => {
  it('fill the creator’s name, the reference and the deadline', () => {
    expect(fillPlaceholders('{{creatorName}}您好，{{ reference }}将于{{deadline}}前答复。', { creatorName: '阿喵', reference: 'HP-CMP-2026-000001', deadline: '2026-03-16 17:30', title: 't' })).toBe(
      '阿喵您好，HP-CMP-2026-000001将于2026-03-16 17:30前答复。',
    );
  });
  it('refuse unknown placeholders', () => {
    expect(unknownPlaceholders('{{creatorName}}{{phone}}{{ deadLine }}')).toEqual(['phone', 'deadLine']);
  });
});
