import { shanghaiDate, shanghaiDay, UnknownCalendarYearError, type WorkingCalendar } from '@app/calendar';
import { NAVIGATOR_QUESTIONS, type NavigatorAnswers, type NavigatorCondition, type NavigatorObligation, type NavigatorResult, type NavigatorRuleView } from '@app/contracts';
import type { FieldError } from '@app/common';

/** Checks the answers against the questionnaire; returns what is wrong, by field. */
export function answerProblems(answers: NavigatorAnswers): FieldError[] {
  const errors: FieldError[] = [];
  for (const key of Object.keys(answers)) {
    if (!NAVIGATOR_QUESTIONS.some((q) => q.id === key)) errors.push({ field: `answers.${key}`, message: `没有这个问题：${key}` });
  }
  for (const q of NAVIGATOR_QUESTIONS) {
    const v = answers[q.id];
    const field = `answers.${q.id}`;
    if (v === undefined || v === '') {
      if (q.required) errors.push({ field, message: `请回答：${q.label}` });
      continue;
    }
    const ids = q.options?.map((o) => o.id) ?? [];
    switch (q.type) {
      case 'boolean':
        if (typeof v !== 'boolean') errors.push({ field, message: '请选择“是”或“否”' });
        break;
      case 'text':
        if (typeof v !== 'string' || v.length > 500) errors.push({ field, message: '请用 500 字以内的文字回答' });
        break;
      case 'single':
        if (typeof v !== 'string' || !ids.includes(v)) errors.push({ field, message: `须为 ${ids.join('、')} 之一` });
        break;
      case 'multi':
        if (!Array.isArray(v) || v.some((x) => !ids.includes(x))) errors.push({ field, message: `须为 ${ids.join('、')} 中的若干项` });
        break;
      case 'date':
        if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v))) errors.push({ field, message: '日期格式须为 YYYY-MM-DD' });
        break;
    }
  }
  return errors;
}

/** Checks a rule's conditions against the questionnaire (the desk edits rules; a typo must not silently never match). */
export function conditionProblems(conditions: NavigatorCondition[], field = 'conditions'): FieldError[] {
  return conditions.flatMap((c, i) => {
    const q = NAVIGATOR_QUESTIONS.find((x) => x.id === c.question);
    const at = `${field}[${i}]`;
    if (!q) return [{ field: `${at}.question`, message: `没有这个问题：${c.question}` }];
    if ((c.equals === undefined) === (c.anyOf === undefined)) return [{ field: at, message: '每个条件须且只须有 equals 或 anyOf 之一' }];
    const ids = q.options?.map((o) => o.id) ?? [];
    if (c.anyOf !== undefined && (q.type !== 'multi' || c.anyOf.length === 0 || c.anyOf.some((v) => !ids.includes(v)))) return [{ field: `${at}.anyOf`, message: `须为「${q.label}」的选项：${ids.join('、')}` }];
    if (c.equals !== undefined && q.type === 'boolean' && typeof c.equals !== 'boolean') return [{ field: `${at}.equals`, message: '须为 true 或 false' }];
    if (c.equals !== undefined && q.type === 'single' && !ids.includes(String(c.equals))) return [{ field: `${at}.equals`, message: `须为 ${ids.join('、')} 之一` }];
    return [];
  });
}

export function matches(conditions: NavigatorCondition[], answers: NavigatorAnswers): boolean {
  return conditions.every((c) => {
    const v = answers[c.question];
    if (c.anyOf) return Array.isArray(v) && v.some((x) => c.anyOf!.includes(x));
    return v === c.equals;
  });
}

/**
 * The last day of "within N working days of" a date: the day itself does not count (民法典
 * 第二百零一条: 开始的当日不计入), then N working days on the calendar (holidays skipped,
 * make-up working days counted).
 */
export function workingDaysAfter(calendar: WorkingCalendar, isoDate: string, days: number): string {
  let day = shanghaiDay(isoDate).set({ hour: 12 });
  for (let counted = 0; counted < days; ) {
    day = day.plus({ days: 1 });
    if (calendar.isWorkingDay(day.toJSDate())) counted++;
  }
  return shanghaiDate(day.toJSDate());
}

/** A date beyond the calendar's known years (no 国务院 notice yet) has no due day to promise. */
function dueOrNull(calendar: WorkingCalendar, start: string, days: number): string | null {
  try {
    return workingDaysAfter(calendar, start, days);
  } catch (error) {
    if (error instanceof UnknownCalendarYearError) return null;
    throw error;
  }
}

/** Which obligations apply, and by when, for the answers. */
export function evaluate(rules: NavigatorRuleView[], answers: NavigatorAnswers, calendar: WorkingCalendar | null): NavigatorResult {
  const start = typeof answers.serviceStartDate === 'string' ? answers.serviceStartDate : null;
  const obligations: NavigatorObligation[] = rules
    .filter((r) => r.active && matches(r.conditions, answers))
    .sort((a, b) => a.sort - b.sort)
    .map((r) => ({
      code: r.code,
      title: r.title,
      obligation: r.obligation,
      description: r.description,
      deadlineText: r.deadlineText,
      dueOn: r.deadlineWorkingDays && start && calendar ? dueOrNull(calendar, start, r.deadlineWorkingDays) : null,
      sources: r.sources,
    }));
  const lines = obligations.map((o, i) => `${i + 1}. ${o.title}（${o.dueOn ? `${o.deadlineText}，即 ${o.dueOn} 前` : o.deadlineText}；依据：${o.sources.map((s) => `《${s.regulation}》${s.article}`).join('、')}）`);
  const summary = obligations.length
    ? `根据您的回答，需要履行以下合规义务：\n${lines.join('\n')}`
    : '根据您的回答，暂未发现需要办理的备案或标识义务。如情况变化（如向公众提供服务），请重新评估。';
  return { obligations, summary };
}
