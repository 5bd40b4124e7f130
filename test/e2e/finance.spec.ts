import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { apiAs, expectDocumentLanguage, noHorizontalScroll, screenshot, settled } from './helpers';
import { baseURL } from './paths';
import { runInfo } from './run-info';

// The counter-terrorist-financing pages, end to end: a secretariat administrator imports a small
// UN list, two officers of Saudi Arabia screen names, run a batch, review an alert under the
// four-eyes rule, read the lists and share a document in the CTF library.

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const officers = [
  { email: 'officer1.sa@e2e.test', displayName: 'ضابط أول', password: 'e2e-Officer-one-passphrase' },
  { email: 'officer2.sa@e2e.test', displayName: 'ضابط ثانٍ', password: 'e2e-Officer-two-passphrase' },
];
type StorageState = Awaited<ReturnType<import('@playwright/test').BrowserContext['storageState']>>;
const states: StorageState[] = [];

async function login(request: APIRequestContext, email: string, password: string): Promise<{ status: string; csrfToken: string }> {
  const response = await request.post('/api/auth/login', { data: { email, password } });
  expect(response.status(), `login of ${email}`).toBe(200);
  return response.json();
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ playwright, browser }) => {
  // A fresh context: no session cookie (a signed-in cookie would make the login a write without its token).
  const admin = await playwright.request.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const { email, newPassword } = runInfo();
  const session = await login(admin, email, newPassword);
  expect(session.status).toBe('ok');
  const headers = { 'x-csrf-token': session.csrfToken };

  const imported = await admin.post('/api/screening/lists', {
    headers,
    data: { source: 'un', content: fs.readFileSync(path.join(fixtures, 'un-small.xml'), 'utf8'), fileName: 'un-small.xml' },
  });
  expect(imported.status(), await imported.text()).toBe(201);
  expect((await imported.json()).version.entryCount).toBe(4);

  for (const officer of officers) {
    const created = await admin.post('/api/users', {
      headers,
      data: { email: officer.email, displayName: officer.displayName, state: 'SA', roles: ['officer'], clearance: 'SECRET' },
    });
    expect(created.status(), await created.text()).toBe(201);
    const { oneTimePassword } = (await created.json()) as { oneTimePassword: string };

    // The officer's first sign-in happens in a browser context, whose cookies the tests reuse.
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const first = await login(context.request, officer.email, oneTimePassword);
    expect(first.status).toBe('password-change-required');
    const changed = await context.request.post('/api/auth/password', {
      headers: { 'x-csrf-token': first.csrfToken },
      data: { currentPassword: oneTimePassword, newPassword: officer.password },
    });
    expect(changed.status(), await changed.text()).toBe(200);
    expect((await changed.json()).status).toBe('ok');
    states.push(await context.storageState());
    await context.close();
  }
  await admin.dispose();
});

async function officerPage(browser: Browser, index: 0 | 1, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ storageState: states[index], locale: 'ar-SA', viewport });
  return context.newPage();
}

test('an officer screens an Arabic name and a Latin variant and sees why each matched, in Arabic and in English', async ({ browser }) => {
  const page = await officerPage(browser, 0);
  await page.goto('/');
  await page.getByRole('navigation', { name: 'القائمة الرئيسية' }).getByRole('link', { name: 'مكافحة تمويل الإرهاب' }).click();
  await expect(page).toHaveURL(/\/ctf\/screen$/);
  await expectDocumentLanguage(page, 'ar', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('فحص اسم');

  await page.getByLabel('الاسم', { exact: true }).fill('محمد بن عبدالله الاحمد');
  await page.getByLabel('تاريخ الميلاد أو سنته').fill('1975-03-04');
  await page.getByRole('button', { name: 'افحص' }).click();
  const card = page.locator('.candidate[data-designation="QDi.801"]');
  await expect(card).toBeVisible();
  await expect(page.locator('.candidate')).toHaveCount(1);
  await expect(card.locator('.source-badge')).toContainText('UN');
  await expect(card.locator('.candidate-name')).toHaveText('MUHAMMAD BIN ABDULLAH AL-AHMAD');
  const matched = card.locator('.matched-name bdi.name');
  await expect(matched).toHaveText('محمد بن عبدالله الأحمد');
  await expect(matched).toHaveAttribute('dir', 'auto');
  await expect(card.locator('.matched-name .name-kind')).toHaveText('بالحروف الأصلية');
  await expect(card.locator('.score-value').first()).toContainText('1.00');
  await expect(card).toContainText('Al-Qaida');
  // The explanation: each part of the query, the listed part and how it matched.
  const rows = card.locator('.explanation-table tbody tr');
  await expect(rows).toHaveCount(3);
  await expect(rows.filter({ hasText: 'الاحمد' })).toContainText('الأحمد');
  await expect(card.locator('.explanation-table')).toContainText('تطابق تام');
  await expect(card.locator('.reasons')).toContainText('تاريخ الميلاد 4 مارس 1975 مطابق');
  await expect(card.locator('.reasons')).toContainText('طابق الاسم بحروفه الأصلية');
  await settled(page);
  await screenshot(page, 'ctf-screen-ar');

  // A Latin spelling of the same man finds the same designation, through its Latin primary name.
  await page.getByLabel('الاسم', { exact: true }).fill('Mohammed bin Abdallah Al Ahmad');
  await page.getByLabel('تاريخ الميلاد أو سنته').fill('');
  await page.getByRole('button', { name: 'افحص' }).click();
  await expect(page.locator('.screen-results h2')).toContainText('Mohammed bin Abdallah Al Ahmad');
  await expect(card).toBeVisible();
  await expect(card.locator('.explanation-table tr[data-how="phonetic"]')).toContainText('Mohammed');
  await expect(card.locator('.explanation-table tr[data-how="phonetic"]')).toContainText('تطابق صوتي');

  // Nothing above the threshold is said plainly.
  await page.getByLabel('الاسم', { exact: true }).fill('Jean-Baptiste Dupont');
  await page.getByRole('button', { name: 'افحص' }).click();
  await expect(page.locator('.no-match')).toHaveText('لا يبلغ أيّ اسم مُدرج عتبة التطابق 0.80.');
  await expect(page.locator('.candidate')).toHaveCount(0);

  // In English: left to right, English labels, and the Arabic listed name still reads right to left.
  await page.getByRole('button', { name: 'English' }).click();
  await expectDocumentLanguage(page, 'en', 'ltr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Screen a name');
  await page.getByLabel('Name', { exact: true }).fill('Mohamed Abdullah Al-Ahmed');
  await page.getByRole('button', { name: 'Screen', exact: true }).click();
  await expect(card).toBeVisible();
  await expect(card.locator('.explanation-table')).toContainText('transliteration');
  await expect(card.getByRole('heading', { name: 'Why it matched' })).toBeVisible();
  await expect(card.locator('.matched-name .name-kind')).toHaveText('original script');
  await expect(card.locator('.matched-name bdi.name')).toHaveAttribute('lang', 'ar');
  expect(await card.locator('.matched-name bdi.name').evaluate((node) => getComputedStyle(node).direction)).toBe('rtl');
  await settled(page);
  await screenshot(page, 'ctf-screen-en');

  // Back to Arabic (the choice is saved to the account), and the results fit a 360 px phone.
  await page.getByRole('button', { name: 'العربية' }).click();
  await expectDocumentLanguage(page, 'ar', 'rtl');
  await page.setViewportSize({ width: 360, height: 740 });
  await page.getByLabel('الاسم', { exact: true }).fill('محمد بن عبدالله الاحمد');
  await page.getByRole('button', { name: 'افحص' }).click();
  await expect(card).toBeVisible();
  await noHorizontalScroll(page);
  await screenshot(page, 'ctf-screen-phone');
  await page.context().close();
});

test('batch: a CSV of 1,200 rows is sent in chunks of at most 1,000 with a progress bar, and raises alerts', async ({ browser }) => {
  const lines = ['reference,full name,date of birth,nationality'];
  lines.push('C-0001,محمد بن عبدالله الاحمد,1975-03-04,YE');
  lines.push('C-0002,"Khaled Said Al Harbi",1968,IQ');
  lines.push('C-0003,عمر حسن الشمري,,');
  for (let i = 4; i <= 1200; i += 1) lines.push(`C-${String(i).padStart(4, '0')},Test Customer Number ${i},1990-01-01,FR`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tahaluf-batch-'));
  const file = path.join(dir, 'customers.csv');
  fs.writeFileSync(file, `${lines.join('\r\n')}\r\n`);

  const page = await officerPage(browser, 0);
  const sizes: number[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/screening/match') && request.method() === 'POST') {
      const body = request.postDataJSON() as { subjects: unknown[]; record: boolean };
      expect(body.record).toBe(true);
      sizes.push(body.subjects.length);
    }
  });
  await page.goto('/ctf/batch');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('الفحص المجمّع');
  await page.getByLabel('ملف CSV').setInputFiles(file);
  await expect(page.getByTestId('batch-rows')).toContainText('customers.csv');
  // The columns are guessed from the header and can be changed.
  await expect(page.getByLabel('عمود الاسم')).toHaveValue('1');
  await expect(page.getByLabel('عمود تاريخ الميلاد')).toHaveValue('2');
  await expect(page.getByLabel('عمود الجنسية')).toHaveValue('3');
  await expect(page.getByLabel('عمود المرجع')).toHaveValue('0');
  await page.getByRole('button', { name: 'افحص وسجّل' }).click();

  const progress = page.locator('.batch-progress progress');
  await expect(progress).toHaveAttribute('max', '1200');
  await expect(page.locator('.batch-progress')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  await expect(progress).toHaveAttribute('value', '1200');
  await expect(progress).toHaveAttribute('aria-valuenow', '1200');
  expect(sizes).toEqual([1000, 200]);
  await expect(page.locator('[data-total="screened"]')).toHaveText(/^1[,٬]?200$/);
  await expect(page.locator('[data-total="with-candidates"]')).toHaveText('3');
  await expect(page.locator('[data-total="alerts-raised"]')).toHaveText('3');
  await settled(page);
  await screenshot(page, 'ctf-batch-done');

  await page.getByRole('link', { name: 'افتح قائمة التنبيهات' }).click();
  await expect(page).toHaveURL(/\/ctf\/alerts\?status=open$/);
  await expect(page.getByTestId('count-open')).toHaveText('3');
  const table = page.locator('.alerts-table');
  await expect(table.locator('tbody tr')).toHaveCount(3);
  await expect(table).toContainText('محمد بن عبدالله الاحمد');
  await expect(table).toContainText('QDi.804');
  fs.rmSync(dir, { recursive: true, force: true });
  await page.context().close();
});

test('four eyes: an officer proposes a match, cannot confirm it alone, and a second officer confirms it', async ({ browser }) => {
  const first = await officerPage(browser, 0);
  const recorded = await (await apiAs(first.request)).post('/api/screening/match', {
    subjects: [{ name: 'يوسف ابراهيم القحطاني', dob: '1981', reference: 'E2E-FOUR-EYES' }],
    record: true,
  });
  expect(recorded.status()).toBe(200);
  expect((await recorded.json()).recorded.alertsRaised).toBe(1);

  await first.goto('/ctf/alerts');
  await first.locator('.alerts-table tr', { hasText: 'E2E-FOUR-EYES' }).getByRole('link').click();
  await expect(first).toHaveURL(/\/ctf\/alerts\/[0-9a-f-]+$/);
  const alertUrl = first.url();
  await expect(first.locator('.status-badge')).toHaveText('مفتوح');
  // The subject beside the listed entry, with every name and its kind.
  const designation = first.locator('.designation');
  await expect(designation.locator('.name-list li')).toHaveCount(2);
  await expect(designation.locator('.name-list li[data-kind="primary"]')).toContainText('YOUSEF IBRAHIM AL-QAHTANI');
  await expect(designation.locator('.name-list li[data-kind="original-script"]')).toContainText('يوسف إبراهيم القحطاني');
  await expect(designation).toContainText('من 1980 إلى 1983');
  await expect(designation).toContainText("ISIL (Da'esh)");
  await expect(first.locator('.reasons')).toContainText('سنة الميلاد 1981 ضمن المدى المُدرج');
  await expect(first.locator('.review-form button')).toHaveText(['ليس تطابقاً', 'اقتراح تطابق']);

  await first.getByLabel('ملاحظة (أسباب قرارك)').fill('الاسم ونطاق سنة الميلاد متطابقان.');
  await first.getByRole('button', { name: 'اقتراح تطابق' }).click();
  await expect(first.locator('.status-badge')).toHaveText('تطابق مقترح');
  await expect(first.locator('.review-history li')).toHaveCount(1);
  await expect(first.locator('.review-history')).toContainText(officers[0].email);
  await expect(first.locator('.review-history')).toContainText('الاسم ونطاق سنة الميلاد متطابقان.');

  // The proposer may not confirm their own proposal: the server says why, in Arabic.
  await first.getByRole('button', { name: 'تأكيد التطابق' }).click();
  await expect(first.locator('.review-form [role="alert"]')).toHaveText('مبدأ العينين الأربع: يجب أن يؤكد مراجع آخر هذا المقترح.');
  await expect(first.locator('.status-badge')).toHaveText('تطابق مقترح');
  await settled(first);
  await screenshot(first, 'ctf-alert-four-eyes');

  const second = await officerPage(browser, 1);
  await second.goto(alertUrl);
  await expect(second.locator('.status-badge')).toHaveText('تطابق مقترح');
  await second.getByLabel('ملاحظة (أسباب قرارك)').fill('أؤكد بعد مراجعة مستقلة.');
  await second.getByRole('button', { name: 'تأكيد التطابق' }).click();
  await expect(second.locator('.status-badge')).toHaveText('تطابق مؤكَّد');
  await expect(second.locator('.review-history li')).toHaveCount(2);
  await expect(second.locator('.review-history li').nth(1)).toContainText(officers[1].email);
  await expect(second.locator('.review-form button')).toHaveCount(0);
  await expect(second.locator('.review-form')).toContainText('هذا التنبيه مغلق');
  await settled(second);
  await screenshot(second, 'ctf-alert-confirmed');

  await second.goto('/ctf/alerts?status=confirmed-match');
  await expect(second.locator('.alerts-table')).toContainText('E2E-FOUR-EYES');
  await expect(second.getByTestId('count-confirmed-match')).toHaveText('1');
  await first.context().close();
  await second.context().close();
});

test('lists: officers see the versions and what changed; the secretariat imports a new version from a file', async ({ browser, page }) => {
  const officer = await officerPage(browser, 0);
  await officer.goto('/ctf/lists');
  const row = officer.locator('.versions-table tbody tr', { hasText: 'un-small.xml' });
  await expect(row).toHaveCount(1);
  await expect(row.locator('td').nth(3)).toHaveText('4');
  await expect(officer.getByRole('heading', { name: 'استيراد نسخة جديدة' })).toHaveCount(0);
  await row.getByRole('link').click();
  await expect(officer.locator('.lead')).toHaveText('النسخة الأولى من هذه القائمة: كل القيود جديدة.');
  await expect(officer.locator('[data-total="added"]')).toHaveText('4');
  await expect(officer.locator('[data-diff="added"]')).toContainText('QDi.801');
  await officer.context().close();

  // The secretariat administrator (this project's signed-in user) imports version 2.
  await page.goto('/ctf/lists');
  await page.getByLabel('ملف القائمة (XML)').setInputFiles(path.join(fixtures, 'un-small-v2.xml'));
  await page.getByRole('button', { name: 'استيراد', exact: true }).click();
  const result = page.locator('.import-result');
  await expect(result).toContainText('أُضيف 1، وحُذف 1، وعُدِّل 1', { timeout: 30_000 });
  await expect(page.locator('.versions-table tbody tr')).toHaveCount(2);
  await result.getByRole('link', { name: 'اطّلع على التغييرات' }).click();
  await expect(page.locator('[data-diff="added"]')).toContainText('QDi.805');
  await expect(page.locator('[data-diff="removed"]')).toContainText('QDi.804');
  const changed = page.locator('[data-diff="changed"] tbody tr');
  await expect(changed).toHaveCount(1);
  await expect(changed).toContainText('QDi.802');
  await expect(changed.locator('[data-field="names"]')).toHaveText('الأسماء');
  await settled(page);
  await screenshot(page, 'ctf-lists-diff');
});

test('library: an officer shares a RESTRICTED document with the whole coalition and opens it; the secretariat sees it', async ({ browser, page }) => {
  const officer = await officerPage(browser, 0);
  await officer.goto('/ctf/library');
  await officer.getByRole('link', { name: 'مشاركة وثيقة' }).click();
  await expect(officer).toHaveURL(/\/ctf\/library\/new$/);
  await officer.getByLabel('العنوان').fill('مؤشرات التمويل عبر الجمعيات الخيرية الوهمية');
  await officer.getByLabel('النوع').selectOption('typology');
  await officer.getByLabel('درجة السرية').selectOption('RESTRICTED');
  await officer.getByLabel('الملخص').fill('أنماط متكررة رصدتها وحدات التحريات المالية.');
  await officer.getByLabel('النص').fill('أولاً: تبرعات نقدية متكررة دون الحد المُبلّغ عنه.\nثانياً: تحويلات إلى حسابات شخصية للقائمين على الجمعية.');
  // Member states are listed by their names in the reader's language; "whole coalition" covers them all.
  const saudi = officer.getByRole('checkbox', { name: 'المملكة العربية السعودية' });
  await expect(saudi).toBeVisible();
  await expect(officer.locator('.relto-states input')).toHaveCount(41);
  await officer.getByRole('checkbox', { name: 'التحالف بأكمله' }).check();
  await expect(saudi).toBeDisabled();
  await officer.getByRole('button', { name: 'مشاركة', exact: true }).click();

  await expect(officer).toHaveURL(/\/ctf\/library\/[0-9a-f-]+$/);
  await expect(officer.getByRole('heading', { level: 1 })).toHaveText('مؤشرات التمويل عبر الجمعيات الخيرية الوهمية');
  await expect(officer.locator('.markings .classification-badge')).toHaveText('مقيّد');
  await expect(officer.locator('.markings .tlp-badge')).toHaveText('TLP:AMBER');
  await expect(officer.locator('.markings .relto-badge')).toHaveText('متاحة لـ: التحالف بأكمله');
  await expect(officer.locator('.document-body')).toContainText('ثانياً: تحويلات');
  await expect(officer.locator('.facts')).toContainText('المملكة العربية السعودية');
  await settled(officer);
  await screenshot(officer, 'ctf-library-document');
  await officer.context().close();

  await page.goto('/ctf/library');
  const card = page.locator('.document-card', { hasText: 'مؤشرات التمويل عبر الجمعيات الخيرية الوهمية' });
  await expect(card).toBeVisible();
  await expect(card.locator('.relto-badge')).toHaveAttribute('data-relto', 'ALL');
  await expect(card).toContainText('نمط (تيبولوجيا)');
});
