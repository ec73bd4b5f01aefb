/**
 * The four programmes' screens in a real browser against the real api: a creator on a phone
 * suggests against a consultation, runs the compliance navigator, reads the articles offered
 * before a compliance case, follows a nomination; the desk reviews a nomination and links two
 * shield cases; the city authority answers the suggestion; the public page shows it without
 * login; the supervisor's programme board loads. Skipped without Chromium, like web.e2e-spec.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { FILINGS, openHonourRound } from '../support/case-fixtures';
import { CHROMIUM, DESKTOP, PHONE, signedInPage } from '../support/browser';
import { ensureWebBuild } from '../support/web-build';
import { bearer, TestApp, type TestUser } from '../support/test-app';

const suite = existsSync(CHROMIUM) ? describe : describe.skip;
const SHOTS = join(__dirname, 'screenshots');
const DAY = 24 * 3600_000;

suite('the programmes in a browser (e2e)', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];
  let creator: TestUser, agent: TestUser, supervisor: TestUser, city: TestUser;
  let consultation: { id: string; title: string };
  const tag = Math.random().toString(36).slice(2, 7);

  const open = (viewport: { width: number; height: number }, user: TestUser) => signedInPage(browser, base, viewport, user, { contexts, errors: pageErrors });
  async function shot(page: Page, name: string) {
    if (process.env.UPDATE_SCREENSHOTS !== '1') return;
    mkdirSync(SHOTS, { recursive: true });
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: join(SHOTS, `${name}.png`) });
  }
  /** Picks an option of an Ant Design select by its label. */
  async function choose(page: Page, label: string, option: string) {
    await page.getByLabel(label).click();
    await page.locator(`.ant-select-item-option[title="${option}"]`).click();
  }
  /** A phone screen must not scroll sideways. */
  const fitsPhone = async (page: Page) => expect(await page.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

  beforeAll(async () => {
    ensureWebBuild();
    t = await TestApp.start();
    await openHonourRound(t);
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    [creator, agent, supervisor, city] = await Promise.all([t.user('creator'), t.user('agent', { zoneId: 'huangpu' }), t.user('supervisor', { zoneId: 'huangpu' }), t.user('cac_officer', { authorityId: 'cac_city' })]);
    consultation = (
      await t.http.post('/api/v1/legislation/consultations').set(bearer(city)).send({
        title: `浏览器测试征集稿${tag}`,
        issuingBody: '中共上海市委网络安全和信息化委员会办公室',
        articles: [{ no: '第一条', text: '为了保护网络内容创作者的合法权益，制定本规定。' }, { no: '第五条', text: '平台应当及时处理创作者的侵权投诉。' }],
        opensAt: new Date(Date.now() - DAY).toISOString(),
        closesAt: new Date(Date.now() + 40 * DAY).toISOString(),
      })
    ).body;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  }, 180_000);

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await t?.close();
  });

  it('a creator suggests against an article on a phone; the desk forwards, the authority answers, the public page shows it', async () => {
    const p = await open(PHONE, creator);
    await p.goto(`${base}/portal/consultations`);
    const card = p.locator('.ant-card', { hasText: consultation.title });
    await card.getByText('第五条', { exact: true }).click();
    // The panel opens with a height animation: on a loaded machine a click during it lands where
    // the button was a frame ago. Click once it has settled, and see the dialog open.
    await card.locator('.ant-motion-collapse').waitFor({ state: 'detached' });
    await card.getByRole('button', { name: '对第五条提建议' }).click();
    await p.getByRole('dialog', { name: '对第五条提出建议' }).waitFor();
    await p.getByLabel('建议修改为').fill('平台应当在二十四小时内处理创作者的侵权投诉。');
    await p.getByLabel('理由和依据').fill('现有规定未明确处理时限。');
    await p.getByRole('button', { name: '提交建议' }).click();
    await p.getByText('服务台审核中').first().waitFor();
    await fitsPhone(p);
    await shot(p, 'creator-consultations');
    const [suggestion] = (await t.http.get(`/api/v1/legislation/suggestions?consultationId=${consultation.id}`).set(bearer(creator))).body;
    expect(suggestion).toMatchObject({ articleNo: '第五条', suggestedWording: '平台应当在二十四小时内处理创作者的侵权投诉。' });

    const desk = await open(DESKTOP, agent);
    await desk.goto(`${base}/desk/consultations`);
    await choose(desk, '选择征集', consultation.title);
    await desk.getByRole('row', { name: new RegExp(suggestion.reference) }).getByRole('button', { name: /转\s*报/ }).click();
    await desk.getByRole('row', { name: new RegExp(suggestion.reference) }).getByText('已转报').waitFor();

    const officer = await open(DESKTOP, city);
    await officer.goto(`${base}/authority/consultations`);
    await choose(officer, '选择征集', consultation.title);
    await officer.getByRole('row', { name: new RegExp(suggestion.reference) }).getByRole('button', { name: /答\s*复/ }).click();
    await choose(officer, '采纳情况', '部分采纳');
    await officer.getByLabel('理由（创作者可见）').fill('时限的建议已在修改稿中体现。');
    await officer.locator('.ant-modal').getByRole('button', { name: /答\s*复/ }).click();
    await officer.getByRole('row', { name: new RegExp(suggestion.reference) }).getByText('时限的建议已在修改稿中体现。').waitFor();

    await p.reload();
    await p.getByText('答复（').first().waitFor();
    const anonymous = await (await browser.newContext({ viewport: PHONE, locale: 'zh-CN' })).newPage();
    await anonymous.goto(`${base}/public/consultations`);
    const publicCard = anonymous.locator('.ant-card', { hasText: consultation.title });
    await publicCard.getByText('匿名创作者').waitFor();
    await publicCard.getByText('平台应当在二十四小时内处理创作者的侵权投诉。').waitFor();
    await fitsPhone(anonymous);
    await shot(anonymous, 'public-consultations');
  });

  it('the navigator tells a creator which filings and labels apply, with the working-day deadline', async () => {
    const p = await open(PHONE, creator);
    await p.goto(`${base}/portal/compliance`);
    await p.getByLabel('您的产品或服务做什么？').fill('AI 配音小程序');
    const answer = async (question: string, option: string) => p.locator('.ant-form-item', { hasText: question }).getByText(option, { exact: true }).click();
    await answer('是否面向境内公众提供服务？', '是');
    await answer('生成哪些内容？', '音频');
    await answer('是否具有舆论属性或者社会动员能力？', '是');
    await answer('所用的大模型', '通过接口调用已备案的大模型');
    await answer('是否向用户个性化推送或排序内容？', '否');
    await answer('是否在网络平台发布 AI 生成的文字、图片、音视频？', '是');
    await p.getByRole('button', { name: '查看我的合规义务' }).click();
    await p.getByText('算法备案', { exact: true }).waitFor();
    await p.getByText(/《互联网信息服务算法推荐管理规定》第二十四条/).first().waitFor();
    await fitsPhone(p);
    await shot(p, 'creator-navigator');

    await p.getByRole('tab', { name: '政策知识库' }).click();
    await p.getByLabel('搜索知识库').fill('标识');
    await p.getByLabel('搜索知识库').press('Enter');
    await p.getByText('AI生成合成内容标识：什么是显式标识和隐式标识').waitFor();
  });

  it('offers articles before a compliance case, and the creator ends there', async () => {
    const p = await open(PHONE, creator);
    await p.goto(`${base}/portal/new/compliance`);
    await p.getByLabel('您想咨询什么？').fill('AI 生成的视频封面需要加标识吗？');
    await p.getByRole('button', { name: '查找相关解读' }).click();
    await p.getByText(/标识/).first().waitFor();
    await fitsPhone(p);
    await p.getByRole('button', { name: '问题已解决' }).click();
    await p.waitForURL(/\/portal$/);
    const [row] = await t.db.query(`SELECT helpful, case_id FROM compliance_starts WHERE creator_id = $1`, [creator.id]);
    expect(row).toEqual({ helpful: true, case_id: null });
  });

  it('the desk reviews a nomination; the creator follows its stages', async () => {
    const filed = (await t.http.post('/api/v1/cases').set(bearer(creator)).send({ ...FILINGS.starlight, zoneId: 'huangpu', title: `推荐作品${tag}` })).body;
    const desk = await open(DESKTOP, agent);
    await desk.goto(`${base}/desk/starlight`);
    const [n] = (await t.http.get(`/api/v1/starlight/nominations?caseId=${filed.id}`).set(bearer(agent))).body;
    await choose(desk, '征集轮次', n.roundName);
    const row = desk.getByRole('row', { name: new RegExp(filed.reference) });
    await row.getByRole('button', { name: '集聚区初审' }).click();
    await choose(desk, '决定', '初审通过');
    await desk.getByLabel('理由（创作者可见）').fill('材料齐全，原创作品。');
    await desk.getByRole('button', { name: /确\s*定/ }).click();
    await row.getByText('待区推荐').waitFor();

    const p = await open(PHONE, creator);
    await p.goto(`${base}/portal/starlight`);
    await p.getByText('材料齐全，原创作品。').first().waitFor();
    await fitsPhone(p);
    await shot(p, 'creator-starlight');
    await p.goto(`${base}/portal/cases/${filed.id}`);
    await p.getByText('星光计划 · 申报进度').waitFor();
  });

  it('the desk sees the shield cases on the same account and links them; the supervisor’s board loads', async () => {
    const other = await t.user('creator');
    const intake = { ...FILINGS.shield.intake, offendingAccounts: [`同一账号${tag}`], urls: [`https://www.bilibili.com/video/BV${tag}`] };
    const a = (await t.http.post('/api/v1/cases').set(bearer(creator)).send({ ...FILINGS.shield, zoneId: 'huangpu', intake })).body;
    const b = (await t.http.post('/api/v1/cases').set(bearer(other)).send({ ...FILINGS.shield, zoneId: 'huangpu', intake })).body;
    const desk = await open(DESKTOP, agent);
    await desk.goto(`${base}/desk/cases/${a.id}`);
    const panel = desk.locator('.ant-card', { hasText: '盾牌行动 · 处置' });
    await panel.getByText(b.reference).waitFor();
    // Other specs' cases share the fixture's link, so pick b's row, not the first box.
    await panel.locator('.ant-list-item', { hasText: b.reference }).getByText('串并', { exact: true }).click();
    await panel.getByRole('button', { name: /串并所选 1 案/ }).click();
    await panel.locator('.ant-tag', { hasText: b.reference }).waitFor();
    await shot(desk, 'desk-shield-panel');
    const [member] = await t.db.query(`SELECT group_id FROM case_link_members WHERE case_id = $1`, [b.id]);
    expect(member.group_id).toBeDefined();

    const sup = await open(DESKTOP, supervisor);
    await sup.goto(`${base}/dashboard/programmes`);
    for (const title of ['盾牌行动 · 平台处置函回复', '众智平台 · 建议采纳率（按征集、集聚区）', '合规引擎 · 先看知识库']) await sup.getByText(title).waitFor();
  });

  it('raised no uncaught errors in any page', () => {
    expect(pageErrors).toEqual([]);
  });
});
