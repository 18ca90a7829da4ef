import { expect, test, type Page } from '@playwright/test';
import { encodeScenarioForUrl, SANDBOX_KEY } from '../src/lessons/scenario-file.ts';
import { worstCases } from '../src/lessons/scenarios/worst-case.ts';

// Issue 22: a link that takes long to replay never freezes the page: it shows progress, and Cancel
// acts within 100 ms (measured in the page, from the click event's time to the page saying so);
// then the page is usable and the saved sandbox intact.

async function produce(page: Page, key: string) {
  await page.getByRole('textbox', { name: 'Key', exact: true }).fill(key);
  await page.getByRole('button', { name: 'Produce', exact: true }).click();
  await expect(page.getByRole('listitem', { name: new RegExp(` key ${key}$`) })).toHaveCount(1);
}

const saved = (page: Page) => page.evaluate((key) => window.localStorage.getItem(key) ?? '', SANDBOX_KEY);

test('a slow link shows progress and cancels within 100 ms; the page is then usable and the saved sandbox intact', async ({ page }) => {
  await page.goto('/?lang=en');
  await produce(page, 'precious');
  await expect.poll(() => saved(page)).toContain('"precious"');
  const before = await saved(page);

  const slow = worstCases().find((c) => c.name.startsWith('replication'))!.scenario;
  await page.goto('about:blank');
  await page.goto(`/?lang=en#scenario=${encodeScenarioForUrl(slow)}`);
  const progress = page.locator('[data-restoring]');
  await expect(progress.getByRole('progressbar', { name: 'Opening the sandbox' })).toBeVisible();
  await expect(progress).toContainText(/Loading: replayed \d+ of 5000 steps/);
  await page.screenshot({ path: 'test/screenshots/slow-link-progress-en.png' });

  // From the click's own timestamp (when the input arrived) to the page showing the cancellation.
  await page.evaluate(() => {
    const button = document.querySelector('[data-restoring] button')!;
    (window as unknown as { latency: Promise<number> }).latency = new Promise((resolve) => {
      button.addEventListener('click', (event) => {
        const clicked = event.timeStamp;
        const seen = () => !document.querySelector('[data-restoring]') && document.querySelector('[data-restore-cancelled]');
        const observer = new MutationObserver(() => {
          if (!seen()) return;
          observer.disconnect();
          resolve(performance.now() - clicked);
        });
        observer.observe(document.body, { childList: true, subtree: true });
      }, { capture: true });
    });
  });
  await progress.getByRole('button', { name: 'Cancel' }).click();
  const latency = await page.evaluate(() => (window as unknown as { latency: Promise<number> }).latency);
  expect(latency).toBeLessThan(100);
  await expect(page.getByRole('alert').filter({ hasText: 'Opening the sandbox was cancelled' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start a new sandbox' }).first()).toBeVisible();

  // Usable, and nothing saved over the reader's work.
  await produce(page, 'after-cancel');
  await page.getByRole('button', { name: 'Step back', exact: true }).click();
  expect(await saved(page)).toBe(before);
  await page.reload();
  await expect(page.getByRole('listitem', { name: / key precious$/ })).toHaveCount(1);
  console.log(`cancel latency: ${latency.toFixed(1)} ms`);
});

const link = (commands: unknown[]) => `/?lang=en#scenario=${encodeScenarioForUrl({ seed: 1, commands: commands as never })}`;

test('the link that crashed the lag chart (1,200 empty groups) is refused at maxGroups; 64 groups over 150 steps render', async ({ page }) => {
  const groups = (n: number) => Array.from({ length: n }, (_, g) => ({ type: 'resetOffsets', group: `group-${g}`, offsets: [{ topic: 't', partition: 0, offset: 0 }] }));
  await page.goto(link([{ type: 'createTopic', topic: 't', partitions: 1 }, ...groups(1_200)]));
  await expect(page.getByRole('status').filter({ hasText: 'Nothing was loaded' })).toContainText('at most 64 consumer groups');
  await expect(page.locator('.lag-chart svg')).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Something went wrong' })).toHaveCount(0);

  await page.goto('about:blank');
  const ticks = Array.from({ length: 150 }, () => ({ type: 'advanceTime', ms: 1 }));
  await page.goto(link([{ type: 'createTopic', topic: 't', partitions: 1 }, ...groups(64), ...ticks]));
  await expect(page.getByRole('status').filter({ hasText: 'Loaded' }).first()).toBeVisible();
  await expect(page.locator('.lag-chart svg')).toBeVisible();
  await expect(page.locator('.lag-chart .legend li')).toHaveCount(64);
  await expect(page.getByRole('alert').filter({ hasText: 'Something went wrong' })).toHaveCount(0);
});
