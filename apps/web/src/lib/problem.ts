import type { FormInstance } from 'antd';
import { ApiError } from '../api/client';

type NamePath = (string | number)[];

/** `intake.urls[0]` → ['intake', 'urls', 0] */
function parseFieldPath(field: string): NamePath {
  const out: NamePath = [];
  for (const part of field.split('.')) {
    const m = part.match(/^([^[\]]*)((?:\[\d+\])*)$/);
    if (!m) {
      out.push(part);
      continue;
    }
    if (m[1]) out.push(m[1]);
    for (const idx of m[2].matchAll(/\[(\d+)\]/g)) out.push(Number(idx[1]));
  }
  return out;
}

const key = (p: NamePath) => JSON.stringify(p);

/**
 * Puts the api's `errors[]` on the form fields they name (the longest registered prefix wins, so
 * `intake.urls[0]` lands on the first url input, or on the urls field if items are not fields).
 * Returns the messages that matched no field, for an alert above the form.
 */
export function applyProblemToForm(
  form: FormInstance,
  error: unknown,
  options: { prefix?: NamePath; rename?: Record<string, NamePath> } = {},
): string[] {
  if (!(error instanceof ApiError) || !error.errors.length) return [];
  const registered = new Set(form.getFieldsError().map((f) => key(f.name as NamePath)));
  const byField = new Map<string, { name: NamePath; errors: string[] }>();
  const unmatched: string[] = [];
  for (const fe of error.errors) {
    let path = parseFieldPath(fe.field);
    const renamed = options.rename?.[String(path[0])];
    if (renamed) path = [...renamed, ...path.slice(1)];
    if (options.prefix) path = [...options.prefix, ...path];
    let match: NamePath | null = null;
    for (let n = path.length; n > 0; n--) {
      const candidate = path.slice(0, n);
      if (registered.has(key(candidate))) {
        match = candidate;
        break;
      }
    }
    if (!match) {
      unmatched.push(fe.message);
      continue;
    }
    const k = key(match);
    const entry = byField.get(k) ?? { name: match, errors: [] };
    if (!entry.errors.includes(fe.message)) entry.errors.push(fe.message);
    byField.set(k, entry);
  }
  form.setFields([...byField.values()]);
  const first = [...byField.values()][0];
  if (first) form.scrollToField(first.name, { block: 'center', behavior: 'smooth' });
  return unmatched;
}
