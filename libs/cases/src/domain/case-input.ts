/**
 * Reading an action's input: free texts trimmed and length-checked, the list of missing
 * materials de-duplicated. Every problem is a `CaseTransitionError` naming the field.
 */
import { CASE_ACTION_LABELS } from './case-status';
import type { CaseActionInput, DecisionDetails } from './case-decision';
import { type Context, refuse } from './case-rule';
import type { CaseTransitionError } from './case-transition.error';

/** Input limits (characters). The HTTP layer may be stricter, never looser. */
export const CASE_INPUT_LIMITS = {
  reason: 1000,
  instructions: 2000,
  outcome: 64,
  summary: 5000,
  comment: 1000,
  note: 1000,
  missingItem: 200,
  missingItems: 30,
  id: 128,
} as const;

type TextField = 'reason' | 'targetAuthorityId' | 'instructions' | 'outcome' | 'summary' | 'assigneeId' | 'comment' | 'note';

export function actingUserId(ctx: Context): string {
  if (ctx.actor.userId === null || ctx.actor.userId.trim() === '') {
    throw refuse(ctx, 'forbidden_actor', '无法识别当前用户身份，请重新登录后再试');
  }
  return ctx.actor.userId;
}

export function optionalText(
  ctx: Context,
  input: CaseActionInput,
  field: TextField,
  label: string,
  max: number,
): string | undefined {
  const raw = input[field];
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== 'string') {
    throw refuse(ctx, 'invalid_input', `「${label}」应为文字`, field);
  }
  const value = raw.trim();
  if (value === '') return undefined;
  if ([...value].length > max) {
    throw refuse(ctx, 'invalid_input', `「${label}」不能超过 ${max} 个字，请精简后重试`, field);
  }
  return value;
}

export function requiredText(ctx: Context, input: CaseActionInput, field: TextField, label: string, max: number): string {
  const value = optionalText(ctx, input, field, label, max);
  if (value === undefined) {
    throw refuse(ctx, 'missing_input', `「${CASE_ACTION_LABELS[ctx.action]}」须填写${label}`, field);
  }
  return value;
}

const OPTIONAL_TEXT_LABELS = { note: '备注', reason: '原因' } as const;

/** Optional free texts (note, reason), trimmed and length-checked. */
export function optionalTexts(ctx: Context, input: CaseActionInput, fields: readonly ('note' | 'reason')[]): DecisionDetails {
  const out: DecisionDetails = {};
  for (const field of fields) {
    const value = optionalText(ctx, input, field, OPTIONAL_TEXT_LABELS[field], CASE_INPUT_LIMITS[field]);
    if (value !== undefined) out[field] = value;
  }
  return out;
}

export function requiredList(ctx: Context, input: CaseActionInput): string[] {
  const raw = input.missingItems;
  const missing = (): CaseTransitionError =>
    refuse(ctx, 'missing_input', '请一次性列明需要补充的全部材料（至少一项）', 'missingItems');
  if (raw === undefined || raw === null) throw missing();
  if (!Array.isArray(raw)) {
    throw refuse(ctx, 'invalid_input', '「需补充的材料」应为清单（逐项列出）', 'missingItems');
  }
  const items: string[] = [];
  raw.forEach((item: unknown, index: number) => {
    if (typeof item !== 'string') {
      throw refuse(ctx, 'invalid_input', `「需补充的材料」第 ${index + 1} 项应为文字`, `missingItems[${index}]`);
    }
    const value = item.trim();
    if ([...value].length > CASE_INPUT_LIMITS.missingItem) {
      throw refuse(
        ctx,
        'invalid_input',
        `「需补充的材料」第 ${index + 1} 项不能超过 ${CASE_INPUT_LIMITS.missingItem} 个字`,
        `missingItems[${index}]`,
      );
    }
    if (value !== '' && !items.includes(value)) items.push(value);
  });
  if (items.length === 0) throw missing();
  if (items.length > CASE_INPUT_LIMITS.missingItems) {
    throw refuse(
      ctx,
      'invalid_input',
      `「需补充的材料」最多列 ${CASE_INPUT_LIMITS.missingItems} 项，请合并相近的材料`,
      'missingItems',
    );
  }
  return items;
}
