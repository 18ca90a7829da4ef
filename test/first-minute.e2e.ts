import { expect, test, type Page } from '@playwright/test';

// A new user's first minute in the sandbox: the hint says what to try, "3 brokers, RF 3" builds a
// replicated topic, a record sent with acks=all is replicated and acknowledged while Play runs the
// model clock (no time button touched), a crashed leader is fenced after broker.session.timeout.ms
// and a follower elected, and step back undoes the crash exactly (equal to a replay from the saved file).

const SHOTS = 'test/screenshots';
const WORDS = {
  en: {
    hint: /3 brokers, RF 3/, brokers: 'Brokers', setup: /^3 brokers, RF 3/, topic: 'Topic', produce: 'Produce', play: 'Play', pause: 'Pause', back: 'Step back',
    speed: 'Speed', crash: (n: number) => `Crash broker ${n}`, broker: (n: number) => `Broker ${n}`, leader: 'leader', hw: 'high watermark', fenced: 'fenced',
    cluster: 'Brokers and replicas', crashed: /crashed\. The controller notices/, requests: 'producer-1 (acks=all)', events: /^What step \d+ did$/,
  },
  ko: {
    hint: /브로커 3대, 복제 계수 3/, brokers: '브로커', setup: /^브로커 3대, 복제 계수 3/, topic: '토픽', produce: '보내기', play: '재생', pause: '일시정지', back: '이전 단계',
    speed: '속도', crash: (n: number) => `브로커 ${n}: 비정상 종료`, broker: (n: number) => `브로커 ${n}`, leader: '리더', hw: '하이 워터마크', fenced: '펜싱됨',
    cluster: '브로커와 레플리카', crashed: /비정상 종료되었습니다\. 컨트롤러는/, requests: 'producer-1(acks=all)', events: /단계에서 일어난 일$/,
  },
} as const;

type Words = (typeof WORDS)[keyof typeof WORDS];

/** The accessible name of replicated-0's copy on a broker, as the brokers figure names its row (from the start). */
function copyName(w: Words, broker: number, rest: string): RegExp {
  return new RegExp(w === WORDS.en ? `^replicated-0 on broker ${broker}, ${rest}` : `^브로커 ${broker}의 replicated-0, ${rest}`);
}

/** The broker whose row of replicated-0 is drawn as its leader. */
async function leaderOf(page: Page, w: Words): Promise<number> {
  for (const broker of [1, 2, 3]) {
    if (await page.getByRole('group', { name: copyName(w, broker, w.leader) }).count() > 0) return broker;
  }
  throw new Error('no leader drawn');
}

for (const lang of ['en', 'ko'] as const) {
  test(`a new user's first minute: hint, 3 brokers RF 3, acks=all acknowledged and a crashed leader fenced while Play runs; step back is exact (${lang})`, async ({ page }) => {
    test.setTimeout(60_000);
    const w = WORDS[lang];
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(`/?lang=${lang}`);
    const hint = page.getByRole('note').filter({ hasText: w.hint });
    await expect(hint).toBeVisible();
    const play = page.getByRole('button', { name: w.play, exact: true });
    await expect(play).toBeEnabled();

    // Follow the hint.
    await page.getByRole('radio', { name: w.brokers, exact: true }).check();
    await page.getByRole('button', { name: w.setup }).click();
    await expect(page.getByRole('combobox', { name: w.topic, exact: true }).first()).toHaveValue('replicated');
    const cluster = page.getByRole('region', { name: w.cluster });
    await expect(cluster).toBeVisible();
    await page.getByRole('button', { name: w.produce, exact: true }).click();
    const leader = await leaderOf(page, w);
    const leaderCard = page.getByRole('article', { name: w.broker(leader), exact: true });
    await expect(page.getByRole('group', { name: copyName(w, leader, `${w.leader}.*${w.hw} 0,`) })).toHaveCount(1);
    await expect(cluster.getByText(`${w.requests}: 1`)).toBeVisible();

    // Play at the end runs the model clock: replication, the high watermark and the ack happen by themselves.
    await page.getByRole('combobox', { name: w.speed }).selectOption('4');
    await play.click();
    await expect(page.getByRole('button', { name: w.pause, exact: true })).toBeVisible();
    await expect(page.getByRole('group', { name: copyName(w, leader, `${w.leader}.*${w.hw} 1,`) })).toHaveCount(1, { timeout: 15_000 });
    await expect(cluster.getByText(`${w.requests}: 0`)).toBeVisible({ timeout: 15_000 });
    for (const f of [1, 2, 3].filter((b) => b !== leader)) {
      await expect(page.getByRole('group', { name: copyName(w, f, `.*${w.hw} 1,`) })).toHaveCount(1, { timeout: 15_000 });
    }

    // Crash the leader while the clock runs: fenced after broker.session.timeout.ms, a follower leads.
    await page.getByRole('button', { name: w.crash(leader) }).click();
    await expect(leaderCard).toContainText(w.fenced, { timeout: 20_000 });
    await expect.poll(() => leaderOf(page, w), { timeout: 20_000 }).not.toBe(leader);
    await page.getByRole('button', { name: w.pause, exact: true }).click();
    const next = await leaderOf(page, w);
    for (const [width, height, name] of [[390, 844, 'phone'], [1280, 720, 'laptop'], [1366, 768, 'laptop-1366'], [1920, 1080, 'projector']] as const) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: `${SHOTS}/sandbox-after-crash-${lang}-${name}.png` });
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    }
    await page.setViewportSize({ width: 1366, height: 900 });

    // Step back to the crash, then once more: the leader is back, unfenced, exactly as before.
    const log = page.getByRole('region', { name: w.events });
    const back = page.getByRole('button', { name: w.back, exact: true });
    for (let i = 0; i < 20 && !(await log.getByText(w.crashed).isVisible()); i++) await back.click();
    await expect(log.getByText(w.crashed)).toBeVisible();
    await back.click();
    await expect(leaderCard).not.toContainText(w.fenced);
    expect(await leaderOf(page, w)).toBe(leader);
    expect(next).not.toBe(leader);
    const before = await cluster.ariaSnapshot();
    const counter = await page.locator('.step-counter').textContent();

    // Exactly: the saved file replayed from step 0 after a reload shows the same cluster at that step.
    const cursor = Number(/\d+/.exec(counter ?? '')?.[0]);
    await expect.poll(() => page.evaluate(() => (JSON.parse(localStorage.getItem('kafka-sim:sandbox:v1') ?? '{}') as { cursor?: number }).cursor)).toBe(lang === 'en' ? cursor : Number(/(\d+)단계$/.exec((counter ?? '').split('·')[0]!.trim())?.[1]));
    await page.reload();
    await expect(page.locator('.step-counter')).toHaveText(counter ?? '');
    await expect(cluster).toBeVisible();
    expect(await cluster.ariaSnapshot()).toBe(before);
  });
}
