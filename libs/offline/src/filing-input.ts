import { FieldError, ValidationError } from '@app/common';
import { findProgramme, validateIntake } from '@app/programmes';

/**
 * The programme, category and intake of a case the desk files for a visitor or an attendee,
 * checked before anything is looked up, so that bad input is a 400 naming the field (under
 * `prefix`, e.g. `newCase.`) whatever the record it names. The cases module's filing checks them
 * again when it files.
 */
export function checkFilingInput(input: { programme: string; category: string; intake: Record<string, unknown> }, prefix = ''): void {
  const programme = findProgramme(input.programme);
  if (!programme) throw new ValidationError([{ field: `${prefix}programme`, message: `未知的服务项目 ${input.programme}` }]);
  const errors: FieldError[] = [];
  if (!programme.categories.some((c) => c.id === input.category)) {
    errors.push({ field: `${prefix}category`, message: `「${programme.name}」没有类别 ${input.category}，可选：${programme.categories.map((c) => c.id).join('、')}` });
  }
  const intake = validateIntake(programme.id, input.intake, { fieldPrefix: `${prefix}intake` });
  if (!intake.ok) errors.push(...intake.errors);
  if (errors.length) throw new ValidationError(errors);
}
