import path from 'node:path';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { screenshotsDir } from './paths';

export async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  await page.screenshot({ path: path.join(screenshotsDir, `${name}.png`), fullPage });
}

/** The page's <html> must say which language and direction it is in. */
export async function expectDocumentLanguage(page: Page, lang: string, dir: 'rtl' | 'ltr'): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(page.locator('html')).toHaveAttribute('dir', dir);
}

/** Waits until no region is loading any more. */
export async function settled(page: Page): Promise<void> {
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

/** Calls the API with the browser context's session, as the app does (CSRF token on writes). */
export async function apiAs(request: APIRequestContext) {
  const session = await request.get('/api/auth/session');
  expect(session.status()).toBe(200);
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const headers = { 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
  return {
    post: (url: string, data: unknown) => request.post(url, { headers, data }),
    patch: (url: string, data: unknown) => request.patch(url, { headers, data }),
    put: (url: string, data: unknown) => request.put(url, { headers, data }),
  };
}

export async function noHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'the page is wider than the screen').toBeLessThanOrEqual(0);
}
