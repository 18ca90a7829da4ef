import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { encodeScenarioForUrl } from '../src/lessons/scenario-file.ts';

// A rebalance in progress in the sandbox (issue 19): under Kafka 4.0 a newcomer waits at the classic
// protocol's join barrier for the busy member's poll. The group panel says PreparingRebalance and
// whom it waits for; kafka-consumer-groups warns that the group is rebalancing.

const commands = [
  { type: 'createTopic', topic: 'orders', partitions: 2 },
  { type: 'addConsumer', consumer: 'busy', group: 'g', topics: ['orders'] },
  { type: 'poll', consumer: 'busy' },
  { type: 'addConsumer', consumer: 'late', group: 'g', topics: ['orders'] },
  { type: 'poll', consumer: 'late' },
];
const link = (lang: string) => `/?lang=${lang}#scenario=${encodeScenarioForUrl({ seed: 1, kafkaVersion: '4.0', commands: commands as never })}`;

const TEXT = {
  en: { state: 'group state PreparingRebalance', waiting: 'waiting for busy to rejoin' },
  ko: { state: '그룹 상태 PreparingRebalance', waiting: 'busy 멤버가 poll()해서 다시 참여하기를 기다리는 중' },
} as const;

for (const lang of ['en', 'ko'] as const) {
  test(`a group waiting at the join barrier shows PreparingRebalance and whom it waits for (${lang})`, async ({ page }) => {
    await page.goto(link(lang));
    const state = page.locator('[data-group-state]');
    await expect(state).toHaveAttribute('data-group-state', 'PreparingRebalance');
    await expect(state).toContainText(TEXT[lang].state);
    await expect(state).toContainText(TEXT[lang].waiting);
    const results = await new AxeBuilder({ page }).include('.groups').withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  });
}
