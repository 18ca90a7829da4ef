import { expect, test, type Page } from '@playwright/test';
import { partitionForKey } from '../src/engine/index.ts';

const SHOTS = 'test/screenshots';

async function produce(page: Page, key: string, value = `v-${key}`) {
  await page.getByRole('textbox', { name: 'Key', exact: true }).fill(key);
  await page.getByRole('textbox', { name: 'Value', exact: true }).fill(value);
  await page.getByRole('button', { name: 'Produce', exact: true }).click();
}

const partitionList = (page: Page, partition: number) => page.getByRole('list', { name: `orders partition ${partition}`, exact: true });

test('keyed records land where the engine computes, and step back removes them', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto('/?lang=en');
  await expect(page.getByRole('combobox', { name: 'Topic' }).first()).toHaveValue('orders');
  const keys = ['alice', 'bob', '주문-7', '🙂'];
  for (const key of keys) {
    await produce(page, key);
    await expect(partitionList(page, partitionForKey(key, 3)).getByRole('listitem', { name: new RegExp(` key ${key}$`) })).toHaveCount(1);
  }
  // The inspector shows the arithmetic for the last key.
  const inspector = page.getByRole('region', { name: 'Why is this record here?' });
  await expect(inspector).toContainText('murmur2');
  await expect(inspector).toContainText(`partition ${partitionForKey('🙂', 3)}`);
  await produce(page, '');
  await expect(page.getByRole('listitem', { name: /no key$/ })).toHaveCount(1);
  await page.screenshot({ path: `${SHOTS}/simulator-en-wide.png`, fullPage: true });

  await page.getByRole('button', { name: 'Step back' }).click();
  await expect(page.getByRole('listitem', { name: /no key$/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Step back' }).click();
  await expect(partitionList(page, partitionForKey('🙂', 3)).getByRole('listitem', { name: / key 🙂$/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Step forward' }).click();
  await expect(partitionList(page, partitionForKey('🙂', 3)).getByRole('listitem', { name: / key 🙂$/ })).toHaveCount(1);
  // Keyboard: ← steps back too.
  await page.locator('body').press('ArrowLeft');
  await expect(partitionList(page, partitionForKey('🙂', 3)).getByRole('listitem', { name: / key 🙂$/ })).toHaveCount(0);
});

test('a group reads and commits; a crashed member is replaced and its records are read again', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto('/?lang=en');
  // consumer-2 owns orders-2 (range over 3 partitions and 2 members); these keys hash there.
  const toP2 = ['b', 'd', 'e', 'i'].filter((k) => partitionForKey(k, 3) === 2);
  expect(toP2.length).toBe(4);
  for (const key of ['a', 'f', ...toP2]) await produce(page, key);
  await page.getByRole('button', { name: 'Poll consumer-2' }).click();
  await page.getByRole('button', { name: 'Commit consumer-2' }).click();
  const log = page.getByRole('region', { name: /What step/ });
  await expect(log).toContainText('consumer-2');
  await produce(page, 'j');
  await produce(page, 'k');
  await page.getByRole('button', { name: 'Poll consumer-2' }).click();
  await page.getByRole('button', { name: 'Crash consumer-2' }).click();
  await expect(page.getByText('crashed', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: /Advance time by 1 min/ }).click();
  await expect(page.getByText('crashed', { exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Poll consumer-1' }).click();
  await expect(log).toContainText(/again|redeliver/i);
  await page.screenshot({ path: `${SHOTS}/simulator-en-after-crash.png`, fullPage: true });
});

test('refusals are explained and change nothing', async ({ page }) => {
  await page.goto('/?lang=en');
  const counter = page.locator('.step-counter');
  const before = await counter.textContent();
  await page.getByRole('spinbutton', { name: 'New total' }).fill('2');
  await page.getByRole('button', { name: 'Add partitions', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText(/3/);
  await expect(counter).toHaveText(before ?? '');
  await page.getByRole('textbox', { name: 'Key', exact: true }).fill('k'.repeat(101));
  await page.getByRole('button', { name: 'Produce', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('100');
  await expect(counter).toHaveText(before ?? '');
  await produce(page, 'x', '<img src=x onerror=alert(1)><b>bold</b>');
  await page.getByRole('listitem', { name: / key x$/ }).getByRole('button').click();
  await expect(page.getByText('<img src=x onerror=alert(1)><b>bold</b>')).toBeVisible();
});

test('switches language, in Korean on a narrow screen, and reports an unknown lang', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?lang=xx');
  await expect(page.getByRole('status').filter({ hasText: 'xx' })).toBeVisible();
  await page.getByRole('button', { name: /Switch language/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('카프카 시뮬레이터');
  await expect(page).toHaveURL(/lang=ko/);
  await page.getByRole('textbox', { name: '키', exact: true }).fill('사용자-1');
  await page.getByRole('button', { name: '보내기', exact: true }).click();
  await expect(page.getByRole('list', { name: `orders 파티션 ${partitionForKey('사용자-1', 3)}` }).getByRole('listitem')).toHaveCount(1);
  await page.screenshot({ path: `${SHOTS}/simulator-ko-narrow.png`, fullPage: true });
  await page.screenshot({ path: `${SHOTS}/simulator-ko-narrow-first-screen.png` });
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.screenshot({ path: `${SHOTS}/simulator-ko-wide.png`, fullPage: true });
});

test('honours prefers-reduced-motion', async ({ browser }) => {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto('/?lang=en');
  await produce(page, 'calm');
  const cell = page.getByRole('listitem', { name: / key calm$/ });
  await expect(cell).toHaveClass(/fresh-static/);
  const animation = await cell.evaluate((el) => getComputedStyle(el).animationName);
  expect(animation).toBe('none');
  await context.close();
});

test('a 16-partition topic with two groups still reads, wide and narrow, and plays at top speed', async ({ page }) => {
  await page.setViewportSize({ width: 1600, height: 1000 });
  await page.goto('/?scenario=heavy&lang=en');
  await expect(page.getByRole('list', { name: 'events partition 15', exact: true })).toBeVisible();
  await expect(page.getByRole('list', { name: 'events partition 0', exact: true }).getByRole('listitem').first()).toHaveAttribute('aria-label', /older records/);
  await page.getByRole('combobox', { name: 'Speed' }).selectOption('60');
  const counter = page.locator('.step-counter');
  const before = await counter.textContent();
  await page.getByRole('button', { name: 'Play' }).click();
  await page.waitForTimeout(1000);
  await page.getByRole('button', { name: 'Pause' }).click();
  expect(await counter.textContent()).not.toBe(before);
  await page.screenshot({ path: `${SHOTS}/heavy-en-wide.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?scenario=heavy&lang=ko');
  await page.screenshot({ path: `${SHOTS}/heavy-ko-narrow-first-screen.png` });
});

test('an unknown scenario in the URL opens the sandbox with a message', async ({ page }) => {
  await page.goto('/?scenario=nope&lang=en');
  await expect(page.getByRole('status').filter({ hasText: 'nope' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'orders partition 0', exact: true })).toBeVisible();
});

test('members join in their first poll, leave after max.poll.interval.ms, and a crashed one restarts', async ({ page }) => {
  for (const [lang, width, height] of [['en', 1366, 768], ['ko', 390, 844], ['en', 1920, 1080]] as const) {
    await page.setViewportSize({ width, height });
    // Each size starts from the sandbox, not from the one the previous size left in local storage.
    // The storage is cleared from a page of the same origin that runs no simulator: the simulator
    // restores its saved sandbox in slices after load, and would save it again after a clear.
    await page.goto('/embed/kafka-sim.css');
    await page.evaluate(() => localStorage.clear());
    await page.goto(`/?lang=${lang}`);
    const groups = page.locator('section.groups');
    await page.getByRole('button', { name: lang === 'en' ? 'Add consumer' : '컨슈머 추가', exact: true }).click();
    // The new consumer has subscribed but is not a member until it polls.
    await expect(groups.locator('li.outside')).toHaveCount(1);
    await page.getByRole('button', { name: lang === 'en' ? 'Crash consumer-1' : /consumer-1 비정상 종료/ }).click();
    await expect(groups.getByRole('button', { name: lang === 'en' ? 'Restart consumer-1' : 'consumer-1 재시작' })).toBeVisible();
    await groups.screenshot({ path: `${SHOTS}/groups-${lang}-${width}-subscribed-crashed.png` });
    // Five minutes without a poll: consumer-2 leaves the group on its own.
    await page.getByRole('button', { name: lang === 'en' ? 'Advance time by 5 min' : '시간 5분 앞으로' }).click();
    await expect(groups.locator('li.outside')).toHaveCount(2);
    await groups.screenshot({ path: `${SHOTS}/groups-${lang}-${width}-poll-timeout.png` });
    await page.getByRole('button', { name: lang === 'en' ? 'Poll consumer-2' : /consumer-2 폴링/ }).click();
    await expect(groups.locator('li.outside')).toHaveCount(1);
  }
});
