import { expect, test } from '@playwright/test';
import { apiAs } from './helpers';
import { codeFor, currentStep } from './totp';

test('a role that requires two-step verification: enrolment on first sign-in, then a code at each sign-in', async ({ page, browser }) => {
  const api = await apiAs(page.request);
  expect((await api.put('/api/admin/role-settings/analyst', { requireTotp: true })).status()).toBe(200);
  const created = await api.post('/api/users', {
    email: 'analyst@jo.e2e.test', displayName: 'Analyst', state: 'JO', roles: ['analyst'], clearance: 'CONFIDENTIAL',
  });
  expect(created.status()).toBe(201);
  const { oneTimePassword } = (await created.json()) as { oneTimePassword: string };

  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const analyst = await context.newPage();
  const signIn = async (password: string) => {
    await analyst.goto('/sign-in');
    await analyst.getByLabel('البريد الإلكتروني').fill('analyst@jo.e2e.test');
    await analyst.getByLabel('كلمة المرور', { exact: true }).fill(password);
    await analyst.getByRole('button', { name: 'دخول' }).click();
  };

  await signIn(oneTimePassword);
  await expect(analyst.getByRole('heading', { name: 'إعداد التحقق بخطوتين' })).toBeVisible();
  const secret = (await analyst.getByTestId('totp-secret').textContent())!.trim();
  expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
  await expect(analyst.locator('code.uri')).toContainText(`otpauth://totp/`);
  await expect(analyst.locator('code.uri')).toContainText(`secret=${secret}`);

  const code = analyst.getByLabel('الرمز (ستة أرقام)');
  const step = currentStep();
  await code.fill(codeFor(secret, step - 10)); // an old code: refused with the server's message
  await analyst.getByRole('button', { name: 'تحقّق' }).click();
  await expect(analyst.getByRole('alert')).not.toBeEmpty();
  await code.fill(codeFor(secret, step));
  await analyst.getByRole('button', { name: 'تحقّق' }).click();

  // Then the one-time password must still be replaced.
  await analyst.getByLabel('كلمة المرور الجديدة', { exact: true }).fill('analyst-passphrase-2026');
  await analyst.getByLabel('أعد كتابة كلمة المرور الجديدة').fill('analyst-passphrase-2026');
  await analyst.getByRole('button', { name: 'حفظ ومتابعة' }).click();
  await expect(analyst.locator('.user-email')).toHaveText('analyst@jo.e2e.test');

  await analyst.getByRole('button', { name: 'تسجيل الخروج' }).click();
  await expect(analyst.locator('.user-email')).toHaveCount(0);
  expect((await analyst.request.get('/api/auth/session')).status()).toBe(401);

  // Next sign-in asks for a code; the code of the current step was used, so take the next one.
  await signIn('analyst-passphrase-2026');
  await expect(analyst.getByRole('heading', { name: 'رمز التحقق' })).toBeVisible();
  await analyst.getByLabel('الرمز (ستة أرقام)').fill(codeFor(secret, step + 1));
  await analyst.getByRole('button', { name: 'تحقّق' }).click();
  await expect(analyst.locator('.user-email')).toHaveText('analyst@jo.e2e.test');
  await expect(analyst).toHaveURL(/\/$/);
  await context.close();

  expect((await api.put('/api/admin/role-settings/analyst', { requireTotp: false })).status()).toBe(200);
});
