import { expect, test } from '@playwright/test';
import { baseURL } from './paths';

test('the world map highlights exactly the 41 member states and links each to its page', async ({ page }) => {
  await page.goto('/');
  const members = page.locator('.world-map [data-member]');
  await expect(members).toHaveCount(41);
  const codes = await members.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-member')));
  expect(new Set(codes).size).toBe(41);

  // Small states carry a visible marker.
  for (const code of ['BH', 'MV', 'KM', 'PS']) {
    const marker = page.locator(`.world-map [data-member="${code}"] circle`);
    await expect(marker).toBeVisible();
    const box = (await marker.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(6);
  }

  // Highlighted shapes are filled differently from the other countries.
  const fills = await page.evaluate(() => ({
    member: getComputedStyle(document.querySelector('.world-map [data-member="SA"] path')!).fill,
    other: getComputedStyle(document.querySelector('.world-map .map-land path')!).fill,
  }));
  expect(fills.member).not.toBe(fills.other);

  // Hovering names the state; clicking opens its page.
  await page.locator('.world-map [data-member="BH"] circle').hover();
  await expect(page.locator('.map-hover')).toHaveText('البحرين');
  await page.locator('.world-map [data-member="BH"] circle').click();
  await expect(page).toHaveURL(/\/members\/BH$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('البحرين');
});

test('the map is drawn from the bundle: no request leaves the site', async ({ page }) => {
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(`${baseURL}/`) && !request.url().startsWith('data:')) foreign.push(request.url());
  });
  await page.goto('/');
  await expect(page.locator('.world-map [data-member]')).toHaveCount(41);
  expect(foreign).toEqual([]);
});
