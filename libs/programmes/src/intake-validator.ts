/**
 * Server-side validation of a programme's intake against its JSON Schema. Schemas are compiled
 * once, at load. Errors name the field by path (`intake.urls[0]`) and by its Chinese title, and
 * say what to do.
 */
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { shanghaiDate } from '@app/calendar';
import type { IntakeByProgramme, ProgrammeIntake } from './intake.types';
import {
  findProgramme,
  type JsonSchema,
  PROGRAMME_IDS,
  PROGRAMME_LIST,
  PROGRAMMES,
  type ProgrammeDefinition,
  type ProgrammeId,
} from './programme-definitions';

export interface IntakeFieldError {
  /** Path of the field in the request, e.g. `intake.urls[0]`; `programme` for an unknown programme. */
  field: string;
  /** Chinese, naming the field by its title, saying what to do. */
  message: string;
}

export type IntakeValidationResult<T> = { ok: true; value: T } | { ok: false; errors: IntakeFieldError[] };

export interface ValidateIntakeOptions {
  /** Dates in the intake (when the harm started, when a work was published) may not be after today (Asia/Shanghai). Default: the current time. */
  now?: Date;
  /** Prefix of field paths. Default `intake`. */
  fieldPrefix?: string;
}

export const INTAKE_FIELD_PREFIX = 'intake';

// strictRequired is off only because `then: { required: [...] }` names properties declared one level up.
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, verbose: true });
addFormats(ajv, ['uri', 'date']);

const VALIDATORS: Readonly<Record<ProgrammeId, ValidateFunction>> = Object.fromEntries(
  PROGRAMME_IDS.map((id) => [id, ajv.compile(PROGRAMMES[id].intakeSchema)]),
) as Record<ProgrammeId, ValidateFunction>;

/** Validates (and trims the strings of) a programme's intake. */
export function validateIntake<P extends ProgrammeId>(
  programmeId: P,
  data: unknown,
  options?: ValidateIntakeOptions,
): IntakeValidationResult<IntakeByProgramme[P]>;
export function validateIntake(
  programmeId: string,
  data: unknown,
  options?: ValidateIntakeOptions,
): IntakeValidationResult<ProgrammeIntake>;
export function validateIntake(
  programmeId: string,
  data: unknown,
  options: ValidateIntakeOptions = {},
): IntakeValidationResult<ProgrammeIntake> {
  const programme = findProgramme(programmeId);
  if (!programme) {
    return {
      ok: false,
      errors: [
        {
          field: 'programme',
          message: `未知的服务项目「${String(programmeId)}」，请从以下项目中选择：${PROGRAMME_LIST.map((p) => p.name).join('、')}`,
        },
      ],
    };
  }
  const prefix = options.fieldPrefix ?? INTAKE_FIELD_PREFIX;
  const value = trimStrings(data);
  const validate = VALIDATORS[programme.id];
  const errors: IntakeFieldError[] = [];
  if (!validate(value)) {
    for (const error of validate.errors ?? []) {
      const described = describeError(programme, error, value, prefix);
      if (described) errors.push(described);
    }
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    errors.push(...futureDates(programme, value as Record<string, unknown>, options.now ?? new Date(), prefix));
  }
  if (errors.length > 0) return { ok: false, errors: sortAndDedupe(programme, errors, prefix) };
  return { ok: true, value: value as ProgrammeIntake };
}

// ---------------------------------------------------------------------------------------------

/** A copy with every string trimmed, so that a blank answer counts as no answer. */
function trimStrings(data: unknown): unknown {
  if (typeof data === 'string') return data.trim();
  if (Array.isArray(data)) return data.map(trimStrings);
  if (data !== null && typeof data === 'object') {
    return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, trimStrings(v)]));
  }
  return data;
}

function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** A JSON Pointer segment: an array index, or an object key. */
interface Segment {
  key: string;
  index: boolean;
}

/** `intake.urls[0]`; keys that are not identifiers are quoted: `intake["a b"]`. */
function fieldPath(prefix: string, segments: readonly Segment[]): string {
  return segments.reduce((path, s) => {
    if (s.index) return `${path}[${s.key}]`;
    return /^[A-Za-z_$][\w$]*$/.test(s.key) ? `${path}.${s.key}` : `${path}[${JSON.stringify(s.key)}]`;
  }, prefix);
}

/** Pointer segments, told apart by the data: an index where the data is an array. */
function segmentsOf(pointer: string, data: unknown): Segment[] {
  const out: Segment[] = [];
  let node: unknown = data;
  for (const key of parsePointer(pointer)) {
    const index = Array.isArray(node);
    out.push({ key, index });
    node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
  }
  return out;
}

const prop = (key: string): Segment => ({ key, index: false });

interface Located {
  schema: JsonSchema | undefined;
  /** e.g. 「侵权内容链接」 or 「侵权内容链接」第 2 项 */
  label: string;
  /** The top-level property the location is in, for the enum labels of the ui hints. */
  property: string | undefined;
}

function locate(programme: ProgrammeDefinition, segments: readonly Segment[]): Located {
  let schema: JsonSchema | undefined = programme.intakeSchema;
  let label = `「${programme.intakeSchema.title ?? programme.name}」`;
  for (const segment of segments) {
    if (segment.index) {
      label = `${label}第 ${Number(segment.key) + 1} 项`;
      schema = schema?.items;
    } else {
      schema = schema?.properties && Object.hasOwn(schema.properties, segment.key) ? schema.properties[segment.key] : undefined;
      label = `「${schema?.title ?? segment.key}」`;
    }
  }
  return { schema, label, property: segments[0]?.key };
}

const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  integer: '整数',
  number: '数字',
  boolean: '“是”或“否”',
  array: '列表（可填写多项）',
  object: '一组字段',
};

const LINK_MESSAGE = '不是有效的网址，请填写以 http:// 或 https:// 开头的完整链接';

function optionLabels(programme: ProgrammeDefinition, property: string | undefined, allowed: readonly unknown[]): string {
  const options = property ? programme.ui.fields[property]?.options : undefined;
  return allowed.map((v) => options?.find((o) => o.id === v)?.label ?? String(v)).join('、');
}

function describeError(
  programme: ProgrammeDefinition,
  error: ErrorObject,
  data: unknown,
  prefix: string,
): IntakeFieldError | null {
  const segments = segmentsOf(error.instancePath, data);
  const here = locate(programme, segments);
  const field = fieldPath(prefix, segments);
  const p = error.params as Record<string, unknown>;
  const { label } = here;

  switch (error.keyword) {
    case 'if':
      return null; // the failing `then` reports the actual problem
    case 'required': {
      const name = String(p.missingProperty);
      const missing = locate(programme, [...segments, prop(name)]);
      const s = missing.schema;
      const verb = s?.type === 'boolean' || s?.enum ? '请选择' : '请填写';
      const extra = s?.type === 'array' && s.minItems ? `（至少 ${s.minItems} 项）` : '';
      return { field: fieldPath(prefix, [...segments, prop(name)]), message: `${verb}${missing.label}${extra}，此项为必填` };
    }
    case 'additionalProperties': {
      const name = String(p.additionalProperty);
      return {
        field: fieldPath(prefix, [...segments, prop(name)]),
        message: `${label}中不支持字段「${name}」，请删除该字段后重试`,
      };
    }
    case 'type':
      return { field, message: `${label}应为${TYPE_NAMES[String(p.type)] ?? String(p.type)}` };
    case 'minLength':
      return {
        field,
        message: Number(p.limit) <= 1 ? `${label}不能为空，请填写` : `${label}至少需要 ${String(p.limit)} 个字`,
      };
    case 'maxLength': {
      const length = typeof error.data === 'string' ? [...error.data].length : undefined;
      const now = length === undefined ? '' : `（现有 ${length} 个字）`;
      return { field, message: `${label}不能超过 ${String(p.limit)} 个字${now}，请精简后重试` };
    }
    case 'minItems':
      return { field, message: `${label}至少需要填写 ${String(p.limit)} 项` };
    case 'maxItems':
      return { field, message: `${label}最多填写 ${String(p.limit)} 项，请删减后重试` };
    case 'uniqueItems': {
      const later = Math.max(Number(p.i), Number(p.j));
      const earlier = Math.min(Number(p.i), Number(p.j));
      return {
        field: `${field}[${later}]`,
        message: `${label}第 ${later + 1} 项与第 ${earlier + 1} 项重复，请删除重复的一项`,
      };
    }
    case 'format':
      if (p.format === 'uri') return { field, message: `${label}${LINK_MESSAGE}` };
      if (p.format === 'date') {
        return { field, message: `${label}不是有效的日期，请按“年-月-日”格式填写，如 2026-03-01` };
      }
      return { field, message: `${label}格式不正确，请检查后重试` };
    case 'pattern':
      return { field, message: `${label}${LINK_MESSAGE}` };
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]) ?? [];
      return {
        field,
        message: `${label}的取值无效，请从以下选项中选择：${optionLabels(programme, here.property, allowed)}`,
      };
    }
    case 'minimum':
      return { field, message: `${label}不能小于 ${String(p.limit)}` };
    case 'maximum':
      return { field, message: `${label}不能大于 ${String(p.limit)}` };
    default:
      return { field, message: `${label}填写有误，请检查后重试` };
  }
}

/** Dates in an intake describe the past (when the harm started, when a work was published). */
function futureDates(
  programme: ProgrammeDefinition,
  value: Record<string, unknown>,
  now: Date,
  prefix: string,
): IntakeFieldError[] {
  const today = shanghaiDate(now);
  const errors: IntakeFieldError[] = [];
  for (const [name, schema] of Object.entries(programme.intakeSchema.properties ?? {})) {
    const v = value[name];
    if (schema.format === 'date' && typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && v > today) {
      errors.push({
        field: fieldPath(prefix, [prop(name)]),
        message: `「${schema.title ?? name}」不能晚于今天（${today}），请检查日期`,
      });
    }
  }
  return errors;
}

/** One message per field and text, in the form's order. */
function sortAndDedupe(programme: ProgrammeDefinition, errors: IntakeFieldError[], prefix: string): IntakeFieldError[] {
  const seen = new Set<string>();
  const unique = errors.filter((e) => {
    const key = `${e.field}\u0000${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const rank = (e: IntakeFieldError): number => {
    const top = e.field.slice(prefix.length + 1).split(/[.[]/)[0];
    const index = programme.ui.order.indexOf(top);
    return e.field === prefix ? -1 : index === -1 ? programme.ui.order.length : index;
  };
  return unique
    .map((e, i) => ({ e, i }))
    .sort((a, b) => rank(a.e) - rank(b.e) || a.i - b.i)
    .map(({ e }) => e);
}
