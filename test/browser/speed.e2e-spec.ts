/**
 * Speed figures from a real browser against the real api, printed and written to
 * bench/results/web.json: the JavaScript the login page transfers (target ≤ 250 KB, compressed
 * as served), the time from navigation to the dashboard's charts and to the queue's rows, and when
 * each page's data request starts against its code (it must not wait for the page's chunk).
 * Skipped without Chromium, like web.e2e-spec. Timings depend on the machine; the byte count
 * does not.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { FILINGS, openHonourRound } from '../support/case-fixtures';
import { CHROMIUM, DESKTOP } from '../support/browser';
import { ensureWebBuild } from '../support/web-build';
import { bearer, PASSWORD, TestApp, type TestUser } from '../support/test-app';

const suite = existsSync(CHROMIUM) ? describe : describe.skip;
const ROOT = resolve(__dirname, '../..');
const LOGIN_JS_BUDGET = 250 * 1024;

interface Timing {
  name: string;
  startTime: number;
  responseEnd: number;
}

suite('web speed figures (e2e)', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let supervisor: TestUser;
  const figures: Record<string, unknown> = {};

  beforeAll(async () => {
    ensureWebBuild();
    t = await TestApp.start();
    await openHonourRound(t);
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    supervisor = await t.user('supervisor', { zoneId: 'huangpu' });
    const creator = await t.user('creator');
    for (const filing of [FILINGS.shield, FILINGS.compliance, FILINGS.starlight]) await t.http.post('/api/v1/cases').set(bearer(creator)).send({ ...filing, zoneId: 'huangpu' }).expect(201);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
    mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
    const out = { measuredAt: new Date().toISOString(), viewport: DESKTOP, ...figures };
    writeFileSync(join(ROOT, 'bench/results/web.json'), `${JSON.stringify(out, null, 2)}\n`);
    console.log(`[speed] ${JSON.stringify(out, null, 2)}`);
  });

  async function fresh(): Promise<Page> {
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    return context.newPage();
  }

  async function login(page: Page, user: TestUser) {
    await page.goto(`${base}/login`);
    await page.getByLabel('手机号或登录名').fill(user.login);
    await page.getByLabel('密码').fill(PASSWORD);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  }

  /** Milliseconds since the navigation started (the page's own clock). */
  const now = (page: Page) => page.evaluate(() => performance.now());
  const resources = (page: Page) =>
    page.evaluate(() => (performance.getEntriesByType('resource') as unknown as Timing[]).map((e) => ({ name: e.name, startTime: e.startTime, responseEnd: e.responseEnd }))) as Promise<Timing[]>;
  const round = (ms: number) => Math.round(ms);

  it('the login page transfers at most 250 KB of JavaScript', async () => {
    const page = await fresh();
    const scripts: { url: string; transferred: number; encoding: string | null }[] = [];
    page.on('requestfinished', async (request) => {
      if (request.resourceType() !== 'script') return;
      const response = await request.response();
      const sizes = await request.sizes();
      scripts.push({ url: request.url().replace(base, ''), transferred: sizes.responseBodySize, encoding: (await response?.allHeaders())?.['content-encoding'] ?? null });
    });
    await page.goto(`${base}/login`);
    await page.getByLabel('手机号或登录名').waitFor();
    await page.waitForLoadState('networkidle');
    const bytes = scripts.reduce((n, s) => n + s.transferred, 0);
    figures.login = { scriptBytes: bytes, scriptKB: Math.round((bytes / 1024) * 10) / 10, budgetKB: LOGIN_JS_BUDGET / 1024, scripts: scripts.sort((a, b) => b.transferred - a.transferred) };
    await page.context().close();
    expect(scripts.length).toBeGreaterThan(0);
    expect(bytes).toBeLessThanOrEqual(LOGIN_JS_BUDGET);
  }, 60_000);

  it('the queue: time to its rows, and its data request starts with its code', async () => {
    const page = await fresh();
    await login(page, supervisor);
    await page.goto(`${base}/desk`);
    await page.locator('.ant-table-row a').first().waitFor();
    const rowsMs = await now(page);
    const entries = await resources(page);
    const chunk = entries.find((e) => /\/assets\/QueuePage-[^/]*\.js$/.test(e.name));
    const data = entries.find((e) => /\/api\/v1\/cases\?/.test(e.name) && !/pageSize=1(&|$)/.test(e.name));
    figures.queueTimeline = entries.map((e) => `${round(e.startTime)}–${round(e.responseEnd)} ${e.name.replace(base, '')}`);
    figures.queue = { rowsMs: round(rowsMs), chunkStartMs: chunk && round(chunk.startTime), chunkEndMs: chunk && round(chunk.responseEnd), dataStartMs: data && round(data.startTime), dataEndMs: data && round(data.responseEnd) };
    await page.context().close();
    expect(chunk && data).toBeTruthy();
    // Started before the page's code arrived: the request does not wait for the chunk.
    expect(data!.startTime).toBeLessThan(chunk!.responseEnd);
  }, 60_000);

  it('the dashboard: time to its charts, and its data request starts with its code', async () => {
    const page = await fresh();
    await login(page, supervisor);
    await page.goto(`${base}/dashboard`);
    await page.locator('[data-testid^=trend-] canvas').first().waitFor();
    const chartsMs = await now(page);
    const entries = await resources(page);
    const chunk = entries.find((e) => /\/assets\/DashboardPage-[^/]*\.js$/.test(e.name));
    const data = entries.find((e) => /\/api\/v1\/dashboard(\?|$)/.test(e.name));
    figures.dashboard = { chartsMs: round(chartsMs), chunkStartMs: chunk && round(chunk.startTime), chunkEndMs: chunk && round(chunk.responseEnd), dataStartMs: data && round(data.startTime), dataEndMs: data && round(data.responseEnd) };
    await page.context().close();
    expect(chunk && data).toBeTruthy();
    expect(data!.startTime).toBeLessThan(chunk!.responseEnd);
  }, 60_000);
});
