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

/** Widgets render when they come near the viewport; bring every one in so axe sees them all. */
async function renderEveryWidget(page: Page) {
  const widgets = page.locator('kafka-sim');
  const count = await widgets.count();
  for (let i = 0; i < count; i++) {
    await widgets.nth(i).scrollIntoViewIfNeeded();
    await expect(widgets.nth(i).locator('.sim')).toBeVisible();
  }
  return count;
}

for (const lang of ['ko', 'en'] as const) {
  test(`the demo article, every widget rendered (the broker and client chapters too), has no serious accessibility violation (${lang})`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.goto(`/demo/index.html?lang=${lang}`);
    expect(await renderEveryWidget(page)).toBeGreaterThanOrEqual(15);
    await expect(page.locator('#w-acks .broker')).toHaveCount(3);
    expect(await serious(page)).toEqual([]);
  });
}

test('the iframe page has no serious accessibility violation', async ({ page }) => {
  await page.goto('/embed.html?lesson=keys&step=2&lang=en');
  await expect(page.locator('body')).toContainText(/./);
  expect(await serious(page)).toEqual([]);
});
