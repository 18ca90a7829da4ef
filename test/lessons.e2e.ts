import { expect, test, type Page } from '@playwright/test';
import { LESSONS } from '../src/lessons/index.ts';
import { LESSON_IDS } from '../src/lessons/types.ts';

const SHOTS = 'test/screenshots';
const NEXT = { en: 'Next', ko: '다음' } as const;

async function playThrough(page: Page, lang: 'en' | 'ko', id: (typeof LESSON_IDS)[number]) {
  const total = LESSONS[id].steps.length;
  await page.goto(`/?lesson=${id}&step=1&lang=${lang}`);
  const narration = page.getByRole('status').filter({ has: page.locator('#lesson-narration') });
  for (let step = 1; step <= total; step++) {
    await expect(page).toHaveURL(new RegExp(`step=${step}(&|$)`));
    await expect(narration).not.toBeEmpty();
    const prediction = page.getByRole('group').filter({ has: page.locator('.prediction-label') });
    if (await prediction.count()) {
      // Answer with the first choice, then the verdict and the narration appear. A "your turn" step
      // (answered on the figure, test/your-turn.e2e.ts) is answered with its "show me" button.
      const yourTurn = (await page.locator('[data-your-turn-step]').count()) > 0;
      await (yourTurn ? prediction.getByRole('button').last() : prediction.getByRole('button').first()).click();
      await expect(page.locator('.verdict')).toBeVisible();
    }
    if (step < total) await page.getByRole('button', { name: NEXT[lang], exact: true }).click();
  }
  await page.screenshot({ path: `${SHOTS}/lesson-${id}-${lang}.png`, fullPage: true });
}

for (const lang of ['en', 'ko'] as const) {
  test(`every lesson plays from first to last step in ${lang}, predictions answered`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(lang === 'en' ? { width: 1400, height: 900 } : { width: 390, height: 844 });
    for (const id of LESSON_IDS) await playThrough(page, lang, id);
  });
}

test('the URL of step k reopens step k, and browser back/forward move with it', async ({ page }) => {
  await page.goto('/?lesson=offsets&step=3&lang=en');
  await expect(page.getByText('Step 3 of', { exact: false })).toBeVisible();
  const text3 = await page.locator('#lesson-narration').textContent();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page).toHaveURL(/step=4/);
  await page.goBack();
  await expect(page).toHaveURL(/step=3/);
  await expect(page.locator('#lesson-narration')).toHaveText(text3 ?? '');
  await page.goForward();
  await expect(page).toHaveURL(/step=4/);
  await page.reload();
  await expect(page.getByText('Step 4 of', { exact: false })).toBeVisible();
});

test('lecture keys: arrows, Home/End, L for language, F for lecture mode', async ({ page }) => {
  await page.goto('/?lesson=partition-log&step=1&lang=en');
  await page.locator('body').press('ArrowRight');
  await expect(page).toHaveURL(/step=2/);
  await page.locator('body').press('End');
  await expect(page).toHaveURL(new RegExp(`step=${LESSONS['partition-log'].steps.length}`));
  await page.locator('body').press('Home');
  await expect(page).toHaveURL(/step=1/);
  await page.locator('body').press('l');
  await expect(page).toHaveURL(/lang=ko/);
  await page.locator('body').press('f');
  await expect(page.locator('.sim.lecture')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/lecture-mode-ko.png` });
});

test('take over from a lesson step opens a sandbox at that state', async ({ page }) => {
  await page.goto('/?lesson=keys&step=3&lang=en');
  await page.getByRole('button', { name: 'Take over from here' }).click();
  await expect(page).toHaveURL(/sandbox=1/);
  await expect(page.getByRole('list', { name: 'orders partition 0', exact: true })).toBeVisible();
  await page.getByRole('textbox', { name: 'Key', exact: true }).fill('alice');
  await page.getByRole('button', { name: 'Produce', exact: true }).click();
  await expect(page.getByRole('listitem', { name: / key alice$/ })).toHaveCount(2);
});

test('an unknown lesson or step in the URL shows a message and opens something sensible', async ({ page }) => {
  await page.goto('/?lesson=%3Cimg%20src%3Dx%3E&step=2&lang=en');
  await expect(page.getByRole('status').filter({ hasText: '<img src=x>' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Why Kafka/);
  await expect(page).toHaveURL(/\?lesson=why-kafka&step=1&lang=en$/);
  await page.goto('/?lesson=keys&step=999&lang=ko');
  await expect(page.getByRole('status').filter({ hasText: '999' })).toBeVisible();
  // Shown at the last step, and the address says so too (rewritten in place: Back leaves the page).
  const last = Number(await page.locator('.step-of').textContent().then((t) => /(\d+)단계 중/.exec(t ?? '')?.[1]));
  expect(last).toBeGreaterThan(1);
  await expect(page.locator('.step-of')).toHaveText(`${last}단계 중 ${last}단계`);
  await expect(page).toHaveURL(new RegExp(`\\?lesson=keys&step=${last}&lang=ko$`));
  await expect(page.getByRole('status').filter({ hasText: `${last}단계를 엽니다` })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/\?lesson=why-kafka&step=1&lang=en$/);
});

// The replication lessons at their last step: the brokers picture shows what the narration ends on.
const REPLICA = {
  en: (broker: number, tp: string, role: 'leader' | 'follower', inSync: boolean, leo: number, hw: number, epoch: number) =>
    `${tp} on broker ${broker}, ${role}, ${inSync ? 'in sync' : 'out of sync'}, log end ${leo}, high watermark ${hw}, leader epoch ${epoch}`,
  ko: (broker: number, tp: string, role: 'leader' | 'follower', inSync: boolean, leo: number, hw: number, epoch: number) =>
    `브로커 ${broker}의 ${tp}, ${role === 'leader' ? '리더' : '팔로워'}, ${inSync ? 'ISR 안' : 'ISR 밖'}, 로그 끝 ${leo}, 하이 워터마크 ${hw}, 리더 에포크 ${epoch}`,
} as const;
const PARTITION = { en: (topic: string) => `${topic} partition 0`, ko: (topic: string) => `${topic} 파티션 0` } as const;
const OFFSET = { en: (o: number) => `offset ${o} no key`, ko: (o: number) => `오프셋 ${o} 키 없음` } as const;

type Lang = 'en' | 'ko';
type ReplicaCheck = [broker: number, tp: string, role: 'leader' | 'follower', inSync: boolean, leo: number, hw: number, epoch: number];
const LAST_STEP: Record<'brokers' | 'broker-failure' | 'acks', { replicas: ReplicaCheck[]; logs: [topic: string, offsets: number[]][] }> = {
  // Broker 1 rejoined: every replica in the ISR at log end 5.
  brokers: {
    replicas: [[1, 'orders-0', 'follower', true, 5, 5, 0], [2, 'orders-0', 'leader', true, 5, 5, 0], [3, 'orders-0', 'follower', true, 5, 5, 0]],
    logs: [['orders', [0, 1, 2, 3, 4]]],
  },
  // Five minutes after broker 2 returned it leads both again (preferred leader): payments in epoch 4;
  // clicks in epoch 3 with offset 3 reused and offset 4 gone.
  'broker-failure': {
    replicas: [[2, 'payments-0', 'leader', true, 5, 5, 4], [2, 'clicks-0', 'leader', true, 4, 4, 3], [3, 'clicks-0', 'follower', true, 4, 4, 3], [1, 'clicks-0', 'follower', true, 4, 4, 3]],
    logs: [['payments', [0, 1, 2, 3, 4]], ['clicks', [0, 1, 2, 3]]],
  },
  // Unclean election: broker 1 leads in epoch 3 without offset 4, which only the crashed broker 2 still has.
  acks: {
    replicas: [[1, 'orders-0', 'leader', true, 4, 4, 3], [2, 'orders-0', 'follower', false, 5, 4, 3]],
    logs: [['orders', [0, 1, 2, 3]]],
  },
};

for (const lang of ['en', 'ko'] as const satisfies readonly Lang[]) {
  for (const id of ['brokers', 'broker-failure', 'acks'] as const) {
    test(`${id} at its last step in ${lang}: the brokers picture shows what the narration ends on`, async ({ page }) => {
      await page.setViewportSize({ width: 1366, height: 900 });
      const total = LESSONS[id].steps.length;
      await page.goto(`/?lesson=${id}&step=${total}&lang=${lang}`);
      await expect(page.locator('#lesson-narration')).not.toBeEmpty();
      const { replicas, logs } = LAST_STEP[id];
      for (const [broker, tp, role, inSync, leo, hw, epoch] of replicas) {
        await expect(page.getByRole('group', { name: REPLICA[lang](broker, tp, role, inSync, leo, hw, epoch), exact: true })).toBeVisible();
      }
      // The topics' logs are folded under the brokers figure: one click opens them.
      await page.locator('.topic-logs > summary').click();
      for (const [topic, offsets] of logs) {
        const log = page.getByRole('list', { name: PARTITION[lang](topic), exact: true });
        await expect(log.getByRole('listitem')).toHaveCount(offsets.length);
        for (const o of offsets) await expect(log.getByRole('listitem', { name: OFFSET[lang](o), exact: true })).toBeVisible();
      }
      // A lesson only shows the cluster: no button that would change it.
      await expect(page.getByRole('button', { name: /broker \d|브로커 \d/ })).toHaveCount(0);
      await page.screenshot({ path: `${SHOTS}/lesson-${id}-${lang}.png`, fullPage: true });
    });
  }
}

test('the keyboard hint shows where there is a keyboard, not on a touch phone', async ({ browser }) => {
  for (const touch of [false, true]) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: touch, isMobile: touch });
    const page = await context.newPage();
    await page.goto('/?lesson=keys&step=1&lang=ko');
    await expect(page.locator('#lesson-narration')).not.toBeEmpty();
    if (touch) await expect(page.locator('.keys-hint')).toBeHidden();
    else await expect(page.locator('.keys-hint')).toBeVisible();
    await context.close();
  }
});

// The caption's box keeps the tallest height it has had in the lesson (its buttons at its foot), so
// stepping on to a shorter caption moves neither Next nor the figure up (they moved 50-75 px at 1366).
test('on the lesson page, Next and the figure do not move up from one step to the next', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/?lesson=compaction&step=1&lang=en');
  const next = page.locator('.lesson-nav button.primary');
  const where = () => page.evaluate(() => ({
    next: document.querySelector('.lesson-nav button.primary')!.getBoundingClientRect().top,
    figure: document.querySelector('.lesson-stage > .topology')!.getBoundingClientRect().top,
    asking: document.querySelector('.narration-box :is(.prediction, .verdict)') !== null,
  }));
  let lowest = await where();
  for (let i = 0; i < 24 && await next.isEnabled(); i++) {
    await next.click();
    const now = await where();
    // A question's choices, then its verdict, add room to their step only.
    if (now.asking) continue;
    expect(now.next, `Next after press ${i + 1}`).toBeGreaterThanOrEqual(lowest.next - 1);
    expect(now.figure, `figure after press ${i + 1}`).toBeGreaterThanOrEqual(lowest.figure - 1);
    lowest = { ...now, next: Math.max(now.next, lowest.next), figure: Math.max(now.figure, lowest.figure) };
  }
});
