import { expect, test, type Page } from '@playwright/test';

// Consumer lag as kafka-consumer-groups shows it, the per-step lag chart, the legend, and the
// redelivered marks, in a real browser at phone, laptop and projector sizes in both languages.

const SHOTS = 'test/screenshots';
const SIZES = [{ width: 390, height: 844 }, { width: 1366, height: 768 }, { width: 1920, height: 1080 }];

async function produce(page: Page, n: number) {
  for (let i = 0; i < n; i++) {
    await page.getByRole('textbox', { name: 'Key', exact: true }).fill(`k${i % 3}`);
    await page.getByRole('button', { name: 'Produce', exact: true }).click();
  }
}

/** Eight records, both members poll and commit, eight more: lag 8 → 0 → 8 for group-a. */
async function sawtooth(page: Page) {
  await page.goto('/?lang=en');
  await expect(page.getByRole('table')).toBeVisible();
  await produce(page, 8);
  for (const c of ['consumer-1', 'consumer-2']) {
    await page.getByRole('button', { name: `Poll ${c}`, exact: true }).click();
    await page.getByRole('button', { name: `Commit ${c}`, exact: true }).click();
  }
  await produce(page, 8);
}

const lagColumn = async (page: Page) => (await page.locator('.lag-table tbody tr').evaluateAll((rows) => rows.map((r) => r.querySelectorAll('td')[4]?.textContent ?? '')));

test('the describe table, the sawtooth and the legend, at three sizes in both languages', async ({ page }) => {
  await page.setViewportSize(SIZES[1]!);
  await sawtooth(page);
  const table = page.getByRole('table');
  await expect(table.getByRole('columnheader')).toHaveText(['GROUP', 'TOPIC', 'PARTITION', 'CURRENT-OFFSET', 'LOG-END-OFFSET', 'LAG', 'CONSUMER-ID']);
  const lags = (await lagColumn(page)).map(Number);
  expect(lags.reduce((a, b) => a + b, 0)).toBe(8);
  // The chart's text names the latest lag; the table is its longer description.
  const chart = page.getByRole('img', { name: /^group-a: lag 8 at step \d+, at most 8 in the last \d+ steps\.$/ });
  await expect(chart).toHaveAttribute('aria-describedby', (await table.getAttribute('id'))!);
  // A sawtooth: the path climbs to 8, falls to 0 and climbs again (y grows downwards).
  const ys = await chart.locator('path.lag-line').getAttribute('d').then((d) => [...d!.matchAll(/[ML][\d.]+,([\d.]+)/g)].map((m) => Number(m[1])));
  const top = Math.min(...ys);
  const bottom = Math.max(...ys);
  const firstTop = ys.indexOf(top);
  const lastTop = ys.lastIndexOf(top);
  expect(ys.slice(firstTop, lastTop).includes(bottom)).toBe(true);
  await expect(page.getByRole('button', { name: 'Legend' })).toHaveAttribute('aria-expanded', 'true');

  for (const lang of ['en', 'ko'] as const) {
    if (lang === 'ko') await page.getByRole('button', { name: /Switch language/ }).click();
    await expect(page.locator('.sim')).toHaveAttribute('lang', lang);
    for (const size of SIZES) {
      await page.setViewportSize(size);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `horizontal scroll at ${size.width} (${lang})`).toBeLessThanOrEqual(0);
      await page.locator('.charts').screenshot({ path: `${SHOTS}/lag-${lang}-${size.width}-charts.png` });
      await page.locator('.sim-legend').screenshot({ path: `${SHOTS}/lag-${lang}-${size.width}-legend.png` });
      await page.screenshot({ path: `${SHOTS}/lag-${lang}-${size.width}.png`, fullPage: true });
    }
  }
});

test('the legend toggles by keyboard and stays closed on the next visit', async ({ page }) => {
  await page.goto('/?lang=en');
  const button = page.getByRole('button', { name: 'Legend' });
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator('.legend-items')).toBeVisible();
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(page.locator('.legend-items')).toBeHidden();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Legend' })).toHaveAttribute('aria-expanded', 'false');
});

for (const lang of ['en', 'ko'] as const) {
  test(`offsets lesson step 8 marks records 3 and 4 as redelivered (${lang})`, async ({ page }) => {
    await page.setViewportSize(SIZES[1]!);
    await page.goto(`/?lesson=offsets&step=8&lang=${lang}`);
    const suffix = lang === 'en' ? ', redelivered' : ', 다시 전달됨';
    const name = (o: number) => (lang === 'en' ? `offset ${o} no key` : `오프셋 ${o} 키 없음`);
    for (const o of [3, 4]) await expect(page.getByRole('listitem', { name: name(o) + suffix, exact: true })).toBeVisible();
    await expect(page.getByRole('listitem', { name: new RegExp(`^${name(5)}$`) })).toBeVisible();
    await expect(page.locator('.cell.redelivered')).toHaveCount(2);
    await expect(page.locator('.redelivered-note')).toHaveText(lang === 'en' ? '↻ redelivered: orders-0 3–4' : '↻ 다시 전달됨: orders-0 3–4');
    await page.locator('.partition').first().screenshot({ path: `${SHOTS}/lag-lesson-offsets-8-${lang}.png` });
  });
}
