import { expect, test, type Page } from '@playwright/test';
import { encodeScenarioForUrl, serializeScenario, type Scenario } from '../src/lessons/scenario-file.ts';
import type { Command } from '../src/engine/index.ts';

const valid: Command[] = [
  { type: 'createTopic', topic: 'loaded', partitions: 2 },
  { type: 'addProducer', producer: 'p' },
  { type: 'produce', producer: 'p', topic: 'loaded', key: '<b>키</b>', value: '<img src=x onerror=alert(1)>' },
];

async function load(page: Page, name: string, contents: string | Buffer, confirm = false) {
  await page.getByRole('button', { name: 'Load scenario' }).click();
  await page.locator('input[type=file]').setInputFiles({ name, mimeType: 'application/json', buffer: typeof contents === 'string' ? Buffer.from(contents) : contents });
  if (confirm) await page.getByRole('alertdialog').getByRole('button', { name: 'Load it' }).click();
}

test('a valid scenario file loads; markup in it stays text', async ({ page }) => {
  await page.goto('/?lang=en');
  await load(page, 'ok.json', serializeScenario({ seed: 3, commands: valid }));
  // It asks before replacing the sandbox, and Cancel keeps it.
  await expect(page.getByRole('alertdialog')).toContainText('Loading "ok.json" (3 steps) replaces your current sandbox');
  await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('list', { name: 'orders partition 0', exact: true })).toBeVisible();
  await load(page, 'ok.json', serializeScenario({ seed: 3, commands: valid }), true);
  await expect(page.getByText('Loaded 3 steps.')).toBeVisible();
  await expect(page.getByRole('list', { name: 'loaded partition 0', exact: true })).toBeVisible();
  await expect(page.getByRole('listitem', { name: 'offset 0 key <b>키</b>' })).toHaveCount(1);
  expect(await page.locator('img[src=x]').count()).toBe(0);
});

test('malformed, truncated, oversized, hostile and future files load nothing and say why', async ({ page }) => {
  await page.goto('/?lang=en');
  const counter = page.locator('.step-counter');
  const before = await counter.textContent();
  const good = serializeScenario({ seed: 1, commands: valid });
  const cases: [string, string | Buffer, RegExp][] = [
    ['bad.json', '{ this is not json', /JSON/i],
    ['cut.json', good.slice(0, Math.floor(good.length / 2)), /JSON/i],
    ['huge.json', Buffer.alloc(10 * 1024 * 1024, 0x20), /10\.0 MiB \(10,485,760 bytes\).*2\.0 MiB \(2,097,152 bytes\)/],
    ['deep.json', `{"format":"kafka-sim-scenario","version":1,"seed":1,"commands":[],"x":${'['.repeat(50_000)}${']'.repeat(50_000)}}`, /nest more than 16 levels/],
    ['alien.json', good.replace('"createTopic"', '"dropDatabase"'), /commands\[0\]/],
    ['future.json', good.replace(/"version": \d+/, '"version": 99'), /99/],
    ['shrink.json', serializeScenario({ seed: 1, commands: [...valid, { type: 'alterPartitions', topic: 'loaded', partitions: 1 }] }), /commands\[3\]/],
  ];
  for (const [name, contents, reason] of cases) {
    await load(page, name, contents, name === 'shrink.json');
    const alert = page.getByRole('alert').filter({ hasText: 'Nothing was loaded' });
    await expect(alert, name).toContainText(reason);
    await expect(counter).toHaveText(before ?? '');
  }
});

test('a share link reopens the same sandbox; a broken one says so; a reload keeps the sandbox', async ({ page, context }) => {
  await page.goto('/?lang=en');
  await page.getByRole('textbox', { name: 'Key', exact: true }).fill('shared-key');
  await page.getByRole('button', { name: 'Produce', exact: true }).click();
  await page.getByRole('button', { name: 'Copy share link' }).click();
  const link = await page.getByRole('textbox', { name: 'Copy share link' }).inputValue();
  expect(link).toContain('#scenario=');
  const other = await context.browser()!.newPage();
  await other.goto(link);
  await expect(other.getByRole('listitem', { name: / key shared-key$/ })).toHaveCount(1);
  await other.close();
  await page.reload();
  await expect(page.getByRole('listitem', { name: / key shared-key$/ })).toHaveCount(1);
  await expect(page.getByRole('status').filter({ hasText: 'from last time' })).toBeVisible();
  const broken = await context.browser()!.newPage();
  await broken.goto('/?lang=ko#scenario=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
  await expect(broken.getByRole('status').filter({ hasText: '아무것도 불러오지 않았습니다' })).toBeVisible();
  await expect(broken.getByRole('list', { name: 'orders 파티션 0', exact: true })).toBeVisible();
  await broken.close();
});

// A link may carry a record of any size the engine takes (max.request.size, 1 MiB by default): the
// page stays a page. Its value printed whole made the inspector 680,000 px tall, the figure's
// flight canvas as tall, and the figure went blank.
test('a link with a 1,000,000-character value: the figure draws, the page stays short, the inspector says the length', async ({ page }) => {
  const scenario = { seed: 1, commands: [{ type: 'createTopic', topic: 'b', partitions: 1 }, { type: 'addProducer', producer: 'p' }, { type: 'produce', producer: 'p', topic: 'b', key: 'k', value: 'v'.repeat(1_000_000) }] } as Scenario;
  await page.goto(`/?lang=en#scenario=${encodeScenarioForUrl(scenario)}`);
  const cell = page.getByRole('listitem', { name: 'offset 0 key k' });
  await expect(cell).toBeVisible();
  await cell.getByRole('button').click();
  await expect(page.locator('.inspector .value')).toContainText('(length 1,000,000)');
  const sizes = await page.evaluate(() => ({ page: document.documentElement.scrollHeight, canvas: Math.max(0, ...[...document.querySelectorAll('canvas')].map((c) => c.height)) }));
  // The sandbox page is about 3,000 px tall at this width; printed whole, the value made it 680,000.
  expect(sizes.page).toBeLessThan(6000);
  expect(sizes.canvas).toBeLessThan(3000);
});
