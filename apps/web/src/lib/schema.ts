import type { JsonSchema, Programme } from '../api/types';

interface FieldOption {
  id: string;
  label: string;
}

type Widget = 'input' | 'textarea' | 'select' | 'radio' | 'switch' | 'date' | 'number' | 'url-list' | 'tag-list' | 'checkboxes';

interface FieldHint {
  widget?: Widget;
  placeholder?: string;
  help?: string;
  rows?: number;
  options?: FieldOption[];
  visibleWhen?: { field: string; equals: string | number | boolean };
}

export interface IntakeField {
  key: string;
  schema: JsonSchema;
  title: string;
  required: boolean;
  widget: Widget;
  hint: FieldHint;
  options: FieldOption[];
}

interface UiHints {
  order?: string[];
  fields?: Record<string, FieldHint>;
  evidence?: { enabled: boolean; recommended: boolean; hint: string };
}

export function uiOf(p: Programme | undefined): UiHints {
  return (p?.ui ?? {}) as UiHints;
}

/** Labels for an enum: ui options first, then JSON Schema `oneOf` const/title, then the raw values. */
function optionsFor(schema: JsonSchema, hint: FieldHint): FieldOption[] {
  if (hint.options?.length) return hint.options;
  const alt = schema.oneOf ?? schema.anyOf;
  if (alt?.every((s) => s.const !== undefined))
    return alt.map((s) => ({ id: String(s.const), label: s.title ?? String(s.const) }));
  const values = schema.enum ?? schema.items?.enum;
  if (!values) return [];
  const names = schema.enumNames ?? schema['x-enumNames'];
  const labels = schema['x-enumLabels'];
  return values.map((v, i) => ({
    id: String(v),
    label: names?.[i] ?? (Array.isArray(labels) ? labels[i] : labels?.[String(v)]) ?? String(v),
  }));
}

function defaultWidget(s: JsonSchema, options: FieldOption[]): Widget {
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
  if (type === 'boolean') return 'switch';
  if (type === 'integer' || type === 'number') return 'number';
  if (type === 'array') {
    if (s.items?.enum) return 'checkboxes';
    return s.items?.format === 'uri' ? 'url-list' : 'tag-list';
  }
  if (options.length) return options.length <= 4 ? 'radio' : 'select';
  if (s.format === 'date') return 'date';
  if ((s.maxLength ?? 0) > 300) return 'textarea';
  return 'input';
}

/** The intake fields of a programme, in the order the ui hints give (then the schema's). */
export function intakeFields(p: Programme | undefined): IntakeField[] {
  if (!p?.intakeSchema?.properties) return [];
  const props = p.intakeSchema.properties;
  const ui = uiOf(p);
  const required = new Set(p.intakeSchema.required ?? []);
  const order = [...(ui.order ?? []), ...Object.keys(props)].filter((k, i, all) => props[k] && all.indexOf(k) === i);
  return order.map((key) => {
    const schema = props[key];
    const hint = ui.fields?.[key] ?? {};
    const options = optionsFor(schema, hint);
    return {
      key,
      schema,
      title: schema.title ?? key,
      required: required.has(key),
      widget: (hint.widget as Widget) ?? defaultWidget(schema, options),
      hint,
      options,
    };
  });
}

/** Fields required only under a condition (JSON Schema if/then), e.g. platformOther when platform = other. */
export function conditionalRequired(p: Programme | undefined, values: Record<string, unknown>): Set<string> {
  const out = new Set<string>();
  const s = p?.intakeSchema as (JsonSchema & { if?: JsonSchema; then?: JsonSchema }) | undefined;
  if (!s?.if?.properties || !s.then?.required) return out;
  const matches = Object.entries(s.if.properties).every(([k, cond]) => cond.const === undefined || values[k] === cond.const);
  if (matches) s.then.required.forEach((k) => out.add(k));
  return out;
}

/** A stored intake value as text for reading. */
export function displayValue(field: IntakeField | undefined, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  const label = (v: unknown) => field?.options.find((o) => o.id === String(v))?.label ?? String(v);
  if (Array.isArray(value)) return value.map(label).join('、');
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'number') return value.toLocaleString('zh-CN');
  if (typeof value === 'object') return JSON.stringify(value);
  return label(value);
}
