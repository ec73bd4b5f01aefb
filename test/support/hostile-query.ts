import type { Schema } from './openapi';

export interface QueryParameter {
  name: string;
  in: string;
  schema?: Schema;
}

/**
 * Hostile values for one query parameter, from what the OpenAPI document says it takes: over
 * the length, the range or the item count, of the wrong type, outside its enum, pattern or
 * format, and NUL — each a percent-encoded `name=value` query string, with what it tries.
 */
export function hostileQueryValues(p: QueryParameter, resolve: (s: Schema | undefined) => Schema | undefined): [string, string][] {
  const schema = resolve(p.schema);
  const q = (value: string) => `${encodeURIComponent(p.name)}=${encodeURIComponent(value)}`;
  const out: [string, string][] = [['NUL', `${encodeURIComponent(p.name)}=a%00b`]];
  if (!schema) return out;
  if (schema.type === 'array') {
    const item = resolve(schema.items);
    out.push(['an item outside its values', q(item?.enum ? 'not_a_value' : '\u0000')]);
    if (schema.maxItems !== undefined) {
      const value = String(item?.enum?.[0] ?? 'a');
      out.push([`${schema.maxItems + 1} items`, Array.from({ length: schema.maxItems + 1 }, () => q(value)).join('&')]);
    }
    return out;
  }
  if (schema.type === 'integer' || schema.type === 'number') {
    out.push(['a word for a number', q('twelve')], ['a fraction', q('1.5')]);
    if (schema.maximum !== undefined) out.push(['over the maximum', q(String(schema.maximum + 1))]);
    if (schema.minimum !== undefined) out.push(['under the minimum', q(String(schema.minimum - 1))]);
    out.push(['a huge number', q('9'.repeat(400))]);
    return out;
  }
  if (schema.type === 'boolean') return [...out, ['a word for true or false', q('maybe')]];
  if (schema.enum) return [...out, ['a value outside the enum', q('not_a_value')], ['an over-long value', q('x'.repeat(5000))]];
  if (schema.format === 'date-time' || schema.format === 'date') out.push(['a date in words', q('yesterday')], ['a bare number for a date', q('1')]);
  if (schema.format === 'uuid') out.push(['not a UUID', q('not-a-uuid')]);
  if (schema.pattern) out.push(['a value outside the pattern', q('!!!')]);
  out.push(['an over-long value', q('x'.repeat(Math.max((schema.maxLength ?? 0) + 1, 5000)))]);
  out.push(['the parameter twice', `${q('a')}&${q('b')}`]);
  return out;
}
