import { Steps } from 'antd';
import { ClockCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { caseProgress, casePromise, type CaseProgressInput, type PromiseClock } from '@app/contracts';

/** 提交 → 受理 → 办理 → (上报 → 网信办已签收) → 办结 → 评价, where the case stands. */
export function CaseProgressSteps({ input, compact = false }: { input: CaseProgressInput; compact?: boolean }) {
  const p = caseProgress(input);
  return (
    <Steps
      className={compact ? 'case-progress compact' : 'case-progress'}
      size="small"
      type={compact ? 'dot' : 'default'}
      titlePlacement={compact ? 'vertical' : undefined}
      responsive={!compact}
      current={p.current}
      status={p.state}
      aria-label="办理进度"
      items={p.steps.map((s) => ({ title: s.title, content: s.description }))}
    />
  );
}

/** "预计 12月5日 17:30 前答复", from the case's own SLA clocks; nothing when no clock runs. */
export function CasePromiseLine({ clocks }: { clocks: readonly PromiseClock[] | null | undefined }) {
  const promise = casePromise(clocks);
  if (!promise) return null;
  return (
    <div className={`case-promise ${promise.overdue ? 'overdue' : ''}`} role="note">
      {promise.overdue ? <WarningOutlined /> : <ClockCircleOutlined />} {promise.text}
    </div>
  );
}
