import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { LESSONS } from '../src/lessons/index.ts';

// The producer, consumer and features lessons opened at their last step, in both languages: the
// picture shows what the narration of the lesson's end says (two copies of p2 and one of p5; who
// reads which partition and each group's lag; nine partitions shared by three consumers).

const SHOTS = 'test/screenshots';
type Lang = 'en' | 'ko';
const W = {
  en: { partition: 'partition', offset: 'offset', key: 'key', owns: 'owns', lag: 'lag', idempotence: 'idempotence', on: 'on', off: 'off', awaiting: 'requests awaiting an ack: 1' },
  ko: { partition: '파티션', offset: '오프셋', key: '키', owns: '담당:', lag: '랙', idempotence: '멱등성', on: '켜짐', off: '꺼짐', awaiting: '응답(ack)을 기다리는 요청 1개' },
} as const;

async function openLast(page: Page, id: keyof typeof LESSONS, lang: Lang) {
  const last = LESSONS[id].steps.length;
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`/?lesson=${id}&step=${last}&lang=${lang}`);
  await expect(page.locator('#lesson-narration')).not.toBeEmpty();
}

function member(page: Page, consumer: string) {
  return page.locator(`[data-target="consumer:${consumer}"]`);
}

for (const lang of ['en', 'ko'] as const) {
  const w = W[lang];

  test(`producer-retries ends with p2 written twice and p5 once (${lang})`, async ({ page }) => {
    await openLast(page, 'producer-retries', lang);
    const log = page.getByRole('list', { name: `payments ${w.partition} 0`, exact: true });
    await expect(log.getByRole('listitem', { name: new RegExp(` ${w.key} p2$`) })).toHaveCount(2);
    await expect(log.getByRole('listitem', { name: `${w.offset} 1 ${w.key} p2`, exact: true })).toBeVisible();
    await expect(log.getByRole('listitem', { name: `${w.offset} 3 ${w.key} p2`, exact: true })).toBeVisible();
    await expect(log.getByRole('listitem', { name: new RegExp(` ${w.key} p5$`) })).toHaveCount(1);
    await expect(log.getByRole('listitem')).toHaveCount(7);
    // The producers say which one dedupes, and nothing is left waiting.
    await expect(page.locator('[data-target="producer:pay-v1"]')).toContainText(`acks=all · ${w.idempotence} ${w.off}`);
    await expect(page.locator('[data-target="producer:pay-v2"]')).toContainText(`acks=all · ${w.idempotence} ${w.on}`);
    await expect(page.locator('.awaiting')).toHaveCount(0);
    await page.screenshot({ path: `${SHOTS}/lesson-producer-retries-${lang}.png`, fullPage: true });
  });

  test(`consumer-side ends with the waiting member reading, and each group's own offsets (${lang})`, async ({ page }) => {
    await openLast(page, 'consumer-side', lang);
    await expect(member(page, 'ship-1')).toContainText(`${w.owns} orders-0`);
    await expect(member(page, 'ship-3')).toContainText(`${w.owns} orders-1`);
    await expect(member(page, 'ship-2')).toHaveCount(0);
    await expect(member(page, 'stats-1')).toContainText(`${w.owns} orders-0, orders-1`);
    // The console prints both groups' committed offsets: shipping 3 with lag 1, analytics 4 with lag 0.
    await expect(page.getByRole('figure').locator('pre')).toContainText(/shipping\s+orders\s+1\s+3\s+4\s+1/);
    await expect(page.getByText(`shipping ${w.lag} 1`).first()).toBeVisible();
    await expect(page.getByText(`analytics ${w.lag} 0`).first()).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/lesson-consumer-side-${lang}.png`, fullPage: true });
  });

  test(`features ends with nine partitions shared by three consumers (${lang})`, async ({ page }) => {
    await openLast(page, 'features', lang);
    await expect(page.getByRole('list', { name: `clicks ${w.partition} 8`, exact: true })).toBeAttached();
    await expect(member(page, 'c1')).toContainText(`${w.owns} clicks-0, clicks-1, clicks-2`);
    await expect(member(page, 'c3')).toContainText(`${w.owns} clicks-6, clicks-7, clicks-8`);
    await page.screenshot({ path: `${SHOTS}/lesson-features-${lang}.png`, fullPage: true });
  });
}

test('while its ack is lost, the producer shows a request still waiting (en, ko)', async ({ page }) => {
  for (const lang of ['en', 'ko'] as const) {
    await page.goto(`/?lesson=producer-retries&step=3&lang=${lang}`);
    await expect(page.locator('[data-target="producer:pay-v1"]')).toContainText(W[lang].awaiting);
  }
});

test('the election step lists one election per partition broker 1 led', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/?lesson=features&step=6&lang=en');
  await page.getByRole('button', { name: '3 leader elections', exact: true }).click();
  await expect(page.locator('.verdict.right')).toBeVisible();
  const log = page.locator('.event-log li');
  await expect(log.filter({ hasText: /is the new leader of clicks-\d/ })).toHaveCount(3);
  for (const p of [0, 2, 6]) await expect(log.filter({ hasText: `new leader of clicks-${p} ` })).toHaveCount(1);
  await page.screenshot({ path: `${SHOTS}/lesson-features-elections-en.png`, fullPage: true });
});

test('the new predictions and the console step have no serious accessibility violation', async ({ page }) => {
  // [lesson, step, language, buttons: the choices and "just show me"]
  for (const [id, step, lang, buttons] of [['producer-retries', 4, 'ko', 4], ['consumer-side', 7, 'en', 4], ['features', 6, 'ko', 5]] as const) {
    await page.goto(`/?lesson=${id}&step=${step}&lang=${lang}`);
    const choices = page.getByRole('group').filter({ has: page.locator('.prediction-label') });
    await expect(choices.getByRole('button')).toHaveCount(buttons);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id), `${id} ${step}`).toEqual([]);
    // Answered: the verdict and the console (for consumer-side) are checked too.
    await choices.getByRole('button').first().click();
    await expect(page.locator('.verdict')).toBeVisible();
    const after = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(after.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id), `${id} ${step} answered`).toEqual([]);
  }
});
