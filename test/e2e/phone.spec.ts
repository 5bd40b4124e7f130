import { expect, test } from '@playwright/test';
import { noHorizontalScroll, screenshot, settled } from './helpers';

test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });

test('on a phone the menu folds behind a button and nothing scrolls sideways', async ({ page }) => {
  await page.goto('/');
  await settled(page);
  const toggle = page.getByRole('button', { name: 'القائمة' });
  const membersLink = page.getByRole('navigation').getByRole('link', { name: 'الدول الأعضاء' });
  await expect(toggle).toBeVisible();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(membersLink).toBeHidden();
  await noHorizontalScroll(page);
  await screenshot(page, 'phone-home');

  await toggle.tap();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(membersLink).toBeVisible();
  await expect(page.getByRole('button', { name: 'English' })).toBeVisible();
  await screenshot(page, 'phone-menu', false);
  await membersLink.tap();

  await expect(page).toHaveURL(/\/members$/);
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.locator('.member-list li')).toHaveCount(41);
  await noHorizontalScroll(page);

  await page.locator('.member-list a').first().tap();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await settled(page);
  await noHorizontalScroll(page);

  await page.goto('/audit');
  await settled(page);
  await noHorizontalScroll(page);
});
