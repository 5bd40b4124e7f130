import { expect, test } from '@playwright/test';
import { apiAs, screenshot, settled } from './helpers';

test('the members list is sorted, filterable, and leads to a member page with its names and map', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation').getByRole('link', { name: 'الدول الأعضاء' }).click();
  await expect(page).toHaveURL(/\/members$/);
  const items = page.locator('.member-list li');
  await expect(items).toHaveCount(41);

  // Sorted by the Arabic names with the Arabic collation.
  const names = await page.locator('.member-name').allTextContents();
  expect(names).toEqual([...names].sort(new Intl.Collator('ar').compare));

  await page.getByLabel('تصفية بالاسم أو الرمز').fill('السعودية');
  await expect(items).toHaveCount(1);
  await items.getByRole('link').click();

  await expect(page).toHaveURL(/\/members\/SA$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('المملكة العربية السعودية');
  await expect(page.locator('[data-name="ar"]')).toHaveText('المملكة العربية السعودية');
  await expect(page.locator('[data-name="en"]')).toHaveText('Saudi Arabia');
  await expect(page.locator('[data-name="fr"]')).toHaveText('Arabie saoudite');
  await expect(page.locator('.member-map [data-member="SA"]')).toBeVisible();
  await settled(page);
  await screenshot(page, 'member-ar');
});

test('a delegate added by the secretariat appears on the member page', async ({ page }) => {
  const api = await apiAs(page.request);
  const created = await api.post('/api/members/OM/delegates', {
    fullName: 'سالم بن خالد',
    position: 'ضابط اتصال',
    email: 'liaison@example.om',
    phone: '+968 2400 0000',
  });
  expect(created.status()).toBe(201);

  await page.goto('/members/OM');
  const row = page.locator('.data-table tbody tr', { hasText: 'سالم بن خالد' });
  await expect(row).toContainText('ضابط اتصال');
  await expect(row).toContainText('liaison@example.om');
  await expect(row.locator('.withheld')).toHaveCount(0);
});

test('a visitor sees the public member page, and a missing state is an error, not a blank page', async ({ browser }) => {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto('/members/BH');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('البحرين');
  await page.goto('/members/XX');
  await expect(page.getByRole('alert')).toContainText('العنصر المطلوب غير موجود.');
  await context.close();
});
