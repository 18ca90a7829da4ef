import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { translate, type MessageKey } from '../src/i18n/catalog.ts';
import { LESSONS } from '../src/lessons/index.ts';

const SHOTS = 'test/screenshots';

// Widgets that show their figure first: every lesson widget of the demo article carries a poster
// rendered from the engine at build time (a declarative shadow root), shown without any script;
// the loader (kafka-sim.js) fetches the live chunk once for the whole page, when a widget comes near.

const lessonWidgets = (page: Page) => page.locator('kafka-sim[lesson]:not(#w-bad)').evaluateAll((els) => els.map((e) => ({ id: e.id, lesson: e.getAttribute('lesson') ?? '', step: Number(e.getAttribute('step')) })));

/** What the live widget first says at a step: its question when the step asks one, else the narration. */
function firstWords(lessonId: string, step: number): string {
  const lesson = LESSONS[lessonId as keyof typeof LESSONS];
  const s = lesson.steps[step - 1]!;
  return translate('ko', (s.predict?.question ?? s.narration) as MessageKey);
}

test('without JavaScript, every widget of the demo article shows its poster: the figure and its caption, as text', async ({ browser }) => {
  test.setTimeout(60_000);
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto('/demo/index.html');
  const widgets = await lessonWidgets(page);
  expect(widgets.length).toBeGreaterThanOrEqual(14);
  for (const { id, lesson, step } of widgets) {
    const w = page.locator(`#${id}`);
    await w.scrollIntoViewIfNeeded();
    const figure = w.locator('figure.lesson-stage');
    await expect(figure, id).toBeVisible();
    // The caption names the step and says what the live widget says there, in real text.
    const caption = w.locator('figure.lesson-stage > figcaption');
    await expect(caption, id).toBeVisible();
    await expect(caption, id).toContainText(translate('ko', 'lessonUi.stepOf', { step, total: LESSONS[lesson as keyof typeof LESSONS].steps.length }));
    await expect(caption, id).toContainText(firstWords(lesson, step));
    await expect(w.locator('.embed-title'), id).toHaveText(translate('ko', LESSONS[lesson as keyof typeof LESSONS].title as MessageKey));
    // The box is the widget's own height, so the live one will not move the article.
    const box = await w.boundingBox();
    expect(Math.abs(box!.height - Number(await w.getAttribute('height'))), id).toBeLessThanOrEqual(1);
  }
  await page.locator('#w-brokers').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/posters-no-js.png` });
  await context.close();
});

async function liveNarration(w: Locator): Promise<Locator> {
  const narration = w.locator('#lesson-narration');
  await expect(narration).toBeVisible();
  return narration;
}

test('the live widget replaces its poster in the same box when scrolled near, and a page of widgets loads the simulator once', async ({ page }) => {
  test.setTimeout(90_000);
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/demo/index.html');
  const widgets = await lessonWidgets(page);
  const last = page.locator(`#${widgets.at(-1)!.id}`);
  // Before the reader scrolls: the first widget goes live, the far ones are still their posters.
  await liveNarration(page.locator(`#${widgets[0]!.id}`));
  await expect(last.locator('[data-poster]')).toHaveCount(1);
  await expect(last.locator('#lesson-narration')).toHaveCount(0);
  // The posters themselves (disabled, hidden step buttons included) pass axe.
  const axe = await new AxeBuilder({ page }).include(`#${widgets.at(-1)!.id}`).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  for (const { id } of widgets.slice(1)) {
    const w = page.locator(`#${id}`);
    const before = await w.boundingBox();
    const scrolledBefore = await page.evaluate(() => window.scrollY);
    const posterBox = await w.locator('[data-poster]').boundingBox();
    await w.scrollIntoViewIfNeeded();
    await liveNarration(w);
    await expect(w.locator('[data-poster]'), id).toHaveCount(0);
    // Same size, same place in the article (in document coordinates).
    const scrolled = await page.evaluate(() => window.scrollY);
    const after = (await w.boundingBox())!;
    const liveBox = (await w.locator('.widget').first().boundingBox())!;
    expect(Math.abs(after.height - before!.height), `${id} height`).toBeLessThanOrEqual(2);
    expect(Math.abs(after.width - before!.width), `${id} width`).toBeLessThanOrEqual(2);
    expect(Math.abs(after.y + scrolled - (before!.y + scrolledBefore)), `${id} top`).toBeLessThanOrEqual(2);
    if (posterBox) expect(Math.abs(liveBox.height - posterBox.height), `${id} inner box`).toBeLessThanOrEqual(2);
  }
  // Fourteen widgets, one loader, one live chunk, one stylesheet for the posters.
  const count = (suffix: string) => requested.filter((p) => p.endsWith(suffix)).length;
  expect(count('/embed/kafka-sim.js')).toBe(1);
  expect(count('/embed/kafka-sim.live.js')).toBe(1);
  expect(count('/embed/kafka-sim.text.ko.js')).toBe(1);
});

/** The demo article at 1280 px, and its last lesson widget, far below the first screen. */
async function farWidget(page: Page, url: string) {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(url);
  const far = (await lessonWidgets(page)).at(-1)!;
  return { far, w: page.locator(`#${far.id}`) };
}

test('goTo called before the live widget has loaded is kept and applied when it takes over', async ({ page }) => {
  const { far, w } = await farWidget(page, '/demo/index.html');
  await expect(w.locator('[data-poster]')).toHaveCount(1);
  await page.evaluate((id) => (document.getElementById(id) as HTMLElement & { goTo(s: unknown): void }).goTo(2), far.id);
  await w.scrollIntoViewIfNeeded();
  const total = LESSONS[far.lesson as keyof typeof LESSONS].steps.length;
  await expect(w.locator('.lesson-nav')).toBeVisible();
  await expect(w.locator('.step-of')).toHaveText(translate('ko', 'lessonUi.stepOf', { step: 2, total }));
});

// The Korean article read in English (?lang=en, or its language button): a poster the reader has not
// reached yet speaks English too, before its widget's script has loaded (it stood in Korean until its
// widget went live), and the button turns it back, with one figure drawn at a time.
test('posters follow the article\'s language before their widgets go live', async ({ page }) => {
  const { far, w } = await farWidget(page, '/demo/index.html?lang=en');
  const lesson = LESSONS[far.lesson as keyof typeof LESSONS];
  await expect(w.locator('[data-poster] > .poster')).toHaveAttribute('lang', 'en');
  await expect(w.locator('[data-poster] .embed-title')).toHaveText(translate('en', lesson.title as MessageKey));
  await expect(w.locator('[data-poster] .poster')).toHaveCount(1);
  // Still a poster: the far widget did not go live to say it in English.
  await expect(w.locator('#lesson-narration')).toHaveCount(0);
  await page.locator('#lang-toggle').click();
  await expect(w.locator('[data-poster] > .poster')).toHaveAttribute('lang', 'ko');
  await expect(w.locator('[data-poster] .embed-title')).toHaveText(translate('ko', lesson.title as MessageKey));
  await expect(w.locator('#lesson-narration')).toHaveCount(0);
});
