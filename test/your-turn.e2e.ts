import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { PRACTICE_MISCONCEPTION_MESSAGES } from '../src/i18n/messages/practice-misconceptions.ts';

// "Your turn" steps (issue 21): the learner answers on the figure, by keyboard alone; a wrong
// action names the misconception behind it, then the right one is graded right.

/** Tab (as a keyboard user would) until the target has focus, then press Enter. */
async function tabAndPress(page: Page, target: Locator): Promise<void> {
  for (let i = 0; i < 120; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) {
      await page.keyboard.press('Enter');
      return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error('the target never took the focus');
}

async function expectMisconception(page: Page, lang: 'en' | 'ko'): Promise<void> {
  const feedback = page.locator('.narration [data-misconception]');
  await expect(feedback).toBeVisible();
  const id = await feedback.getAttribute('data-misconception');
  const text = PRACTICE_MISCONCEPTION_MESSAGES[`practice.misconception.${id}` as keyof typeof PRACTICE_MISCONCEPTION_MESSAGES];
  expect(text, `misconception ${id} has text`).toBeDefined();
  await expect(feedback).toHaveText(text[lang]);
}

async function serious(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

for (const lang of ['en', 'ko'] as const) {
  const partition = (p: number) => (lang === 'en' ? `orders partition ${p}` : `orders 파티션 ${p}`);
  const broker = (b: number) => (lang === 'en' ? `Broker ${b}` : `브로커 ${b}`);

  test(`keys lesson (${lang}): a wrong partition by keyboard names the misconception, then the right one is graded right`, async ({ page }) => {
    await page.goto(`/?lesson=keys&step=4&lang=${lang}`);
    const group = page.locator('[data-your-turn-step]');
    await expect(group).toBeVisible();
    expect(await serious(page)).toEqual([]);
    // alice went to partition 0 in step 2 (murmur2); partition 1 is the wrong belief "in turn".
    await tabAndPress(page, page.getByRole('button', { name: partition(1), exact: true }));
    await expectMisconception(page, lang);
    await expect(page.locator('.verdict.right')).toHaveCount(0);
    await expect(group).toBeVisible();
    await tabAndPress(page, page.getByRole('button', { name: partition(0), exact: true }));
    await expect(page.locator('.verdict.right')).toBeVisible();
    await expect(page.locator('.worked')).toContainText('murmur2("alice")');
    // The targets are gone once answered: the partition names are plain text again.
    await expect(page.locator('[data-your-turn]')).toHaveCount(0);
  });

  test(`broker-failure lesson (${lang}): the crashed leader is refused with its misconception; the ISR's next broker leads`, async ({ page }) => {
    await page.goto(`/?lesson=broker-failure&step=2&lang=${lang}`);
    await expect(page.locator('[data-your-turn-step]')).toBeVisible();
    await tabAndPress(page, page.getByRole('button', { name: broker(2), exact: true }));
    await expectMisconception(page, lang);
    expect(await serious(page)).toEqual([]);
    await tabAndPress(page, page.getByRole('button', { name: broker(3), exact: true }));
    await expect(page.locator('.verdict.right')).toBeVisible();
  });
}

test('"show me the answer" reveals the worked answer without a verdict of right or wrong', async ({ page }) => {
  await page.goto('/?lesson=keys&step=4&lang=en');
  await page.getByRole('button', { name: 'Show me the answer' }).click();
  await expect(page.locator('.verdict.revealed')).toContainText('partition 0');
  await expect(page.locator('.worked')).toContainText('% 3 = 0');
});
