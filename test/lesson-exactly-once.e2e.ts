import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// The exactly-once lesson stepped through in both languages: the figure shows what the narration
// says at its key steps (records of the open transaction and the LSO line below the HW, then the
// abort marker and the aborted records, then the commit marker), a prediction is answered, and
// the page passes axe. Screenshots at a phone, a lecture screen and two desktops.

const SHOTS = 'test/screenshots';
type Lang = 'en' | 'ko';
const W = {
  en: { next: 'Next', offset: (n: number) => `offset ${n}`, abort: 'offset 3 abort marker', commit: 'offset 7 commit marker', open: 'offset 0 key o1, open transaction', aborted: 'offset 0 key o1, aborted transaction', committed: 'offset 4 key o1, committed transaction', lecture: 'Lecture mode' },
  ko: { next: '다음', offset: (n: number) => `오프셋 ${n}`, abort: '오프셋 3 중단 마커', commit: '오프셋 7 커밋 마커', open: '오프셋 0 키 o1, 열린 트랜잭션', aborted: '오프셋 0 키 o1, 중단된 트랜잭션', committed: '오프셋 4 키 o1, 커밋된 트랜잭션', lecture: '강의 모드' },
} as const;

const invoices = (page: Page) => page.locator('[data-target="partition:invoices:0"]');
const prediction = (page: Page) => page.getByRole('group').filter({ has: page.locator('.prediction-label') });

async function axeClean(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
}

for (const lang of ['en', 'ko'] as const satisfies readonly Lang[]) {
  const w = W[lang];

  test(`exactly-once: open transaction, LSO below HW, abort and commit markers (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`/?lesson=exactly-once&step=5&lang=${lang}`);
    // Step 5 asks where read_committed stops before it shows; the answer is read from the engine.
    await prediction(page).getByRole('button', { name: w.offset(0), exact: true }).click();
    await expect(page.locator('.verdict.right')).toBeVisible();
    const log = invoices(page);
    await expect(log.locator('li[data-txn="open"]')).toHaveCount(3);
    await expect(log.getByRole('listitem', { name: w.open, exact: true })).toBeVisible();
    await expect(log.locator('[data-lso="invoices:0"]')).toHaveText('⊥ LSO 0');
    await expect(log.locator('[data-topic-hw="invoices:0"]')).toHaveText('⊤ HW 3');
    await expect(log.locator('.txn-line.lso')).toBeVisible();
    await expect(page.locator('.lesson-console pre')).toContainText(/billing-tx\s+\S+\s+0\s+Ongoing\s+60000/);
    await axeClean(page);

    // Step 6: the next instance aborts it; the abort marker is a cell of its own; the LSO line is gone.
    await page.getByRole('button', { name: w.next, exact: true }).click();
    await expect(page).toHaveURL(/step=6(&|$)/);
    await expect(log.locator('li[data-control="abort"]')).toHaveAttribute('aria-label', w.abort);
    await expect(log.locator('li[data-txn="aborted"]')).toHaveCount(3);
    await expect(log.getByRole('listitem', { name: w.aborted, exact: true })).toBeVisible();
    await expect(log.locator('[data-lso]')).toHaveCount(0);

    // Step 7 asks again (a wrong pick shows its verdict too); step 8 redoes the work and commits: the commit marker takes offset 7.
    await page.getByRole('button', { name: w.next, exact: true }).click();
    await prediction(page).getByRole('button', { name: w.offset(0), exact: true }).click();
    await expect(page.locator('.verdict.wrong')).toBeVisible();
    await page.getByRole('button', { name: w.next, exact: true }).click();
    await expect(page).toHaveURL(/step=8(&|$)/);
    await expect(log.locator('li[data-control="commit"]')).toHaveAttribute('aria-label', w.commit);
    await expect(log.locator('li[data-txn="committed"]')).toHaveCount(3);
    await expect(log.getByRole('listitem', { name: w.committed, exact: true })).toBeVisible();
    await axeClean(page);
  });

  test(`exactly-once screenshots at 390, 1280x720 lecture, 1366 and 1920 (${lang})`, async ({ page }) => {
    test.setTimeout(90_000);
    // Still pictures: no record in flight.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    for (const size of [{ width: 390, height: 844 }, { width: 1366, height: 768 }, { width: 1920, height: 1080 }]) {
      await page.setViewportSize(size);
      await page.goto(`/?lesson=exactly-once&step=5&lang=${lang}`);
      await prediction(page).getByRole('button', { name: w.offset(0), exact: true }).click();
      await expect(invoices(page).locator('[data-lso="invoices:0"]')).toBeVisible();
      await page.screenshot({ path: `${SHOTS}/lesson-exactly-once-5-${size.width}-${lang}.png`, fullPage: true });
      await invoices(page).screenshot({ path: `${SHOTS}/lesson-exactly-once-5-${size.width}-${lang}-invoices.png` });
      await page.goto(`/?lesson=exactly-once&step=8&lang=${lang}`);
      await expect(invoices(page).locator('li[data-control="commit"]')).toBeVisible();
      await page.screenshot({ path: `${SHOTS}/lesson-exactly-once-8-${size.width}-${lang}.png`, fullPage: true });
      await invoices(page).screenshot({ path: `${SHOTS}/lesson-exactly-once-8-${size.width}-${lang}-invoices.png` });
    }
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`/?lesson=exactly-once&step=6&lang=${lang}&lecture=1`);
    await expect(invoices(page).locator('li[data-control="abort"]')).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/lesson-exactly-once-6-lecture-${lang}.png` });
    // The aborted records' marks on the lecture screen's dark background.
    await axeClean(page);
    await page.goto(`/?lesson=exactly-once&step=5&lang=${lang}&lecture=1`);
    await page.screenshot({ path: `${SHOTS}/lesson-exactly-once-5-lecture-${lang}.png` });
    await axeClean(page);
  });
}
