import { expect, test, type Page } from '@playwright/test';
import { partitionForKey } from '../src/engine/index.ts';
import { leaderOf, openReplicatedTopic, replicaName } from './support/replicated-topic.ts';

// The cluster diagram at the sizes people use it: a laptop (the default sandbox and the playback
// controls fit the screen), a phone (no sideways scroll), a projector in lecture mode (text of the
// figure at least 18 px, readable contrast); the Topics/Brokers toggle by keyboard, kept in the
// address; the brokers view after a leader crash.

const SHOTS = 'test/screenshots';
const SIZES = [[390, 844, 'phone'], [1366, 768, 'laptop'], [1920, 1080, 'projector']] as const;
const WORDS = {
  en: { add: (n: number) => `Add broker ${n}`, create: 'Create topic', topic: 'Topic', key: 'Key', produce: 'Produce', advance: 'Advance time by 5 s', crash: (n: number) => `Crash broker ${n}`, broker: (n: number) => `Broker ${n}`, topics: 'Topics', brokers: 'Brokers', play: 'Play', leader: 'leader', inSync: 'in sync', outOfSync: 'out of sync', epoch: 'leader epoch', lecture: 'Lecture mode' },
  ko: { add: (n: number) => `브로커 추가 (${n})`, create: '토픽 만들기', topic: '토픽', key: '키', produce: '보내기', advance: '시간 5초 앞으로', crash: (n: number) => new RegExp(`^브로커 ${n}: (죽이기|비정상 종료)$`), broker: (n: number) => `브로커 ${n}`, topics: '토픽', brokers: '브로커', play: /^(재생|Play)$/, leader: '리더', inSync: 'ISR 안', outOfSync: 'ISR 밖', epoch: '리더 에포크', lecture: '강의 모드' },
} as const;

const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

async function shootAllSizes(page: Page, name: string) {
  for (const [width, height, size] of SIZES) {
    await page.setViewportSize({ width, height });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${SHOTS}/${name}-${size}.png` });
    expect(await noSidewaysScroll(page)).toBe(true);
  }
}

for (const lang of ['en', 'ko'] as const) {
  test(`the default sandbox's diagram and playback controls fit a laptop screen; no sideways scroll on a phone (${lang})`, async ({ page }) => {
    const w = WORDS[lang];
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`/?lang=${lang}`);
    const figure = page.locator('.diagram-figure');
    await expect(figure.getByRole('list', { name: lang === 'en' ? 'orders partition 2' : /orders.*2/ })).toBeVisible();
    const bottom = await figure.evaluate((el) => el.getBoundingClientRect().bottom);
    expect(bottom).toBeLessThanOrEqual(768);
    const play = page.getByRole('button', { name: w.play, exact: true });
    expect(await play.evaluate((el) => el.getBoundingClientRect().bottom)).toBeLessThanOrEqual(768);
    // Lanes side by side on a laptop: producers left of the cluster, groups right of it.
    const x = (sel: string) => page.locator(`.diagram-figure > ${sel}`).evaluate((el) => el.getBoundingClientRect().left);
    expect(await x('.producers')).toBeLessThan(await x('.topics'));
    expect(await x('.topics')).toBeLessThan(await x('.groups'));
    await shootAllSizes(page, `diagram-default-${lang}`);
    // Stacked on a phone: producers, then the cluster, then the groups.
    await page.setViewportSize({ width: 390, height: 844 });
    const y = (sel: string) => page.locator(`.diagram-figure > ${sel}`).evaluate((el) => el.getBoundingClientRect().top);
    expect(await y('.producers')).toBeLessThan(await y('.topics'));
    expect(await y('.topics')).toBeLessThan(await y('.groups'));
    await page.getByRole('radio', { name: w.brokers }).check();
    expect(await noSidewaysScroll(page)).toBe(true);
  });

  test(`the brokers view after a leader crash shows the new leader and the shrunk ISR (${lang})`, async ({ page }) => {
    const w = WORDS[lang];
    await page.setViewportSize({ width: 1366, height: 768 });
    await openReplicatedTopic(page, lang);
    await expect(page.getByRole('radio', { name: w.brokers })).toBeChecked();
    const p = partitionForKey('k', 3);
    const copies = page.getByRole('group', { name: replicaName(lang, p, '\\d') });
    await expect(copies).toHaveCount(3);
    await expect(page.getByRole('group', { name: replicaName(lang, p, '\\d', `.*, ${w.inSync},`) })).toHaveCount(3);
    const leader = await leaderOf(page, lang, p);
    await page.getByRole('button', { name: w.crash(leader) }).click();
    await page.getByRole('button', { name: w.advance }).click();
    await page.getByRole('button', { name: w.advance }).click();
    await expect(page.getByRole('group', { name: replicaName(lang, p, leader, `.*${w.outOfSync}`) })).toBeVisible();
    const next = await leaderOf(page, lang, p);
    expect(next).not.toBe(leader);
    await expect(page.getByRole('group', { name: replicaName(lang, p, next, `${w.leader}, .*${w.epoch} 1$`) })).toBeVisible();
    await expect(page.getByRole('group', { name: replicaName(lang, p, '\\d', `.*, ${w.inSync},`) })).toHaveCount(2);
    // The high watermark is one line across the copies of a partition.
    await expect(page.locator(`[data-hw="payments:${p}"]`)).toHaveCount(1);
    await shootAllSizes(page, `diagram-crash-${lang}`);
  });
}

test('the Topics/Brokers toggle works by keyboard, is written to the address with its other parameters, and survives a reload', async ({ page }) => {
  await page.goto('/?lang=ko');
  const topics = page.getByRole('radio', { name: '토픽', exact: true });
  const brokers = page.getByRole('radio', { name: '브로커', exact: true });
  await expect(topics).toBeChecked();
  await topics.focus();
  await page.keyboard.press('ArrowRight');
  await expect(brokers).toBeChecked();
  await expect(brokers).toBeFocused();
  expect(new URL(page.url()).searchParams.get('view')).toBe('brokers');
  expect(new URL(page.url()).searchParams.get('lang')).toBe('ko');
  await page.reload();
  await expect(page.getByRole('radio', { name: '브로커', exact: true })).toBeChecked();
  await expect(page.getByText(/브로커가 하나뿐이면 브로커 보기는 토픽 보기와 같습니다/)).toBeVisible();
  const counter = await page.locator('.step-counter').textContent();
  await page.getByRole('radio', { name: '브로커', exact: true }).focus();
  await page.keyboard.press('ArrowLeft');
  // The arrow key belonged to the toggle: the timeline did not step back.
  await expect(page.locator('.step-counter')).toHaveText(counter!);
  await expect(page.getByRole('radio', { name: '토픽', exact: true })).toBeChecked();
  expect(new URL(page.url()).searchParams.has('view')).toBe(false);
  expect(new URL(page.url()).searchParams.get('lang')).toBe('ko');
});

test('an unknown view in the address is reported, ignored and dropped from the address', async ({ page }) => {
  await page.goto('/?lang=en&view=racks');
  await expect(page.getByRole('status').filter({ hasText: 'Unknown view "racks" in the address' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Topics' })).toBeChecked();
  await expect.poll(() => new URL(page.url()).searchParams.has('view')).toBe(false);
  expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
});

function luminance(rgb: string): number {
  const [r, g, b] = rgb.match(/\d+(\.\d+)?/g)!.slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

for (const lang of ['en', 'ko'] as const) {
  test(`in lecture mode on a projector the diagram's labels, markers and badges are at least 18 px, the lag badge readable (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(`/?lesson=offsets&step=4&lang=${lang}`);
    await page.getByRole('button', { name: WORDS[lang].lecture }).click();
    await expect(page.locator('.sim.lecture')).toHaveCount(1);
    const sizes = await page.evaluate(() => {
      const px = (sel: string) => [...document.querySelectorAll(sel)].map((e) => parseFloat(getComputedStyle(e).fontSize));
      return { cells: px('.diagram .cell button'), markers: px('.diagram .marker'), badges: px('.diagram .lag-badge, .diagram .badge'), heads: px('.diagram .partition-head > *') };
    });
    for (const [what, list] of Object.entries(sizes)) {
      expect(list.length, what).toBeGreaterThan(0);
      expect(Math.min(...list), what).toBeGreaterThanOrEqual(18);
    }
    const [fg, bg] = await page.locator('.diagram .lag-badge').first().evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el).backgroundColor]);
    const [hi, lo] = [luminance(fg!), luminance(bg!)].sort((a, b) => b - a) as [number, number];
    expect((hi + 0.05) / (lo + 0.05)).toBeGreaterThanOrEqual(4.5);
    await page.screenshot({ path: `${SHOTS}/diagram-lecture-${lang}-projector.png` });
  });
}

for (const lang of ['en', 'ko'] as const) {
  test(`a blog widget 460 px high shows the diagram; narration and controls take at most a third (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`/demo/index.html?lang=${lang}`);
    for (const id of ['w-topics', 'w-commits', 'w-retention']) {
      const w = page.locator(`#${id}`);
      await w.scrollIntoViewIfNeeded();
      await expect(w.locator('.diagram-figure')).toBeVisible();
      await expect(w.locator('.sim')).toHaveAttribute('lang', lang);
      const { top, height, figure } = await w.evaluate((el) => {
        const root = el.shadowRoot!;
        const box = root.querySelector('.widget')!.getBoundingClientRect();
        return { top: box.top, height: box.height, figure: root.querySelector('.diagram-figure')!.getBoundingClientRect().top };
      });
      expect(height).toBe(460);
      expect(figure - top, id).toBeLessThanOrEqual(460 / 3);
      if (id === 'w-commits') await w.screenshot({ path: `${SHOTS}/diagram-widget-${lang}.png` });
    }
  });
}

test('a widget with view="brokers" draws its scenario\'s brokers, without a toggle', async ({ page }) => {
  await page.goto('/demo/index.html?lang=en');
  const scenario = JSON.stringify({ format: 'kafka-sim-scenario', version: 1, seed: 1, cursor: 4, commands: [
    { type: 'addBroker', broker: 2 },
    { type: 'createTopic', topic: 'r', partitions: 1, replicationFactor: 2 },
    { type: 'addProducer', producer: 'p' },
    { type: 'produce', producer: 'p', topic: 'r', value: 'v' },
  ] });
  await page.evaluate((text) => {
    const el = document.createElement('kafka-sim');
    el.id = 'w-view-brokers';
    el.setAttribute('scenario', text);
    el.setAttribute('lang', 'en');
    el.setAttribute('view', 'brokers');
    el.setAttribute('height', '460');
    document.body.prepend(el);
  }, scenario);
  const w = page.locator('#w-view-brokers');
  await expect(w.getByRole('article', { name: /^Broker \d$/ })).toHaveCount(2);
  await expect(w.getByRole('group', { name: /^r-0 on broker \d, leader, in sync, log end 1/ })).toHaveCount(1);
  await expect(w.getByRole('radio')).toHaveCount(0);
  await w.screenshot({ path: `${SHOTS}/diagram-widget-brokers-en.png` });
});

// The screenshot set: a blog widget (a replication chapter of the demo article) at phone,
// laptop and projector sizes, in both languages; the figure must show inside the widget's box.
for (const lang of ['en', 'ko'] as const) {
  test(`a blog widget at phone, laptop and projector sizes (${lang})`, async ({ page }) => {
    for (const [width, height, name] of [[390, 844, 'phone'], [1366, 768, 'laptop'], [1920, 1080, 'projector']] as const) {
      await page.setViewportSize({ width, height });
      await page.goto(`/demo/index.html?lang=${lang}`);
      const w = page.locator('#w-broker-failure');
      await w.scrollIntoViewIfNeeded();
      await expect(w.locator('.diagram-figure')).toBeVisible();
      await expect(w.locator('.sim')).toHaveAttribute('lang', lang);
      const inside = await w.evaluate((el) => {
        const root = el.shadowRoot!;
        const box = root.querySelector('.widget')!.getBoundingClientRect();
        const figure = root.querySelector('.diagram-figure')!.getBoundingClientRect();
        return figure.top < box.bottom && figure.left >= box.left - 1 && figure.right <= box.right + 1;
      });
      expect(inside, name).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), name).toBe(true);
      await w.screenshot({ path: `${SHOTS}/widget-${lang}-${name}.png` });
    }
  });
}

test('a question in a 460 px widget keeps narration, choices and controls within a third', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/demo/index.html?lang=ko');
  await page.evaluate(() => {
    const el = document.createElement('kafka-sim');
    el.id = 'w-question';
    el.setAttribute('lesson', 'broker-failure');
    el.setAttribute('step', '2');
    el.setAttribute('lang', 'ko');
    el.setAttribute('height', '460');
    document.body.prepend(el);
  });
  const w = page.locator('#w-question');
  await expect(w.locator('.prediction')).toBeVisible();
  const { top, narration, figure } = await w.evaluate((el) => {
    const root = el.shadowRoot!;
    return { top: root.querySelector('.widget')!.getBoundingClientRect().top, narration: root.querySelector('.narration-box')!.getBoundingClientRect().bottom, figure: root.querySelector('.diagram-figure')!.getBoundingClientRect().top };
  });
  await w.screenshot({ path: `${SHOTS}/widget-question-ko.png` });
  // The header, the question, its choices and the step controls end within the first third; the figure follows.
  expect(narration - top).toBeLessThanOrEqual(460 / 3);
  expect(figure).toBeGreaterThanOrEqual(narration);
});

test('taking over a replication lesson opens its sandbox on the brokers view, kept in the address', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/?lesson=brokers&step=6&lang=en');
  await page.getByRole('button', { name: 'Take over from here' }).click();
  await expect(page).toHaveURL(/sandbox=1/);
  await expect(page).toHaveURL(/view=brokers/);
  await expect(page.getByRole('radio', { name: 'Brokers' })).toBeChecked();
  await expect(page.getByRole('article', { name: /^Broker \d$/ })).toHaveCount(3);
  await page.getByRole('radio', { name: 'Topics' }).check();
  await expect(page).not.toHaveURL(/view=/);
  await expect(page).toHaveURL(/sandbox=1/);
});
