/** The answer of `GET /api/v1/audit/verify` and `npm run audit:verify`: the whole story of the chain. */

export const AUDIT_PROBLEM_REASONS = [
  'hash_mismatch',
  'chain_broken',
  'missing',
  'event_missing',
  'tail_missing',
  'head_mismatch',
  'head_behind',
  'checkpoint_missing',
  'checkpoint_mismatch',
  'checkpoint_invalid',
] as const;
export type AuditProblemReason = (typeof AUDIT_PROBLEM_REASONS)[number];

export const AUDIT_PROBLEM_LABELS: Record<AuditProblemReason, string> = {
  hash_mismatch: '事件内容与其密钥哈希不符（被篡改或被无密钥者重算）',
  chain_broken: '与前一链节的链接断开（插入或重排）',
  missing: '链节缺失（事件被删除）',
  event_missing: '链节所指的事件已不存在（事件被删除）',
  tail_missing: '链尾缺失：链头记录的事件已不存在（尾部被截断）',
  head_mismatch: '链头哈希与最后一个链节不符',
  head_behind: '链头落后于已有链节（链头被回拨）',
  checkpoint_missing: '外部签名检查点记录的事件已不存在（尾部被截断且链头被回拨）',
  checkpoint_mismatch: '该序号的链节与外部签名检查点不符（历史被改写）',
  checkpoint_invalid: '检查点文件签名无效（被伪造或修改），已忽略',
};

export interface AuditProblem {
  reason: AuditProblemReason;
  /** Position in the chain (1, 2, …); for a range, the first. */
  seq: number | null;
  /** Last position of a range (missing events, a truncated tail). */
  toSeq?: number;
  /** The audit event concerned, when there is one. */
  eventId?: string | null;
  /** Checkpoint file, for checkpoint problems. */
  file?: string;
}

export interface AuditCheckpointView {
  seq: number;
  hash: string;
  at: string;
  file: string;
}

export interface AuditVerification {
  /** True when no problem was found (events still waiting to be linked are not a problem). */
  ok: boolean;
  /** Links examined. */
  checked: number;
  /** The last link of the chain as found. */
  head: { seq: number; hash: string };
  /** Every problem in chain order (at most 500 listed; `problemCount` counts all). */
  problems: AuditProblem[];
  problemCount: number;
  /** The first problem, for a one-line summary. */
  firstBroken?: { id: string | null; seq: number | null; reason: AuditProblemReason };
  /** Events committed but not yet in the chain (the linker puts them in shortly). */
  unlinked: { count: number; oldestId: string | null; oldestAt: string | null; overdue: boolean };
  /** The latest valid signed checkpoint the chain was compared with; null when there is none. */
  checkpoint: AuditCheckpointView | null;
  verifiedAt: string;
}
