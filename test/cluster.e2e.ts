import { expect, test } from '@playwright/test';
import { partitionForKey } from '../src/engine/index.ts';
import { leaderOf, openReplicatedTopic, replicaName } from './support/replicated-topic.ts';

// The diagram's brokers view: a replicated topic, its leader's broker crashes, the controller fences it
// 9 s later and a follower from the ISR leads. Screenshots at phone, laptop and projector sizes.

const SHOTS = 'test/screenshots';
const WORDS = {
  en: { add: (n: number) => `Add broker ${n}`, create: 'Create topic', topic: 'Topic', key: 'Key', produce: 'Produce', advance: 'Advance time by 5 s', crash: (n: number) => `Crash broker ${n}`, broker: (n: number) => `Broker ${n}`, leader: 'leader', outOfSync: 'out of sync', fenced: 'fenced', brokers: 'Brokers' },
  ko: { add: (n: number) => `브로커 추가 (${n})`, create: '토픽 만들기', topic: '토픽', key: '키', produce: '보내기', advance: '시간 5초 앞으로', crash: (n: number) => `브로커 ${n}: 비정상 종료`, broker: (n: number) => `브로커 ${n}`, leader: '리더', outOfSync: 'ISR 밖', fenced: '펜싱됨', brokers: '브로커' },
} as const;

for (const lang of ['en', 'ko'] as const) {
  test(`a crashed leader is fenced and a follower from the ISR leads (${lang})`, async ({ page }) => {
    const w = WORDS[lang];
    await page.setViewportSize({ width: 1366, height: 768 });
    await openReplicatedTopic(page, lang);
    const p = partitionForKey('k', 3);
    const leader = await leaderOf(page, lang, p);
    const cluster = page.getByRole('region', { name: lang === 'en' ? 'Brokers and replicas' : '브로커와 레플리카' });
    await expect(cluster.getByRole('group', { name: replicaName(lang, p, '\\d', `${w.leader}.*(high watermark|하이 워터마크) 1,`) })).toHaveCount(1);
    await page.getByRole('button', { name: w.crash(leader) }).click();
    await page.getByRole('button', { name: w.advance }).click();
    await page.getByRole('button', { name: w.advance }).click();
    const oldCard = page.getByRole('article', { name: w.broker(leader), exact: true });
    await expect(oldCard).toContainText(w.fenced);
    await expect(cluster.getByRole('group', { name: replicaName(lang, p, leader, `.*${w.outOfSync}`) })).toHaveCount(1);
    const next = await leaderOf(page, lang, p);
    expect(next).not.toBe(leader);
    await expect(cluster.getByRole('group', { name: replicaName(lang, p, next, '.*(leader epoch|리더 에포크) 1$') })).toBeVisible();
    for (const [width, height, name] of [[390, 844, 'phone'], [1366, 768, 'laptop'], [1920, 1080, 'projector']] as const) {
      await page.setViewportSize({ width, height });
      await cluster.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/cluster-after-crash-${lang}-${name}.png` });
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    }
  });
}
