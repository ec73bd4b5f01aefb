/**
 * Dispatch like the 12345 hotline (国办发〔2020〕53号): transfers between zones (转办), supervision
 * orders (督办单), return visits after resolution (回访), and the three rates.
 */

export const TRANSFER_STATUSES = ['pending', 'accepted', 'returned'] as const;
export type TransferStatus = (typeof TRANSFER_STATUSES)[number];
export const TRANSFER_STATUS_LABELS: Readonly<Record<TransferStatus, string>> = {
  pending: '待接收',
  accepted: '已接收',
  returned: '已退回',
};

export const SUPERVISION_STATUSES = ['open', 'answered', 'escalated'] as const;
export type SupervisionStatus = (typeof SUPERVISION_STATUSES)[number];
export const SUPERVISION_STATUS_LABELS: Readonly<Record<SupervisionStatus, string>> = {
  open: '待答复',
  answered: '已答复',
  escalated: '逾期未答复，已提级',
};

export const RETURN_VISIT_OUTCOMES = ['solved', 'not_solved', 'unreachable'] as const;
export type ReturnVisitOutcome = (typeof RETURN_VISIT_OUTCOMES)[number];
export const RETURN_VISIT_OUTCOME_LABELS: Readonly<Record<ReturnVisitOutcome, string>> = {
  solved: '已解决',
  not_solved: '未解决（重新办理）',
  unreachable: '无法联系',
};

export const RETURN_VISIT_METHODS = ['phone', 'in_person', 'online'] as const;
export type ReturnVisitMethod = (typeof RETURN_VISIT_METHODS)[number];
export const RETURN_VISIT_METHOD_LABELS: Readonly<Record<ReturnVisitMethod, string>> = {
  phone: '电话回访',
  in_person: '当面回访',
  online: '线上回访',
};

export const RETURN_VISIT_SELECTION_LABELS: Readonly<Record<'shield' | 'sample', string>> = {
  shield: '盾牌行动（全部回访）',
  sample: '抽样回访',
};

/** Case timeline entries of dispatch: kinds and their actions. */
export const DISPATCH_TIMELINE_KIND_LABELS: Readonly<Record<string, string>> = {
  transfer: '转办',
  supervision: '督办',
  return_visit: '回访',
};

export const DISPATCH_TIMELINE_ACTION_LABELS: Readonly<Record<string, string>> = {
  transfer_requested: '申请转办',
  transfer_accepted: '转办已接收',
  transfer_returned: '转办被退回',
  supervision_issued: '下达督办单',
  supervision_reminded: '督办催办',
  supervision_answered: '答复督办单',
  supervision_escalated: '督办逾期，已提级',
  return_visit_recorded: '回访',
};

/** One rate: the share and what it is made of; `rate` is null when nothing counted. */
export interface RateFigure {
  numerator: number;
  denominator: number;
  rate: number | null;
}

/** 响应率, 解决率, 满意率 for one zone, programme or agent. */
export interface ThreeRates {
  response: RateFigure;
  solved: RateFigure;
  satisfied: RateFigure;
}

export function rateOf(numerator: number, denominator: number): RateFigure {
  return { numerator, denominator, rate: denominator ? Math.round((numerator / denominator) * 10_000) / 10_000 : null };
}
