/** Where the browser specs find Chromium, and the two screens they use. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1440, height: 900 };

import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { openHonourRound } from './case-fixtures';
import { PASSWORD, TestApp, type TestUser } from './test-app';
import { ensureWebBuild } from './web-build';

/** The built web app served by the real api on a free port, an open 星光 round, and Chromium. */
export async function startWebApp(): Promise<{ t: TestApp; base: string; browser: Browser }> {
  ensureWebBuild();
  const t = await TestApp.start();
  await openHonourRound(t);
  await t.app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  return { t, base, browser };
}

/**
 * A fresh browser context of this screen size (zh-CN, Shanghai time; touch on the phone), signed in
 * as `user` through the login page. The context goes to `contexts` (for closing), page errors to `errors`.
 */
export async function signedInPage(
  browser: Browser,
  base: string,
  viewport: { width: number; height: number },
  user: TestUser,
  sink: { contexts: BrowserContext[]; errors: string[] },
): Promise<Page> {
  const phone = viewport === PHONE;
  const context = await browser.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', isMobile: phone, hasTouch: phone });
  sink.contexts.push(context);
  const page = await context.newPage();
  page.on('pageerror', (e) => sink.errors.push(e.message));
  await signIn(page, base, user);
  return page;
}

/** Signs in through the login page and waits to leave it. */
export async function signIn(page: Page, base: string, user: TestUser): Promise<void> {
  await page.goto(`${base}/login`);
  await page.getByLabel('手机号或登录名').fill(user.login);
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
}
