import { expect, test, type Page } from '@playwright/test';

// Issue 22: a widget sealed from its host. Everyday blog CSS (`.entry-content * { letter-spacing }`,
// rules on `kafka-sim` itself) and a strict Content-Security-Policy leave the widget's text and size
// exactly as on a clean page: bounding boxes are compared, not styles alone.

const page = (head: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>host</title><link rel="stylesheet" href="/host/page.css">${head}</head>
<body><div class="entry-content"><kafka-sim id="w" lesson="keys" step="2" lang="en"></kafka-sim></div>
<script src="/embed/kafka-sim.js"></script></body></html>`;

const HOSTILE_CSS = `.entry-content * { letter-spacing: 4px; word-spacing: 12px; font-weight: 900; text-transform: uppercase; line-height: 3; font-style: italic; }
kafka-sim { writing-mode: vertical-rl; font-size: 30px; direction: rtl; text-align: right; white-space: pre; text-indent: 40px; }`;

async function serve(p: Page, path: string, html: string, headers: Record<string, string> = {}) {
  await p.route(`**${path}`, (route) => route.fulfill({ status: 200, contentType: 'text/html', headers, body: html }));
  // The page's own layout from a file, so a strict policy does not change the page around the widget.
  await p.route('**/host/page.css', (route) => route.fulfill({ status: 200, contentType: 'text/css', body: 'body { margin: 0 } .entry-content { width: 900px }' }));
  await p.route('**/host/hostile.css', (route) => route.fulfill({ status: 200, contentType: 'text/css', body: HOSTILE_CSS }));
  await p.goto(path);
}

/** The widget's box, its first heading's box and text, and the step line: what a reader sees. */
async function measure(p: Page) {
  const heading = p.locator('#w .sim h2').first();
  await expect(heading).toBeVisible();
  await expect(p.locator('#w .step-of')).toContainText('Step 2 of');
  const host = await p.locator('#w').boundingBox();
  const h2 = await heading.boundingBox();
  const step = await p.locator('#w .step-of').boundingBox();
  return {
    host: { width: Math.round(host!.width), height: Math.round(host!.height) },
    h2: { width: Math.round(h2!.width), height: Math.round(h2!.height), x: Math.round(h2!.x - host!.x) },
    step: { width: Math.round(step!.width), height: Math.round(step!.height) },
    text: await heading.textContent(),
    style: await heading.evaluate((el) => { const s = getComputedStyle(el); return { letterSpacing: s.letterSpacing, writingMode: s.writingMode, textTransform: s.textTransform, fontStyle: s.fontStyle, direction: s.direction }; }),
  };
}

test('host CSS (`.entry-content * { letter-spacing }`, `kafka-sim { writing-mode: vertical-rl }`) leaves the widget as on a clean page', async ({ page: p }) => {
  await serve(p, '/host/clean.html', page(''));
  const clean = await measure(p);
  await serve(p, '/host/hostile.html', page('<link rel="stylesheet" href="/host/hostile.css">'));
  await expect.poll(() => p.locator('#w').evaluate((el) => getComputedStyle(el).letterSpacing)).toBe('4px'); // the host rule did apply to the element
  const hostile = await measure(p);
  expect(hostile).toEqual(clean);
  expect(clean.style).toEqual({ letterSpacing: 'normal', writingMode: 'horizontal-tb', textTransform: 'none', fontStyle: 'normal', direction: 'ltr' });
  await p.screenshot({ path: 'test/screenshots/embed-host-css-sealed-en.png' });
});

test('under a strict CSP (style-src \'self\', script-src \'self\') the widget styles itself and keeps its size', async ({ page: p }) => {
  await serve(p, '/host/clean.html', page(''));
  const clean = await measure(p);
  const violations: string[] = [];
  p.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) violations.push(m.text()); });
  await serve(p, '/host/strict.html', page(''), { 'Content-Security-Policy': "default-src 'self'; style-src 'self'; script-src 'self'; img-src 'self' data:" });
  const strict = await measure(p);
  expect(strict).toEqual(clean);
  // A box as tall as the clean one, not the 33,554,432 px of an unstyled widget.
  expect(strict.host.height).toBeLessThan(3000);
  await p.screenshot({ path: 'test/screenshots/embed-strict-csp-en.png' });
});

test('a bad view attribute shows a translated message in both languages, not the raw key', async ({ page: p }) => {
  await serve(p, '/host/bad-view.html', page('').replace('lesson="keys" step="2" lang="en"', 'lesson="keys" view="sideways" lang="en"'));
  await expect(p.locator('#w [role=alert]')).toContainText('view="sideways" must be topics or brokers');
  await p.locator('#w').evaluate((el) => el.setAttribute('lang', 'ko'));
  await expect(p.locator('#w [role=alert]')).toContainText('view="sideways": topics 또는 brokers여야 합니다');
  await expect(p.locator('#w')).not.toContainText('embed.badView');
});
