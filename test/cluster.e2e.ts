import { expect, test, type Page } from '@playwright/test';
import { partitionForKey } from '../src/engine/index.ts';

// The brokers panel: a replicated topic, its leader's broker crashes, the controller fences it
// 9 s later and a follower from the ISR leads. Screenshots at phone, laptop and projector sizes.

const SHOTS = 'test/screenshots';
const WORDS = {
  en: { add: (n: number) => `Add broker ${n}`, create: 'Create topic', topic: 'Topic', key: 'Key', produce: 'Produce', advance: 'Advance time by 5 s', crash: (n: number) => `Crash broker ${n}`, broker: (n: number) => `Broker ${n}`, leader: 'leader', outOfSync: 'out of sync', fenced: 'fenced' },
  ko: { add: (n: number) => `브로커 추가 (${n})`, create: '토픽 만들기', topic: '토픽', key: '키', produce: '보내기', advance: '시간 5초 앞으로', crash: (n: number) => `브로커 ${n}: 비정상 종료`, broker: (n: number) => `브로커 ${n}`, leader: '리더', outOfSync: 'ISR 밖', fenced: '펜싱됨' },
} as const;

async function replicatedTopic(page: Page, lang: 'en' | 'ko') {
  const w = WORDS[lang];
  await page.goto(`/?lang=${lang}`);
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

/** The broker whose card lists payments-P as leader. */
async function leaderOf(page: Page, lang: 'en' | 'ko', partition: number): Promise<number> {
  for (const broker of [1, 2, 3]) {
    const card = page.getByRole('article', { name: WORDS[lang].broker(broker), exact: true });
    if (await card.getByRole('listitem', { name: new RegExp(`^payments-${partition}, ${WORDS[lang].leader}`) }).count() > 0) return broker;
  }
  throw new Error('no leader drawn');
}

for (const lang of ['en', 'ko'] as const) {
  test(`a crashed leader is fenced and a follower from the ISR leads (${lang})`, async ({ page }) => {
    const w = WORDS[lang];
    await page.setViewportSize({ width: 1366, height: 768 });
    await replicatedTopic(page, lang);
    const p = partitionForKey('k', 3);
    const leader = await leaderOf(page, lang, p);
    const cluster = page.getByRole('region', { name: lang === 'en' ? 'Brokers and replicas' : '브로커와 레플리카' });
    await expect(cluster.getByRole('listitem', { name: new RegExp(`^payments-${p}, ${w.leader}.*(high watermark|하이 워터마크) 1,`) })).toHaveCount(1);
    await page.getByRole('button', { name: w.crash(leader) }).click();
    await page.getByRole('button', { name: w.advance }).click();
    await page.getByRole('button', { name: w.advance }).click();
    const oldCard = page.getByRole('article', { name: w.broker(leader), exact: true });
    await expect(oldCard).toContainText(w.fenced);
    await expect(oldCard.getByRole('listitem', { name: new RegExp(`^payments-${p}, .*${w.outOfSync}`) })).toHaveCount(1);
    const next = await leaderOf(page, lang, p);
    expect(next).not.toBe(leader);
    await expect(page.getByRole('article', { name: w.broker(next), exact: true }).getByRole('listitem', { name: new RegExp(`^payments-${p}, .*(leader epoch|리더 에포크) 1$`) })).toBeVisible();
    for (const [width, height, name] of [[390, 844, 'phone'], [1366, 768, 'laptop'], [1920, 1080, 'projector']] as const) {
      await page.setViewportSize({ width, height });
      await cluster.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/cluster-after-crash-${lang}-${name}.png` });
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    }
  });
}
