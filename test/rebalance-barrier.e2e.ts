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
    await expect(state).toHaveAttribute('data-waiting-for', 'busy');
    await expect(page.locator('.groups [data-target="consumer:busy"]')).toHaveAttribute('data-member-state', 'not-rejoined');
    await expect(page.locator('.groups [data-target="consumer:late"]')).toHaveAttribute('data-member-state', 'rejoined');
    const results = await new AxeBuilder({ page }).include('.groups').withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  });
}

// The same newcomer under the KIP-848 consumer protocol: no barrier. The group is Reconciling, the
// newcomer has its target at group epoch 2 and waits for the partition busy still holds, until the
// heartbeat 5 s later (group.consumer.heartbeat.interval.ms).
const consumerCommands = [
  { type: 'createTopic', topic: 'orders', partitions: 2 },
  { type: 'addConsumer', consumer: 'busy', group: 'g', topics: ['orders'], groupProtocol: 'consumer' },
  { type: 'poll', consumer: 'busy' },
  { type: 'addConsumer', consumer: 'late', group: 'g', topics: ['orders'], groupProtocol: 'consumer' },
  { type: 'poll', consumer: 'late' },
];
const consumerLink = (lang: string) => `/?lang=${lang}#scenario=${encodeScenarioForUrl({ seed: 1, kafkaVersion: '4.0', commands: consumerCommands as never })}`;

const CONSUMER_TEXT = {
  en: { state: 'group state Reconciling', noBarrier: 'no join barrier', epoch: 'group epoch 2', awaits: 'waiting for orders-1', heartbeat: 'next heartbeat at model time 5 s' },
  ko: { state: '그룹 상태 Reconciling', noBarrier: '조인 배리어 없음', epoch: '그룹 에포크 2', awaits: '받기를 기다림: orders-1', heartbeat: '다음 하트비트: 모델 시간 5초' },
} as const;

for (const lang of ['en', 'ko'] as const) {
  test(`a consumer-protocol group reconciling a newcomer shows member epochs, targets and no barrier (${lang})`, async ({ page }) => {
    await page.goto(consumerLink(lang));
    const state = page.locator('[data-group-state]');
    await expect(state).toHaveAttribute('data-group-state', 'Reconciling');
    await expect(state).toContainText(CONSUMER_TEXT[lang].state);
    await expect(state).toContainText(CONSUMER_TEXT[lang].noBarrier);
    await expect(page.locator('.groups article')).toContainText(CONSUMER_TEXT[lang].epoch);
    const late = page.locator('.groups [data-target="consumer:late"]');
    await expect(late).toHaveAttribute('data-member-epoch', '2');
    await expect(late).toHaveAttribute('data-member-state', 'reconciling');
    await expect(late).toContainText(CONSUMER_TEXT[lang].awaits);
    await expect(late).toContainText(CONSUMER_TEXT[lang].heartbeat);
    await expect(page.locator('.groups [data-target="consumer:busy"]')).toHaveAttribute('data-member-epoch', '1');
    const results = await new AxeBuilder({ page }).include('.groups').withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  });
}
