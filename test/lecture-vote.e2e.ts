import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// Peer instruction in lecture mode: the class votes by hand, the teacher types the counts, a split
// vote asks for a discussion and a second vote, then the answer is revealed (nothing leaves the page).

/** WCAG contrast ratio of a field's text colour against its background (both opaque rgb). */
function contrastOfValue(field: Element): number {
  const style = getComputedStyle(field);
  const luminance = (css: string) => {
    const [r, g, b] = css.match(/\d+(\.\d+)?/g)!.slice(0, 3).map((v) => Number(v) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [hi, lo] = [luminance(style.color), luminance(style.backgroundColor)].sort((a, b) => b - a);
  return (hi! + 0.05) / (lo! + 0.05);
}

for (const lang of ['en', 'ko'] as const) {
  test(`lecture mode (${lang}) runs a vote, takes counts, asks to discuss a split vote, and reveals`, async ({ page }) => {
    const text = lang === 'en'
      ? { lecture: 'Lecture mode', reveal: 'Reveal', again: 'Vote again', discuss: /Discuss with your neighbour/, votes: /^Votes for / }
      : { lecture: '강의 모드', reveal: '정답 공개', again: '다시 투표', discuss: /옆 사람과/, votes: / 표 수$/ };
    await page.goto(`/?lesson=broker-failure&step=2&lang=${lang}`);
    await page.getByRole('button', { name: text.lecture }).click();
    const counts = page.getByRole('textbox', { name: text.votes });
    await expect(counts.first()).toBeVisible();
    expect(await counts.count()).toBeGreaterThanOrEqual(3);
    await expect(page.locator('.verdict')).toHaveCount(0);
    await counts.nth(0).fill('6');
    await counts.nth(1).fill('5');
    // The count the teacher typed shows on the lecture theme (axe does not check a field's value; it was white on white).
    expect(await counts.nth(0).evaluate(contrastOfValue)).toBeGreaterThanOrEqual(4.5);
    await page.getByRole('button', { name: text.reveal, exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: text.discuss })).toBeVisible();
    await expect(page.locator('.verdict')).toHaveCount(0);
    await page.getByRole('button', { name: text.again }).click();
    await expect(counts.nth(0)).toHaveValue('');
    await counts.nth(1).fill('12');
    await page.getByRole('button', { name: text.reveal, exact: true }).click();
    await expect(page.locator('.verdict')).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  });
}

// Read from the back of the room: in the keys lesson the keys are the point, so each record cell
// shows its whole key (lecture mode widens the cells with their text), and the step buttons stay
// whole under a vote in either language.
for (const lang of ['en', 'ko'] as const) {
  test(`lecture mode at 1280×720 (${lang}): keys whole in their cells, step buttons whole under a vote`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`/?lesson=keys&step=9&lecture=1&lang=${lang}`);
    const keys = page.locator('.diagram .cell-key');
    await expect(keys.first()).toBeVisible();
    const cut = await keys.evaluateAll((els) => els.filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent));
    expect(cut).toEqual([]);
    expect(await keys.allTextContents()).toContain('alice');
    // acks step 4 asks a long question with four choices: the vote and the buttons still fit.
    for (const [lesson, step] of [['broker-failure', 2], ['acks', 4]] as const) {
      await page.goto(`/?lesson=${lesson}&step=${step}&lecture=1&lang=${lang}`);
      const nav = page.locator('.lesson-nav button');
      await expect(nav.first()).toBeVisible();
      const box = (await page.locator('.narration-box').boundingBox())!;
      const navTop = (await page.locator('.lesson-nav').boundingBox())!.y;
      for (const b of await nav.all()) {
        const r = (await b.boundingBox())!;
        expect(r.y, `${lesson} ${step}`).toBeGreaterThanOrEqual(box.y);
        expect(r.y + r.height, `${lesson} ${step}`).toBeLessThanOrEqual(box.y + box.height);
      }
      const reveal = (await page.locator('.prediction button').last().boundingBox())!;
      expect(reveal.y + reveal.height, `${lesson} ${step}: Reveal above the buttons`).toBeLessThanOrEqual(navTop + 1);
    }
  });
}

// On a 1080 px projector the topics view grows with the screen, as the cluster figure does: its
// partition lines and record cells at 20 px or more (they stayed at 18 px), keys still whole, and
// nothing scrolls.
for (const lang of ['en', 'ko'] as const) {
  test(`lecture mode at 1920×1080 (${lang}): the topics view's lines and cells at 20 px or more, keys whole, four groups fit`, async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    // consumer-groups step 8 has four groups: their lane takes two columns and the figure fits.
    for (const [lesson, step] of [['keys', 4], ['consumer-groups', 5], ['consumer-groups', 8]] as const) {
      await page.goto(`/?lesson=${lesson}&step=${step}&lecture=1&lang=${lang}`);
      const keys = page.locator('.diagram .cell-key');
      await expect(keys.first()).toBeVisible();
      const sizes = await page.locator('.diagram :is(.partition-head, .cell button, .topic > h3)').evaluateAll((els) => els.map((e) => parseFloat(getComputedStyle(e).fontSize)));
      expect(sizes.length).toBeGreaterThan(3);
      expect(Math.min(...sizes), `${lesson} step ${step}`).toBeGreaterThanOrEqual(20);
      const cut = await keys.evaluateAll((els) => els.filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent));
      expect(cut).toEqual([]);
      expect(await page.locator('[data-overflows]').count()).toBe(0);
    }
  });
}

// On a 1280×720 projector four groups fit too: their two-column lane is wide enough for a group's
// title on one line (it wrapped, and consumer-groups step 8 scrolled by 50 px in English).
for (const lang of ['en', 'ko'] as const) {
  test(`lecture mode at 1280×720 (${lang}): four consumer groups fit without scrolling`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`/?lesson=consumer-groups&step=8&lecture=1&lang=${lang}`);
    await expect(page.locator('.diagram .group:not(.vacant)')).toHaveCount(4);
    const figure = page.locator('.lesson-stage > .topology');
    await expect(figure).not.toHaveAttribute('data-overflows');
    expect(await figure.evaluate((e) => e.scrollHeight - e.clientHeight)).toBeLessThanOrEqual(1);
    const wrapped = await page.locator('.diagram .group > h3').evaluateAll((els) => els.filter((e) => e.getBoundingClientRect().height > 2 * parseFloat(getComputedStyle(e).fontSize)).map((e) => e.textContent));
    expect(wrapped).toEqual([]);
  });
}
