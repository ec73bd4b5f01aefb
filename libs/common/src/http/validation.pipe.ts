import { ValidationPipe } from '@nestjs/common';
import { getMetadataStorage, ValidateIf, validateSync, ValidationError as ClassValidatorError } from 'class-validator';
import { FieldError, ValidationError } from '../errors';
import { fieldPath } from './unsafe-text';

/**
 * A field that may be left out. Unlike class-validator's IsOptional, `null` is a value like any
 * other and must pass the field's rules, unless the field says it is nullable.
 */
export function Optional(options: { nullable?: boolean } = {}): PropertyDecorator {
  return ValidateIf((_object, value) => value !== undefined && !(options.nullable && value === null));
}

type Args = unknown[];
const list = (values: unknown) => (Array.isArray(values) ? values.join('、') : String(values));

/** The Chinese message of each class-validator constraint, for rules declared without one. */
const MESSAGES: Record<string, (field: string, c: Args) => string> = {
  isString: (f) => `${f} 须为文字`,
  isInt: (f) => `${f} 须为整数`,
  isNumber: (f) => `${f} 须为数字`,
  isBoolean: (f) => `${f} 须为 true 或 false`,
  isArray: (f) => `${f} 须为数组（逐项列出）`,
  isObject: (f) => `${f} 须为对象`,
  isDate: (f) => `${f} 须为日期时间（ISO 8601，如 2026-03-01T09:00:00+08:00）`,
  isUuid: (f) => `${f} 须为 UUID`,
  isEmail: (f) => `${f} 须为有效的电子邮箱地址`,
  isIn: (f, [values]) => `${f} 须为以下之一：${list(values)}`,
  isEnum: (f, [values]) => `${f} 须为以下之一：${list(Object.values(values as object))}`,
  min: (f, [n]) => `${f} 不能小于 ${n}`,
  max: (f, [n]) => `${f} 不能大于 ${n}`,
  isLength: (f, [min, max]) => (max === undefined ? `${f} 至少 ${min} 个字符` : `${f} 须为 ${min}–${max} 个字符`),
  minLength: (f, [n]) => `${f} 至少 ${n} 个字符`,
  maxLength: (f, [n]) => `${f} 最多 ${n} 个字符`,
  arrayMinSize: (f, [n]) => `${f} 至少 ${n} 项`,
  arrayMaxSize: (f, [n]) => `${f} 最多 ${n} 项`,
  matches: (f) => `${f} 格式不正确`,
  isNotEmpty: () => '必填',
  isDefined: () => '必填',
  whitelistValidation: () => '此接口不接受该字段',
  nestedValidation: (f) => `${f} 须为对象或对象数组`,
  unknownValue: () => '请求体须为 JSON 对象',
};

interface Rule {
  name?: string;
  constraints: Args;
  custom: boolean;
  each: boolean;
}

/** The rules declared on a DTO property: arguments, and whether they carry their own message. */
function rulesOf(target: object | undefined, property: string): { rules: Rule[]; optional: boolean } {
  if (!target) return { rules: [], optional: false };
  const metas = getMetadataStorage()
    .getTargetValidationMetadatas(target.constructor, '', true, false)
    .filter((m) => m.propertyName === property);
  return {
    rules: metas.map((m) => ({ name: m.name, constraints: m.constraints ?? [], custom: m.message !== undefined, each: m.each })),
    optional: metas.some((m) => m.type === 'conditionalValidation'),
  };
}

/**
 * The indices of the items of a list that break a rule declared with `each`: class-validator
 * reports such a rule on the list, so each item is checked again on its own, to name it.
 */
function failingItems(error: ClassValidatorError, constraint: string): number[] | null {
  const value = error.value as unknown;
  const items = Array.isArray(value) ? value : value instanceof Set ? [...value] : null;
  if (!items || !error.target) return null;
  const proto = Object.getPrototypeOf(error.target) as object;
  const failing = items.flatMap((item, index) => {
    const probe = Object.assign(Object.create(proto) as object, { [error.property]: [item] });
    const found = validateSync(probe, { skipMissingProperties: true }).find((e) => e.property === error.property);
    return found?.constraints?.[constraint] ? [index] : [];
  });
  return failing.length ? failing : null;
}

function messagesOf(error: ClassValidatorError, field: string): FieldError[] {
  const constraints = error.constraints ?? {};
  const names = Object.keys(constraints);
  if (names.includes('whitelistValidation')) return [{ field, message: MESSAGES.whitelistValidation(field, []) }];
  const { rules, optional } = rulesOf(error.target, error.property);
  if (error.value === undefined && !optional) return [{ field, message: '必填' }];
  if (error.value === null) return [{ field, message: optional ? '不能为 null；不填写请省略该字段' : '必填' }];
  return names.flatMap((name) => {
    const rule = rules.find((r) => r.name === name);
    const items = rule?.each ? failingItems(error, name) : null;
    if (items) {
      // Each failing item is named by its index: `intake.urls[2]`.
      return items.map((index) => {
        const item = fieldPath(field, index);
        const message = rule?.custom || !MESSAGES[name] ? constraints[name] : MESSAGES[name](item, rule?.constraints ?? []).replace(/^\S+ /, '');
        return { field: item, message };
      });
    }
    if (rule?.custom || !MESSAGES[name]) return [{ field, message: constraints[name] }];
    const message = MESSAGES[name](field.split(/[.[]/).pop()!.replace(/]$/, ''), rule?.constraints ?? []);
    return [{ field, message: rule?.each ? `${field} 的每一项：${message.replace(/^\S+ /, '')}` : message }];
  });
}

export function flattenValidationErrors(errors: ClassValidatorError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    if (error.constraints?.unknownValue) return [{ field: parent || 'body', message: MESSAGES.unknownValue('', []) }];
    const field = fieldPath(parent, error.property);
    return [...messagesOf(error, field), ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/** Strict DTO validation: unknown fields are refused, every error names its field, in Chinese. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    // target and value stay inside the pipe: they pick the message, they are never sent.
    validationError: { target: true, value: true },
    exceptionFactory: (errors) => new ValidationError(flattenValidationErrors(errors)),
  });
}
