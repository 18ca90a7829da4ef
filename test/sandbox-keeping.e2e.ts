import { expect, test, type Page } from '@playwright/test';
import { serializeScenario, SANDBOX_KEY } from '../src/lessons/scenario-file.ts';

// A reader's saved sandbox is never lost silently: links, take-overs and new sandboxes ask first,
// failed saves say so, and data from a newer version stays as it is.

async function produce(page: Page, key: string) {
  await page.getByRole('textbox', { name: 'Key', exact: true }).fill(key);
  await page.getByRole('button', { name: 'Produce', exact: true }).click();
  await expect(page.getByRole('listitem', { name: new RegExp(` key ${key}$`) })).toHaveCount(1);
}

const savedText = (page: Page) => page.evaluate((key) => window.localStorage.getItem(key), SANDBOX_KEY);

async function savedSoon(page: Page, key: string) {
  await expect.poll(async () => (await savedText(page)) ?? '').toContain(key);
}

test('a broken link keeps the saved sandbox and shows it; a good link leaves the address and asks before replacing it', async ({ page }) => {
  await page.goto('/?lang=en');
  await produce(page, 'my-work');
  await savedSoon(page, 'my-work');

  await page.goto('/?lang=en#scenario=AAAA-broken');
  await expect(page.getByRole('status').filter({ hasText: 'Nothing was loaded from the link' })).toContainText('Your saved sandbox is open, unchanged.');
  await expect(page.getByRole('listitem', { name: / key my-work$/ })).toHaveCount(1);
  expect(new URL(page.url()).hash).toBe('');
  await produce(page, 'more-work');
  await savedSoon(page, 'more-work');

  const link = `/?lang=en#scenario=${Buffer.from(JSON.stringify({ format: 'kafka-sim-scenario', version: 1, seed: 1, commands: [{ type: 'createTopic', topic: 'linked', partitions: 1 }] })).toString('base64url')}`;
  await page.goto(link);
  await expect(page.getByRole('list', { name: 'linked partition 0', exact: true })).toBeVisible();
  expect(new URL(page.url()).hash).toBe('');
  const question = page.getByRole('alertdialog');
  await expect(question).toContainText('You have a sandbox saved in this browser');
  await page.screenshot({ path: 'test/screenshots/sandbox-replace-question-en.png' });
  // Until the reader chooses, the saved sandbox stays as it was.
  expect(await savedText(page)).toContain('more-work');
  await question.getByRole('button', { name: 'Open my saved sandbox' }).click();
  await expect(page.getByRole('listitem', { name: / key more-work$/ })).toHaveCount(1);
  await page.reload();
  await expect(page.getByRole('listitem', { name: / key more-work$/ })).toHaveCount(1);
});

test('keeping a link replaces the saved sandbox only once chosen', async ({ page }) => {
  await page.goto('/?lang=en');
  await produce(page, 'old');
  await savedSoon(page, 'old');
  const link = `/?lang=en#scenario=${Buffer.from(JSON.stringify({ format: 'kafka-sim-scenario', version: 1, seed: 1, commands: [{ type: 'createTopic', topic: 'linked', partitions: 1 }] })).toString('base64url')}`;
  await page.goto(link);
  await page.getByRole('alertdialog').getByRole('button', { name: 'Keep this as my sandbox' }).click();
  await savedSoon(page, 'linked');
  await page.reload();
  await expect(page.getByRole('list', { name: 'linked partition 0', exact: true })).toBeVisible();
});

test('take over from a lesson asks before replacing a saved sandbox', async ({ page }) => {
  await page.goto('/?lang=en');
  await produce(page, 'precious');
  await savedSoon(page, 'precious');
  await page.goto('/?lesson=keys&step=2&lang=en');
  await page.getByRole('button', { name: /Take over/ }).click();
  await expect(page.getByRole('alertdialog')).toContainText('You have a sandbox saved in this browser');
  expect(await savedText(page)).toContain('precious');
  await page.getByRole('alertdialog').getByRole('button', { name: 'Open my saved sandbox' }).click();
  await expect(page.getByRole('listitem', { name: / key precious$/ })).toHaveCount(1);
});

test('starting a new sandbox asks first', async ({ page }) => {
  await page.goto('/?lang=en');
  await produce(page, 'keep-me');
  await savedSoon(page, 'keep-me');
  await page.getByRole('button', { name: 'Start a new sandbox' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alertdialog')).toContainText('deletes your saved sandbox');
  // The question takes the focus on Cancel, so Enter again keeps the sandbox.
  await expect(page.getByRole('alertdialog').getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Start a new sandbox' })).toBeFocused();
  expect(await savedText(page)).toContain('keep-me');
});

test('a save that fails says so', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); };
  });
  await page.goto('/?lang=en');
  await expect(page.getByRole('alert').filter({ hasText: 'could not be saved' })).toContainText('storage for this site is full');
});

test('a saved sandbox from a newer version is kept, not deleted, and nothing is saved over it', async ({ page }) => {
  const newer = serializeScenario({ seed: 1, commands: [] }).replace(/"version": \d+/, '"version": 99');
  await page.addInitScript(([key, text]) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(key!, text!);
      sessionStorage.setItem('seeded', '1');
    }
  }, [SANDBOX_KEY, newer]);
  await page.goto('/?lang=ko');
  await expect(page.getByRole('status').filter({ hasText: '더 새로운 버전' })).toContainText('지우지 않고 그대로');
  await page.getByRole('textbox', { name: '키', exact: true }).fill('x');
  await page.getByRole('button', { name: '보내기', exact: true }).click();
  await page.waitForTimeout(600);
  expect(await savedText(page)).toBe(newer);
  await page.screenshot({ path: 'test/screenshots/sandbox-newer-ko.png' });
});
