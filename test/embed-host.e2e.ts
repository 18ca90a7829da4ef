import { expect, test, type Page } from '@playwright/test';
import { translate, type MessageKey } from '../src/i18n/catalog.ts';
import { LESSONS } from '../src/lessons/index.ts';

const SHOTS = 'test/screenshots';

// What a host page can send a <kafka-sim> or the iframe form: bad goTo values, scrolling, removal,
// hostile inherited CSS, origins. Each widget keeps one store for its life and frees it on removal.
// And the host we ship, the demo article: all its widgets start, in both languages, on a phone too.

const SCENARIO = JSON.stringify({
  format: 'kafka-sim-scenario', version: 1, seed: 2,
  commands: [
    { type: 'createTopic', topic: 'flow', partitions: 2 },
    { type: 'addProducer', producer: 'p' },
    ...Array.from({ length: 18 }, (_, i) => ({ type: 'produce', producer: 'p', topic: 'flow', key: `k${i}`, value: 'v' })),
  ],
});

/** The demo page with its article removed: the element is defined, the body is ours. */
async function blankHost(page: Page) {
  await page.goto('/demo/index.html?lang=en');
  await page.evaluate(() => document.body.replaceChildren());
}

async function addWidget(page: Page, id: string, attrs: Record<string, string>, spacerBefore = 0) {
  await page.evaluate(({ id, attrs, spacerBefore }) => {
    if (spacerBefore) {
      const spacer = document.createElement('div');
      spacer.style.height = `${spacerBefore}px`;
      document.body.append(spacer);
    }
    const w = document.createElement('kafka-sim');
    w.id = id;
    for (const [k, v] of Object.entries(attrs)) w.setAttribute(k, v);
    document.body.append(w);
  }, { id, attrs, spacerBefore });
}

const errorsOf = (page: Page, id: string) => page.evaluate((id) => {
  const seen: unknown[] = [];
  document.getElementById(id)!.addEventListener('error', (e) => seen.push((e as unknown as CustomEvent).detail));
  (window as unknown as { seen: unknown[] }).seen = seen;
}, id);

test('goTo takes integers only (clamped); 2.5, NaN and "x" are error events and the widget keeps working', async ({ page }) => {
  await blankHost(page);
  await addWidget(page, 'lesson', { lesson: 'keys', step: '2', lang: 'en' });
  const w = page.locator('#lesson');
  await expect(w.locator('.step-of')).toContainText('Step 2 of');
  await errorsOf(page, 'lesson');
  await page.evaluate(() => {
    const el = document.getElementById('lesson') as HTMLElement & { goTo(s: unknown): void };
    for (const bad of [2.5, Number.NaN, 'x', {}, Infinity]) el.goTo(bad);
  });
  const seen = await page.evaluate(() => (window as unknown as { seen: { message: string }[] }).seen);
  expect(seen).toHaveLength(5);
  expect(seen[0]!.message).toBe('goTo(2.5) was ignored: the step must be a whole number.');
  await expect(w.locator('.step-of')).toContainText('Step 2 of');
  await page.evaluate(() => (document.getElementById('lesson') as HTMLElement & { goTo(s: unknown): void }).goTo(99));
  await expect(w.locator('.step-of')).toHaveText(/Step (\d+) of \1/);
  await page.evaluate(() => (document.getElementById('lesson') as HTMLElement & { goTo(s: unknown): void }).goTo(3));
  await expect(w.locator('.step-of')).toContainText('Step 3 of');
});

test('a scenario widget scrolled away and back keeps one store: goTo shows the step it reports, and autoplay resumes', async ({ page }) => {
  await page.setViewportSize({ width: 1000, height: 700 });
  await blankHost(page);
  await addWidget(page, 'sc', { scenario: SCENARIO, lang: 'en', autoplay: '', height: '400' });
  await page.evaluate(() => { const s = document.createElement('div'); s.style.height = '4000px'; document.body.append(s); });
  const w = page.locator('#sc');
  const counter = w.locator('.step-counter');
  await expect(counter).not.toContainText('step 0 of');
  await page.evaluate(() => window.scrollTo(0, 3000));
  await page.waitForTimeout(300);
  const paused = await counter.textContent();
  await page.waitForTimeout(1_500);
  expect(await counter.textContent(), 'paused while out of view').toBe(paused);
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect.poll(() => counter.textContent(), { timeout: 5_000 }).not.toBe(paused);
  const steps = page.evaluate(() => new Promise((resolve) => document.getElementById('sc')!.addEventListener('step', (e) => resolve((e as CustomEvent).detail), { once: true })));
  await page.evaluate(() => { const el = document.getElementById('sc') as HTMLElement & { goTo(s: unknown): void; pause(): void }; el.pause(); el.goTo(12); });
  expect(await steps).toMatchObject({ step: 12, total: 20 });
  await expect(counter).toContainText('step 12 of 20');
  await expect(w.getByRole('listitem', { name: / key k9$/ })).toHaveCount(1);
});

test('goTo on a widget not yet scrolled into view applies once it starts', async ({ page }) => {
  await page.setViewportSize({ width: 1000, height: 700 });
  await blankHost(page);
  await addWidget(page, 'later', { scenario: SCENARIO, lang: 'en', height: '300' }, 3000);
  await page.evaluate(() => (document.getElementById('later') as HTMLElement & { goTo(s: unknown): void }).goTo(9));
  await page.locator('#later').scrollIntoViewIfNeeded();
  await expect(page.locator('#later .step-counter')).toContainText('step 9 of 20');
});

test('only widgets in view play: off-screen autoplay widgets stay paused', async ({ page }) => {
  await page.setViewportSize({ width: 1000, height: 700 });
  await blankHost(page);
  for (let i = 0; i < 12; i++) await addWidget(page, `w${i}`, { scenario: SCENARIO, lang: 'en', autoplay: '', height: '300' }, i === 0 ? 0 : 400);
  await page.waitForTimeout(2_500);
  const steps = await page.evaluate(() => [...document.querySelectorAll('kafka-sim')].map((w) => w.shadowRoot?.querySelector('.step-counter')?.textContent ?? 'not started'));
  expect(steps[0]).not.toContain('step 0 of');
  const offScreen = steps.slice(3);
  for (const s of offScreen) expect(s === 'not started' || s.includes('step 0 of'), s).toBe(true);
});

test('hostile inherited CSS stops at the widget: direction, spacing, case, white-space, italics, root font size', async ({ page }) => {
  await blankHost(page);
  await addWidget(page, 'plain', { lesson: 'keys', step: '2', lang: 'en' });
  const h2 = page.locator('#plain .sim h2').first();
  await expect(h2).toBeVisible();
  const read = () => h2.evaluate((el) => { const s = getComputedStyle(el); return { direction: s.direction, letterSpacing: s.letterSpacing, textTransform: s.textTransform, whiteSpace: s.whiteSpace, fontStyle: s.fontStyle, fontSize: s.fontSize }; });
  const before = await read();
  await page.addStyleTag({ content: 'html { font-size: 30px; } body { direction: rtl; letter-spacing: 5px; text-transform: uppercase; white-space: pre; font-style: italic; word-spacing: 20px; }' });
  const after = await read();
  expect(after).toEqual(before);
  expect(after).toMatchObject({ direction: 'ltr', letterSpacing: 'normal', textTransform: 'none', fontStyle: 'normal' });
  await page.screenshot({ path: 'test/screenshots/embed-hostile-css-en.png' });
});

test('removed widgets unmount: adding and removing 20 widgets 8 times keeps the heap flat, in random orders too', async ({ page }) => {
  await blankHost(page);
  const cdp = await page.context().newCDPSession(page);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize / 1e6;
  };
  const round = (seed: number) => page.evaluate(async ({ seed, scenario }) => {
    // A seeded shuffle of adds, scrolls and removals.
    let x = seed;
    const rnd = () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const els: HTMLElement[] = [];
    for (let i = 0; i < 20; i++) {
      const w = document.createElement('kafka-sim');
      if (rnd() < 0.5) w.setAttribute('lesson', 'keys');
      else w.setAttribute('scenario', scenario);
      w.setAttribute('autoplay', '');
      document.body.append(w);
      els.push(w);
      if (rnd() < 0.3) w.scrollIntoView();
    }
    await new Promise((r) => setTimeout(r, 300));
    while (els.length > 0) {
      const [w] = els.splice(Math.floor(rnd() * els.length), 1);
      if (rnd() < 0.2) document.body.prepend(w!); // a move: disconnect + connect, kept
      w!.remove();
    }
    await new Promise((r) => setTimeout(r, 50));
    return document.querySelectorAll('kafka-sim').length;
  }, { seed, scenario: SCENARIO });
  expect(await round(1)).toBe(0);
  const start = await heap();
  for (let i = 2; i <= 8; i++) expect(await round(i)).toBe(0);
  const end = await heap();
  expect(end - start, `heap ${start.toFixed(1)} → ${end.toFixed(1)} MB`).toBeLessThan(4);
});

test('a scenario-src that answers 404 says so with the status, and a refused scenario loads nothing', async ({ page }) => {
  await blankHost(page);
  // The preview server answers unknown paths with the app (200), so this host answers 404 itself.
  await page.route('**/no-such-scenario.json', (route) => route.fulfill({ status: 404, body: 'Not Found' }));
  await addWidget(page, 'missing', { 'scenario-src': '/no-such-scenario.json', lang: 'en' });
  await expect(page.locator('#missing').getByRole('alert')).toContainText('HTTP 404');
  // A scenario the engine refuses part-way shows where, and none of it.
  await addWidget(page, 'refused', { scenario: JSON.stringify({ format: 'kafka-sim-scenario', version: 1, seed: 1, commands: [{ type: 'createTopic', topic: 'a', partitions: 1 }, { type: 'poll', consumer: 'nobody' }] }), lang: 'en' });
  await expect(page.locator('#refused').getByRole('alert')).toContainText('commands[1]');
  await expect(page.locator('#refused .step-counter')).toHaveCount(0);
});

test('the iframe refuses an origin that is not http(s), posts only to the allowed origin, and ignores bad goTo', async ({ page }) => {
  await page.goto('/embed.html?lesson=keys&step=1&lang=en&origin=null');
  await expect(page.getByRole('alert')).toContainText('origin="null" is not an http(s) origin');
  await blankHost(page);
  const received = await page.evaluate(async () => {
    const got: unknown[] = [];
    window.addEventListener('message', (e) => got.push(e.data));
    const frame = (src: string) => new Promise<HTMLIFrameElement>((resolve) => {
      const f = document.createElement('iframe');
      f.src = src;
      f.onload = () => resolve(f);
      document.body.append(f);
    });
    const foreign = await frame('/embed.html?lesson=keys&step=1&lang=en&origin=https%3A%2F%2Fblog.example%2F');
    const own = await frame(`/embed.html?lesson=keys&step=1&lang=en&origin=${encodeURIComponent(location.origin + '/')}`);
    await new Promise((r) => setTimeout(r, 800));
    for (const f of [foreign, own]) {
      f.contentWindow!.postMessage({ source: 'kafka-sim', command: 'goTo', step: 2.5 }, '*');
      f.contentWindow!.postMessage({ source: 'kafka-sim', command: 'goTo', step: 3 }, '*');
    }
    await new Promise((r) => setTimeout(r, 800));
    return got;
  });
  // Only the frame that trusts this page answered: an error for 2.5, then step 3.
  expect(received).toEqual([
    { source: 'kafka-sim', type: 'error', detail: { message: 'goTo(2.5) was ignored: the step must be a whole number.', method: 'goTo' } },
    { source: 'kafka-sim', type: 'step', detail: { lesson: 'keys', step: 3 } },
  ]);
});

// The demo article: every widget it embeds, the post's new chapters included, starts at its lesson's
// step in both languages, and the page fits a phone. Expected text comes from the catalogue, so a
// widget that showed another lesson, another step or an error would fail.
const NEW_CHAPTERS: Record<string, { lesson: string; step: number }> = {
  'w-brokers': { lesson: 'brokers', step: 8 },
  'w-broker-failure': { lesson: 'broker-failure', step: 2 },
  'w-acks': { lesson: 'acks', step: 4 },
  'w-producer': { lesson: 'producer-retries', step: 4 },
  'w-consumer': { lesson: 'consumer-side', step: 8 },
  'w-features': { lesson: 'features', step: 6 },
};

for (const lang of ['ko', 'en'] as const) {
  test(`every widget of the demo article starts at its lesson's step, new chapters included (${lang})`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(`/demo/index.html?lang=${lang}`);
    const widgets = await page.locator('kafka-sim:not(#w-bad)').evaluateAll((els) => els.map((e) => ({ id: e.id, lesson: e.getAttribute('lesson') ?? '', step: Number(e.getAttribute('step')) })));
    for (const [id, want] of Object.entries(NEW_CHAPTERS)) expect(widgets).toContainEqual({ id, ...want });
    expect(widgets.length).toBeGreaterThanOrEqual(14);
    for (const { id, lesson: lessonId, step } of widgets) {
      const lesson = LESSONS[lessonId as keyof typeof LESSONS];
      expect(lesson, `${id}: lesson ${lessonId}`).toBeDefined();
      const w = page.locator(`#${id}`);
      await w.scrollIntoViewIfNeeded();
      await expect(w.locator('.sim'), id).toHaveAttribute('lang', lang);
      await expect(w.locator('.notice.error'), id).toHaveCount(0);
      await expect(w.locator('.embed-title'), id).toHaveText(translate(lang, lesson.title as MessageKey));
      await expect(w.locator('.step-of'), id).toHaveText(translate(lang, 'lessonUi.stepOf', { step, total: lesson.steps.length }));
      const s = lesson.steps[step - 1]!;
      // A step with a question asks it first; answering shows the step's narration.
      await expect(w.locator('#lesson-narration'), id).toHaveText(translate(lang, (s.predict?.question ?? s.narration) as MessageKey));
      if (s.predict && id in NEW_CHAPTERS) {
        // A your-turn step asks for an action on the figure; its way out is named for showing the worked answer.
        await w.getByRole('button', { name: translate(lang, s.yourTurn ? 'lessonUi.yourTurn.show' : 'lessonUi.reveal') }).click();
        await expect(w.locator('#lesson-narration'), id).toHaveText(translate(lang, s.narration as MessageKey));
      }
      if (id in NEW_CHAPTERS) {
        // The chapter's figure is in view inside the widget's box, without scrolling it: the brokers
        // picture for the replication lessons, the partition log for the producer's, the two groups'
        // offsets in the console for the consumer's.
        const figure = lessonId === 'producer-retries' ? w.getByRole('list', { name: /^payments/ })
          : lessonId === 'consumer-side' ? w.locator('.lesson-console') : w.locator('.broker').first();
        const [box, fig] = [await w.boundingBox(), await figure.boundingBox()];
        expect(fig!.y + fig!.height, `${id}: figure bottom inside the widget`).toBeLessThanOrEqual(box!.y + box!.height);
      }
    }
  });

  test(`the demo article has no horizontal scroll at 390 px (${lang})`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/demo/index.html?lang=${lang}`);
    const widgets = page.locator('kafka-sim');
    const count = await widgets.count();
    // Widgets render when they come near the viewport: bring each in before measuring.
    for (let i = 0; i < count; i++) {
      const w = widgets.nth(i);
      await w.scrollIntoViewIfNeeded();
      await expect(w.locator('.sim')).toBeVisible();
    }
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(widths.scroll, JSON.stringify(widths)).toBeLessThanOrEqual(widths.client);
    // No single element pokes out past the right edge either (overflow hidden somewhere would mask it).
    const wide = await page.evaluate(() => [...document.querySelectorAll('main *')]
      .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
      .map((el) => `${el.tagName.toLowerCase()}#${el.id}.${el.className}`).slice(0, 5));
    expect(wide).toEqual([]);
  });
}

test('screenshots of two new chapters of the demo article at 390 and 1366 px', async ({ page }) => {
  for (const width of [390, 1366]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/demo/index.html?lang=ko');
    for (const [section, widget] of [['brokers', 'w-brokers'], ['acks', 'w-acks']] as const) {
      const w = page.locator(`#${widget}`);
      await w.scrollIntoViewIfNeeded();
      await expect(w.locator('.step-of')).toBeVisible();
      if (section === 'acks') {
        await w.getByRole('button', { name: translate('ko', 'lessonUi.reveal') }).click();
        await expect(w.locator('#lesson-narration')).toHaveText(translate('ko', 'lesson.acks.step4' as MessageKey));
      }
      await page.locator(`#${section}`).screenshot({ path: `${SHOTS}/demo-${section}-${width}.png` });
    }
  }
});
