/**
 * Accessibility (WCAG 2.1 AA) of every page for every role, with axe in the real browser: the
 * routes are read from the web app's route table (apps/web/src/App.tsx), so a new page is checked
 * the moment it is routed. A creator on a 390×844 phone; the agent, the supervisor, the officer
 * and the three admins on a 1440×900 desktop; the public pages on both. Every page must have
 * 0 critical and 0 serious violations. Skipped without Chromium, like web.e2e-spec.
 *
 * A route with a parameter needs a value in PARAMS below: a new one fails the test until it has.
 */
import AxeBuilder from '@axe-core/playwright';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { FILINGS } from '../support/case-fixtures';
import { CHROMIUM, DESKTOP, PHONE, signIn, startWebApp } from '../support/browser';
import { bearer, TestApp, type TestUser } from '../support/test-app';

const suite = existsSync(CHROMIUM) ? describe : describe.skip;
const ROOT = resolve(__dirname, '../..');
/** Pages this spec photographs for the README (with UPDATE_SCREENSHOTS=1). */
const SHOTS: Record<string, string> = { 'auditor /audit': 'audit-log', 'sysadmin /admin/users': 'admin-users' };
const ROLES = ['creator', 'agent', 'supervisor', 'cac_officer', 'sysadmin', 'secadmin', 'auditor'] as const;
type Role = (typeof ROLES)[number];

interface RouteEntry {
  path: string;
  /** null: public (outside the signed-in layout); otherwise who may open it. */
  roles: Role[] | null;
  /** Renders a <Navigate> (nothing of its own to check). */
  redirect: boolean;
}

/**
 * The route table of App.tsx: each `<Route path=… element=…>`, its roles from `RequireAuth roles`
 * (a route in the signed-in layout without roles is for every role).
 */
export function routeTable(): RouteEntry[] {
  const app = readFileSync(join(ROOT, 'apps/web/src/App.tsx'), 'utf8');
  const consts = new Map([...app.matchAll(/const (\w+) = \[([^\]]*)\] as const;/g)].map((m) => [m[1], m[2]]));
  const layoutStart = app.indexOf('<AppLayout />');
  const out: RouteEntry[] = [];
  for (const m of app.matchAll(/<Route path="([^"]+)" element=\{(.*?)\} \/>$/gm)) {
    const [, path, element] = m;
    const inLayout = m.index > layoutStart;
    const rolesText = /roles=\{\[(.*?)\]\}/.exec(element)?.[1];
    let roles: Role[] | null = inLayout ? [...ROLES] : null;
    if (rolesText !== undefined) {
      const expanded = rolesText.replace(/\.\.\.(\w+)/g, (_, name: string) => {
        if (!consts.has(name)) throw new Error(`route ${path}: unknown role list ${name}`);
        return consts.get(name)!;
      });
      roles = [...expanded.matchAll(/'(\w+)'/g)].map((r) => r[1] as Role);
      for (const r of roles) if (!ROLES.includes(r)) throw new Error(`route ${path}: unknown role ${r}`);
    }
    out.push({ path, roles, redirect: /^<(Navigate|CaseRedirect|Home)\b/.test(element) });
  }
  return out;
}

suite('accessibility of every page for every role (axe, e2e)', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  const users = {} as Record<Role, TestUser>;
  const pageErrors: string[] = [];
  /** Values for the routes' parameters, per path pattern. */
  const PARAMS: Record<string, () => string> = {};

  beforeAll(async () => {
    ({ t, base, browser } = await startWebApp());
    for (const role of ROLES) users[role] = await t.user(role, role === 'agent' || role === 'supervisor' ? { zoneId: 'huangpu' } : role === 'cac_officer' ? { authorityId: 'cac_huangpu' } : { zoneId: null });
    // One case through its life up to the district authority: every case page has something to show.
    const filed = (await t.http.post('/api/v1/cases').set(bearer(users.creator)).send({ ...FILINGS.shield, zoneId: 'huangpu' }).expect(201)).body;
    let c = (await t.http.post(`/api/v1/cases/${filed.id}/actions/accept`).set(bearer(users.agent)).send({ version: filed.version }).expect(201)).body;
    c = (await t.http.post(`/api/v1/cases/${c.id}/actions/escalate`).set(bearer(users.agent)).send({ version: c.version, reason: '需属地网信办处置' }).expect(201)).body;
    await t.http.post(`/api/v1/cases/${c.id}/comments`).set(bearer(users.agent)).send({ body: '已电话联系创作者。', visibility: 'internal' });
    await t.http.post('/api/v1/cases').set(bearer(users.creator)).send({ ...FILINGS.compliance, zoneId: 'huangpu' }).expect(201);
    const [doc] = await t.db.query(`SELECT verification_code FROM issued_documents ORDER BY issued_at DESC NULLS LAST LIMIT 1`).catch(() => [] as { verification_code: string }[]);
    Object.assign(PARAMS, {
      '/portal/cases/:id': () => `/portal/cases/${c.id}`,
      '/desk/cases/:id': () => `/desk/cases/${c.id}`,
      '/authority/cases/:id': () => `/authority/cases/${c.id}`,
      '/portal/new/:programme': () => '/portal/new/shield',
      '/verify/:code': () => `/verify/${doc?.verification_code ?? 'ABCD2345'}`,
      '/cases/:id': () => `/cases/${c.id}`,
      '*': () => '/no-such-page',
    });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  function url(path: string): string {
    if (!path.includes(':') && path !== '*') return path;
    const fill = PARAMS[path];
    if (!fill) throw new Error(`route ${path} has a parameter: give it a value in PARAMS of ${__filename}`);
    return fill();
  }

  async function signedIn(role: Role | null): Promise<Page> {
    const viewport = role === 'creator' || role === null ? PHONE : DESKTOP;
    const context = await browser.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', isMobile: viewport === PHONE, hasTouch: viewport === PHONE });
    const page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(`${role}: ${e.message}`));
    if (role) await signIn(page, base, users[role]);
    return page;
  }

  /**
   * Waits until the page has drawn its data: no spinner, no skeleton. Not 'networkidle': a
   * signed-in page keeps its live event stream open, so the network is never quiet.
   */
  async function settled(page: Page) {
    await page.waitForLoadState('load');
    await page.locator('#main, #root').first().waitFor();
    // A function, not a string: the app's CSP refuses eval.
    const idle = () => !(globalThis as unknown as { document: { querySelector(s: string): unknown } }).document.querySelector('.ant-spin-spinning, .ant-skeleton-active, .page-loading');
    await page.waitForFunction(idle, undefined, { timeout: 10_000 }).then(() => undefined, () => undefined);
    await page.waitForTimeout(300);
  }

  async function check(page: Page, path: string, who: string): Promise<string[]> {
    await page.goto(`${base}${url(path)}`);
    await settled(page);
    const shot = SHOTS[`${who} ${path}`];
    if (shot && process.env.UPDATE_SCREENSHOTS === '1') {
      mkdirSync(join(__dirname, 'screenshots'), { recursive: true });
      await page.screenshot({ path: join(__dirname, 'screenshots', `${shot}.png`) });
    }
    // Only violations are read: axe then skips building selectors for every passing node (most of its time).
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).options({ resultTypes: ['violations'] }).analyze();
    return result.violations
      .filter((v) => v.impact === 'critical' || v.impact === 'serious')
      .map((v) => `${who} ${path}: [${v.impact}] ${v.id} ×${v.nodes.length} — ${v.help}; e.g. ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  }

  const routes = routeTable();

  it('reads the route table (every page, with its roles)', () => {
    expect(routes.length).toBeGreaterThan(40);
    expect(routes.find((r) => r.path === '/audit')?.roles).toEqual(['auditor']);
    expect(routes.find((r) => r.path === '/desk')?.roles).toEqual(['agent', 'supervisor']);
    expect(routes.find((r) => r.path === '/login')?.roles).toBeNull();
  });

  it('public pages: no critical or serious violation, on a phone', async () => {
    const page = await signedIn(null);
    const found: string[] = [];
    for (const r of routes.filter((x) => x.roles === null && !x.redirect)) found.push(...(await check(page, r.path, 'anonymous')));
    await page.context().close();
    if (found.length) console.log(found.join('\n'));
    expect(found).toEqual([]);
  }, 180_000);

  for (const role of ROLES) {
    it(`${role}: every page of the role, no critical or serious violation`, async () => {
      const page = await signedIn(role);
      const found: string[] = [];
      const mine = routes.filter((r) => r.roles?.includes(role) && !r.redirect && r.path !== '/no-role');
      expect(mine.length).toBeGreaterThan(0);
      for (const r of mine) found.push(...(await check(page, r.path, role)));
      await page.context().close();
      if (found.length) console.log(found.join('\n'));
      expect(found).toEqual([]);
    }, 300_000);
  }

  it('raised no uncaught errors in any page', () => {
    expect(pageErrors).toEqual([]);
  });
});
