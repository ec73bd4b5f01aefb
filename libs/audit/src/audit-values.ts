import { CN_MOBILE } from '@app/contracts';
import { maskIdCard, maskPhone } from '@app/pii';
import { canonicalJson, sm3Hex } from './audit-hash';

/**
 * What goes into an audit row, made safe in one place:
 * - every string (values and object keys, at any depth) is storable exactly as given: PostgreSQL
 *   refuses NUL in text and jsonb and turns a lone UTF-16 surrogate into U+FFFD (or refuses its
 *   `\ud800` escape in jsonb), so each such code unit is written as the six visible characters
 *   `\u0000` / `\ud800`. The chain hashes the row as stored, and what is stored is what was meant;
 * - free text (reasons, summaries, item lists, comments, notes, instructions…) is replaced by
 *   its length and SM3 digest: the auditor sees that it changed, not what it says;
 * - a login name tried by an anonymous caller is masked when it is a phone or ID-card number.
 */

const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A string PostgreSQL stores unchanged: NUL and lone surrogates written as visible `\uXXXX`. */
export function storableText(text: string): string {
  return text.replace(UNSTORABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The first `max` code points of a text, never half of a surrogate pair. */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  return Array.from(text).slice(0, max).join('');
}

/** A JSON value as jsonb will give it back: JSON semantics (dates as ISO text, no undefined) and storable strings. */
export function storableJson(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  return storableDeep(JSON.parse(JSON.stringify(value)));
}

function storableDeep(value: unknown): unknown {
  if (typeof value === 'string') return storableText(value);
  if (Array.isArray(value)) return value.map(storableDeep);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [storableText(k), storableDeep(v)]));
  }
  return value;
}

/**
 * Keys whose values are free text written by people. Their values never enter `before`/`after`
 * in clear, at any depth. Add a key here when a new audited field carries prose.
 */
export const AUDIT_FREE_TEXT_KEYS: ReadonlySet<string> = new Set([
  'reason',
  'rejectionReason',
  'summary',
  'resolutionSummary',
  'missingItems',
  'items',
  'comment',
  'ratingComment',
  'note',
  'notes',
  'instructions',
  'body',
  'text',
  'message',
  'title',
  'description',
]);

/** A machine code such as `unknown_account` or `bad_password` is vocabulary, not prose: it stays readable. */
const CODE = /^[a-z][a-z0-9_]{0,47}$/;

/** What the auditor sees instead of a free text: that it is there, its length and its SM3 digest. */
export interface RedactedText {
  redacted: 'free_text';
  /** Characters (Unicode code points); for a list, the sum over its items. */
  length: number;
  /** Items, for a list. */
  count?: number;
  /** SM3 of the text (of the canonical JSON, for a list), hex. */
  sm3: string;
}

export function redactText(value: unknown): RedactedText | unknown {
  if (value === null || value === undefined || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'string') {
    if (CODE.test(value)) return value;
    return { redacted: 'free_text', length: Array.from(value).length, sm3: sm3Hex(value) };
  }
  if (Array.isArray(value)) {
    const length = value.reduce<number>((sum, item) => sum + (typeof item === 'string' ? Array.from(item).length : canonicalJson(item).length), 0);
    return { redacted: 'free_text', length, count: value.length, sm3: sm3Hex(canonicalJson(value)) };
  }
  const text = canonicalJson(value);
  return { redacted: 'free_text', length: Array.from(text).length, sm3: sm3Hex(text) };
}

/** `before`/`after` with every free-text key's value replaced by its digest, at any depth. */
export function redactFreeText(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactFreeText);
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, AUDIT_FREE_TEXT_KEYS.has(k) ? redactText(v) : redactFreeText(v)]),
    );
  }
  return value;
}

const ID_CARD = /^(\d{15}|\d{17}[\dX])$/;

/** A login name as the audit log keeps it: phone and ID-card numbers masked, at most 64 characters. */
export function maskLoginName(name: string): string {
  const compact = name.trim().replace(/[\s-]/g, '');
  const phone = compact.replace(/^(\+?86)(?=1\d{10}$)/, '');
  if (CN_MOBILE.test(phone)) return maskPhone(phone);
  if (ID_CARD.test(compact.toUpperCase())) return maskIdCard(compact.toUpperCase());
  return truncateText(name, 64);
}
