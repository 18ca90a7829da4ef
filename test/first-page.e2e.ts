import { expect, test } from '@playwright/test';
import { partitionForKey } from '../src/engine/index.ts';

const SHOTS = 'test/screenshots';

test('produces keyed records into the partition the engine computes', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/?lang=en');
  for (const key of ['alice', 'bob', '주문', '🙂']) {
    await page.getByRole('textbox', { name: 'Key' }).fill(key);
    await page.getByRole('textbox', { name: 'Value' }).fill(`hello ${key}`);
    await page.getByRole('button', { name: 'Produce' }).click();
    const partition = partitionForKey(key, 3);
    await expect(page.getByRole('list', { name: `orders partition ${partition}` }).getByRole('listitem', { name: new RegExp(`key ${key}$`) })).toHaveCount(1);
  }
  await page.getByRole('textbox', { name: 'Key' }).fill('');
  await page.getByRole('button', { name: 'Produce' }).click();
  await expect(page.getByRole('listitem', { name: /no key$/ })).toHaveCount(1);
  await page.screenshot({ path: `${SHOTS}/first-page-en-wide.png`, fullPage: true });
});

test('speaks Korean with ?lang=ko and on a narrow screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?lang=ko');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('카프카 시뮬레이터');
  await page.getByRole('textbox', { name: '키' }).fill('사용자-1');
  await page.getByRole('button', { name: '보내기' }).click();
  await expect(page.getByRole('list', { name: `orders 파티션 ${partitionForKey('사용자-1', 3)}` }).getByRole('listitem')).toHaveCount(1);
  await page.screenshot({ path: `${SHOTS}/first-page-ko-narrow.png`, fullPage: true });
});
