import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * The web's API types are generated from the api's OpenAPI document; this fails as soon as a
 * controller or DTO changes the document and the checked-in types were not regenerated. The
 * generator runs in a child Node process: openapi-typescript's dependencies are ES modules,
 * which Jest on Node 20 cannot load.
 */
describe('generated API types (libs/contracts/src/generated/openapi.ts)', () => {
  it('match the OpenAPI document of the api as it is now (npm run contracts:generate)', () => {
    const run = spawnSync(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'tools/contracts/openapi-types.ts', '--check'],
      { cwd: resolve(__dirname, '../..'), env: { ...process.env, TS_NODE_PROJECT: 'tsconfig.json' }, encoding: 'utf8' },
    );
    expect({ status: run.status, stderr: run.stderr.trim() }).toEqual({ status: 0, stderr: '' });
    expect(run.stdout).toContain('generated types are up to date');
  }, 120_000);
});
