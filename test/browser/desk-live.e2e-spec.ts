/**
 * The desk in a real browser against the real api: the queue updates by itself when a case
 * changes, marks unread creator replies, moves with j/k, selects rows for 批量受理; the case
 * page shows the news banner (and reads it), r opens the reply box, 待补充材料 offers the desk's
 * three actions; on a phone the filters are folded. Skipped without Chromium, like web.e2e-spec.
 */
import { existsSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { FILINGS } from '../support/case-fixtures';
import { CHROMIUM, DESKTOP, PHONE, signedInPage } from '../support/browser';
import { ensureWebBuild } from '../support/web-build';
import { bearer, TestApp, type TestUser } from '../support/test-app';

const suite = existsSync(CHROMIUM) ? describe : describe.skip;

suite('the desk keeps up, in a browser (e2e)', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];
  let creator: TestUser, agent: TestUser;
  const tag = Math.random().toString(36).slice(2, 7);

  const open = (viewport: { width: number; height: number }, user: TestUser) => signedInPage(browser, base, viewport, user, { contexts, errors: pageErrors });
  const file = async (title: string, zoneId = 'huangpu') =>
    (await t.http.post('/api/v1/cases').set(bearer(creator)).send({ ...FILINGS.compliance, zoneId, title }).expect(201)).body;
  const act = async (user: TestUser, c: { id: string; version: number }, action: string, body: object = {}) =>
    (await t.http.post(`/api/v1/cases/${c.id}/actions/${action}`).set(bearer(user)).send({ version: c.version, ...body }).expect(201)).body;
  const row = (page: Page, id: string) => page.locator(`tr[data-row-key="${id}"]`);
  /** Waits until `check` passes (playwright-core has no expect of its own). */
  async function until(check: () => Promise<unknown>, ms = 10_000): Promise<void> {
    const start = Date.now();
    for (;;) {
      try {
        await check();
        return;
      } catch (e) {
        if (Date.now() - start > ms) throw e;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  }
  const visible = (l: Locator) => l.waitFor({ state: 'visible' });
  const absent = (l: Locator) => l.waitFor({ state: 'detached' });
  const textOf = async (l: Locator, text: string, ms?: number) => until(async () => expect(await l.innerText()).toContain(text), ms);
  const cursorIs = (page: Page, id: string) => until(async () => expect(await page.locator('tr.row-cursor').getAttribute('data-row-key')).toBe(id));

  beforeAll(async () => {
    ensureWebBuild();
    t = await TestApp.start();
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    [creator, agent] = await Promise.all([t.user('creator'), t.user('agent', { zoneId: 'huangpu' })]);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  }, 180_000);

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await t?.close();
  });

  it('marks a creator reply, updates by itself, moves with j/k, accepts the selection in bulk', async () => {
    let replied = await file(`有回复的案件${tag}`);
    replied = await act(agent, replied, 'accept');
    await t.http.post(`/api/v1/cases/${replied.id}/comments`).set(bearer(creator)).send({ body: `新证据已上传${tag}` }).expect(201);
    const [p1, p2] = [await file(`待受理一${tag}`), await file(`待受理二${tag}`)];

    const page = await open(DESKTOP, agent);
    await page.goto(`${base}/desk?sort=-updatedAt`);
    await row(page, replied.id).waitFor();
    expect(await row(page, replied.id).locator('[data-unread="reply"]').innerText()).toBe('新回复');
    expect(await row(page, replied.id).getAttribute('class')).toContain('row-unread');

    // A case filed elsewhere appears without 刷新 (server-sent events through Redis).
    const fresh = await file(`实时出现的案件${tag}`);
    await row(page, fresh.id).waitFor({ timeout: 10_000 });

    // j moves the cursor; typing in the search box does not.
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('j');
    const firstId = await page.locator('tbody tr.ant-table-row').first().getAttribute('data-row-key');
    await cursorIs(page, firstId!);
    await page.keyboard.press('j');
    await page.keyboard.press('k');
    await cursorIs(page, firstId!);
    await page.getByLabel('搜索').fill('jjj');
    await cursorIs(page, firstId!);
    await page.getByLabel('搜索').fill('');
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('?');
    await visible(page.getByRole('dialog', { name: '键盘快捷键' }));
    await page.keyboard.press('Escape');

    // Bulk: select two pending cases, 批量受理, per-case results.
    for (const c of [p1, p2]) await row(page, c.id).locator('input[type="checkbox"]').check();
    await textOf(page.getByRole('region', { name: '批量操作' }), '已选 2 件');
    await page.getByRole('button', { name: '批量受理' }).click();
    const result = page.getByRole('dialog', { name: '批量操作结果' });
    await textOf(result, '成功 2 件');
    const stored = await t.db.query(`SELECT status, assignee_id FROM cases WHERE id = ANY($1::uuid[])`, [[p1.id, p2.id]]);
    expect(stored).toEqual([{ status: 'accepted', assignee_id: agent.id }, { status: 'accepted', assignee_id: agent.id }]);
    await result.getByRole('button', { name: '知道了' }).click();

    // The case page: the banner with the reply, read on opening (stored), r opens the public reply.
    await row(page, replied.id).getByRole('link').first().click();
    const banner = page.locator('[data-news="reply"]');
    await textOf(banner, '创作者有新回复');
    await textOf(banner, `新证据已上传${tag}`);
    await until(async () => expect((await t.db.query(`SELECT count(*)::int AS n FROM case_reads WHERE user_id = $1 AND case_id = $2`, [agent.id, replied.id]))[0].n).toBe(1));
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('r');
    await until(async () => expect(await page.locator('.reply-box textarea').evaluate((el) => el === (el.ownerDocument as { activeElement: unknown }).activeElement)).toBe(true));
    await until(async () => expect(await page.locator('.reply-box .ant-segmented-item-selected').innerText()).toContain('公开回复'));
    // News while the page is open: the creator writes again, the banner shows it without reload.
    await t.http.post(`/api/v1/cases/${replied.id}/comments`).set(bearer(creator)).send({ body: `又补充了一条${tag}` }).expect(201);
    await textOf(banner, `又补充了一条${tag}`, 15_000);
    // Back in the queue the marker is gone.
    await page.goto(`${base}/desk?sort=-updatedAt`);
    await row(page, replied.id).waitFor();
    await until(async () => expect(await row(page, replied.id).locator('[data-unread]').count()).toBe(0));
    expect(pageErrors).toEqual([]);
  }, 180_000);

  it('gives 待补充材料 the desk’s actions: record materials handed in at the window', async () => {
    let c = await file(`待补材料${tag}`);
    c = await act(agent, c, 'accept');
    c = await act(agent, c, 'request_materials', { items: ['授权书原件'] });
    const page = await open(DESKTOP, agent);
    await page.goto(`${base}/desk/cases/${c.id}`);
    for (const name of ['催补材料', '撤回补正要求', '登记线下递交']) await visible(page.getByRole('button', { name }));
    expect(await page.getByText('当前没有您可执行的操作').count()).toBe(0);
    await page.getByRole('button', { name: '登记线下递交' }).click();
    const dialog = page.getByRole('dialog', { name: '登记线下递交' });
    await dialog.getByLabel('收件说明').fill('已在黄浦服务窗口收到授权书原件');
    await dialog.getByRole('button', { name: /确认/ }).click();
    await textOf(page.locator('.case-head'), '已受理');
    const [stored] = await t.db.query(`SELECT status, materials_request FROM cases WHERE id = $1`, [c.id]);
    expect(stored).toEqual({ status: 'accepted', materials_request: null });
  }, 120_000);

  it('folds the queue filters on a phone, keeping the search box', async () => {
    const page = await open(PHONE, agent);
    await page.goto(`${base}/desk`);
    await visible(page.getByLabel('搜索'));
    expect(await page.getByLabel('项目', { exact: true }).count()).toBe(0);
    const toggle = page.locator('button[aria-controls="queue-filter-fields"]');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    await visible(page.getByLabel('项目', { exact: true }));
    expect(await toggle.innerText()).toContain('收起筛选');
    await toggle.click();
    await absent(page.getByLabel('项目', { exact: true }));
    expect(await page.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  }, 120_000);
});
