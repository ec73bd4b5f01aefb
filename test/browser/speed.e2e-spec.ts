/**
 * Speed figures from a real browser against the real api, printed and written to
 * .data/web-speed.json (a run's copy; with UPDATE_BENCH_RESULTS=1, to the recorded
 * bench/results/web.json instead, as UPDATE_SCREENSHOTS does for screenshots): the JavaScript
 * the login page transfers (target ≤ 250 KB, compressed as served), the time from navigation to the dashboard's charts and to the queue's rows, and when
 * each page's data request starts against its code (it must not wait for the page's chunk).
 * Skipped without Chromium, like web.e2e-spec. Timings depend on the machine; the byte count
 * does not.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { FILINGS } from '../support/case-fixtures';
import { CHROMIUM, DESKTOP, signIn, startWebApp } from '../support/browser';
import { bearer, TestApp, type TestUser } from '../support/test-app';

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
    ({ t, base, browser } = await startWebApp());
    supervisor = await t.user('supervisor', { zoneId: 'huangpu' });
    const creator = await t.user('creator');
    for (const filing of [FILINGS.shield, FILINGS.compliance, FILINGS.starlight]) await t.http.post('/api/v1/cases').set(bearer(creator)).send({ ...filing, zoneId: 'huangpu' }).expect(201);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
    // A test run leaves the checkout clean: the recorded figures change only when asked to.
    const file = join(ROOT, process.env.UPDATE_BENCH_RESULTS ? 'bench/results/web.json' : '.data/web-speed.json');
    mkdirSync(dirname(file), { recursive: true });
    const out = { measuredAt: new Date().toISOString(), viewport: DESKTOP, ...figures };
    writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
    console.log(`[speed] ${JSON.stringify(out, null, 2)}`);
  });

  async function fresh(): Promise<Page> {
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    return context.newPage();
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

  /**
   * Opens `path` signed in as the supervisor: the time until `ready` shows, and when the page's
   * chunk and its data request ran (the page's own clock, ms since navigation).
   */
  async function timed(path: string, ready: string, chunkRe: RegExp, dataRe: RegExp) {
    const page = await fresh();
    await signIn(page, base, supervisor);
    await page.goto(`${base}${path}`);
    await page.locator(ready).first().waitFor();
    const readyMs = await now(page);
    const entries = await resources(page);
    const chunk = entries.find((e) => chunkRe.test(e.name));
    const data = entries.find((e) => dataRe.test(e.name));
    await page.context().close();
    expect(chunk && data).toBeTruthy();
    const figure = { readyMs: round(readyMs), chunkStartMs: round(chunk!.startTime), chunkEndMs: round(chunk!.responseEnd), dataStartMs: round(data!.startTime), dataEndMs: round(data!.responseEnd) };
    // Started before the page's code arrived: the request does not wait for the chunk.
    return { figure, dataBeforeCode: data!.startTime < chunk!.responseEnd };
  }

  it('the queue: time to its rows, and its data request starts with its code', async () => {
    const { figure, dataBeforeCode } = await timed('/desk', '.ant-table-row a', /\/assets\/QueuePage-[^/]*\.js$/, /\/api\/v1\/cases\?(?!.*pageSize=1(&|$))/);
    figures.queue = { rowsMs: figure.readyMs, ...figure };
    expect(dataBeforeCode).toBe(true);
  }, 60_000);

  it('the dashboard: time to its charts, and its data request starts with its code', async () => {
    const { figure, dataBeforeCode } = await timed('/dashboard', '[data-testid^=trend-] canvas', /\/assets\/DashboardPage-[^/]*\.js$/, /\/api\/v1\/dashboard(\?|$)/);
    figures.dashboard = { chartsMs: figure.readyMs, ...figure };
    expect(dataBeforeCode).toBe(true);
  }, 60_000);
});
