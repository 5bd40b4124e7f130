import { expect, request as apiRequest, test, type Locator, type Page } from '@playwright/test';
import { apiAs, expectDocumentLanguage, noHorizontalScroll, screenshot, settled } from './helpers';
import { baseURL } from './paths';

// Runs signed in as the secretariat administrator (project 'app'), in Arabic.

/** In a right-to-left layout the first of two side-by-side elements sits to the right of the second. */
async function expectRightToLeft(first: Locator, second: Locator): Promise<void> {
  const a = await first.boundingBox();
  const b = await second.boundingBox();
  expect(a && b, 'both elements are laid out').toBeTruthy();
  expect(a!.x, 'the first element is on the right').toBeGreaterThan(b!.x);
}

async function expectRtlTable(page: Page, table: Locator): Promise<void> {
  expect(await table.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
  await expectRightToLeft(table.locator('th').first(), table.locator('th').nth(1));
  await noHorizontalScroll(page);
}

test('the secretariat creates a state administrator for Egypt, who manages Egypt’s delegates and no other state’s', async ({ page, browser }) => {
  await page.goto('/');
  await page.getByRole('navigation').getByRole('link', { name: 'المستخدمون' }).click();
  await expect(page).toHaveURL(/\/admin\/users$/);
  await expectDocumentLanguage(page, 'ar', 'rtl');
  await expect(page.getByRole('heading', { level: 1, name: 'إدارة المستخدمين' })).toBeVisible();

  const form = page.locator('form', { has: page.getByRole('heading', { name: 'حساب جديد' }) });
  await form.getByLabel('البريد الإلكتروني').fill('admin@eg.e2e.test');
  await form.getByLabel('الاسم', { exact: true }).fill('مسؤول مصر');
  // States by their Arabic names; the secretariat is offered too.
  const state = form.getByLabel('الجهة');
  await state.selectOption('EG');
  await expect(state.locator('option:checked')).toHaveText('مصر');
  await expect(state.locator('option[value="SECRETARIAT"]')).toHaveText('الأمانة العامة');
  await form.getByLabel('مستوى التصريح').selectOption('CONFIDENTIAL');
  await form.getByRole('checkbox', { name: 'مسؤول الدولة' }).check();
  await form.getByRole('button', { name: 'إنشاء الحساب' }).click();

  // The one-time password is shown once, with the warning, to be handed over.
  const shown = page.getByRole('region', { name: 'أُنشئ الحساب admin@eg.e2e.test' });
  await expect(shown.getByRole('alert')).toContainText('لن تُعرض مرة أخرى');
  const oneTimePassword = (await shown.getByTestId('shown-once').textContent())!.trim();
  expect(oneTimePassword.length).toBeGreaterThanOrEqual(12);
  const row = page.locator('tr[data-email="admin@eg.e2e.test"]');
  await expect(row).toContainText('مسؤول الدولة');
  await expect(row).toContainText('مصر');
  await expect(row).toContainText('سري');
  await settled(page);
  await expectRtlTable(page, page.locator('.data-table'));
  await screenshot(page, 'admin-users-ar');
  await shown.getByRole('button', { name: 'احتفظت به، أغلق' }).click();
  await expect(page.getByText(oneTimePassword)).toHaveCount(0);

  // The account can be edited afterwards: only what changed is sent.
  await row.getByRole('button', { name: 'تعديل الحساب admin@eg.e2e.test' }).click();
  const account = page.locator('form', { has: page.getByRole('heading', { name: 'تعديل الحساب admin@eg.e2e.test' }) });
  await account.getByLabel('الاسم', { exact: true }).fill('مسؤول جمهورية مصر العربية');
  const patch = page.waitForRequest((r) => r.method() === 'PATCH' && r.url().includes('/api/users/'));
  await account.getByRole('button', { name: 'حفظ' }).click();
  expect((await patch).postDataJSON()).toEqual({ displayName: 'مسؤول جمهورية مصر العربية' });
  await expect(page.getByRole('status').filter({ hasText: 'حُفظ الحساب admin@eg.e2e.test.' })).toBeVisible();
  await expect(row).toContainText('مسؤول جمهورية مصر العربية');

  // The new administrator signs in (a fresh browser, no session), and must choose a password.
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const egypt = await context.newPage();
  await egypt.goto('/sign-in?next=%2Fmembers%2FEG');
  await egypt.getByLabel('البريد الإلكتروني').fill('admin@eg.e2e.test');
  await egypt.getByLabel('كلمة المرور', { exact: true }).fill(oneTimePassword);
  await egypt.getByRole('button', { name: 'دخول' }).click();
  await egypt.getByLabel('كلمة المرور الجديدة', { exact: true }).fill('egypt-admin-passphrase-2026');
  await egypt.getByLabel('أعد كتابة كلمة المرور الجديدة').fill('egypt-admin-passphrase-2026');
  await egypt.getByRole('button', { name: 'حفظ ومتابعة' }).click();
  await expect(egypt).toHaveURL(/\/members\/EG$/);
  await expect(egypt.getByRole('heading', { level: 1, name: 'مصر' })).toBeVisible();
  // A state administrator may add Egypt's delegates but not change the member itself.
  await expect(egypt.getByRole('button', { name: 'تعديل البيانات' })).toHaveCount(0);

  await egypt.getByRole('button', { name: 'إضافة مندوب' }).click();
  const add = egypt.locator('form', { has: egypt.getByRole('heading', { name: 'مندوب جديد' }) });
  await add.getByLabel('الاسم').fill('سلمى المثال');
  await add.getByLabel('المنصب').fill('مندوبة وطنية');
  await add.getByLabel('البريد الإلكتروني').fill('salma@example.eg');
  await add.getByLabel('الهاتف').fill('not a phone');
  await add.getByRole('button', { name: 'حفظ' }).click();
  // The server's validation message sits beside the phone field, which is marked invalid.
  await expect(add.getByLabel('الهاتف')).toHaveAttribute('aria-invalid', 'true');
  await expect(add.locator('.field-error')).toHaveCount(1);
  await expect(add.getByRole('alert')).not.toBeEmpty();
  await expectRightToLeft(add.getByLabel('الاسم'), add.getByLabel('المنصب'));
  await screenshot(egypt, 'member-manage-ar');

  await add.getByLabel('الهاتف').fill('+20 2 2345 6789');
  await add.getByRole('button', { name: 'حفظ' }).click();
  await expect(egypt.getByRole('status').filter({ hasText: 'أُضيف المندوب.' })).toBeVisible();
  const delegate = egypt.locator('.data-table tbody tr', { hasText: 'سلمى المثال' });
  await expect(delegate).toContainText('مندوبة وطنية');
  await expect(delegate).toContainText('salma@example.eg');
  await expect(delegate).toContainText('+20 2 2345 6789');
  await expectRtlTable(egypt, egypt.locator('.data-table'));

  await delegate.getByRole('button', { name: 'تعديل بيانات سلمى المثال' }).click();
  const edit = egypt.locator('form', { has: egypt.getByRole('heading', { name: 'تعديل بيانات سلمى المثال' }) });
  await expect(edit.getByLabel('البريد الإلكتروني')).toHaveValue('salma@example.eg');
  await edit.getByLabel('المنصب').fill('رئيسة الوفد');
  await edit.getByRole('button', { name: 'حفظ' }).click();
  await expect(egypt.getByRole('status').filter({ hasText: 'حُفظت بيانات المندوب.' })).toBeVisible();
  await expect(delegate).toContainText('رئيسة الوفد');
  await expect(edit).toHaveCount(0);

  // Deleting asks first; cancelling keeps the delegate.
  await delegate.getByRole('button', { name: 'حذف' }).click();
  await delegate.getByRole('button', { name: 'إلغاء' }).click();
  await expect(delegate).toHaveCount(1);
  await delegate.getByRole('button', { name: 'حذف' }).click();
  await expect(delegate.getByRole('group', { name: 'هل تريد حذف سلمى المثال؟' })).toBeVisible();
  await delegate.getByRole('button', { name: 'نعم، احذف' }).click();
  await expect(egypt.getByRole('status').filter({ hasText: 'حُذف المندوب.' })).toBeVisible();
  await expect(delegate).toHaveCount(0);

  // Another state's page: reading only.
  await egypt.goto('/members/SA');
  await expect(egypt.getByRole('heading', { level: 1, name: 'المملكة العربية السعودية' })).toBeVisible();
  await settled(egypt);
  await expect(egypt.getByRole('button', { name: 'إضافة مندوب' })).toHaveCount(0);
  await expect(egypt.getByRole('button', { name: 'تعديل البيانات' })).toHaveCount(0);
  await expect(egypt.locator('.row-actions')).toHaveCount(0);

  // Its users page offers only its own state, non-administrator roles and clearances up to its own.
  await egypt.getByRole('navigation').getByRole('link', { name: 'المستخدمون' }).click();
  const own = egypt.locator('form', { has: egypt.getByRole('heading', { name: 'حساب جديد' }) });
  await expect(own.locator('output')).toHaveText('مصر');
  await expect(own.getByRole('checkbox')).toHaveCount(4);
  await expect(own.getByRole('checkbox', { name: 'مسؤول الدولة' })).toHaveCount(0);
  await expect(own.getByLabel('مستوى التصريح').locator('option')).toHaveText(['غير مصنّف', 'مقيّد', 'سري']);
  await expect(egypt.getByRole('heading', { name: 'التحقق بخطوتين حسب الدور' })).toHaveCount(0);
  await context.close();
});

test('an API token is shown once, works, and stops working when revoked', async ({ page }) => {
  await page.goto('/');
  await page.locator('.user-email').click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole('heading', { level: 1, name: 'حسابي' })).toBeVisible();
  await expect(page.getByLabel('الاسم المعروض')).not.toHaveValue('');

  const form = page.locator('form', { has: page.getByRole('heading', { name: 'إنشاء مفتاح' }) });
  await form.getByLabel('الاسم', { exact: true }).fill('e2e reporting');
  await form.getByLabel('مدة الصلاحية (بالأيام)').fill('30');
  await form.getByRole('button', { name: 'إنشاء المفتاح' }).click();

  const shown = page.getByRole('region', { name: 'المفتاح الجديد «e2e reporting»' });
  await expect(shown.getByRole('alert')).toContainText('لن يُعرض مرة أخرى');
  const token = (await shown.getByTestId('shown-once').textContent())!.trim();
  expect(token.length).toBeGreaterThan(20);
  const row = page.locator('tbody tr', { hasText: 'e2e reporting' });
  await expect(row).toHaveCount(1);
  await expect(row).not.toContainText(token);

  // A client with no session at all: the token alone signs it in.
  const client = await apiRequest.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  expect((await client.get('/api/users')).status()).toBe(401);
  const bearer = { authorization: `Bearer ${token}` };
  expect((await client.get('/api/users', { headers: bearer })).status()).toBe(200);

  await shown.getByRole('button', { name: 'احتفظت به، أغلق' }).click();
  await expect(page.getByText(token)).toHaveCount(0);
  await page.reload();
  await expect(row).toHaveCount(1);
  await expect(page.getByText(token)).toHaveCount(0);

  await row.getByRole('button', { name: 'إلغاء المفتاح' }).click();
  await row.getByRole('button', { name: 'نعم، ألغِ المفتاح' }).click();
  await expect(row).toContainText('ملغى');
  await settled(page);
  await expectRtlTable(page, page.locator('.data-table'));
  await screenshot(page, 'account-ar');
  expect((await client.get('/api/users', { headers: bearer })).status()).toBe(401);
  await client.dispose();
});

test('the secretariat turns two-step verification on for editors, and off again', async ({ page }) => {
  const requireTotp = async () => {
    const response = await page.request.get('/api/admin/role-settings');
    const { items } = (await response.json()) as { items: { role: string; requireTotp: boolean }[] };
    return items.find((item) => item.role === 'editor')?.requireTotp;
  };
  await page.goto('/admin/users');
  const settings = page.getByRole('group', { name: 'الأدوار التي تتطلب التحقق بخطوتين' });
  const editor = settings.getByRole('checkbox', { name: 'محرّر' });
  await expect(editor).not.toBeChecked();

  await editor.check();
  await expect(settings.getByRole('status')).toHaveText('أصبح التحقق بخطوتين مطلوبًا لدور «محرّر».');
  expect(await requireTotp()).toBe(true);
  await page.reload();
  await expect(editor).toBeChecked();

  await editor.uncheck();
  await expect(settings.getByRole('status')).toHaveText('لم يعد التحقق بخطوتين مطلوبًا لدور «محرّر».');
  await expect(editor).not.toBeChecked();
  expect(await requireTotp()).toBe(false);
});

test('the secretariat edits a member’s joining date on the member page', async ({ page }) => {
  const original = (await (await page.request.get('/api/members/JO')).json()) as { joinedOn: string | null };
  await page.goto('/members/JO');
  await page.getByRole('button', { name: 'تعديل البيانات' }).click();
  await expect(page.getByLabel('بالإنجليزية')).toHaveValue('Jordan');
  await page.getByLabel('عضو منذ').fill('2016-01-15');
  await page.getByRole('button', { name: 'حفظ' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'حُفظت بيانات الدولة.' })).toBeVisible();
  await expect(page.locator('.facts')).toContainText('15 يناير 2016');

  const api = await apiAs(page.request);
  expect((await api.patch('/api/members/JO', { joinedOn: original.joinedOn?.slice(0, 10) ?? null })).status()).toBe(204);
});
