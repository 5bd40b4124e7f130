import { expect, test } from '@playwright/test';
import { apiAs } from './helpers';

test('another state’s officer sees the delegate, with contact details marked withheld, never blank', async ({ page, browser }) => {
  // As the secretariat: a delegate for Qatar, and an officer account for Egypt.
  const api = await apiAs(page.request);
  const delegate = await api.post('/api/members/QA/delegates', {
    fullName: 'Hamad Al-Example',
    position: 'National delegate',
    email: 'delegate@example.qa',
    phone: '+974 4400 0000',
  });
  expect(delegate.status()).toBe(201);
  const created = await api.post('/api/users', {
    email: 'officer@eg.e2e.test',
    displayName: 'Egyptian officer',
    state: 'EG',
    roles: ['officer'],
    clearance: 'RESTRICTED',
    language: 'en',
  });
  expect(created.status()).toBe(201);
  const { oneTimePassword } = (await created.json()) as { oneTimePassword: string };

  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const officer = await context.newPage();
  await officer.goto('/sign-in?next=%2Fmembers%2FQA');
  await officer.getByRole('button', { name: 'English' }).click();
  await officer.getByLabel('Email').fill('officer@eg.e2e.test');
  await officer.getByLabel('Password', { exact: true }).fill(oneTimePassword);
  await officer.getByRole('button', { name: 'Sign in' }).click();
  await officer.getByLabel('New password', { exact: true }).fill('officer-passphrase-2026');
  await officer.getByLabel('Repeat the new password').fill('officer-passphrase-2026');
  await officer.getByRole('button', { name: 'Save and continue' }).click();

  await expect(officer).toHaveURL(/\/members\/QA$/);
  // Not an administrator: no audit log in the navigation.
  await expect(officer.getByRole('navigation').getByRole('link', { name: 'Audit log' })).toHaveCount(0);
  const row = officer.locator('.data-table tbody tr', { hasText: 'Hamad Al-Example' });
  await expect(row).toContainText('National delegate');
  await expect(row.locator('.withheld')).toHaveText(['Withheld', 'Withheld']);
  await expect(row).not.toContainText('delegate@example.qa');

  await officer.getByRole('button', { name: 'Français' }).click();
  await expect(row.locator('.withheld')).toHaveText(['Non communiqué', 'Non communiqué']);
  await context.close();
});
