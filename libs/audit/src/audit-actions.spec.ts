import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AUDIT_ACTION_LABELS, AUDIT_ACTIONS, AUDIT_ENTITY_LABELS, CASE_ACTIONS } from '@app/contracts';

/**
 * Every action the code records has a Chinese label: the actions are read from the source itself
 * (each `….record(…, { action: … })` call of libs/, apps/api and tools/, with the constants and
 * templates it is built from), not from a list kept by hand.
 */
const ROOT = resolve(__dirname, '../../..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' || e.name === 'generated' ? [] : sources(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.spec.ts') && !e.name.endsWith('.e2e-spec.ts') ? [path] : [];
  });
}

/** The argument text of a call opening at `open` (the index of its `(`), parentheses balanced. */
function callArguments(text: string, open: number): string {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return text.slice(open + 1, i);
  }
  return text.slice(open + 1);
}

const literals = (expr: string) => [...expr.matchAll(/'([a-z_]+\.[a-z_]+)'/g)].map((m) => m[1]);
const words = (expr: string) => [...expr.matchAll(/'([a-z_]+)'/g)].map((m) => m[1]);

/** The expression of the `action` property in an object literal's text (shorthand: `action`). */
function actionExpression(args: string): string | null {
  const m = /\baction\b\s*(:?)/.exec(args);
  if (!m) return null;
  if (!m[1]) return 'action';
  let i = m.index + m[0].length;
  let depth = 0;
  let inTemplate = false;
  const start = i;
  for (; i < args.length; i++) {
    const ch = args[i];
    if (inTemplate) {
      if (ch === '`' && depth === 0) inTemplate = false;
      else if (ch === '{') depth++;
      else if (ch === '}') depth--;
      continue;
    }
    if (ch === '`') inTemplate = true;
    else if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') {
      if (depth === 0) break;
      depth--;
    } else if ((ch === ',' || ch === '\n') && depth === 0) break;
  }
  return args.slice(start, i).trim();
}

/** The values a constant's initialiser can take: both branches of a ternary, else the whole. */
const branches = (init: string) => (init.includes('?') ? init.slice(init.indexOf('?') + 1) : init);

/** What an `action:` expression can be: its literals, the literals of a local constant, a template's expansions. */
function actionsOf(expr: string, file: string): string[] {
  const template = /^`([a-z_]+\.)\$\{([\w.]+)\}`$/.exec(expr);
  if (template) {
    const [, prefix, variable] = template;
    const local = new RegExp(`const ${variable.replace('.', '\\.')} = ([^;]+);`).exec(file);
    // `decision.action` and the like: a case workflow action.
    const values = local ? words(branches(local[1])) : [...CASE_ACTIONS];
    return values.map((v) => prefix + v);
  }
  if (/^\w+$/.test(expr)) {
    const local = new RegExp(`const ${expr} = ([^;]+);`).exec(file);
    return local ? literals(branches(local[1])) : [`<unresolved ${expr}>`];
  }
  const found = literals(branches(expr));
  return found.length ? found : [`<unresolved ${expr}>`];
}

function recordedActions(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const path of ['libs', 'apps/api', 'tools'].flatMap((d) => sources(join(ROOT, d)))) {
    const text = readFileSync(path, 'utf8');
    if (!text.includes('AuditService') && !/audit\.record\(/.test(text)) continue;
    for (const m of text.matchAll(/audit\.record\(/g)) {
      const args = callArguments(text, m.index + m[0].length - 1);
      const expr = actionExpression(args);
      if (!expr) continue;
      for (const a of actionsOf(expr, text)) out.set(a, [...(out.get(a) ?? []), path.slice(ROOT.length + 1)]);
    }
  }
  return out;
}

describe('audit action labels', () => {
  const recorded = recordedActions();

  it('finds the actions the code records (so the check below cannot pass on nothing)', () => {
    expect(recorded.size).toBeGreaterThan(90);
    expect([...recorded.keys()]).toEqual(expect.arrayContaining(['auth.login', 'case.accept', 'case.public_reply', 'rectification.contact', 'auth.registration_code', 'user.revoke_role', 'audit.export']));
  });

  it('has a Chinese label for every action the code records', () => {
    const missing = [...recorded.entries()].filter(([a]) => !(a in AUDIT_ACTION_LABELS)).map(([a, files]) => `${a} (${files.join(', ')})`);
    expect(missing).toEqual([]);
    for (const a of AUDIT_ACTIONS) expect(AUDIT_ACTION_LABELS[a]).toMatch(/[\u4e00-\u9fff]/);
  });

  it('labels no action the code never records (a renamed action would leave a stale label)', () => {
    expect(AUDIT_ACTIONS.filter((a) => !recorded.has(a))).toEqual([]);
  });

  it('has a Chinese label for every object type the code records', () => {
    const types = new Set<string>();
    for (const path of ['libs', 'apps/api', 'tools'].flatMap((d) => sources(join(ROOT, d)))) {
      const text = readFileSync(path, 'utf8');
      for (const m of text.matchAll(/audit\.record\(/g)) {
        const t = /\bentityType:\s*'([a-z_]+)'/.exec(callArguments(text, m.index + m[0].length - 1));
        if (t) types.add(t[1]);
      }
    }
    expect(types.size).toBeGreaterThan(25);
    expect([...types].filter((t) => !(t in AUDIT_ENTITY_LABELS))).toEqual([]);
  });
});
