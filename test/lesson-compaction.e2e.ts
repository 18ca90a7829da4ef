import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { LESSONS } from '../src/lessons/index.ts';

// The compaction lesson in both languages: the figure shows what the narration says at its key
// steps (the gap the first cleaning leaves, the tombstone, then the key gone), a prediction is
// answered, and axe finds nothing serious. Screenshots at a phone, a projector in lecture mode,
// a laptop and a desktop.

const SHOTS = 'test/screenshots';
const TOTAL = LESSONS.compaction.steps.length;
const TEXT = {
  en: { next: 'Next', gap: /^offsets [0-9]–2: removed by compaction/, tombstone: 'offset 10 key cho, tombstone', offset: (o: number, k: string) => `offset ${o} key ${k}`, kept4: 'offset 4', ratio: 'dirty ratio 0.50', superseded: 'offset 4 key kim, superseded by offset 7' },
  ko: { next: '다음', gap: /^오프셋 [0-9]–2: 컴팩션으로 지워짐/, tombstone: /^오프셋 10 키 cho.*툼스톤$/, offset: (o: number, k: string) => new RegExp(`^오프셋 ${o} 키 ${k}`), kept4: '오프셋 4', ratio: '더티 비율 0.50', superseded: /^오프셋 4 키 kim.*오프셋 7의 새 값에 밀림$/ },
} as const;

const partition = (page: Page) => page.locator('[data-target="partition:profiles:0"]');

async function open(page: Page, lang: 'en' | 'ko', step: number, lecture = false) {
  await page.goto(`/?lesson=compaction&step=${step}&lang=${lang}${lecture ? '&lecture=1' : ''}`);
  await expect(page.locator('#lesson-narration')).not.toBeEmpty();
}

async function noSeriousAxe(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
}

for (const lang of ['en', 'ko'] as const) {
  const text = TEXT[lang];

  test(`compaction lesson (${lang}): a gap, a tombstone kept, then removed; a prediction answered by the engine`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width: 1366, height: 900 });
    await open(page, lang, 2);
    const cells = partition(page).locator('.cell:not(.gap):not(.summary)');
    await expect(cells).toHaveCount(7);
    await expect(partition(page).locator('.cell.gap')).toHaveCount(0);

    // Step 3 asks first: pick "offset 4" (kim's latest), then the verdict and the gap.
    await page.getByRole('button', { name: text.next, exact: true }).click();
    const prediction = page.getByRole('group').filter({ has: page.locator('.prediction-label') });
    await prediction.getByRole('button', { name: text.kept4, exact: true }).click();
    await expect(page.locator('.verdict')).toBeVisible();
    await expect(partition(page).locator('.cell.gap')).toHaveAttribute('aria-label', text.gap);
    await expect(cells).toHaveCount(4);
    await expect(partition(page).getByRole('listitem', { name: text.offset(4, 'kim') })).toBeVisible();
    await noSeriousAxe(page);

    // Step 6: the cleaner point, the active segment and the dirty ratio of 0.5 that is not above 0.5;
    // the records a later one of their key supersedes are marked before the cleaner removes them.
    await open(page, lang, 6);
    await page.getByRole('group').filter({ has: page.locator('.prediction-label') }).getByRole('button').last().click();
    await expect(page.locator('.verdict')).toBeVisible();
    await expect(partition(page).locator('[data-cleaner-marker="cleaner-point"]')).toHaveAttribute('data-offset', '6');
    await expect(partition(page).locator('[data-cleaner-marker="active-segment"]')).toHaveAttribute('data-offset', '9');
    await expect(partition(page).locator('[data-dirty-ratio]')).toHaveText(text.ratio);
    await expect(partition(page).locator('.cell.superseded')).toHaveCount(3);
    await expect(partition(page).getByRole('listitem', { name: text.offset(4, 'kim') })).toHaveAttribute('aria-label', text.superseded);

    // Step 8: the tombstone is kept, cho's old value (3) is gone.
    await open(page, lang, 8);
    const reveal = page.getByRole('group').filter({ has: page.locator('.prediction-label') }).getByRole('button').last();
    await reveal.click();
    await expect(page.locator('.verdict')).toBeVisible();
    await expect(partition(page).locator('[data-tombstone]')).toHaveAttribute('aria-label', text.tombstone);
    await expect(partition(page).getByRole('listitem', { name: text.offset(3, 'cho') })).toHaveCount(0);
    await page.screenshot({ path: `${SHOTS}/lesson-compaction-8-${lang}.png`, fullPage: true });

    // Step 9, a day later without writes: still there. Step 10: gone, and no record of cho is left.
    await open(page, lang, 9);
    await expect(partition(page).locator('[data-tombstone]')).toHaveCount(1);
    await open(page, lang, 10);
    await page.getByRole('group').filter({ has: page.locator('.prediction-label') }).getByRole('button').last().click();
    await expect(page.locator('.verdict')).toBeVisible();
    await expect(partition(page).locator('[data-tombstone]')).toHaveCount(0);
    await expect(partition(page).getByRole('listitem', { name: text.offset(10, 'cho') })).toHaveCount(0);
    await noSeriousAxe(page);
  });

  test(`compaction lesson (${lang}) steps through to the end`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width: 1366, height: 900 });
    await open(page, lang, 1);
    for (let step = 1; step <= TOTAL; step++) {
      await expect(page).toHaveURL(new RegExp(`step=${step}(&|$)`));
      const prediction = page.getByRole('group').filter({ has: page.locator('.prediction-label') });
      if (await prediction.count()) {
        await prediction.getByRole('button').first().click();
        await expect(page.locator('.verdict')).toBeVisible();
      }
      if (step < TOTAL) await page.getByRole('button', { name: text.next, exact: true }).click();
    }
    await expect(page.locator('#lesson-narration')).not.toBeEmpty();
  });

  for (const [width, height, lecture] of [[390, 844, false], [1280, 720, true], [1366, 768, false], [1920, 1080, false]] as const) {
    test(`compaction lesson (${lang}) at ${width}×${height}${lecture ? ' in lecture mode' : ''}`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ reducedMotion: 'reduce' });
      for (const step of [6, 8, 11]) {
        await open(page, lang, step, lecture);
        // In lecture mode the vote's reveal; otherwise "just show me": the figure as the narration describes it.
        const reveal = lecture ? page.getByRole('button', { name: lang === 'en' ? 'Reveal' : '정답 공개', exact: true }) : page.getByRole('group').filter({ has: page.locator('.prediction-label') }).getByRole('button').last();
        await reveal.click();
        await expect(page.locator('.verdict')).toBeVisible();
        await page.screenshot({ path: `${SHOTS}/lesson-compaction-${step}-${width}${lecture ? '-lecture' : ''}-${lang}.png`, fullPage: !lecture });
      }
      await noSeriousAxe(page);
    });
  }
}
