/**
 * 好差评整改 in a real browser against the real api: the desk records the 回访 and the 整改 in the
 * ledger, the creator re-rates on their case page, and anyone reads the published figures without
 * login. Skipped without Chromium, like web.e2e-spec.
 */
import { existsSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, DESKTOP, PHONE } from '../support/browser';
import { ratedCase, rectificationOf } from '../support/quality-fixtures';
import { ensureWebBuild } from '../support/web-build';
import { PASSWORD, TestApp, type TestUser } from '../support/test-app';

const suite = existsSync(CHROMIUM) ? describe : describe.skip;

suite('好差评整改 in a browser (e2e)', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];
  let creator: TestUser, agent: TestUser;
  let rated: { id: string; reference: string };

  async function open(viewport: { width: number; height: number }, user: TestUser | null): Promise<Page> {
    const context = await browser.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', isMobile: viewport === PHONE, hasTouch: viewport === PHONE });
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    if (!user) return page;
    await page.goto(`${base}/login`);
    await page.getByLabel('手机号或登录名').fill(user.login);
    await page.getByLabel('密码').fill(PASSWORD);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    return page;
  }

  beforeAll(async () => {
    ensureWebBuild();
    t = await TestApp.start();
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    [creator, agent] = await Promise.all([t.user('creator'), t.user('agent', { zoneId: 'huangpu' })]);
    rated = await ratedCase(t, creator, agent, 2, '答复没有说明时限');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  }, 180_000);

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await t?.close();
  });

  it('the agent records the 回访 and the 整改 from the ledger', async () => {
    const p = await open(DESKTOP, agent);
    await p.goto(`${base}/desk/rectifications`);
    const row = p.locator('tr', { hasText: rated.reference });
    await row.getByRole('button', { name: '记录回访' }).click();
    await p.getByText('当面回访', { exact: true }).click();
    await p.getByLabel('回访情况').fill('当面说明答复时限，创作者表示理解');
    await p.getByRole('button', { name: '保存回访' }).click();
    await row.getByRole('button', { name: '记录整改' }).click();
    await p.getByLabel('整改措施').fill('补充书面答复并注明办理时限');
    await p.getByRole('button', { name: '保存整改' }).click();
    await row.getByText('已整改（待再评价）').waitFor();
    const r = await rectificationOf(t, agent, rated.id);
    expect(r).toMatchObject({ status: 'rectified', contactMethod: 'in_person', contactOutcome: '当面说明答复时限，创作者表示理解', measures: '补充书面答复并注明办理时限' });
  }, 60_000);

  it('the creator re-rates once on a phone, beside the first rating', async () => {
    const p = await open(PHONE, creator);
    await p.goto(`${base}/portal/cases/${rated.id}`);
    await p.getByText('补充书面答复并注明办理时限').waitFor();
    await p.getByText('★★★★ 满意', { exact: true }).click();
    await p.getByRole('button', { name: '提交再次评价' }).click();
    await p.getByText('已再评价').first().waitFor();
    expect(await rectificationOf(t, creator, rated.id)).toMatchObject({ firstLevel: 2, secondLevel: 4, status: 'rerated' });
  }, 60_000);

  it('anyone reads each zone’s 好评率 and 整改率 without login', async () => {
    const p = await open(PHONE, null);
    await p.goto(`${base}/public/quality`);
    await p.getByRole('heading', { name: '好差评公示' }).waitFor();
    const figures = (await t.http.get('/api/v1/public/quality').expect(200)).body;
    const hp = figures.months.find((m: { zoneId: string; month: string }) => m.zoneId === 'huangpu' && m.month === figures.to);
    const card = p.locator('.ant-card', { hasText: hp.zoneName });
    const cells = card.locator('tr', { hasText: hp.month }).locator('td');
    expect(await cells.allInnerTexts()).toEqual([hp.month, String(hp.ratings), String(hp.goodRatings), `${(hp.goodRate * 100).toFixed(1)}%`, String(hp.badRatings), String(hp.rectifications), String(hp.rectified), `${(hp.rectificationRate * 100).toFixed(1)}%`]);
    expect(hp.rectified).toBeGreaterThanOrEqual(1);
  }, 60_000);

  it('raised no uncaught errors in any page', () => {
    expect(pageErrors).toEqual([]);
  });
});
