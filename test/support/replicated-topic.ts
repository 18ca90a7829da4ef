import type { Page } from '@playwright/test';

// The scene the cluster specs start from, built through the page as a student would: brokers 2
// and 3 added, topic `payments` with 3 partitions, replication factor 3 and min.insync.replicas 2,
// one record with key `k`, then 5 s of model time so the followers copy it. The brokers view is
// open (?view=brokers).

const WORDS = {
  en: { add: (n: number) => `Add broker ${n}`, create: 'Create topic', topic: 'Topic', key: 'Key', produce: 'Produce', advance: 'Advance time by 5 s', broker: (n: number) => `Broker ${n}`, leader: 'leader' },
  ko: { add: (n: number) => `브로커 추가 (${n})`, create: '토픽 만들기', topic: '토픽', key: '키', produce: '보내기', advance: '시간 5초 앞으로', broker: (n: number) => `브로커 ${n}`, leader: '리더' },
} as const;

export async function openReplicatedTopic(page: Page, lang: 'en' | 'ko'): Promise<void> {
  const w = WORDS[lang];
  await page.goto(`/?lang=${lang}&view=brokers`);
  await page.getByRole('button', { name: w.add(2) }).click();
  await page.getByRole('button', { name: w.add(3) }).click();
  const form = page.locator('form[aria-labelledby="create-topic-heading"]');
  await form.locator('input').first().fill('payments');
  await form.locator('input[type="number"]').nth(4).fill('3');
  await form.locator('input[type="number"]').nth(5).fill('2');
  await form.getByRole('button', { name: w.create }).click();
  await page.getByRole('combobox', { name: w.topic, exact: true }).first().selectOption('payments');
  await page.getByRole('textbox', { name: w.key, exact: true }).fill('k');
  await page.getByRole('button', { name: w.produce, exact: true }).click();
  await page.getByRole('button', { name: w.advance }).click();
}

/** The accessible name of payments-P's copy on a broker, as the brokers figure names its row (regex, from the start). */
export function replicaName(lang: 'en' | 'ko', partition: number, broker: number | string, rest = ''): RegExp {
  return new RegExp(lang === 'en' ? `^payments-${partition} on broker ${broker}, ${rest}` : `^브로커 ${broker}의 payments-${partition}, ${rest}`);
}

/** The broker whose row of payments-P is drawn as its leader, as the brokers figure draws it. */
export async function leaderOf(page: Page, lang: 'en' | 'ko', partition: number): Promise<number> {
  for (const broker of [1, 2, 3]) {
    if (await page.getByRole('group', { name: replicaName(lang, partition, broker, WORDS[lang].leader) }).count() > 0) return broker;
  }
  throw new Error('no leader drawn');
}
