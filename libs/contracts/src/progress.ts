import type { CaseStatus, CloseReason } from './cases';
import { SHANGHAI_TIME_ZONE } from './time';

/**
 * What a creator sees of a case's progress: the steps 提交 → 受理 → 办理 → 上报 → 网信办签收 →
 * 办结 → 评价 (the two escalation steps only for a case that went to a 网信办), where the case
 * stands among them, and the deadline the desk is held to, from the case's own SLA clocks.
 * Pure functions: the web app draws them, the server's specs pin them down.
 */
export type ProgressStepKey = 'submit' | 'accept' | 'handle' | 'escalate' | 'acknowledge' | 'resolve' | 'rate';

export const PROGRESS_STEP_LABELS: Readonly<Record<ProgressStepKey, string>> = {
  submit: '提交',
  accept: '受理',
  handle: '办理',
  escalate: '上报',
  acknowledge: '网信办已签收',
  resolve: '办结',
  rate: '评价',
};

export interface ProgressStep {
  key: ProgressStepKey;
  title: string;
  /** A short word under the step, e.g. 待补充材料, 已撤回. */
  description?: string;
}

/** `current` is the index of the step the case stands at; `state` how it stands there. */
export interface CaseProgress {
  steps: ProgressStep[];
  current: number;
  state: 'process' | 'finish' | 'error' | 'wait';
}

type Instant = string | Date | null | undefined;

export interface CaseProgressInput {
  status: CaseStatus;
  acceptedAt?: Instant;
  resolvedAt?: Instant;
  /** The case is, or once was, escalated to a 网信办. */
  escalated?: boolean;
  /** The 网信办 has acknowledged (签收) the current escalation. */
  escalationAcknowledged?: boolean;
  closeReason?: CloseReason | string | null;
}

export function caseProgress(input: CaseProgressInput): CaseProgress {
  const { status } = input;
  const escalated = input.escalated === true || status === 'escalated';
  const keys: ProgressStepKey[] = ['submit', 'accept', 'handle', ...(escalated ? (['escalate', 'acknowledge'] as const) : []), 'resolve', 'rate'];
  const steps: ProgressStep[] = keys.map((key) => ({ key, title: PROGRESS_STEP_LABELS[key] }));
  const at = (key: ProgressStepKey) => keys.indexOf(key);
  const mark = (key: ProgressStepKey, description: string) => {
    steps[at(key)].description = description;
  };
  const accepted = !!input.acceptedAt;
  const resolved = !!input.resolvedAt;
  const result = (key: ProgressStepKey, state: CaseProgress['state']): CaseProgress => ({ steps, current: at(key), state });

  switch (status) {
    case 'draft':
      mark('submit', '草稿未提交');
      return result('submit', 'process');
    case 'submitted':
      mark('accept', '待受理');
      return result('accept', 'process');
    case 'rejected':
      mark('accept', '不予受理');
      return result('accept', 'error');
    case 'accepted':
    case 'in_progress':
      return result('handle', 'process');
    case 'awaiting_creator': {
      const key = accepted ? 'handle' : 'accept';
      mark(key, '待补充材料');
      return result(key, 'process');
    }
    case 'escalated':
      if (input.escalationAcknowledged) {
        mark('resolve', '网信办办理中');
        return result('resolve', 'process');
      }
      mark('acknowledge', '待网信办签收');
      return result('acknowledge', 'process');
    case 'resolved':
      mark('rate', '待评价');
      return result('rate', 'process');
    case 'closed':
      if (input.closeReason === 'unanswered' || !resolved) {
        const key = accepted ? 'handle' : 'accept';
        mark(key, input.closeReason === 'unanswered' ? '逾期未补充，已关闭' : '已关闭');
        return result(key, 'error');
      }
      if (input.closeReason !== 'rated') mark('rate', '未评价，已关闭');
      return result('rate', 'finish');
    case 'withdrawn': {
      const key = resolved ? 'rate' : accepted ? 'handle' : 'accept';
      mark(key, '已撤回');
      return result(key, 'error');
    }
  }
}

/** One SLA clock as the case answers carry it (a subset of the SLA module's view). */
export interface PromiseClock {
  clock: string;
  state: string;
  dueAt: string | Date | null;
}

/** The verb of the promise each clock keeps: 受理, 答复, 办结. */
export const PROMISE_VERBS: Readonly<Record<string, string>> = {
  accept: '受理',
  first_response: '答复',
  resolve: '办结',
};

export interface CasePromise {
  clock: string;
  dueAt: Date;
  overdue: boolean;
  /** "预计 12月5日 17:30 前答复", or "已超过承诺时限（12月5日 17:30 前受理）". */
  text: string;
}

/**
 * The deadline the desk is held to now: the earliest deadline among the clocks still running
 * (or already broken). A paused clock (waiting for the creator's materials) promises nothing
 * until the materials arrive; met and cancelled clocks promise nothing.
 */
export function casePromise(clocks: readonly PromiseClock[] | null | undefined, now: Date = new Date()): CasePromise | null {
  const open = (clocks ?? [])
    .filter((c) => (c.state === 'running' || c.state === 'breached' || c.state === 'warning') && c.dueAt)
    .map((c) => ({ clock: c.clock, dueAt: new Date(c.dueAt as string | Date), breached: c.state === 'breached' }))
    .filter((c) => !Number.isNaN(c.dueAt.getTime()))
    .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
  const next = open[0];
  if (!next) return null;
  const verb = PROMISE_VERBS[next.clock] ?? '答复';
  const overdue = next.breached || next.dueAt.getTime() <= now.getTime();
  const when = shanghaiMonthDayTime(next.dueAt);
  return {
    clock: next.clock,
    dueAt: next.dueAt,
    overdue,
    text: overdue ? `已超过承诺时限（${when} 前${verb}），服务台正在加紧办理` : `预计 ${when} 前${verb}`,
  };
}

const MONTH_DAY_TIME = new Intl.DateTimeFormat('en-US', {
  timeZone: SHANGHAI_TIME_ZONE,
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** "12月5日 17:30" in Asia/Shanghai, whatever the process's or browser's zone. */
export function shanghaiMonthDayTime(at: Date): string {
  const parts = Object.fromEntries(MONTH_DAY_TIME.formatToParts(at).map((p) => [p.type, p.value]));
  return `${parts.month}月${parts.day}日 ${parts.hour}:${parts.minute}`;
}
