import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');

/** True when dist/web is missing or older than a file of apps/web (a fresh build is not redone,
 *  so that parallel runs do not empty the folder under each other). */
function webBuildIsStale(): boolean {
  const index = join(ROOT, 'dist/web/index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  const newest = (dir: string): number =>
    readdirSync(dir, { withFileTypes: true }).reduce((max, e) => {
      const path = join(dir, e.name);
      return Math.max(max, e.isDirectory() ? newest(path) : statSync(path).mtimeMs);
    }, 0);
  return newest(join(ROOT, 'apps/web')) > built;
}

/** Runs `fn` while holding a lock folder, so that spec files in parallel workers build one at a time. */
function underLock(lock: string, fn: () => void): void {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      mkdirSync(lock, { recursive: false });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      // A lock left by a killed run is older than any build.
      if (Date.now() - statSync(lock).mtimeMs > 600_000) rmSync(lock, { recursive: true, force: true });
      Atomics.wait(pause, 0, 0, 500);
    }
  }
  try {
    fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Builds the web app as production does, unless a current build is there (or WEB_E2E_SKIP_BUILD=1). */
export function ensureWebBuild(): void {
  if (process.env.WEB_E2E_SKIP_BUILD === '1' || !webBuildIsStale()) return;
  mkdirSync(join(ROOT, 'dist'), { recursive: true });
  underLock(join(ROOT, 'dist/.web-build.lock'), buildWeb);
}

function buildWeb(): void {
  // Another worker may have built it while this one waited for the lock.
  if (!webBuildIsStale()) return;
  const build = spawnSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'apps/web/vite.config.ts', '--logLevel', 'warn'], {
    cwd: ROOT,
    encoding: 'utf8',
    // jest sets NODE_ENV=test, which would give a development build of React and antd.
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (build.status !== 0) throw new Error(`web build failed:\n${build.stdout}\n${build.stderr}`);
}
