import { expect, test, type Page } from '@playwright/test';
import { SANDBOX_KEY } from '../src/lessons/scenario-file.ts';

// Issue 22: two tabs on the sandbox never lose each other's steps. Two pages in one browser
// context share local storage and a BroadcastChannel, as two tabs do.

async function produce(page: Page, key: string) {
  await page.getByRole('textbox', { name: 'Key', exact: true }).fill(key);
  await page.getByRole('button', { name: 'Produce', exact: true }).click();
  await expect(page.getByRole('listitem', { name: new RegExp(` key ${key}$`) })).toHaveCount(1);
}

const saved = (page: Page) => page.evaluate((key) => window.localStorage.getItem(key) ?? '', SANDBOX_KEY);

test('the second tab is told, saves nothing until it chooses, and taking over continues from the other tab\'s steps', async ({ context }) => {
  const a = await context.newPage();
  await a.goto('/?lang=en');
  await produce(a, 'a-1');
  await expect.poll(() => saved(a)).toContain('"a-1"');

  const b = await context.newPage();
  await b.goto('/?lang=en');
  const question = b.getByRole('alertdialog').filter({ hasText: 'This sandbox is open in another tab.' });
  await expect(question).toBeVisible();
  await b.screenshot({ path: 'test/screenshots/sandbox-two-tabs-en.png' });

  // The first tab keeps saving; the second, undecided, saves none of its steps.
  await produce(a, 'a-2');
  await expect.poll(() => saved(a)).toContain('"a-2"');
  await produce(b, 'b-1');
  // No sleep: a step in the first tab after b-1 is saved after b-1 would have been (same debounce).
  await produce(a, 'a-after-b-1');
  await expect.poll(() => saved(a)).toContain('"a-after-b-1"');
  expect(await saved(b)).not.toContain('"b-1"');

  // Taking over opens the latest saved work (a-2 included) and tells the first tab.
  await question.getByRole('button', { name: 'Take over here (open the latest saved work)' }).click();
  await expect(b.getByRole('listitem', { name: / key a-2$/ })).toHaveCount(1);
  await expect(a.getByRole('alertdialog').filter({ hasText: 'Another tab took over this sandbox' })).toBeVisible();
  await produce(b, 'b-2');
  await expect.poll(() => saved(b)).toContain('"b-2"');
  const afterTakeOver = await saved(b);
  for (const step of ['"a-1"', '"a-2"', '"a-after-b-1"', '"b-2"']) expect(afterTakeOver).toContain(step);

  // The first tab, taken over, no longer saves: its next step overwrites nothing.
  await produce(a, 'a-3');
  await produce(b, 'b-3');
  await expect.poll(() => saved(b)).toContain('"b-3"');
  expect(await saved(a)).not.toContain('"a-3"');
  const latest = await saved(a);

  // Choosing a copy there says so and still saves nothing.
  await a.getByRole('alertdialog').getByRole('button', { name: 'Work on a copy (not saved)' }).click();
  await expect(a.getByRole('status').filter({ hasText: 'This tab is a copy' })).toBeVisible();
  await produce(a, 'a-4');
  await produce(b, 'b-4');
  await expect.poll(() => saved(b)).toContain('"b-4"');
  expect(await saved(a)).not.toContain('"a-4"');
  expect(await saved(a)).toContain(latest.slice(0, 40));
});

test('a take-over page survives a reload as the taken-over work, and keeping it asks with both step counts', async ({ page }) => {
  await page.goto('/?lang=en');
  await produce(page, 'precious');
  await expect.poll(() => saved(page)).toContain('"precious"');
  await page.goto('/?lesson=keys&step=2&lang=en');
  await page.getByRole('button', { name: /Take over/ }).click();
  await expect(page.getByRole('alertdialog')).toContainText('You have a sandbox saved in this browser');
  await produce(page, 'taken-work');
  // The take-over work is kept for this tab as it changes; the reload waits for that write.
  await expect.poll(() => page.evaluate(() => sessionStorage.getItem('kafka-sim:takeover:v1') ?? '')).toContain('taken-work');
  await page.reload();
  await expect(page.getByRole('listitem', { name: / key taken-work$/ })).toHaveCount(1);
  const question = page.getByRole('alertdialog');
  await expect(question).toContainText(/You have a sandbox saved in this browser \(\d+ steps\)\. Keeping what is shown here \(\d+ steps\) would replace it/);
  expect(await saved(page)).toContain('"precious"');
  await question.getByRole('button', { name: 'Keep this as my sandbox' }).click();
  await expect.poll(() => saved(page)).toContain('"taken-work"');
  await page.reload();
  await expect(page.getByRole('listitem', { name: / key taken-work$/ })).toHaveCount(1);
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
});
