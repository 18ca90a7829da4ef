import { expect, test } from '@playwright/test';

// A phone reader of the demo article who jumps to its end and scrolls back up meets every widget
// from below. On a phone a live widget grows with its content, up to a few screens taller than its
// poster; the text the reader is on must not jump when a widget above it goes live.

test('scrolling up the demo article at 390 px: the text stays put while widgets above it go live', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/demo/index.html');
  await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
  // The last lesson widget is live (its poster gone) before the walk up begins.
  await expect.poll(() => page.evaluate(() => {
    const widgets = [...document.querySelectorAll('kafka-sim[lesson]')];
    return widgets.at(-1)!.shadowRoot!.querySelector('[data-poster]') === null;
  })).toBe(true);
  const STEP = 400;
  const jumps: string[] = [];
  let wentLive = 0;
  let measured = 0;
  for (let i = 0; i < 200; i++) {
    const before = await page.evaluate(() => {
      // The first paragraph of the article well inside the screen: what the reader is reading.
      const text = [...document.querySelectorAll('main.article > section > p')].find((p) => {
        const box = p.getBoundingClientRect();
        return box.top > 120 && box.top < innerHeight - 200;
      });
      text?.setAttribute('data-reading', '');
      const posters = document.querySelectorAll('kafka-sim[lesson]').length - [...document.querySelectorAll('kafka-sim[lesson]')].filter((w) => w.shadowRoot!.querySelector('[data-poster]') === null).length;
      return { top: text?.getBoundingClientRect().top, y: scrollY, posters };
    });
    if (before.y === 0) break;
    await page.evaluate((d) => window.scrollTo({ top: scrollY - d, behavior: 'instant' }), STEP);
    // Long enough for a widget that came near to take over and settle (a few frames).
    await page.waitForTimeout(220);
    const after = await page.evaluate(() => {
      const text = document.querySelector('[data-reading]');
      text?.removeAttribute('data-reading');
      const posters = [...document.querySelectorAll('kafka-sim[lesson]')].filter((w) => w.shadowRoot!.querySelector('[data-poster]') !== null).length;
      return { top: text?.getBoundingClientRect().top, posters };
    });
    if (after.posters < before.posters) wentLive += before.posters - after.posters;
    if (before.top === undefined || after.top === undefined) continue;
    measured++;
    const moved = after.top - before.top;
    const expected = Math.min(STEP, before.y);
    if (Math.abs(moved - expected) > 2) jumps.push(`at scrollY ${before.y}: the text moved ${Math.round(moved)} px for a scroll of ${expected}`);
  }
  // The walk met widgets going live (else it proved nothing), and the text never jumped.
  expect(wentLive).toBeGreaterThanOrEqual(8);
  expect(measured, "steps with text on screen to measure").toBeGreaterThanOrEqual(20);
  expect(jumps).toEqual([]);
  // Scroll anchoring is the page's again once the widgets settled.
  await expect.poll(() => page.evaluate(() => document.documentElement.style.overflowAnchor)).toBe('');
});

// A keyboard reader tabs into a widget's poster (its "open in the full simulator" link), which wakes
// the widget: the live widget takes the poster's place, and the focus goes with it, not to <body>.
for (const width of [390, 1366]) {
  test(`tabbing through the demo article at ${width} px: the focus never falls back to the page when a poster goes live`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/demo/index.html');
    const lost: number[] = [];
    let inWidget = 0;
    for (let i = 1; i <= 45; i++) {
      await page.keyboard.press('Tab');
      // A takeover happens within a few frames of the focus arriving.
      await page.waitForTimeout(150);
      const where = await page.evaluate(() => {
        const active = document.activeElement;
        if (!active || active === document.body) return 'body';
        return active.tagName === 'KAFKA-SIM' ? (active.shadowRoot?.activeElement ? 'widget' : 'widget-host') : 'page';
      });
      if (where === 'body' || where === 'widget-host') lost.push(i);
      if (where === 'widget') inWidget++;
    }
    expect(inWidget, 'the walk reached widgets').toBeGreaterThan(3);
    expect(lost, 'Tab presses after which the focus was on no element').toEqual([]);
  });
}

// The same while the simulator's code is still on its way (a slow network): the reader tabs into a
// far poster's link, and when the widget goes live the focus is on the live widget's link. The
// poster's nodes were moved as the widget mounted, and the focus fell to <body>.
test('tabbing into a poster before the simulator has loaded: the focus ends on the live widget\'s link', async ({ page }) => {
  await page.route(/kafka-sim\.live\.js/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto('/demo/index.html', { waitUntil: 'domcontentloaded' });
  const id = 'w-features';
  await page.evaluate((widget) => {
    const probe = document.createElement('button');
    probe.textContent = 'probe';
    document.getElementById(widget)!.before(probe);
    probe.focus();
  }, id);
  await page.keyboard.press('Tab');
  const w = page.locator(`#${id}`);
  await expect(w.locator('.kafka-sim-root .lesson-nav')).toBeVisible({ timeout: 15_000 });
  await expect.poll(() => page.evaluate((widget) => {
    const host = document.getElementById(widget)!;
    const active = host.shadowRoot?.activeElement;
    if (document.activeElement !== host || !active) return 'not in the widget';
    return active.closest('.kafka-sim-root') && active.matches('a.nav-link') ? 'live link' : active.outerHTML.slice(0, 60);
  }, id)).toBe('live link');
});
