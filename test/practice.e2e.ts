import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { translate, type Lang } from '../src/i18n/catalog.ts';
import { canonical } from '../src/practice/answers.ts';
import { generateExercise, type Exercise } from '../src/practice/index.ts';
import { answerLabel } from '../src/practice/ui/labels.ts';

// The practice page (?page=practice) in both languages: it generates an exercise, grades a wrong
// answer given by keyboard with the misconception behind it and then the right one, adapts the
// next exercise to the miss, exports and re-imports progress (refusing a foreign or broken file),
// and a practice link reopens the same exercise. Screenshots: test/screenshots/practice-*.png.

const SHOTS = 'test/screenshots';

async function serious(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

const t = (lang: Lang) => (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(lang, key, params);

function shown(page: Page): Promise<Exercise> {
  return page.locator('[data-exercise]').getAttribute('data-exercise').then((text) => {
    const [concept, seed] = text!.split(':');
    return generateExercise(concept!, Number(seed))!;
  });
}

async function answerRight(page: Page, exercise: Exercise) {
  await page.locator(`[data-choice="${cssEscape(canonical(exercise.answer)!)}"]`).click();
}

function cssEscape(text: string): string {
  return text.replace(/["\\]/g, '\\$&');
}

for (const lang of ['en', 'ko'] as const) {
  test(`practice (${lang}): a wrong answer by keyboard names its misconception, then the right one; the next exercise adapts; progress exports and imports`, async ({ page }) => {
    const tr = t(lang);
    const exercise = generateExercise('lag', 3)!;
    await page.goto(`/?page=practice&concept=lag&seed=3&lang=${lang}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(tr('practice.title'));
    await expect(page.getByText(tr(exercise.question.text as never, exercise.question.params), { exact: true })).toBeVisible();
    await expect(page.getByRole('figure')).toBeVisible();

    // A wrong choice, by keyboard: its misconception shows, in the page's language.
    const wrongIndex = Number(Object.keys(exercise.misconceptions)[0]);
    const wrong = exercise.choices![wrongIndex]!;
    const choice = page.locator(`[data-choice="${cssEscape(canonical(wrong)!)}"]`);
    await expect(choice).toHaveText(answerLabel(tr, exercise, wrong));
    await choice.focus();
    await page.keyboard.press('Enter');
    const status = page.locator('.practice-feedback');
    await expect(status).toContainText(tr(`practice.misconception.${exercise.misconceptions[String(wrongIndex)]!}` as never));
    await expect(status.locator('.verdict')).toContainText('✗');
    await page.screenshot({ path: `${SHOTS}/practice-wrong-${lang}.png`, fullPage: true });
    // Then the right one (Space).
    await page.locator(`[data-choice="${cssEscape(canonical(exercise.answer)!)}"]`).focus();
    await page.keyboard.press('Space');
    await expect(status).toContainText(tr('practice.rightLater', { answer: answerLabel(tr, exercise, exercise.answer) }));
    expect(await serious(page)).toEqual([]);

    // The miss brings the same concept back with a new seed; a right first answer moves on.
    await page.getByRole('button', { name: tr('practice.next'), exact: true }).click();
    await expect(page).toHaveURL(/concept=lag&seed=4/);
    await answerRight(page, await shown(page));
    await expect(status.locator('.verdict.right')).toBeVisible();
    await page.getByRole('button', { name: tr('practice.next'), exact: true }).click();
    await expect(page).not.toHaveURL(/concept=lag/);
    const other = await shown(page);
    await answerRight(page, other);
    const row = page.locator('tr[data-concept="lag"]');
    await expect(row).toContainText(tr('practice.conceptScore', { correct: 1, attempts: 2 }));
    await expect(page.locator(`tr[data-concept="${other.concept}"]`)).toContainText(tr('practice.conceptScore', { correct: 1, attempts: 1 }));

    // Export, start afresh, import: the same progress back.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: tr('practice.export') }).click();
    const file = await (await download).path();
    const exported = JSON.parse(await readFile(file, 'utf8'));
    expect(exported).toMatchObject({ format: 'kafka-sim-practice-progress', version: 1, concepts: { lag: { attempts: 2, correct: 1 } } });
    await page.evaluate(() => window.localStorage.clear());
    await page.reload();
    await expect(page.getByText(tr('practice.progressEmpty'))).toBeVisible();
    const input = page.locator('input[type=file]');
    // A foreign file and a broken one: a clear message, nothing changed.
    await input.setInputFiles({ name: 'scenario.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ format: 'kafka-sim-scenario', version: 2, seed: 1, commands: [] })) });
    await expect(page.getByRole('alert')).toHaveText(tr('practice.file.foreign'));
    await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{ "format": ') });
    await expect(page.getByRole('alert')).toHaveText(tr('practice.file.notJson'));
    await expect(page.getByText(tr('practice.progressEmpty'))).toBeVisible();
    await input.setInputFiles(file);
    await expect(row).toContainText(tr('practice.conceptScore', { correct: 1, attempts: 2 }));
    await expect(page.getByRole('status').filter({ hasText: tr('practice.imported', { count: Object.keys(exported.concepts).length }) })).toBeVisible();
    // Importing over progress this device already has asks first: "keep" changes nothing, "replace" replaces.
    const mine = Object.keys(exported.concepts).length;
    const confirm = tr('practice.import.confirm', { mine, theirs: 0 });
    await input.setInputFiles({ name: 'empty.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ format: 'kafka-sim-practice-progress', version: 1, concepts: {} })) });
    await expect(page.getByText(confirm)).toBeVisible();
    await page.getByRole('button', { name: tr('practice.import.keep') }).click();
    await expect(page.getByText(confirm)).toHaveCount(0);
    await expect(row).toContainText(tr('practice.conceptScore', { correct: 1, attempts: 2 }));
    await input.setInputFiles({ name: 'empty.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ format: 'kafka-sim-practice-progress', version: 1, concepts: {} })) });
    await page.getByRole('button', { name: tr('practice.import.replace') }).click();
    await expect(page.getByText(tr('practice.progressEmpty'))).toBeVisible();
    expect(await serious(page)).toEqual([]);
  });

  test(`practice (${lang}): a link reopens the same exercise, "show me" replays it to the answer, and a bad link says so`, async ({ page }) => {
    const tr = t(lang);
    await page.goto(`/?page=practice&lang=${lang}`);
    const first = await shown(page);
    await expect(page).toHaveURL(new RegExp(`concept=${first.concept}&seed=${first.seed}`));
    const href = await page.getByRole('link', { name: tr('practice.permalink') }).getAttribute('href');
    await page.goto('about:blank');
    await page.goto(href!);
    await expect(page.getByText(tr(first.question.text as never, first.question.params), { exact: true })).toBeVisible();
    expect(await shown(page)).toEqual(first);

    await page.getByRole('button', { name: tr('practice.showMe') }).click();
    const step = page.getByRole('button', { name: tr('practice.step'), exact: true });
    for (let i = first.setupLength; i < first.commands.length; i++) await step.click();
    await expect(page.locator('.practice-feedback')).toContainText(tr('practice.shown', { answer: answerLabel(tr, first, first.answer) }));
    await page.screenshot({ path: `${SHOTS}/practice-shown-${lang}.png`, fullPage: true });

    await page.goto(`/?page=practice&concept=nope&seed=-1&lang=${lang}`);
    await expect(page.getByText(tr('practice.unknownConcept', { concept: 'nope' }))).toBeVisible();
    await expect(page.getByText(tr('practice.badSeed', { seed: '-1' }))).toBeVisible();
    expect(await serious(page)).toEqual([]);
  });
}

test('the lessons page and the simulator link to the practice page', async ({ page }) => {
  await page.goto('/?page=lessons&lang=en');
  await page.getByRole('link', { name: 'Practice', exact: true }).click();
  await expect(page).toHaveURL(/page=practice/);
  await page.goto('/?lang=ko');
  await page.getByRole('link', { name: '연습 문제', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('연습 문제');
});
