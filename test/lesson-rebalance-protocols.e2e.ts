import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { LESSONS } from '../src/lessons/index.ts';

// The rebalance-protocols lesson (issue 19) in both languages: stepped through from the first step,
// the group panel shows each rebalance as the engine has it (the eager barrier waiting for e2 until
// the rebalance timeout, the cooperative second round waiting for c3, the consumer protocol's
// member epochs with no barrier), a prediction is answered, and axe finds nothing serious.

const SHOTS = 'test/screenshots';
const TOTAL = LESSONS['rebalance-protocols'].steps.length;

const TEXT = {
  en: {
    next: 'Next', nobody: 'nobody', right: /Right! The answer: nobody/,
    eagerWaits: 'waiting for e2 to rejoin in a poll() (rebalance timeout at model time 5 min)',
    eagerGaveUp: 'an eager member holds no partition until the barrier completes', coopKeeps: 'keeps reading what it owns while it waits (cooperative)',
    followUp: 'cooperative rebalance, second round', noBarrier: 'no join barrier',
    k3Awaits: 'waiting for orders-2, orders-5', k3Heartbeat: 'next heartbeat at model time 10 s', epoch: 'group epoch 3',
  },
  ko: {
    next: '다음', nobody: '아무도 없음', right: /맞았습니다! 답: 아무도 없음/,
    eagerWaits: 'e2 멤버가 poll()해서 다시 참여하기를 기다리는 중 (리밸런스 타임아웃: 모델 시간 5분)',
    eagerGaveUp: 'eager 멤버라 배리어가 끝날 때까지 파티션을 하나도 갖지 않음', coopKeeps: '기다리는 동안에도 가진 파티션은 계속 읽음(cooperative)',
    followUp: '협력적 리밸런스의 두 번째 라운드', noBarrier: '조인 배리어 없음',
    k3Awaits: '받기를 기다림: orders-2, orders-5', k3Heartbeat: '다음 하트비트: 모델 시간 10초', epoch: '그룹 에포크 3',
  },
} as const;

const group = (page: Page, id: string) => page.locator(`.groups article[data-target="group:${id}"]`);
const member = (page: Page, id: string) => page.locator(`.groups [data-target="consumer:${id}"]`);

async function axeClean(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
}

for (const lang of ['en', 'ko'] as const) {
  test(`rebalance-protocols steps through the three protocols with the group panel showing each rebalance (${lang})`, async ({ page }) => {
    const text = TEXT[lang];
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(`/?lesson=rebalance-protocols&step=1&lang=${lang}`);
    await expect(page.locator('[data-kafka-profile]')).toHaveAttribute('data-kafka-profile', '4.1');
    await expect(page.locator('[data-lesson-version]')).toHaveAttribute('data-lesson-version', '4.x');
    const next = () => page.getByRole('button', { name: text.next, exact: true }).click();

    // Step 2: e3 waits at the eager group's join barrier for e1 and e2.
    await next();
    const eager = group(page, 'eager').locator('[data-group-state]');
    await expect(eager).toHaveAttribute('data-group-state', 'PreparingRebalance');
    await expect(eager).toHaveAttribute('data-waiting-for', 'e1 e2');

    // Step 3: predict who reads orders-0 once e1 polled; the engine says nobody.
    await next();
    await expect(page).toHaveURL(/step=3(&|$)/);
    const prediction = page.getByRole('group').filter({ has: page.locator('.prediction-label') });
    await prediction.getByRole('button', { name: text.nobody, exact: true }).click();
    await expect(page.locator('.verdict')).toHaveText(text.right);
    await expect(eager).toHaveAttribute('data-waiting-for', 'e2');
    await expect(eager).toContainText(text.eagerWaits);
    await expect(member(page, 'e1')).toHaveAttribute('data-member-state', 'rejoined');
    await expect(member(page, 'e1')).toContainText(text.eagerGaveUp);
    await expect(member(page, 'e2')).toHaveAttribute('data-member-state', 'not-rejoined');
    await axeClean(page);
    await page.screenshot({ path: `${SHOTS}/lesson-rebalance-protocols-step3-${lang}.png`, fullPage: true });

    // Step 4: everyone is in; the eager group is Stable in generation 3.
    await next();
    await expect(eager).toHaveAttribute('data-group-state', 'Stable');
    await expect(eager).not.toHaveAttribute('data-waiting-for', /./);

    // Steps 5–7: the cooperative group keeps c1 reading, then waits for c3 in a second round.
    await next();
    await next();
    await page.getByRole('button', { name: lang === 'en' ? 'Just show me' : '그냥 답 보기' }).click();
    await expect(member(page, 'c1')).toContainText(text.coopKeeps);
    await next();
    await page.getByRole('button', { name: lang === 'en' ? 'Just show me' : '그냥 답 보기' }).click();
    const coop = group(page, 'coop').locator('[data-group-state]');
    await expect(coop).toHaveAttribute('data-group-state', 'PreparingRebalance');
    await expect(coop).toHaveAttribute('data-waiting-for', 'c3');
    await expect(coop).toContainText(text.followUp);

    // Steps 8–9: the consumer protocol reconciles without a barrier.
    await next();
    await expect(coop).toHaveAttribute('data-group-state', 'Stable');
    await next();
    await page.getByRole('button', { name: lang === 'en' ? 'Just show me' : '그냥 답 보기' }).click();
    const kip = group(page, 'kip848');
    await expect(kip.locator('[data-group-state]')).toHaveAttribute('data-group-state', 'Reconciling');
    await expect(kip.locator('[data-group-state]')).toContainText(text.noBarrier);
    await expect(kip).toContainText(text.epoch);
    await expect(member(page, 'k3')).toHaveAttribute('data-member-epoch', '3');
    await expect(member(page, 'k3')).toContainText(text.k3Awaits);
    await expect(member(page, 'k3')).toContainText(text.k3Heartbeat);
    await expect(member(page, 'k1')).toHaveAttribute('data-member-epoch', '2');
    await axeClean(page);
    await page.screenshot({ path: `${SHOTS}/lesson-rebalance-protocols-step9-${lang}.png`, fullPage: true });

    // Step 10: one heartbeat later every member is at epoch 3 and the group is Stable.
    await next();
    await page.getByRole('button', { name: lang === 'en' ? 'Just show me' : '그냥 답 보기' }).click();
    await expect(kip.locator('[data-group-state]')).toHaveAttribute('data-group-state', 'Stable');
    await expect(member(page, 'k1')).toHaveAttribute('data-member-epoch', '3');
    await expect(member(page, 'k1')).toHaveAttribute('data-member-state', 'stable');
    await next();
    await expect(page).toHaveURL(new RegExp(`step=${TOTAL}(&|$)`));
    await axeClean(page);
  });

  for (const size of [{ width: 390, height: 844 }, { width: 1366, height: 768 }, { width: 1920, height: 1080 }]) {
    test(`rebalance-protocols at ${size.width} px (${lang}): the barrier step fits and reads`, async ({ page }) => {
      await page.setViewportSize(size);
      await page.goto(`/?lesson=rebalance-protocols&step=2&lang=${lang}`);
      await expect(group(page, 'eager').locator('[data-group-state]')).toHaveAttribute('data-group-state', 'PreparingRebalance');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `${SHOTS}/lesson-rebalance-protocols-${size.width}-${lang}.png`, fullPage: size.width === 390 });
      await page.goto(`/?lesson=rebalance-protocols&step=9&lang=${lang}`);
      await page.getByRole('button', { name: lang === 'en' ? 'Just show me' : '그냥 답 보기' }).click();
      await page.screenshot({ path: `${SHOTS}/lesson-rebalance-protocols-${size.width}-step9-${lang}.png`, fullPage: size.width === 390 });
    });
  }

  test(`rebalance-protocols in lecture mode at 1280x720 (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`/?lesson=rebalance-protocols&step=3&lang=${lang}&lecture=1`);
    await expect(page.locator('.sim.lecture')).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/lesson-rebalance-protocols-lecture-step3-${lang}.png` });
    await page.goto(`/?lesson=rebalance-protocols&step=7&lang=${lang}&lecture=1`);
    // The eager group, closed by now, gives its room to the cooperative group waiting for c3.
    await expect(group(page, 'eager')).toBeHidden();
    await expect(group(page, 'coop').locator('[data-group-state]')).toBeInViewport();
    await page.screenshot({ path: `${SHOTS}/lesson-rebalance-protocols-lecture-step7-${lang}.png` });
    await axeClean(page);
    // Six partitions do not fit 720 px even at the smallest lecture font: the figure scrolls to the last one.
    const figure = page.locator('main.topology');
    await expect(figure).toHaveAttribute('data-overflows', '');
    const last = page.locator('[data-target="partition:orders:5"]');
    await last.scrollIntoViewIfNeeded();
    await expect(last).toBeInViewport();
    await page.screenshot({ path: `${SHOTS}/lesson-rebalance-protocols-lecture-step7-scrolled-${lang}.png` });
  });
}
