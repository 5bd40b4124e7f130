import { expect, test } from '@playwright/test';
import { expectDocumentLanguage, screenshot, settled } from './helpers';
import { signedInState } from './paths';
import { runInfo } from './run-info';

test('first sign-in: wrong password, then the one-time password, a forced change, and the dashboard', async ({ page }) => {
  const { email, oneTimePassword, newPassword } = runInfo();

  await page.goto('/');
  await expectDocumentLanguage(page, 'ar', 'rtl');
  await expect(page.locator('.brand-name')).toHaveText('تحالف');
  await expect(page.locator('.brand-slogan')).toHaveText('متحالفون ضد الإرهاب');
  // Signed out: no audit log in the navigation.
  await expect(page.getByRole('navigation').getByRole('link', { name: 'سجل التدقيق' })).toHaveCount(0);

  await page.getByRole('link', { name: 'تسجيل الدخول' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.getByLabel('البريد الإلكتروني').fill(email);
  await page.getByLabel('كلمة المرور', { exact: true }).fill('not-the-password');
  await page.getByRole('button', { name: 'دخول' }).click();
  // The server's own message, in Arabic because the request said Accept-Language: ar.
  await expect(page.getByRole('alert')).toHaveText('البريد الإلكتروني أو كلمة المرور غير صحيحة.');

  await page.getByLabel('كلمة المرور', { exact: true }).fill(oneTimePassword);
  await page.getByRole('button', { name: 'دخول' }).click();
  await expect(page.getByRole('heading', { name: 'اختر كلمة مرور جديدة' })).toBeVisible();

  await page.getByLabel('كلمة المرور الجديدة', { exact: true }).fill(newPassword);
  await page.getByLabel('أعد كتابة كلمة المرور الجديدة').fill(`${newPassword}-typo`);
  await page.getByRole('button', { name: 'حفظ ومتابعة' }).click();
  await expect(page.getByRole('alert')).toHaveText('كلمتا المرور الجديدتان غير متطابقتين.');

  await page.getByLabel('أعد كتابة كلمة المرور الجديدة').fill(newPassword);
  await page.getByRole('button', { name: 'حفظ ومتابعة' }).click();

  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator('.user-email')).toHaveText(email);
  await expect(page.getByRole('navigation').getByRole('link', { name: 'سجل التدقيق' })).toBeVisible();
  await expect(page.getByTestId('member-count')).toHaveText('41');
  await expect(page.getByRole('heading', { name: 'مجالات العمل' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'هيئات الحوكمة' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'الشركاء' })).toBeVisible();
  await expect(page.locator('[data-member]')).toHaveCount(41);
  await settled(page);
  await screenshot(page, 'dashboard-ar');

  // The session survives a reload (cookie), and the others start from it.
  await page.reload();
  await expect(page.locator('.user-email')).toHaveText(email);
  await page.context().storageState({ path: signedInState });
});
