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
});
