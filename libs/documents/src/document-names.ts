/** What a person's name becomes in an issued document once the retention period has passed. */
export const PURGED_NAME = '（已清除）';

/**
 * `value` with every occurrence of the names replaced by PURGED_NAME, in every string it
 * holds (section rows, attested facts, titles). Names shorter than two characters are replaced
 * only where they are a whole value, so that a one-character name does not eat ordinary text.
 */
export function withoutNames<T>(value: T, names: readonly string[]): T {
  const wanted = [...new Set(names.filter((n) => n.trim() !== ''))].sort((a, b) => b.length - a.length);
  if (!wanted.length) return value;
  const scrub = (v: unknown): unknown => {
    if (typeof v === 'string') {
      if (wanted.includes(v)) return PURGED_NAME;
      return wanted.reduce((s, name) => (name.length >= 2 ? s.split(name).join(PURGED_NAME) : s), v);
    }
    if (Array.isArray(v)) return v.map(scrub);
    if (v && typeof v === 'object' && !(v instanceof Date)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, scrub(x)]));
    return v;
  };
  return scrub(value) as T;
}
