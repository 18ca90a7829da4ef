import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { translate } from '../src/i18n/catalog.ts';
import { LESSONS } from '../src/lessons/index.ts';
import { LESSON_IDS } from '../src/lessons/types.ts';

// The lessons page (?page=lessons), the links between it, the lessons and the simulator, and
// lesson 1's picture building up. Screenshots: test/screenshots/lessonfix-*.png.

const SHOTS = 'test/screenshots';
const SIZES = [{ width: 390, height: 844 }, { width: 1366, height: 768 }, { width: 1920, height: 1080 }] as const;

async function serious(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

test('the lessons page lists every lesson with its summary, and shows a lesson complete once its last step was seen', async ({ page }) => {
  await page.goto('/?page=lessons&lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lessons');
  const items = page.getByRole('list').filter({ has: page.getByRole('heading', { level: 2 }) }).getByRole('listitem');
  await expect(items).toHaveCount(LESSON_IDS.length);
  for (const [i, id] of LESSON_IDS.entries()) {
    const item = items.nth(i);
    await expect(item.getByRole('heading', { level: 2 })).toHaveText(`${i + 1}. ${translate('en', LESSONS[id].title as never)}`);
    await expect(item).toContainText(translate('en', LESSONS[id].summary as never));
    await expect(item).toContainText(`${LESSONS[id].steps.length} steps`);
    await expect(item).toContainText('Not started');
  }

  // Open the offsets lesson from the list, go to its last step, come back: complete.
  const offsets = items.nth(LESSON_IDS.indexOf('offsets'));
  await offsets.getByRole('link', { name: /^Start: / }).click();
  await expect(page).toHaveURL(/lesson=offsets&step=1/);
  await page.getByRole('button', { name: 'Last step', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`step=${LESSONS.offsets.steps.length}`));
  await page.getByRole('link', { name: 'All lessons' }).click();
  await expect(page).toHaveURL(/page=lessons/);
  await expect(offsets).toContainText('✓ Completed');
  await expect(page.getByText(`Completed on this device: 1 of ${LESSON_IDS.length}`)).toBeVisible();

  // A lesson left halfway continues where it was left.
  await page.goto('/?lesson=keys&step=3&lang=en');
  await page.getByRole('link', { name: 'All lessons' }).click();
  const keys = items.nth(LESSON_IDS.indexOf('keys'));
  await expect(keys).toContainText(`1 of ${LESSONS.keys.steps.length} steps seen`);
  await keys.getByRole('link', { name: /^Continue at step 3: / }).click();
  await expect(page).toHaveURL(/lesson=keys&step=3/);
  expect(await serious(page)).toEqual([]);
});

test('every lesson links back to the simulator, and the simulator to the lessons page', async ({ page }) => {
  await page.goto('/?lesson=scaling&step=2&lang=ko');
  await page.getByRole('link', { name: '시뮬레이터', exact: true }).click();
  await expect(page).toHaveURL(/\?lang=ko$/);
  await expect(page.getByRole('button', { name: /^Produce$|^보내기$/ }).or(page.getByRole('combobox', { name: /Topic|토픽/ })).first()).toBeVisible();
  await page.getByRole('link', { name: '레슨 목록', exact: true }).click();
  await expect(page).toHaveURL(/page=lessons&lang=ko/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('레슨 목록');
  expect(await serious(page)).toEqual([]);
  await page.getByRole('link', { name: '시뮬레이터', exact: true }).click();
  await expect(page).toHaveURL(/\?lang=ko$/);
});

for (const lang of ['en', 'ko'] as const) {
  test(`screenshots: the lessons page and Why Kafka? steps 1 and last (${lang})`, async ({ page }) => {
    test.setTimeout(90_000);
    const last = LESSONS['why-kafka'].steps.length;
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await page.goto(`/?page=lessons&lang=${lang}`);
      await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
      await page.screenshot({ path: `${SHOTS}/lessonfix-lessons-${lang}-${size.width}.png`, fullPage: true });
      for (const step of [1, 2, 5, 6, last]) {
        await page.goto(`/?lesson=why-kafka&step=${step}&lang=${lang}`);
        await expect(page.locator('.why-diagram figcaption')).toBeVisible();
        if (step === 1 || step === last || (step === 6 && size.width === 390)) await page.screenshot({ path: `${SHOTS}/lessonfix-why-${step}-${lang}-${size.width}.png`, fullPage: true });
      }
    }
    await page.goto(`/?lesson=why-kafka&step=3&lang=${lang}`);
    await page.screenshot({ path: `${SHOTS}/lessonfix-why-3-${lang}-1366.png`, fullPage: true });
    expect(await serious(page)).toEqual([]);
  });
}

test('a prediction offers plausible wrong answers and marks a wrong pick red with ✗', async ({ page }) => {
  // A choice question (offsets step 7 became a your-turn step, answered on the figure).
  await page.goto('/?lesson=partition-log&step=7&lang=en');
  const group = page.getByRole('group').filter({ has: page.locator('.prediction-label') });
  await expect(group.getByRole('button')).toHaveText(['offset 0', 'offset 3', 'offset 4', 'offset 5', 'Just show me']);
  await group.getByRole('button', { name: 'offset 3' }).click();
  const verdict = page.locator('.verdict');
  await expect(verdict).toHaveClass(/wrong/);
  await expect(verdict).toHaveText(/^✗ /);
  await expect(verdict).toHaveCSS('color', 'rgb(153, 27, 27)');
  await page.screenshot({ path: `${SHOTS}/lessonfix-prediction-wrong-en.png` });
});
