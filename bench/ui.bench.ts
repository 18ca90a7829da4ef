// npm run bench:ui: drives the built page in headless Chromium through the heavy scenario
// (16 partitions, 4 producers x 50 records/s, 2 groups x 4 consumers, >= 5,000 retained records)
// and its replicated twin (3 brokers, replication factor 3, a broker crashing every 30 s of model
// time and back 15 s later), each playing at top speed, and prints the frame intervals and the JS
// heap over a long run; the replicated twin a second time in the brokers view, its replica logs
// drawn cell by cell (heavy-replicated-brokers), with the figure's node count.
// BENCH_UI_SCENES=heavy-replicated runs one; BENCH_UI_PORT moves the server.
import { spawn, execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { findChromium } from '../scripts/ensure-browser.mjs';

const PORT = Number(process.env.BENCH_UI_PORT ?? 4174);
const SCENES = (process.env.BENCH_UI_SCENES ?? 'heavy,heavy-replicated,heavy-replicated-brokers').split(',').filter(Boolean);
/** A scene's address: its scenario, and the view it is watched in. */
const SCENE_QUERY: Record<string, string> = { 'heavy-replicated-brokers': 'scenario=heavy-replicated&view=brokers' };
const EMBED = process.env.BENCH_UI_EMBED !== '0';
const WARMUP_MS = 3_000;
const MEASURE_MS = Number(process.env.BENCH_UI_MS ?? 20_000);
const HEAP_SAMPLES = Number(process.env.BENCH_UI_HEAP_SAMPLES ?? 6);
const HEAP_EVERY_MS = Number(process.env.BENCH_UI_HEAP_EVERY_MS ?? 10_000);

async function heapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1e6;
}

/** Chromium's counters (ProcessTime: the renderer's CPU seconds) and the step shown. */
async function metrics(cdp: CDPSession, page: Page): Promise<{ m: Record<string, number>; step: number }> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  const counter = (await page.locator('.step-counter').textContent()) ?? '';
  return { m: Object.fromEntries(list.map((x) => [x.name, x.value])), step: Number(/(\d+)/.exec(counter)?.[1] ?? 0) };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))] ?? 0;
}

/** Top speed is a step per frame, ~0.24 s of model time per second: the replicated scene needs ~75 s to meet a crash, its fencing and the return. */
const MEASURE_DEFAULTS: Record<string, number> = { heavy: 20_000, 'heavy-replicated': 75_000, 'heavy-replicated-brokers': 75_000 };

async function measure(browser: Browser, scene: string) {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  const cdp = await page.context().newCDPSession(page);
  await page.goto(`http://127.0.0.1:${PORT}/?${SCENE_QUERY[scene] ?? `scenario=${scene}`}&lang=en`);
  await page.getByRole('combobox', { name: 'Speed' }).selectOption('60');
  await page.getByRole('button', { name: 'Play' }).click();
  await page.waitForTimeout(WARMUP_MS);
  const measureMs = process.env.BENCH_UI_MS ? MEASURE_MS : (MEASURE_DEFAULTS[scene] ?? MEASURE_MS);
  const heapAtStart = await heapMb(cdp);
  await cdp.send('Performance.enable');
  const before = await metrics(cdp, page);

  // A string, not a function: tsx's name-keeping helpers do not exist inside the page.
  const intervals = (await page.evaluate(`new Promise((resolve) => {
    const out = [];
    let last = performance.now();
    const end = last + ${measureMs};
    const frame = (now) => {
      out.push(now - last);
      last = now;
      if (now < end) requestAnimationFrame(frame);
      else resolve(out);
    };
    requestAnimationFrame(frame);
  })`)) as number[];
  const after = await metrics(cdp, page);
  const sorted = [...intervals].sort((a, b) => a - b);
  const steps = await page.locator('.step-counter').textContent();
  const stepsDone = after.step - before.step;
  const perStep = (key: string) => (((after.m[key] ?? 0) - (before.m[key] ?? 0)) * 1000 / Math.max(1, stepsDone)).toFixed(1);
  console.log(`ui bench: ${scene} scenario at top speed, ${intervals.length} frames over ${(measureMs / 1000).toFixed(0)} s (${steps?.trim()})`);
  console.log(`  frame interval median ${percentile(sorted, 0.5).toFixed(1)} ms, p95 ${percentile(sorted, 0.95).toFixed(1)} ms, max ${sorted.at(-1)?.toFixed(1)} ms  (goal: p95 within 20 ms)`);
  // CPU time per step is steadier than frame intervals when other work shares the machine.
  console.log(`  per step (${stepsDone} steps): renderer CPU ${perStep('ProcessTime')} ms; main thread: tasks ${perStep('TaskDuration')} ms, script ${perStep('ScriptDuration')} ms, layout ${perStep('LayoutDuration')} ms, style ${perStep('RecalcStyleDuration')} ms; load average ${loadavg()[0]!.toFixed(1)}`);

  const heap: number[] = [];
  for (let i = 0; i < HEAP_SAMPLES; i++) {
    if (i > 0) await page.waitForTimeout(HEAP_EVERY_MS);
    heap.push(await heapMb(cdp));
  }
  const retained = (await page.evaluate("document.querySelectorAll('.cell').length")) as number;
  // The figure's size in nodes (elements; SVG elements among them) and replica cells, while playing.
  const nodes = (await page.evaluate(`(() => { const f = document.querySelector('[data-figure]'); return f ? [f.querySelectorAll('*').length, f.querySelectorAll('svg, svg *').length, f.querySelectorAll('[data-replica-cell]').length] : [0, 0, 0]; })()`)) as number[];
  console.log(`  figure: ${nodes[0]} elements (${nodes[1]} SVG), ${nodes[2]} replica cells`);
  console.log(`  JS heap after GC at the start: ${heapAtStart.toFixed(1)} MB; then, retention deleting all along, every ${HEAP_EVERY_MS / 1000} s while playing: ${heap.map((h) => `${h.toFixed(1)} MB`).join(', ')}`);
  console.log(`  heap change over the last ${((HEAP_SAMPLES - 1) * HEAP_EVERY_MS) / 1000} s: ${(heap.at(-1)! - heap[0]!).toFixed(1)} MB; cells drawn: ${retained}`);
  const finalSteps = await page.locator('.step-counter').textContent();
  console.log(`  finished at ${finalSteps?.trim()}`);

  await page.close();
}

// In the page from its first script on: the first frame where every lesson widget's figure is on
// screen styled (its poster, or already the live widget), and the first frame where a widget's
// Next button is live. A string: tsx's name-keeping helpers do not exist inside the page.
const ARTICLE_PROBE = `(() => {
  const marks = { first: -1, posters: -1, interactive: -1 };
  window.__articleMarks = marks;
  const styled = (root) => [...root.querySelectorAll('link[rel=stylesheet]')].every((l) => l.sheet);
  const frame = () => {
    if (document.readyState !== 'loading') {
      const widgets = [...document.querySelectorAll('kafka-sim[lesson][step]')];
      const shown = (w) => {
        const root = w.shadowRoot;
        const fig = root && root.querySelector('.widget figure, .widget [role=figure]');
        return fig && styled(root) && fig.getBoundingClientRect().height > 0;
      };
      if (marks.first < 0 && widgets.length && shown(widgets[0])) marks.first = performance.now();
      if (marks.posters < 0 && widgets.length && widgets.every(shown)) marks.posters = performance.now();
      if (marks.interactive < 0 && widgets.some((w) => w.shadowRoot && w.shadowRoot.querySelector('.widget:not([data-poster]) .lesson-nav button:not([disabled])'))) marks.interactive = performance.now();
    }
    if (marks.posters < 0 || marks.interactive < 0) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})()`;

/**
 * The demo article (fourteen widgets): from navigation to every widget's figure visible (its
 * poster) and to the first widget interactive, and the JavaScript it downloads before the reader
 * scrolls (the loader, the live chunk once, the text of one language), as served here and gzipped
 * as a static host would send it.
 */
async function measureArticle(browser: Browser) {
  const runs: { first: number; posters: number; interactive: number; afterScript: number; js: string[]; transferred: number }[] = [];
  for (let run = 0; run < 5; run++) {
    const demo = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await demo.addInitScript(ARTICLE_PROBE);
    await demo.goto(`http://127.0.0.1:${PORT}/demo/index.html`);
    await demo.waitForFunction('window.__articleMarks.posters >= 0 && window.__articleMarks.interactive >= 0');
    await demo.waitForLoadState('networkidle');
    const got = (await demo.evaluate(`(() => {
      const marks = window.__articleMarks;
      const entries = performance.getEntriesByType('resource');
      const loader = entries.find((e) => /kafka-sim\\.js$/.test(e.name));
      const js = entries.filter((e) => /\\.m?js(\\?|$)/.test(e.name));
      return { first: marks.first, posters: marks.posters, interactive: marks.interactive, afterScript: marks.interactive - (loader ? loader.responseEnd : 0),
        js: js.map((e) => new URL(e.name).pathname), transferred: js.reduce((sum, e) => sum + (e.transferSize || e.encodedBodySize), 0) };
    })()`)) as (typeof runs)[number];
    runs.push(got);
    await demo.close();
  }
  const median = (pick: (r: (typeof runs)[number]) => number) => percentile(runs.map(pick).sort((a, b) => a - b), 0.5);
  const files = [...new Set(runs.flatMap((r) => r.js))];
  const gzipped = files.reduce((sum, f) => sum + gzipSync(readFileSync(join('dist', f)), { level: 9 }).length, 0);
  console.log(`demo article (${runs.length} loads, medians): first widget's figure visible ${median((r) => r.first).toFixed(0)} ms and every widget's figure visible (posters) ${median((r) => r.posters).toFixed(0)} ms after navigation; first widget interactive ${median((r) => r.interactive).toFixed(0)} ms after navigation, ${median((r) => r.afterScript).toFixed(0)} ms after the widget script loaded  (goal: within 1 s)`);
  console.log(`  JavaScript before the reader scrolls: ${files.length} files, ${(median((r) => r.transferred) / 1024).toFixed(1)} KB transferred by this server, ${(gzipped / 1024).toFixed(1)} KB gzipped: ${files.join(', ')}`);
}

execSync('npm run build:site', { stdio: 'inherit' });
// vite itself, not through npx: killing npx would leave the server holding the port.
const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], { stdio: 'ignore' });
try {
  await new Promise((r) => setTimeout(r, 1500));
  const executablePath = findChromium();
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  for (const scene of SCENES) await measure(browser, scene);
  if (EMBED) await measureArticle(browser);
  await browser.close();
} finally {
  server.kill();
}
