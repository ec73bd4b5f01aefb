import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { TestApp } from './support/test-app';
import { ensureWebBuild } from './support/web-build';

const ASSETS = resolve(__dirname, '../dist/web/assets');

describe('the web app as the api serves it (e2e)', () => {
  let t: TestApp;
  let script: string;

  beforeAll(async () => {
    ensureWebBuild();
    script = readdirSync(ASSETS).find((f) => f.endsWith('.js') && readdirSync(ASSETS).includes(`${f}.br`)) as string;
    t = await TestApp.start();
  }, 180_000);
  afterAll(() => t.close());

  it('sends a fingerprinted script precompressed, brotli first, cached for a year', async () => {
    const br = await t.http.get(`/assets/${script}`).set('Accept-Encoding', 'gzip, br').buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const gz = await t.http.get(`/assets/${script}`).set('Accept-Encoding', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers['content-length']).toBeDefined();
  });

  it('never caches the page shell, for the root and for a client-side route', async () => {
    for (const path of ['/', '/desk/cases']) {
      const res = await t.http.get(path).expect(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.headers['cache-control']).toBe('no-cache');
    }
  });

  it('answers an unknown api path as the api, not with the page shell or a file', async () => {
    const res = await t.http.get('/api/v1/no-such-route').expect(404);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.headers['cache-control']).toBe('no-store');
    const asset = await t.http.get(`/api/${join('..', 'assets', script)}`);
    expect(asset.headers['content-type'] ?? '').not.toMatch(/javascript/);
  });
});
