import { expect, test } from '@playwright/test';
import { apiAs, settled } from './helpers';
import { runInfo } from './run-info';

test('the audit log lists the sign-in, and "load more" pages back through older entries', async ({ page }) => {
  const { email } = runInfo();
  // Enough recorded changes that the sign-in falls off the first page of 50.
  const api = await apiAs(page.request);
  for (let i = 0; i < 55; i += 1) expect((await api.patch('/api/me', { displayName: `E2E admin ${i}` })).status()).toBe(200);

  await page.goto('/');
  await page.getByRole('navigation').getByRole('link', { name: 'سجل التدقيق' }).click();
  await expect(page).toHaveURL(/\/audit$/);
  const rows = page.locator('.audit-table tbody tr');
  await expect(rows).toHaveCount(50);
  await expect(page.locator('tr[data-action="auth.login"]')).toHaveCount(0);

  await page.getByRole('button', { name: 'تحميل المزيد' }).click();
  await settled(page);
  expect(await rows.count()).toBeGreaterThan(50);
  const signIn = page.locator('tr[data-action="auth.login"]', { hasText: email });
  await expect(signIn.first()).toBeVisible();
  await expect(signIn.first()).toContainText('تسجيل دخول');
  await expect(page.locator('tr[data-action="auth.password-changed"]', { hasText: email })).toHaveCount(1);
  // The wrong password typed in the sign-in test is there too (once in every run seen here but one,
  // which showed three; the count is not what this test is about).
  await expect(page.locator('tr[data-action="auth.login-failed"]', { hasText: email }).first()).toBeVisible();
});

test('the audit page asks a visitor to sign in', async ({ browser }) => {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto('/audit');
  await expect(page.getByText('سجّل الدخول لعرض هذه الصفحة.')).toBeVisible();
  await page.locator('main').getByRole('link', { name: 'تسجيل الدخول' }).click();
  await expect(page).toHaveURL(/\/sign-in\?next=%2Faudit$/);
  await context.close();
});
