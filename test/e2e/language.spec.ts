import { expect, test } from '@playwright/test';
import { expectDocumentLanguage, screenshot, settled } from './helpers';

test('the language switch changes text and direction, is saved to the account, and persists across reloads', async ({ page }) => {
  await page.goto('/');
  await expectDocumentLanguage(page, 'ar', 'rtl');

  const saved = page.waitForRequest((r) => r.url().endsWith('/api/me') && r.method() === 'PATCH');
  await page.getByRole('button', { name: 'English' }).click();
  const patch = await saved;
  expect(patch.postDataJSON()).toEqual({ language: 'en' });
  expect(patch.headers()['x-csrf-token']).toBeTruthy();
  await expectDocumentLanguage(page, 'en', 'ltr');
  await expect(page.locator('.brand-slogan')).toHaveText('Allied against terrorism');
  await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
  await settled(page);
  await screenshot(page, 'dashboard-en');

  // The header sits at the left edge in English and at the right edge in Arabic.
  const brandX = async () => (await page.locator('.brand').boundingBox())!.x;
  const englishX = await brandX();

  await page.reload();
  await expectDocumentLanguage(page, 'en', 'ltr');
  await expect(page.getByRole('heading', { name: 'Domains of work' })).toBeVisible();

  await page.getByRole('button', { name: 'Français' }).click();
  await expectDocumentLanguage(page, 'fr', 'ltr');
  await expect(page.locator('.brand-slogan')).toHaveText('Alliés contre le terrorisme');
  // Requests now ask for French, so server messages come back in French.
  const nextRequest = page.waitForRequest((r) => r.url().includes('/api/members'));
  await page.getByRole('navigation').getByRole('link', { name: 'États membres' }).click();
  expect((await nextRequest).headers()['accept-language']).toBe('fr');

  await page.getByRole('button', { name: 'العربية' }).click();
  await expectDocumentLanguage(page, 'ar', 'rtl');
  await page.getByRole('link', { name: 'الرئيسية' }).click();
  expect(await brandX()).toBeGreaterThan(englishX + 200);

  await page.reload();
  await expectDocumentLanguage(page, 'ar', 'rtl');
  await expect(page.locator('.brand-slogan')).toHaveText('متحالفون ضد الإرهاب');
  const me = await (await page.request.get('/api/auth/session')).json();
  expect(me.user.language).toBe('ar');
});

test('a visitor who is not signed in can switch language too, and it persists', async ({ browser }) => {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto('/members');
  await page.getByRole('button', { name: 'Français' }).click();
  await expectDocumentLanguage(page, 'fr', 'ltr');
  await expect(page.getByRole('heading', { name: 'États membres', level: 1 })).toBeVisible();
  await page.reload();
  await expectDocumentLanguage(page, 'fr', 'ltr');
  await context.close();
});
