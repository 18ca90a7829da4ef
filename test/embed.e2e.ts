import { expect, test, type Locator, type Page } from '@playwright/test';

const SHOTS = 'test/screenshots';

/** A widget's shadow content: Playwright's locators pierce open shadow roots. */
const widget = (page: Page, id: string): Locator => page.locator(`#${id}`);

async function stepText(w: Locator): Promise<string> {
  await w.scrollIntoViewIfNeeded();
  return (await w.locator('.step-of').textContent()) ?? '';
}

test('the demo article renders many widgets that step independently', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/demo/index.html');
  const widgets = page.locator('kafka-sim:not(#w-bad)');
  const count = await widgets.count();
  expect(count).toBeGreaterThanOrEqual(6);
  for (let i = 0; i < count; i++) {
    const w = widgets.nth(i);
    await w.scrollIntoViewIfNeeded();
    await expect(w.locator('.sim')).toBeVisible();
  }
  const ids = await widgets.evaluateAll((els) => els.map((e) => e.id));
  const lessonIds = ids.filter((id) => id !== 'w-why-kafka');
  const [a, b] = [widget(page, lessonIds[0]!), widget(page, lessonIds[1]!)];
  const beforeB = await stepText(b);
  const beforeA = await stepText(a);
  const events = page.evaluate(() => new Promise<unknown>((resolve) => document.addEventListener('step', (e) => resolve((e as CustomEvent).detail), { once: true })));
  await a.scrollIntoViewIfNeeded();
  const next = a.locator('.lesson-nav button.primary');
  await next.click();
  if (await a.locator('.prediction').count()) await next.click();
  await expect.poll(() => stepText(a)).not.toBe(beforeA);
  expect(await stepText(b)).toBe(beforeB);
  expect(await events).toMatchObject({ step: expect.any(Number) });
  await page.screenshot({ path: `${SHOTS}/demo-article-ko.png`, fullPage: false });
});

test('host styles do not reach into a widget, and widget styles do not leak out', async ({ page }) => {
  await page.goto('/demo/index.html');
  const w = page.locator('kafka-sim:not(#w-bad)').first();
  await w.scrollIntoViewIfNeeded();
  // The live widget, not its poster (which it replaces once loaded).
  await expect(w.locator('[data-poster]')).toHaveCount(0);
  const narration = w.locator('.sim h2, .sim .narration, .sim .embed-title').first();
  await expect(narration).toBeVisible();
  const before = await narration.evaluate((el) => { const s = getComputedStyle(el); return [s.color, s.fontSize]; });
  await page.evaluate(() => document.body.classList.add('hostile'));
  const after = await narration.evaluate((el) => { const s = getComputedStyle(el); return [s.color, s.fontSize]; });
  expect(after).toEqual(before);
  expect(after[0]).not.toBe('rgb(255, 0, 0)');
  // A host element that happens to use the widget's class names gets none of its styles.
  const leaked = await page.evaluate(() => {
    const probe = document.createElement('div');
    probe.className = 'sim panel notice error';
    document.body.append(probe);
    const s = getComputedStyle(probe);
    return { display: s.display, background: s.backgroundColor, padding: s.paddingTop };
  });
  expect(leaked).toEqual({ display: 'block', background: 'rgba(0, 0, 0, 0)', padding: '0px' });
  await page.evaluate(() => document.body.classList.remove('hostile'));
});

test('a widget with a bad attribute shows a message in place; the page keeps working', async ({ page }) => {
  await page.goto('/demo/index.html?lang=en');
  const bad = widget(page, 'w-bad');
  await bad.scrollIntoViewIfNeeded();
  await expect(bad.getByRole('alert')).toContainText('no-such-lesson');
  const good = page.locator('kafka-sim:not(#w-bad)').last();
  await good.scrollIntoViewIfNeeded();
  await expect(good.locator('.sim')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/demo-bad-widget-en.png` });
});

test('the language toggle switches the article and every widget', async ({ page }) => {
  await page.goto('/demo/index.html');
  await page.locator('#lang-toggle').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const w = page.locator('kafka-sim:not(#w-bad)').first();
  await w.scrollIntoViewIfNeeded();
  await expect(w.locator('.sim')).toHaveAttribute('lang', 'en');
});

test('the iframe form posts steps to its parent and takes commands from an allowed origin only', async ({ page }) => {
  await page.goto('/demo/index.html');
  const frameEl = page.locator('iframe[src*="embed.html"]');
  await frameEl.scrollIntoViewIfNeeded();
  const frame = page.frameLocator('iframe[src*="embed.html"]');
  await expect(frame.locator('.step-of')).toBeVisible();
  const posted = page.evaluate(() => new Promise<unknown>((resolve) => window.addEventListener('message', (e) => { if ((e.data as { source?: string }).source === 'kafka-sim') resolve(e.data); })));
  await page.evaluate(() => (document.querySelector('iframe[src*="embed.html"]') as HTMLIFrameElement).contentWindow!.postMessage({ source: 'kafka-sim', command: 'goTo', step: 2 }, '*'));
  await expect(frame.locator('.step-of')).toContainText('2');
  expect(await posted).toMatchObject({ source: 'kafka-sim', type: 'step', detail: { step: 2 } });

  // An iframe that only trusts another origin ignores this page's commands.
  await page.goto('/embed.html?lesson=keys&step=1&lang=en&origin=https%3A%2F%2Fblog.example');
  await page.evaluate(() => window.postMessage({ source: 'kafka-sim', command: 'goTo', step: 5 }, '*'));
  await page.waitForTimeout(200);
  await expect(page.locator('.step-of')).toContainText('Step 1 of');
});

test('a widget plays an inline scenario, and refuses a scenario from another origin', async ({ page }) => {
  const before: string[] = [];
  const early = (r: { url(): string }) => before.push(new URL(r.url()).pathname);
  page.on('request', early);
  await page.goto('/demo/index.html?lang=en');
  const scenario = JSON.stringify({ format: 'kafka-sim-scenario', version: 1, seed: 2, commands: [
    { type: 'createTopic', topic: 'inline-topic', partitions: 2 },
    { type: 'addProducer', producer: 'p' },
    { type: 'produce', producer: 'p', topic: 'inline-topic', key: 'k', value: 'v' },
  ] });
  await page.evaluate((text) => {
    const inline = document.createElement('kafka-sim');
    inline.id = 'w-inline';
    inline.setAttribute('scenario', text);
    inline.setAttribute('lang', 'en');
    const foreign = document.createElement('kafka-sim');
    foreign.id = 'w-foreign';
    foreign.setAttribute('scenario-src', 'https://elsewhere.example/s.json');
    document.body.prepend(inline, foreign);
  }, scenario);
  const inline = page.locator('#w-inline');
  // A scenario without a cursor starts at its beginning, ready to play.
  await expect(inline.locator('.step-counter')).toContainText('step 0 of 3');
  await inline.getByRole('button', { name: 'Step forward' }).click();
  await expect(inline.getByRole('list', { name: 'inline-topic partition 0', exact: true })).toBeVisible();
  await inline.getByRole('button', { name: 'Step forward' }).click();
  await inline.getByRole('button', { name: 'Step forward' }).click();
  await expect(inline.locator('.step-counter')).toContainText('step 3 of 3');
  await expect(inline.getByRole('listitem', { name: / key k$/ })).toHaveCount(1);
  await expect(page.locator('#w-foreign').getByRole('alert')).toContainText('elsewhere.example');
  // Play at the end has nothing to play: disabled, and the widget says why (it does not restart).
  await expect(inline.getByRole('button', { name: 'Play' })).toBeDisabled();
  await expect(inline.getByText('At the end of the timeline')).toBeVisible();
  // An English reading of the Korean page never downloads the Korean text (the page's script sets
  // the widgets' language at the end of the parse; nothing may ask for text before then).
  page.off('request', early);
  expect(before).toContain('/embed/kafka-sim.text.en.js');
  expect(before).not.toContain('/embed/kafka-sim.text.ko.js');
  // The widget's own language switch loads Korean first, then speaks it (no keys in between).
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await inline.locator('.embed-header button').first().click();
  await expect(inline.locator('.step-counter')).toContainText('3단계 중 3단계');
  expect(requested).toContain('/embed/kafka-sim.text.ko.js');
  await expect(inline.locator('.sim')).not.toContainText('controls.');
});

test('a widget loads its language\'s text on demand, from beside the script, and says so if it cannot', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('/demo/index.html?lang=en');
  const first = page.locator('kafka-sim:not(#w-bad)').first();
  await first.scrollIntoViewIfNeeded();
  await expect(first.locator('.sim .lesson-nav')).toBeVisible();
  // Only the page's language, only once, next to the script, and nothing from another origin.
  expect(requested.filter((p) => p.includes('.text.'))).toEqual(['/embed/kafka-sim.text.en.js']);
  expect(page.url().startsWith('http://127.0.0.1')).toBe(true);

  await page.route('**/kafka-sim.text.ko.js', (route) => route.fulfill({ status: 404, body: 'Not Found' }));
  await page.goto('/demo/index.html?lang=ko');
  const w = page.locator('kafka-sim:not(#w-bad)').first();
  await w.scrollIntoViewIfNeeded();
  await expect(w.getByRole('alert')).toContainText('시뮬레이터의 글을 불러오지 못했습니다');
  await expect(w.getByRole('alert')).toContainText('kafka-sim.text.ko.js');
});
