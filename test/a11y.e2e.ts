import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// axe-core over the pages readers meet: the simulator (with a replicated cluster drawn), a lesson,
// the demo article and the iframe page. Serious and critical violations fail the test.

async function serious(page: Page, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

for (const lang of ['en', 'ko'] as const) {
  test(`the simulator with three brokers has no serious accessibility violation (${lang})`, async ({ page }) => {
    await page.goto(`/?lang=${lang}`);
    const add = (n: number) => page.getByRole('button', { name: lang === 'en' ? `Add broker ${n}` : `브로커 추가 (${n})` });
    await add(2).click();
    await add(3).click();
    await page.getByRole('radio', { name: lang === 'en' ? 'Brokers' : '브로커' }).check();
    await expect(page.locator('.broker')).toHaveCount(3);
    expect(await serious(page)).toEqual([]);
  });
}

test('a lesson has no serious accessibility violation', async ({ page }) => {
  await page.goto('/?lesson=offsets&step=3&lang=ko');
  await expect(page.locator('.narration')).toBeVisible();
  expect(await serious(page)).toEqual([]);
});

test('a replication lesson, brokers drawn with fenced and out-of-sync replicas, has no serious accessibility violation', async ({ page }) => {
  await page.goto('/?lesson=acks&step=11&lang=ko');
  await expect(page.locator('.broker')).toHaveCount(3);
  expect(await serious(page)).toEqual([]);
});

test('the demo article and the iframe page have no serious accessibility violation', async ({ page }) => {
  await page.goto('/demo/index.html');
  await expect(page.locator('kafka-sim').first()).toBeVisible();
  expect(await serious(page)).toEqual([]);
  await page.goto('/embed.html?lesson=keys&step=2&lang=en');
  await expect(page.locator('body')).toContainText(/./);
  expect(await serious(page)).toEqual([]);
});
