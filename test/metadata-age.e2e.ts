import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { encodeScenarioForUrl } from '../src/lessons/scenario-file.ts';

// Metadata age in the sandbox (issue 19, item 4): under Kafka 4.1 partitions added to a topic are seen
// by the producer and the group at their next metadata refresh (metadata.max.age.ms, 5 min). The event
// log of the step that crossed it says who learned what, and that only the group leader acts on it.

const SHOTS = 'test/screenshots';
const commands = [
  { type: 'createTopic', topic: 'orders', partitions: 2 },
  { type: 'addProducer', producer: 'shop' },
  { type: 'produce', producer: 'shop', topic: 'orders', key: 'k', value: 'v', flush: true },
  { type: 'addConsumer', consumer: 'leader', group: 'g', topics: ['orders'], maxPollIntervalMs: 1_000_000 },
  { type: 'poll', consumer: 'leader' },
  { type: 'addConsumer', consumer: 'other', group: 'g', topics: ['orders'], maxPollIntervalMs: 1_000_000 },
  { type: 'poll', consumer: 'other' },
  { type: 'poll', consumer: 'leader' },
  { type: 'alterPartitions', topic: 'orders', partitions: 4 },
  { type: 'advanceTime', ms: 300_000 },
];
const link = (lang: string) => `/?lang=${lang}#scenario=${encodeScenarioForUrl({ seed: 1, kafkaVersion: '4.1', commands: commands as never })}`;

const TEXT = {
  en: { producer: /Producer shop refreshed its metadata because its metadata\.max\.age\.ms \(5 min\) had passed: topic orders has 4 partitions, not 2/, leader: /Consumer leader .*As its group's leader .* rejoins/, other: /Consumer other .*Only the group leader acts on new partitions/ },
  ko: { producer: /metadata\.max\.age\.ms\(5분\)가 지나 shop 프로듀서가 메타데이터를 새로 받았습니다\. orders 토픽의 파티션은 2개가 아니라 4개입니다/, leader: /leader 컨슈머가 .*그룹 리더인 이 컨슈머는/, other: /other 컨슈머가 .*그룹 리더뿐이라/ },
} as const;

for (const lang of ['en', 'ko'] as const) {
  test(`the event log says who learned of the new partitions at metadata.max.age.ms (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(link(lang));
    const log = page.locator('.event-log');
    await expect(log.getByRole('listitem').filter({ hasText: TEXT[lang].producer })).toHaveCount(1);
    await expect(log.getByRole('listitem').filter({ hasText: TEXT[lang].leader })).toHaveCount(1);
    await expect(log.getByRole('listitem').filter({ hasText: TEXT[lang].other })).toHaveCount(1);
    const results = await new AxeBuilder({ page }).include('.event-log').withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    for (const [width, height] of [[390, 844], [1280, 720], [1366, 768], [1920, 1080]] as const) {
      await page.setViewportSize({ width, height });
      await log.scrollIntoViewIfNeeded();
      await log.screenshot({ path: `${SHOTS}/metadata-age-log-${width}-${lang}.png` });
    }
  });
}
