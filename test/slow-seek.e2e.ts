import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { encodeScenarioForUrl } from '../src/lessons/scenario-file.ts';
import { worstCases } from '../src/lessons/scenarios/worst-case.ts';

// Issue 22: a seek that needs a long replay never freezes the page. The heaviest timeline the
// limits allow (every partition on 12 brokers, brokers failing) on slow machines (the CPU
// throttled with Chrome DevTools' own emulation; unthrottled, such a seek takes 80–200 ms here):
// jumping the slider far shows progress; Cancel acts within 100 ms (measured in the page, from the
// click event's time) and leaves the page at the step it showed; the page is usable at once.
// Both languages, axe clean. Each seek goes to a step not visited before (a visited one is kept).

const slow = worstCases().find((c) => c.name.startsWith('replication'))!.scenario;
const total = slow.commands.length;
const far = 3900;

const text = {
  en: { slider: 'Timeline', going: (step: number) => `Going to step ${step}`, cancel: 'Cancel', back: 'Step back', at: (step: number) => `step ${step} of ${total}`, loaded: 'Loaded' },
  ko: { slider: '타임라인', going: (step: number) => `${step}단계로 가는 중`, cancel: '취소', back: '이전 단계', at: (step: number) => `${total}단계 중 ${step}단계`, loaded: '불러왔습니다' },
} as const;
const going = (lang: 'en' | 'ko') => (lang === 'en' ? /^Going to step \d+$/ : /^\d+단계로 가는 중$/);

async function axeClean(page: Page, only?: string) {
  // A step's callouts fade in (240 ms): contrast is judged on the colours they settle on.
  await page.evaluate(() => Promise.all(document.getAnimations().filter((a) => Number.isFinite(Number(a.effect?.getComputedTiming().endTime))).map((a) => a.finished.catch(() => undefined))));
  const builder = new AxeBuilder({ page });
  if (only) builder.include(only);
  const results = await builder.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
}

/**
 * From the click's own timestamp (when the input arrived) to the progress leaving the page, for
 * the next click on the progress's Cancel button.
 */
async function armLatency(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { latency: Promise<number>; armed?: (event: MouseEvent) => void };
    if (w.armed) document.removeEventListener('click', w.armed, { capture: true });
    w.latency = new Promise((resolve) => {
      const onClick = (event: MouseEvent) => {
        if (!(event.target instanceof Element) || !event.target.closest('[data-seeking] button')) return;
        document.removeEventListener('click', onClick, { capture: true });
        const clicked = event.timeStamp;
        const observer = new MutationObserver(() => {
          if (document.querySelector('[data-seeking]')) return;
          observer.disconnect();
          resolve(performance.now() - clicked);
        });
        observer.observe(document.body, { childList: true, subtree: true });
      };
      w.armed = onClick;
      document.addEventListener('click', onClick, { capture: true });
    });
  });
}

/**
 * Moves the slider (as an input event would) every 50 ms to a step not visited yet, from `start`
 * down: each new seek replaces the running one, so one is always running until release().
 */
async function holdSeeking(page: Page, start: number) {
  await page.evaluate((start) => {
    const slider = document.querySelector<HTMLInputElement>('.scrubber input')!;
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    const w = window as unknown as { hold: number; gone: number; observer: MutationObserver };
    let step = start;
    const move = () => {
      setValue.call(slider, String(step));
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      // The first few hundred steps (brokers and topics being created) are cheap to replay: stay above.
      step = step > 1000 ? step - 37 : start + 13;
    };
    move();
    w.hold = window.setInterval(move, 50);
    // Counts the progress leaving the page while held (a seek that landed would).
    w.gone = 0;
    let seen = false;
    w.observer = new MutationObserver(() => {
      if (document.querySelector('[data-seeking]')) seen = true;
      else if (seen) w.gone++;
    });
    w.observer.observe(document.body, { childList: true, subtree: true });
  }, start);
}

/**
 * Stops moving the slider. A seek that happened to land while held moved the page to its step
 * (how fast a seek lands depends on the machine), so the caller reads the step shown afterwards.
 * Returns whether a seek is still running.
 */
async function release(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const w = window as unknown as { hold: number; gone: number; observer: MutationObserver };
    window.clearInterval(w.hold);
    w.observer.disconnect();
    return document.querySelector('[data-seeking]') !== null;
  });
}

/**
 * Presses Escape while a seek runs: a released seek may land before the key arrives (how fast
 * depends on the machine), so whether one was running is read as the key arrives, before the
 * page handles it (escapeWatch), and the reader tries again if none was.
 */
async function escapeWhileSeeking(page: Page, start: number): Promise<void> {
  for (let attempt = 0; attempt < 10; attempt++) {
    await seekRunning(page, start - attempt * 53);
    await page.keyboard.press('Escape');
    if (await page.evaluate(() => (window as unknown as { escapedSeek?: boolean }).escapedSeek)) return;
  }
  throw new Error('no seek was running when Escape arrived, 10 times');
}

/** Before the page's own scripts: notes, as each Escape arrives, whether a seek was running. */
function escapeWatch(): void {
  window.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') (window as unknown as { escapedSeek?: boolean }).escapedSeek = document.querySelector('[data-seeking]') !== null;
  }, { capture: true });
}

/** Holds seeking until one is running at the moment it is released (a fast machine may land some). */
async function seekRunning(page: Page, start: number): Promise<void> {
  for (let attempt = 0; attempt < 20; attempt++) {
    await holdSeeking(page, start - attempt * 101);
    await page.locator('[data-seeking]').waitFor();
    if (await release(page)) return;
  }
  throw new Error('no seek was running when released, 20 times');
}

for (const lang of ['en', 'ko'] as const) {
  test(`a far seek on a heavy timeline shows progress and cancels within 100 ms back to the step shown (${lang})`, async ({ page }) => {
    test.setTimeout(120_000);
    const m = text[lang];
    await page.setViewportSize({ width: 1366, height: 800 });
    await page.addInitScript(escapeWatch);
    await page.goto(`/?lang=${lang}#scenario=${encodeScenarioForUrl(slow)}`);
    await expect(page.getByRole('status').filter({ hasText: m.loaded }).first()).toBeVisible({ timeout: 60_000 });
    const counter = page.locator('.step-counter');
    await expect(counter).toContainText(m.at(total));
    const slider = page.getByRole('slider', { name: m.slider });

    // A slow machine (CPU 4× slower). While we look at the progress and run axe over it, the
    // page keeps moving the slider to steps not visited yet (holdSeeking), so a seek is always running.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const progress = page.locator('[data-seeking]');
    await holdSeeking(page, far);
    await expect(progress.getByRole('progressbar', { name: going(lang) })).toBeVisible();
    await expect(progress.getByRole('status')).toHaveText(going(lang));
    // The figure still shows the step it had; the slider shows where the seek goes. Read in one
    // task while a seek runs (a held seek may land at any moment, moving the counter with it).
    await expect.poll(async () => {
      const seen = await page.evaluate(() => ({
        seeking: document.querySelector('[data-seeking]') !== null,
        shown: document.querySelector('.step-counter')!.textContent ?? '',
        target: Number((document.querySelector('input[type=range]') as HTMLInputElement).value),
      }));
      if (!seen.seeking) return 'no seek running';
      return seen.shown.includes(m.at(seen.target)) ? `counter shows the target ${seen.target}` : 'ok';
    }).toBe('ok');
    const cancelButton = progress.getByRole('button', { name: m.cancel, exact: true });
    await expect(cancelButton).toHaveCount(1);
    await axeClean(page, '.controls');
    await page.screenshot({ path: `test/screenshots/slow-seek-1366-${lang}.png` });
    // Escape cancels the running seek: the page stays at the step it showed (the last seek that
    // landed, or the last step when none did), the slider back on it.
    await release(page);
    await escapeWhileSeeking(page, far);
    await expect(progress).toHaveCount(0);
    const at = Number(await slider.inputValue());
    await expect(counter).toContainText(m.at(at));

    // The reader clicks Cancel as soon as it shows, while the slices run; from the click's
    // arrival to the progress gone, within 100 ms (on a machine 2× slower than this one).
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 2 });
    // Far from any step the held seeks visited (a visited one would land at once, kept). A seek
    // may still land before the click arrives (how fast depends on the machine): then the click
    // finds no Cancel, and the reader tries again from the step that landed.
    let at2 = at;
    let latency: number | null = null;
    for (let attempt = 0; latency === null; attempt++) {
      expect(attempt, 'a seek still running when Cancel was clicked').toBeLessThan(10);
      await armLatency(page);
      await slider.fill(String(at2 > 2000 ? at2 - 1511 - attempt * 7 : at2 + 1511 + attempt * 7));
      // Where Cancel is, read while this seek runs (null: it landed already).
      const cancel = await page.evaluate(() => {
        const box = document.querySelector('[data-seeking] button')?.getBoundingClientRect();
        return box ? { x: box.x + box.width / 2, y: box.y + box.height / 2 } : null;
      });
      if (cancel) {
        await page.mouse.click(cancel.x, cancel.y);
        latency = await page.evaluate(() => Promise.race([
          (window as unknown as { latency: Promise<number> }).latency,
          new Promise<null>((resolve) => setTimeout(() => resolve(null), 3000)),
        ]));
      }
      if (latency === null) {
        await expect(progress).toHaveCount(0);
        at2 = Number(await slider.inputValue());
      }
    }
    console.log(`seek cancel latency (${lang}, CPU 2× slower): ${latency.toFixed(1)} ms`);
    expect(latency).toBeLessThan(100);
    await expect(progress).toHaveCount(0);
    await expect(slider).toHaveValue(String(at2));
    await expect(slider).toBeFocused();
    await expect(counter).toContainText(m.at(at2));

    // Usable at once, from the step it showed.
    await page.getByRole('button', { name: m.back, exact: true }).click();
    await expect(counter).toContainText(m.at(at2 - 1));

    // On a phone: the progress fits.
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.setViewportSize({ width: 390, height: 844 });
    await holdSeeking(page, 2700);
    await expect(progress.getByRole('progressbar', { name: going(lang) })).toBeVisible();
    // The controls, not the progress itself: a held seek may land (and its progress go) at any moment.
    await page.locator('.controls').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test/screenshots/slow-seek-390-${lang}.png` });
    await release(page);
    await escapeWhileSeeking(page, 2700);
    await expect(progress).toHaveCount(0);
    // The slider and the counter agree on the step shown.
    await expect(counter).toContainText(m.at(Number(await slider.inputValue())));
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });

    // Left to finish, a seek lands on the step asked for.
    await slider.fill('4000');
    await expect(counter).toContainText(m.at(4000));
    await expect(progress).toHaveCount(0);
    await axeClean(page);
  });
}
