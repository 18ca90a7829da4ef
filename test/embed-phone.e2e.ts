import { expect, test, type Locator } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

// The replication lessons as blog widgets on a 390 px phone: the figure comes first with the
// narration under it as a caption, the widget grows with its content (no scroll box inside it),
// titles are whole, and after each Next the figure is in view without scrolling inside the widget.

const SHOTS = 'test/screenshots';

/** What the reader sees of the widget and its figure, right after a Next. */
function measure(w: Locator) {
  return w.evaluate((host) => {
    const root = host.shadowRoot!;
    const box = root.querySelector<HTMLElement>('.widget')!;
    const figure = root.querySelector<HTMLElement>('.diagram-figure, .why-kafka')!.getBoundingClientRect();
    const title = root.querySelector<HTMLElement>('.embed-title')!;
    const seen = Math.min(figure.bottom, window.innerHeight) - Math.max(figure.top, 0);
    const scrollers = [...root.querySelectorAll<HTMLElement>('*')].filter((el) => {
      const style = getComputedStyle(el);
      // Console output and the event log may scroll themselves; nothing holding the figure may.
      return el.contains(root.querySelector('.diagram-figure')) && /(auto|scroll)/.test(style.overflowY) && el.scrollHeight > el.clientHeight + 1;
    }).map((el) => el.className);
    const narration = root.querySelector<HTMLElement>('.narration-box')!.getBoundingClientRect();
    return {
      innerScroll: box.scrollHeight - box.clientHeight, scrollers,
      figureSeen: seen, figureHeight: figure.height, viewport: window.innerHeight,
      figureAboveNarration: figure.top < narration.top,
      titleCut: title.scrollWidth > title.clientWidth + 1,
      pageOverflow: document.documentElement.scrollWidth > window.innerWidth,
    };
  });
}

for (const lang of ['ko', 'en'] as const) {
  for (const id of ['w-brokers', 'w-broker-failure', 'w-acks']) {
    test(`${id} at 390 px (${lang}): figure first, caption under it, no inner scroll, the figure in view after each Next`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto('/demo/index.html');
      const w = page.locator(`#${id}`);
      await w.evaluate((el, l) => el.setAttribute('lang', l), lang);
      await w.scrollIntoViewIfNeeded();
      const nav = w.locator('.lesson-nav');
      await expect(nav).toBeVisible();
      await nav.locator('button').first().click();
      await expect(w.locator('.step-of')).toHaveText(lang === 'en' ? /^Step 1 of/ : /중 1단계$/);
      const next = nav.locator('button.primary');
      let badgesSeen = false;
      // Where Next is on the screen, and whether the page could still scroll up to keep it there.
      const nextAt = () => w.evaluate((host) => ({
        top: host.shadowRoot!.querySelector('.lesson-nav button.primary')!.getBoundingClientRect().top, scrollY: window.scrollY,
      }));
      for (let i = 0; i < 40 && await next.isEnabled(); i++) {
        // A reader pressing Next has the caption at the foot of the screen, the figure above it.
        await w.evaluate((host) => host.shadowRoot!.querySelector('.narration-box')!.scrollIntoView({ block: 'end' }));
        const before = await nextAt();
        await next.click();
        // Next does not move up from under the reader's thumb: a shorter figure or caption, or a
        // revealed prediction's choices going away, moved it up by 100-200 px between two taps.
        // (A step that needs more room pushes it down, and the figure's top stays where it was.)
        await expect.poll(async () => {
          const after = await nextAt();
          return after.scrollY <= 0 || after.top >= before.top - 1;
        }, { message: `Next is not above where it was pressed (Next ${i + 1})` }).toBe(true);
        // The step settles (its figure may lay itself out again, and the page may scroll back by
        // what Next moved) before what the reader sees is judged.
        let last = Number.NaN;
        await expect.poll(async () => {
          const top = (await nextAt()).top;
          const still = Math.abs(top - last) < 1;
          last = top;
          return still;
        }, { intervals: [100, 100, 200, 200, 400] }).toBe(true);
        const m = await measure(w);
        if (i === 0) await w.screenshot({ path: `${SHOTS}/widget-phone-${id}-${lang}-next1.png` });
        expect(m.innerScroll, 'the widget does not scroll inside itself').toBeLessThanOrEqual(1);
        expect(m.scrollers).toEqual([]);
        expect(m.figureAboveNarration).toBe(true);
        expect(m.figureSeen, `figure in view after Next ${i + 1}`).toBeGreaterThanOrEqual(Math.min(m.figureHeight, m.viewport) * 0.5);
        expect(m.titleCut).toBe(false);
        expect(m.pageOverflow).toBe(false);
        // A callout badge takes at most two lines: whole words, never a column of letters (a narrow
        // broker card once broke after every letter, a lane under a partition squeezed three
        // badges). Polled: the figure picks its compact layout from a measurement after the step.
        await expect.poll(() => w.evaluate((host) => [...host.shadowRoot!.querySelectorAll<HTMLElement>('.moment-badge')]
          .filter((b) => b.getBoundingClientRect().height > 2 * parseFloat(getComputedStyle(b).lineHeight) + 8).map((b) => b.textContent))).toEqual([]);
        badgesSeen ||= await w.evaluate((host) => host.shadowRoot!.querySelector('.broker .moment-badge') !== null);
      }
      await page.screenshot({ path: `${SHOTS}/widget-phone-${id}-${lang}.png` });
      // The broker-failure walk passes steps with a broker's own callouts (crashed, fenced).
      if (id === 'w-broker-failure') expect(badgesSeen).toBe(true);
    });
  }
}

for (const lang of ['ko', 'en'] as const) {
  test(`the iframe form in a 390 x 480 frame (${lang}): the step buttons stay in the frame while the figure scrolls behind them`, async ({ page }) => {
    // The frame's page is the phone-wide document; the blog gave it 480 px of height, which it cannot grow.
    await page.setViewportSize({ width: 390, height: 480 });
    await page.goto(`/embed.html?lesson=broker-failure&step=1&lang=${lang}`);
    const next = page.locator('.lesson-nav button.primary');
    await expect(next).toBeVisible();
    const inFrame = async () => {
      const box = (await next.boundingBox())!;
      return box.y >= 0 && box.y + box.height <= 480;
    };
    // Taller than the frame: without the pinned caption, Next would be below its foot.
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(700);
    expect(await inFrame()).toBe(true);
    for (const y of [200, 100_000]) {
      await page.evaluate((top) => window.scrollTo({ top, behavior: 'instant' }), y);
      expect(await inFrame(), `Next in the frame at scrollY ${y}`).toBe(true);
    }
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    // The reader scrolled the caption to its end; the next step's caption starts at its top (it
    // opened scrolled as far, its first line cut).
    const box = page.locator('.narration-box');
    expect(await box.evaluate((el) => { el.scrollTop = el.scrollHeight; return el.scrollTop; })).toBeGreaterThan(0);
    await next.click();
    await expect(page.locator('.step-of')).toHaveText(lang === 'en' ? /^Step 2 of/ : /중 2단계$/);
    expect(await box.evaluate((el) => el.scrollTop)).toBe(0);
    expect(await inFrame()).toBe(true);
    await page.screenshot({ path: `${SHOTS}/widget-iframe-phone-${lang}.png` });
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  });
}
