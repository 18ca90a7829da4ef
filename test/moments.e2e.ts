import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { partitionForKey } from '../src/engine/index.ts';
import { leaderOf, openReplicatedTopic } from './support/replicated-topic.ts';

// The moments of replication made visible: a leader crashes, the controller fences it and elects a
// follower; the step of the election shows a badge with the new leader epoch on the partition and
// on the new leader's replica. Screenshots at phone, laptop and projector sizes, both languages.

const SHOTS = 'test/screenshots';
const WORDS = {
  en: { add: (n: number) => `Add broker ${n}`, create: 'Create topic', topic: 'Topic', key: 'Key', produce: 'Produce', advance: 'Advance time by 5 s', broker: (n: number) => `Broker ${n}`, leader: 'leader', epoch: (e: number) => `epoch ${e}`, fenced: 'Fenced' },
  ko: { add: (n: number) => `브로커 추가 (${n})`, create: '토픽 만들기', topic: '토픽', key: '키', produce: '보내기', advance: '시간 5초 앞으로', broker: (n: number) => `브로커 ${n}`, leader: '리더', epoch: (e: number) => `리더 에포크 ${e}`, fenced: '펜싱됨' },
} as const;

for (const lang of ['en', 'ko'] as const) {
  test(`a leader's crash, its fencing and the election show as badges with the new epoch (${lang})`, async ({ page }) => {
    const w = WORDS[lang];
    await page.setViewportSize({ width: 1366, height: 768 });
    await openReplicatedTopic(page, lang);
    const p = partitionForKey('k', 3);
    const leader = await leaderOf(page, lang, p);
    // The crash button of the leader's broker card, whatever its wording.
    await page.locator(`[data-target="broker:${leader}"] button.danger`).click();
    await expect(page.locator(`[data-target="broker:${leader}"] [data-callout][data-moment="crashed"]`)).toBeVisible();
    await page.getByRole('button', { name: w.advance }).click();
    await page.getByRole('button', { name: w.advance }).click();
    const next = await leaderOf(page, lang, p);
    expect(next).not.toBe(leader);
    // In the brokers view the election is told once, in the lane of the new leader's row, beside it.
    const row = page.locator(`[data-target="replica:payments:${p}:${next}"]`);
    const onPartition = row.locator('[data-callout][data-moment="elected"]', { hasText: w.epoch(1) });
    await expect(onPartition).toBeVisible();
    const [badge, cells] = [(await onPartition.boundingBox())!, (await row.locator('[data-replica-cell]').last().boundingBox())!];
    expect(badge.x).toBeGreaterThanOrEqual(cells.x + cells.width);
    expect(Math.abs(badge.y + badge.height / 2 - (cells.y + cells.height / 2))).toBeLessThan(cells.height);
    await expect(page.locator(`[data-target="broker:${leader}"] [data-callout][data-moment="fenced"]`, { hasText: w.fenced })).toBeVisible();
    await expect(page.locator('[data-callout][data-moment="isrShrunk"]').first()).toBeVisible();
    // Stepping on clears the moment.
    await page.getByRole('button', { name: w.advance }).click();
    await expect(page.locator('[data-moment="elected"]')).toHaveCount(0);
    await page.getByRole('button', { name: lang === 'en' ? 'Step back' : '이전 단계', exact: true }).click();
    await expect(onPartition).toBeVisible();
    // The badges are drawn over the page: nothing serious for axe (hidden from assistive technology, contrast AA).
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    for (const [width, height, name] of [[390, 844, 'phone'], [1366, 768, 'laptop'], [1920, 1080, 'projector']] as const) {
      await page.setViewportSize({ width, height });
      await page.locator(`[data-target="replica:payments:${p}:${next}"]`).scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/moments-election-${lang}-${name}.png` });
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    }
    await page.locator(`[data-target="broker:${next}"]`).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/moments-election-brokers-${lang}-projector.png` });
    // Lecture mode's badges are projector-sized.
    await page.evaluate(() => document.querySelector('.sim')!.classList.add('lecture'));
    const size = await onPartition.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(18);
    await page.locator(`[data-target="partition:payments:${p}"]`).first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/moments-election-${lang}-lecture.png` });
  });
}

test('with reduced motion nothing flies: the acknowledgement is a mark on the producer', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/?lang=en');
  await page.getByRole('textbox', { name: 'Key', exact: true }).fill('k');
  await page.getByRole('button', { name: 'Produce', exact: true }).click();
  const card = page.locator('[data-target="producer:producer-1"]');
  const mark = card.locator('[data-callout][data-moment="acked"]');
  await expect(mark).toBeVisible();
  await expect(mark).toContainText(/Ack received: offset \d+/);
  expect(await mark.evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
  // In the card, under its lines: it covers neither the producer's name nor its settings (issue 24 item 2).
  const [badge, box] = [(await mark.boundingBox())!, (await card.boundingBox())!];
  expect(badge.y).toBeGreaterThanOrEqual(box.y);
  expect(badge.y + badge.height).toBeLessThanOrEqual(box.y + box.height);
  for (const line of await card.locator('.detail, .object-trigger').all()) {
    const r = (await line.boundingBox())!;
    expect(r.y + r.height <= badge.y || r.y >= badge.y + badge.height).toBe(true);
  }
  await expect(page.locator('.moments [data-moment="acked"]')).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/moments-reduced-motion-en-laptop.png` });
});
