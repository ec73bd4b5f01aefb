/**
 * The web app in a real browser (Debian's Chromium driven by playwright-core) against the real
 * api, database and Redis: a creator files a 盾牌行动 case with evidence on a phone-sized screen,
 * the desk accepts and asks for materials, the creator supplies them, the desk escalates, the
 * district 网信办 resolves, the creator rates; an agent of the other zone cannot open the case;
 * an expired session refreshes silently, and a dead one returns to login and back; the zone's
 * supervisor sees the zone's figures on the dashboard, clicks a figure through to the filtered case
 * list, exports it, prints the monthly report and assigns a case from the agents list.
 *
 * Needs `/usr/bin/chromium` (`apt-get install chromium`); without it the suite is skipped with
 * a warning. Builds the web app first when dist/web is older than apps/web (WEB_E2E_SKIP_BUILD=1
 * never builds). With UPDATE_SCREENSHOTS=1 the
 * screenshots for the README are written to test/browser/screenshots/ (install a CJK font such as
 * fonts-noto-cjk, or the Chinese text renders as boxes).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { deflateSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { FILINGS, openHonourRound } from '../support/case-fixtures';
import { inShanghai } from '@app/calendar';
import { moveSlot, openSlot, workingDays } from '../support/offline-fixtures';
import { PASSWORD, TestApp, type TestUser } from '../support/test-app';
import { ensureWebBuild } from '../support/web-build';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ROOT = resolve(__dirname, '../..');
const SHOTS = join(__dirname, 'screenshots');
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };

const suite = existsSync(CHROMIUM) ? describe : describe.skip;
if (!existsSync(CHROMIUM)) console.warn(`[browser e2e] skipped: ${CHROMIUM} not found (apt-get install chromium)`);

/** A small valid PNG, so the server's content-type check accepts it as an image. */
function png(width: number, height: number, rgb: [number, number, number]): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => rgb).flat())]);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

suite('web app in a browser (e2e)', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];
  let creator: TestUser, agent: TestUser, officer: TestUser, otherAgent: TestUser, supervisor: TestUser;
  let creatorPage: Page, agentPage: Page;
  let caseId = '';
  /** The reference of the case this file walks through (other spec files' cases share the queues). */
  let caseReference = '';
  const evidence = { name: '评论区截图.png', mimeType: 'image/png', buffer: png(64, 48, [200, 16, 46]) };
  const supplement = { name: '录屏截图.png', mimeType: 'image/png', buffer: png(32, 32, [31, 95, 191]) };

  const auth = (user: TestUser) => ({ Authorization: `Bearer ${user.token}` });

  async function open(viewport: { width: number; height: number }): Promise<Page> {
    const context = await browser.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', isMobile: viewport === PHONE, hasTouch: viewport === PHONE });
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    return page;
  }

  async function login(page: Page, user: TestUser, expectPath?: RegExp) {
    await page.goto(`${base}/login`);
    await page.getByLabel('手机号或登录名').fill(user.login);
    await page.getByLabel('密码').fill(PASSWORD);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    if (expectPath) expect(new URL(page.url()).pathname).toMatch(expectPath);
  }

  async function shot(page: Page, name: string, fullPage = false, settleMs = 0) {
    if (process.env.UPDATE_SCREENSHOTS !== '1') return;
    mkdirSync(SHOTS, { recursive: true });
    await page.waitForLoadState('networkidle');
    // Charts animate in after their data arrives.
    if (settleMs) await page.waitForTimeout(settleMs);
    await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage });
  }

  /** Waits for a dialog to finish its opening zoom: a click on a checkbox during it can be lost. */
  async function dialogOpen(page: Page) {
    await page.locator('.ant-modal').last().waitFor();
    await page.locator('.ant-modal-root [class*="-appear"], .ant-modal-root [class*="-enter"]').first().waitFor({ state: 'detached' });
  }

  /** Runs an action from the case page's buttons and confirms its dialog. */
  async function act(page: Page, action: string, confirm: RegExp, fill?: () => Promise<void>) {
    await page.locator(`[data-action=${action}]`).click();
    await dialogOpen(page);
    await fill?.();
    await page.getByRole('button', { name: confirm }).click();
    await page.locator('.ant-modal').waitFor({ state: 'detached' });
  }

  /**
   * The desk list a dashboard figure opened: its filter (the URL) holds `reference`, and the page
   * shows the api's first page for that filter, in order. Other spec files' open cases share the
   * zone, so `reference` itself need not be on page 1 (the list is sorted by the next deadline).
   * The worker may still be escalating other files' overdue cases, so the page is compared with a
   * fresh answer until they agree (reloading now and then), for at most 20 s.
   */
  async function listShows(page: Page, user: TestUser, reference: string) {
    const filter = Object.fromEntries(new URL(page.url()).searchParams);
    const found = (await t.http.get('/api/v1/cases').set(auth(user)).query({ ...filter, q: reference }).expect(200)).body;
    expect(found.items.map((c: { reference: string }) => c.reference)).toContain(reference);
    const shown = page.getByRole('link', { name: /^[A-Z]{2}-[A-Z]{3}-\d{4}-\d{6}$/ });
    let expected: string[] = [];
    let onPage: string[] = [];
    for (let attempt = 1; attempt <= 40; attempt++) {
      const first = (await t.http.get('/api/v1/cases').set(auth(user)).query({ sort: 'nextDueAt', ...filter, page: 1, pageSize: 20 }).expect(200)).body;
      expected = first.items.map((c: { reference: string }) => c.reference);
      onPage = await shown.allInnerTexts();
      if (expected.length > 0 && JSON.stringify(onPage) === JSON.stringify(expected)) return;
      if (attempt % 8 === 0) await page.reload();
      await page.waitForTimeout(500);
    }
    expect(onPage).toEqual(expected);
  }

  beforeAll(async () => {
    ensureWebBuild();
    t = await TestApp.start();
    await openHonourRound(t);
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    [creator, agent, officer, otherAgent, supervisor] = await Promise.all([
      t.user('creator'),
      t.user('agent', { zoneId: 'huangpu' }),
      t.user('cac_officer', { authorityId: 'cac_huangpu' }),
      t.user('agent', { zoneId: 'yangpu' }),
      t.user('supervisor', { zoneId: 'huangpu' }),
    ]);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  }, 120_000);

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await t?.close();
  });

  it('a creator files a 盾牌行动 case with evidence on a phone, and sees server validation on the right field', async () => {
    creatorPage = await open(PHONE);
    const p = creatorPage;
    await login(p, creator, /^\/portal$/);
    await p.getByRole('link', { name: '提交新诉求' }).click();
    await p.getByRole('link', { name: /申请盾牌行动/ }).click();
    await p.getByText('网络暴力', { exact: true }).click();
    await p.getByLabel('服务集聚区').click();
    await p.getByTitle('黄浦区集聚区').click();
    await p.getByLabel('标题').fill('视频评论区遭遇有组织网暴');
    await p.getByLabel('详细描述').fill('自 11 月起多个账号在我的视频评论区持续发布侮辱性评论，并私信威胁。');
    await p.getByLabel('侵权发生平台').click();
    await p.getByTitle('哔哩哔哩').click();
    await p.getByLabel('侵权账号').fill('黑粉一号');
    await p.keyboard.press('Enter');
    // Passes the browser's check, fails the server's JSON Schema (format uri): the problem's
    // `intake.urls[0]` must land on the first link input.
    await p.getByLabel('侵权内容链接 第 1 个').fill('https://[bad');
    await p.getByLabel('侵权开始日期').click();
    await p.locator('.ant-picker-cell-today').click();
    await p.getByLabel('侵权是否仍在持续').click();
    await p.locator('input[type=file]').setInputFiles(evidence);
    // What the server answered, to say why when the field's message does not come.
    const answers: string[] = [];
    p.on('response', (r) => {
      if (r.request().method() === 'POST' && r.url().endsWith('/api/v1/cases')) void r.text().then((body) => answers.push(`${r.status()} ${body}`), () => undefined);
    });
    await p.getByRole('button', { name: '提交诉求', exact: true }).click();
    await p
      .locator('.url-list')
      .getByText(/第 1 项不是有效的网址/)
      .waitFor()
      .catch(async (error: Error) => {
        const shown = await p.locator('.ant-form-item-explain-error, .ant-alert-message').allInnerTexts();
        throw new Error(`${error.message}\nthe form shows: ${JSON.stringify(shown)}\nPOST /cases answered: ${JSON.stringify(answers)}`);
      });
    // Refused on the server: nothing filed (other spec files share this database).
    expect((await t.db.query('SELECT 1 FROM cases WHERE creator_id = $1', [creator.id])).length).toBe(0);

    await p.getByLabel('侵权内容链接 第 1 个').fill('https://www.bilibili.com/video/BV1xx411c7mD');
    await p.getByRole('button', { name: '提交诉求', exact: true }).click();
    await p.getByText('诉求已提交').waitFor({ timeout: 20_000 });
    const reference = (await p.locator('.reference').first().innerText()).trim();
    expect(reference).toMatch(/^HP-SHD-\d{4}-\d{6}$/);
    caseReference = reference;
    await p.getByRole('button', { name: /查看案件/ }).click();
    await p.waitForURL(/\/portal\/cases\//);
    caseId = p.url().split('/').pop()!;
    await p.getByText(evidence.name).first().waitFor();
    await p.getByText('等待服务台受理').waitFor();
    await p.goto(`${base}/portal`);
    await p.getByText(reference).waitFor();
    await shot(p, 'creator-portal-my-cases', true);
  }, 90_000);

  it('an agent of the zone accepts and asks for materials (一次性告知)', async () => {
    agentPage = await open(DESKTOP);
    const p = agentPage;
    await login(p, agent, /^\/desk$/);
    await p.getByRole('tab', { name: '待受理' }).click();
    // Other specs fill the shared queue: find the case by its reference, as an agent would.
    await p.goto(`${base}/desk?q=${caseReference}`);
    await p.getByRole('link', { name: caseReference }).click();
    await p.waitForURL(`**/desk/cases/${caseId}`);
    await p.getByText('SHA-256').first().waitFor();
    await act(p, 'accept', /确认受理/);
    await p.locator('.status-tag', { hasText: '已受理' }).first().waitFor();
    await act(p, 'request_materials', /确认一次性告知补正/, async () => {
      await p.getByLabel('侵权过程录屏').check();
      await p.getByLabel('本人身份证明').check();
    });
    await p.locator('.status-tag', { hasText: '待补充材料' }).first().waitFor();
    await p.getByLabel('备注内容').fill('已电话联系创作者，确认证据齐全后上报。');
    await p.getByRole('button', { name: '保存备注' }).click();
    await p.getByText('内部 · 创作者不可见').first().waitFor();
    await shot(p, 'workbench-case', true);
  }, 60_000);

  it('the creator supplies the materials: upload and reply in one place; internal notes stay hidden', async () => {
    const p = creatorPage;
    await p.goto(`${base}/portal/cases/${caseId}`);
    await p.getByText('请补充以下材料').waitFor();
    await p.getByText('侵权过程录屏').first().waitFor();
    expect(await p.getByText('已电话联系创作者').count()).toBe(0);
    await p.locator('.materials-card input[type=file]').setInputFiles(supplement);
    await p.getByText('本次已上传').waitFor();
    await p.getByLabel('补充说明（选填）').fill('已补充录屏截图，身份证明已在窗口提交。');
    await p.getByRole('button', { name: '提交补充材料' }).click();
    // Supplying returns the case to the status it was in when the desk asked (here 已受理).
    await p.locator('.status-tag', { hasText: '已受理' }).first().waitFor();
    await p.getByText(supplement.name).first().waitFor();
  }, 60_000);

  it('the agent escalates to the district 网信办', async () => {
    const p = agentPage;
    await p.reload();
    await act(p, 'escalate', /确认上报/, async () => {
      await p.getByText('将上报至：黄浦区委网信办').waitFor();
      await p.getByLabel('上报理由').fill('侵权持续，平台未处置，申请网信办督促下架。');
    });
    await p.locator('.status-tag', { hasText: '已上报' }).first().waitFor();
  }, 60_000);

  it('the officer acknowledges and resolves from the authority desk', async () => {
    const p = await open(DESKTOP);
    await login(p, officer, /^\/authority$/);
    // Found by its number, as an officer would: other escalated cases may fill the first page.
    await p.locator('#q-search').fill(caseReference);
    await p.locator('#q-search').press('Enter');
    await p.getByRole('link', { name: caseReference }).click();
    await p.waitForURL(`**/authority/cases/${caseId}`);
    await act(p, 'acknowledge', /确认签收/);
    await act(p, 'resolve', /确认办结/, async () => {
      await p.getByText('已处置下架').click();
      await p.getByLabel('办结说明').fill('已督促平台删除侵权评论 23 条并封禁相关账号。');
    });
    await p.locator('.status-tag', { hasText: '已办结' }).first().waitFor();
  }, 60_000);

  it('the creator rates the service and the case closes', async () => {
    const p = creatorPage;
    await p.goto(`${base}/portal/cases/${caseId}`);
    await p.getByText('已督促平台删除侵权评论').first().waitFor();
    await shot(p, 'creator-portal-case-resolved', true);
    await p.getByText('★★★★★ 非常满意', { exact: true }).click();
    await p.getByRole('button', { name: '提交评价' }).click();
    await p.locator('.status-tag', { hasText: '已关闭' }).first().waitFor();
    const [row] = await t.db.query('SELECT status, rating FROM cases WHERE id = $1', [caseId]);
    expect(row).toMatchObject({ status: 'closed', rating: 5 });
  }, 60_000);

  it('an agent of the other zone cannot open the case by URL', async () => {
    const p = await open(DESKTOP);
    await login(p, otherAgent, /^\/desk$/);
    await p.goto(`${base}/desk/cases/${caseId}`);
    await p.getByText('案件不存在或无权查看', { exact: true }).waitFor();
    expect(await p.getByText('视频评论区遭遇有组织网暴').count()).toBe(0);
  }, 60_000);

  it('refreshes an expired access token silently, and sends a dead session to login and back', async () => {
    const p = await open(DESKTOP);
    await login(p, agent, /^\/desk$/);
    const path = `/desk/cases/${caseId}`;
    // The access token "expires": the next case read answers 401 once; the app refreshes and retries.
    let refreshed = 0;
    p.on('request', (r) => r.url().endsWith('/api/v1/auth/refresh') && refreshed++);
    let failedOnce = false;
    await p.route(`**/api/v1/cases/${caseId}`, (route) => {
      if (failedOnce) return route.continue();
      failedOnce = true;
      return route.fulfill({ status: 401, contentType: 'application/problem+json', body: JSON.stringify({ status: 401, title: 'Unauthorized', detail: '登录已过期', code: 'auth.token_expired' }) });
    });
    await p.goto(`${base}${path}`);
    await p.getByText('视频评论区遭遇有组织网暴').first().waitFor();
    expect(refreshed).toBeGreaterThanOrEqual(1);
    expect(await p.evaluate('Object.keys(localStorage)')).toEqual([]);
    expect(await p.evaluate('Object.keys(sessionStorage)')).toEqual(['csd.refreshToken']);

    // Now the session is dead: every call 401s and the refresh is refused.
    await p.route('**/api/v1/auth/refresh', (route) => route.fulfill({ status: 401, contentType: 'application/problem+json', body: '{"status":401,"detail":"会话已失效"}' }));
    await p.route(`**/api/v1/cases/${caseId}/timeline`, (route) => route.fulfill({ status: 401, contentType: 'application/problem+json', body: '{"status":401}' }));
    await p.getByRole('button', { name: /刷\s*新/ }).first().click();
    await p.waitForURL(/\/login\?next=/);
    expect(decodeURIComponent(new URL(p.url()).searchParams.get('next') ?? '')).toBe(path);
    await p.getByText('登录已过期').waitFor();
    await p.unrouteAll({ behavior: 'ignoreErrors' });
    await p.getByLabel('手机号或登录名').fill(agent.login);
    await p.getByLabel('密码').fill(PASSWORD);
    await p.getByRole('button', { name: /登\s*录/ }).click();
    await p.waitForURL(`**${path}`);
    await p.getByText('视频评论区遭遇有组织网暴').first().waitFor();
  }, 60_000);

  it('the supervisor sees the zone\'s figures on the dashboard, clicks through to the filtered list, exports it, prints the monthly report, and assigns from the agents list', async () => {
    // A second case, waiting for acceptance: something in the backlog, the heat map and the assign dialog.
    const waiting = (await t.http.post('/api/v1/cases').set(auth(creator)).send({ ...FILINGS.starlight, zoneId: 'huangpu' }).expect(201)).body;
    const p = await open(DESKTOP);
    await login(p, supervisor, /^\/desk$/);
    await p.getByRole('link', { name: /HP-SHD-/ }).first().waitFor();
    await shot(p, 'workbench-queue');

    await p.getByRole('link', { name: '数据看板' }).click();
    await p.waitForURL('**/dashboard');
    // The page shows what the api computes for the supervisor's zone (other specs may share the database).
    const api = (await t.http.get('/api/v1/dashboard').set(auth(supervisor)).expect(200)).body;
    expect(api.columns.map((c: { key: string }) => c.key)).toEqual(['huangpu']);
    const hp = api.figures.huangpu;
    expect(hp.counts.resolved).toBeGreaterThanOrEqual(1);
    expect(hp.backlog.total).toBeGreaterThanOrEqual(1);
    const card = (key: string) => p.locator(`[data-kpi=${key}] .kpi-value`);
    await expect(card('submitted').innerText()).resolves.toMatch(new RegExp(`^${hp.counts.submitted.toLocaleString('zh-CN')}\\s*件$`));
    await expect(card('resolved').innerText()).resolves.toMatch(new RegExp(`^${hp.counts.resolved.toLocaleString('zh-CN')}\\s*件$`));
    await expect(card('backlog').innerText()).resolves.toMatch(new RegExp(`^${hp.backlog.total.toLocaleString('zh-CN')}\\s*件$`));
    await p.locator('[data-testid=trend-huangpu] canvas').first().waitFor();
    await p.locator('[data-testid=heat-huangpu] canvas').first().waitFor();
    await p.getByText('专员工作量').waitFor();
    await shot(p, 'dashboard', true, 1500);

    // The case list of the period as a spreadsheet, fetched with the bearer token.
    await p.getByRole('button', { name: '导出案件清单' }).click();
    const [download] = await Promise.all([p.waitForEvent('download'), p.getByText('导出 CSV').click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = readFileSync(await download.path());
    expect(csv.toString('utf8')).toContain(waiting.reference);

    // A figure opens the desk list with the same filters: the backlog card …
    await card('backlog').click();
    await p.waitForURL((u) => u.pathname === '/desk' && u.searchParams.get('status') === 'submitted,accepted,in_progress,awaiting_creator,escalated');
    await listShows(p, supervisor, waiting.reference);
    await p.getByText('自定义筛选').waitFor();
    // … and a heat-map cell (its keyboard route): 待受理, 0–1 working days old.
    await p.goBack();
    await p.locator('[data-testid=heat-huangpu] canvas').first().waitFor();
    await p.getByRole('link', { name: /^待受理 · 0–1 个工作日：\d+ 件$/ }).focus();
    await p.keyboard.press('Enter');
    await p.waitForURL((u) => u.pathname === '/desk' && u.searchParams.get('status') === 'submitted' && !!u.searchParams.get('createdFrom'));
    await listShows(p, supervisor, waiting.reference);
    // … and the 上报 bar of the district 网信办 (its keyboard route): the period's cases escalated there,
    // the filter shown in the filter bar and clearable there.
    const [escalated] = await t.db.query('SELECT reference FROM cases WHERE id = $1', [caseId]);
    await p.goBack();
    await p.locator('[data-testid=esc-authority-huangpu] canvas').first().waitFor();
    await p.getByRole('link', { name: /^黄浦区委网信办：上报 \d+ 次$/ }).focus();
    await p.keyboard.press('Enter');
    await p.waitForURL((u) => u.pathname === '/desk' && u.searchParams.get('authorityId') === 'cac_huangpu' && !!u.searchParams.get('createdFrom'));
    await listShows(p, supervisor, escalated.reference);
    expect(await p.getByRole('link', { name: waiting.reference }).count()).toBe(0);
    const authorityFilter = p.locator('.filters .ant-select', { has: p.locator('#q-authority') });
    await expect(authorityFilter.innerText()).resolves.toContain('黄浦区委网信办');
    await authorityFilter.hover();
    await authorityFilter.locator('.ant-select-clear').click();
    await p.waitForURL((u) => u.pathname === '/desk' && !u.searchParams.has('authorityId') && !!u.searchParams.get('createdFrom'));
    await listShows(p, supervisor, waiting.reference);

    // The printable monthly report of the zone.
    await p.goto(`${base}/dashboard`);
    await p.getByRole('button', { name: '月报' }).click();
    await p.waitForURL('**/dashboard/report**');
    await p.getByRole('heading', { name: /黄浦区集聚区 \d{4}年\d{1,2}月 创作者服务情况月报/ }).waitFor();
    // The three rates, this month against the last, and per programme.
    await p.getByRole('rowheader', { name: '满意率' }).waitFor();
    await p.getByRole('columnheader', { name: '响应率' }).waitFor();
    await p.evaluate('window.print = () => { window.__printed = true; }');
    await p.getByRole('button', { name: /打印/ }).click();
    expect(await p.evaluate('window.__printed')).toBe(true);

    // Assignment from the agents of the zone (GET /agents), with skills and open load; auto-assign.
    await p.goto(`${base}/desk/cases/${waiting.id}`);
    await p.locator('[data-action=assign]').click();
    await dialogOpen(p);
    await p.getByLabel('分派给').click();
    await p.locator('.agent-option').first().waitFor();
    await expect(p.locator('.agent-option-load').first().innerText()).resolves.toMatch(/^在办 \d+ 件$/);
    await p.keyboard.press('Escape');
    await p.getByText('自动分派', { exact: true }).click();
    await p.getByText(/在办案件最少的在岗专员/).waitFor();
    await p.getByRole('button', { name: /确认分派/ }).click();
    await p.locator('.ant-modal').waitFor({ state: 'detached' });
    const [row] = await t.db.query('SELECT assignee_id FROM cases WHERE id = $1', [waiting.id]);
    expect(row.assignee_id).toEqual(expect.any(String));
    await p.getByText(/负责人：测试agent/).waitFor();
  }, 90_000);

  it('the offline half: a creator books a slot on a phone, the desk checks them in, anyone verifies the confirmation', async () => {
    const [day] = await workingDays(t, 1);
    const slot = await openSlot(t, supervisor, day, { start: '15:00', end: '15:30', capacity: 3 });
    const visitor = await t.user('creator');
    const existing = (await t.http.post('/api/v1/cases').set(auth(visitor)).send({ ...FILINGS.compliance, zoneId: 'huangpu' }).expect(201)).body;

    const p = await open(PHONE);
    await login(p, visitor, /^\/portal$/);
    await p.goto(`${base}/portal/appointments`);
    await p.getByText('黄浦区集聚区一站式服务点').first().waitFor();
    const hhmm = (iso: string) => inShanghai(new Date(iso)).toFormat('HH:mm');
    await p.getByRole('button', { name: `${hhmm(slot.startsAt)} 至 ${hhmm(slot.endsAt)}，剩余 3 个名额` }).click();
    await dialogOpen(p);
    await p.getByLabel('想咨询什么').fill('AI 生成封面是否需要标识');
    await p.getByRole('button', { name: '确认预约' }).click();
    await p.locator('.check-in-digits').first().waitFor();
    const code = (await p.locator('.check-in-digits').first().innerText()).trim();
    expect(code).toMatch(/^\d{6}$/);
    await expect(p.getByAltText(`签到码 ${code} 的二维码`).isVisible()).resolves.toBe(true);
    await shot(p, 'creator-appointments', true);

    // At the desk, on the day: found by the code, checked in and linked to the visitor's case.
    await moveSlot(t, slot.id, 30, { today: true });
    const d = await open(DESKTOP);
    await login(d, agent);
    await d.goto(`${base}/desk/appointments`);
    await d.getByLabel('签到码或手机号').fill(code);
    await d.getByLabel('签到码或手机号').press('Enter');
    await d.getByRole('cell', { name: code }).waitFor();
    await d.getByRole('button', { name: /^签\s*到$/ }).click();
    await dialogOpen(d);
    await d.getByText('关联已有案件', { exact: true }).click();
    await d.getByLabel('案件编号').fill(existing.reference);
    await d.getByRole('button', { name: '签到并关联' }).click();
    await d.locator('#main').getByText('已签到', { exact: true }).waitFor();
    const [a] = await t.db.query(`SELECT status, case_id FROM appointments WHERE slot_id = $1 AND creator_id = $2`, [slot.id, visitor.id]);
    expect(a).toEqual({ status: 'checked_in', case_id: existing.id });
    await shot(d, 'desk-appointments');

    // Anyone, without logging in, verifies the 预约确认单 by its code.
    const [receipt] = await t.db.query(`SELECT verification_code FROM issued_documents WHERE subject_type = 'appointment' AND subject_id = (SELECT id::text FROM appointments WHERE slot_id = $1 AND creator_id = $2)`, [slot.id, visitor.id]);
    const v = await open(PHONE);
    await v.goto(`${base}/verify/${receipt.verification_code}`);
    await v.getByText('文书真实有效').waitFor();
    await v.getByText('已签到').waitFor();
    await shot(v, 'public-verify');
  }, 90_000);

  it('shows the salons, slots, visits, receipts and the offline figures to whom they belong', async () => {
    const start = new Date(Date.now() + 4 * 24 * 3600_000);
    const salon = (await t.http.post('/api/v1/salons').set(auth(supervisor)).send({ title: '大V沙龙：创作者如何应对网络暴力', topicProgramme: 'shield', startsAt: start, endsAt: new Date(start.getTime() + 7200_000), venue: '黄浦区集聚区一站式服务点 2 楼', capacity: 1, experts: [{ name: '王律师', organisation: '上海某律师事务所' }] }).expect(201)).body;
    const first = await t.user('creator');
    await t.http.post(`/api/v1/salons/${salon.id}/register`).set(auth(first)).expect(201);
    const p = await open(PHONE);
    const second = await t.user('creator');
    await login(p, second, /^\/portal$/);
    await p.goto(`${base}/portal/salons`);
    await p.getByText('大V沙龙：创作者如何应对网络暴力').waitFor();
    await p.getByRole('button', { name: '加入候补' }).click();
    await p.getByText(/候补中 · 第 1 位/).waitFor();
    await shot(p, 'creator-salons', true);
    await t.http.post(`/api/v1/salons/${salon.id}/cancel-registration`).set(auth(first)).expect(201);
    await p.reload();
    await p.getByText('入场签到码').waitFor();

    // The case page: receipts to download and an on-site visit to request.
    const c = (await t.http.post('/api/v1/cases').set(auth(second)).send({ ...FILINGS.shield, zoneId: 'huangpu' }).expect(201)).body;
    await p.goto(`${base}/portal/cases/${c.id}`);
    await p.getByText('登记回执').waitFor();
    await p.getByRole('button', { name: '申请上门' }).click();
    await dialogOpen(p);
    await p.getByLabel('需要专家上门做什么').fill('请专家到工作室指导固定证据');
    await p.getByRole('button', { name: /提\s*交/ }).click();
    await p.getByText('待安排').waitFor();
    await shot(p, 'creator-case-offline', true);

    const s = await open(DESKTOP);
    await login(s, supervisor);
    for (const [path, text] of [['/desk/slots', '按周开放'], ['/desk/salons', '大V沙龙：创作者如何应对网络暴力'], ['/desk/visits', '请专家到工作室指导固定证据'], ['/dashboard', '线下服务：大V沙龙与现场预约']] as const) {
      await s.goto(`${base}${path}`);
      await s.getByText(text).first().waitFor();
      await shot(s, `supervisor${path.replace(/\//g, '-')}`, true, path === '/dashboard' ? 800 : 0);
    }
  }, 120_000);

  it('raised no uncaught errors in any page', () => {
    expect(pageErrors).toEqual([]);
  });
});
