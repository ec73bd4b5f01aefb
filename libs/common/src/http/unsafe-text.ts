import type { FieldError } from '../errors';

/**
 * Characters no text of a request may carry, in any field, whatever the route: what PostgreSQL
 * cannot store (NUL, lone surrogates), what breaks logs and terminals (control characters other
 * than tab and newline; a carriage return only as part of CRLF) and what makes a text read
 * differently from what it is (bidirectional embeddings, overrides and isolates).
 */
const CONTROL = /[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|\r(?!\n)/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;
/** File names additionally refuse invisible characters that hide a name's real ending. */
const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u2060-\u2064\ufeff]/;

export type TextKind = 'text' | 'fileName';

/** Why `value` is refused, in Chinese, or null. */
export function unsafeTextProblem(value: string, kind: TextKind = 'text'): string | null {
  if (LONE_SURROGATE.test(value)) return '含有无效的 Unicode 字符（孤立的代理项）';
  if (value.includes('\u0000')) return '不能包含空字符（NUL）';
  if (CONTROL.test(value)) return '不能包含控制字符（制表符和换行除外）';
  if (BIDI_CONTROL.test(value)) return '不能包含改变文字方向的控制字符';
  if (kind === 'fileName' && INVISIBLE.test(value)) return '文件名不能包含零宽或不可见字符';
  return null;
}

/** How the API names a field: `intake.accounts[0].id`. */
export function fieldPath(parent: string, key: string | number): string {
  if (typeof key === 'number' || /^\d+$/.test(key)) return `${parent}[${key}]`;
  return parent ? `${parent}.${key}` : key;
}

/** More than this many refused fields in one request are not worth listing. */
const MAX_ERRORS = 20;

/**
 * Every refused string (value or key) in a parsed body, query or form, named by its path.
 * `suspect` additionally flags strings that carry U+FFFD, for a body whose bytes were not UTF-8.
 * Walked without recursion, like jsonDepth, so a hostile value cannot blow the stack.
 */
export function findUnsafeText(value: unknown, root = '', suspect?: (text: string) => string | null): FieldError[] {
  const errors: FieldError[] = [];
  const problemOf = (text: string) => unsafeTextProblem(text) ?? suspect?.(text) ?? null;
  const stack: [unknown, string][] = [[value, root]];
  while (stack.length && errors.length < MAX_ERRORS) {
    const [node, path] = stack.pop()!;
    if (typeof node === 'string') {
      const problem = problemOf(node);
      if (problem) errors.push({ field: path || 'body', message: problem });
      continue;
    }
    if (node === null || typeof node !== 'object') continue;
    const entries = Array.isArray(node) ? node.map((v, i) => [i, v] as const) : Object.entries(node);
    for (const [key, child] of entries.reverse()) {
      if (typeof key === 'string') {
        const problem = problemOf(key);
        if (problem) {
          errors.push({ field: path || 'body', message: `字段名${problem}` });
          continue;
        }
      }
      stack.push([child, fieldPath(path, key)]);
    }
  }
  return errors;
}

/** A body or form that was not valid UTF-8: the strings where the decoder had to substitute. */
export const INVALID_UTF8 = (text: string) => (text.includes('\ufffd') ? '含有无效的 UTF-8 字节' : null);
