import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';

/**
 * The folder boundaries of the monorepo, checked on the import statements themselves: what the
 * production processes may load, what the web app may reach, and that migrations stay frozen.
 */
const ROOT = resolve(__dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|tsx|mts|mjs)$/.test(e.name))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));
}

/** Every module specifier a file imports, re-exports or requires. */
function specifiers(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const found: string[] = [];
  const pattern = /(?:\bfrom\s+|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) found.push(m[1]);
  return found;
}

/** A relative specifier as a path from the repository root; other specifiers unchanged. */
const target = (file: string, spec: string) => (spec.startsWith('.') ? relative(ROOT, resolve(ROOT, dirname(file), spec)) : spec);

function offending(dirs: string[], bad: (target: string, spec: string) => boolean): string[] {
  return dirs.flatMap(sources).flatMap((file) =>
    specifiers(file)
      .filter((spec) => bad(target(file, spec), spec))
      .map((spec) => `${file}: ${spec}`),
  );
}

describe('folder boundaries', () => {
  it('the api, the worker and the libraries import nothing from tools/', () => {
    expect(offending(['apps/api/src', 'apps/worker/src', 'libs'], (t) => t === 'tools' || t.startsWith('tools/'))).toEqual([]);
  });

  it('libs/contracts imports nothing but its own files', () => {
    expect(offending(['libs/contracts/src'], (t) => !t.startsWith('libs/contracts/src/'))).toEqual([]);
  });

  it('migrations are frozen: they import nothing but typeorm (and the index its migrations)', () => {
    expect(offending(['migrations'], (t, spec) => (spec.startsWith('.') ? !t.startsWith('migrations/') : spec !== 'typeorm'))).toEqual([]);
  });

  it('the web app reaches the server code only through @app/contracts', () => {
    const outside = (t: string, spec: string) =>
      spec.startsWith('.') ? !t.startsWith('apps/web/') : spec.startsWith('@app/') && spec !== '@app/contracts';
    expect(offending(['apps/web/src'], outside)).toEqual([]);
  });

  it('the Shanghai zone is named once, and its UTC offset is computed once', () => {
    const files = ['libs', 'apps/api/src', 'apps/worker/src', 'apps/web/src', 'tools'].flatMap(sources).filter((f) => !/\.spec\.ts$/.test(f));
    const holding = (pattern: RegExp) => files.filter((f) => pattern.test(readFileSync(join(ROOT, f), 'utf8')));
    expect(holding(/['"`]Asia\/Shanghai['"`]/)).toEqual(['libs/contracts/src/time.ts']);
    expect(holding(/\b8 \* (3_?600_?000|3_?600|60 \* 60|[A-Z_]*HOUR[A-Z_]*)\b|\b28_?800(_?000)?\b/)).toEqual(['libs/calendar/src/shanghai-time.ts']);
  });

  it('no file of the apps is over 400 lines', () => {
    const long = ['apps/api/src', 'apps/worker/src', 'apps/web/src']
      .flatMap(sources)
      .map((f) => ({ f, lines: readFileSync(join(ROOT, f), 'utf8').split('\n').length }))
      .filter((x) => x.lines > 400);
    expect(long).toEqual([]);
  });
});
