/** Deepest nesting a JSON body may have; real requests here stay under 6. */
export const MAX_JSON_DEPTH = 32;

/** Depth of a parsed JSON value, walked without recursion so a hostile body cannot blow the stack. */
export function jsonDepth(value: unknown, limit = Number.POSITIVE_INFINITY): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    deepest = Math.max(deepest, depth);
    if (deepest > limit) return deepest;
    for (const child of Object.values(node as object)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** Keys that reach an object's prototype when merged; no request of this API has them. */
const POLLUTING_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function hasPollutingKey(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    for (const key of Object.keys(node as object)) {
      if (POLLUTING_KEYS.has(key)) return true;
      stack.push((node as Record<string, unknown>)[key]);
    }
  }
  return false;
}

/**
 * Express middleware after the JSON parser: refuses a body nested deeper than MAX_JSON_DEPTH
 * or carrying prototype-polluting keys, with 400, before any code walks it.
 */
export function jsonBodyGuard(req: { body?: unknown }, _res: unknown, next: (error?: unknown) => void): void {
  if (req.body !== undefined && jsonDepth(req.body, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) {
    next(Object.assign(new Error('JSON body nested too deeply'), { status: 400, type: 'entity.too.deep' }));
    return;
  }
  if (req.body !== undefined && hasPollutingKey(req.body)) {
    next(Object.assign(new Error('JSON body with a prototype key'), { status: 400, type: 'entity.forbidden.key' }));
    return;
  }
  next();
}
