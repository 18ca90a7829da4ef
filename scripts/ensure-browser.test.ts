import { browserPlan, findChromium } from './ensure-browser.mjs';

describe('ensure-browser', () => {
  it('uses a system Chromium when there is one, apt as root on Debian, and Playwright\'s download otherwise', () => {
    expect(browserPlan({ found: true, isRoot: false, hasApt: false })).toBe('system');
    expect(browserPlan({ found: false, isRoot: true, hasApt: true })).toBe('apt');
    expect(browserPlan({ found: false, isRoot: false, hasApt: true })).toBe('playwright'); // a non-root user
    expect(browserPlan({ found: false, isRoot: true, hasApt: false })).toBe('playwright'); // macOS, Alpine…
  });

  it('CHROMIUM_PATH wins, and a missing one is not silently replaced', () => {
    const saved = process.env['CHROMIUM_PATH'];
    try {
      process.env['CHROMIUM_PATH'] = process.execPath; // any file that exists
      expect(findChromium()).toBe(process.execPath);
      process.env['CHROMIUM_PATH'] = '/no/such/chromium';
      expect(findChromium()).toBeUndefined();
    } finally {
      if (saved === undefined) delete process.env['CHROMIUM_PATH'];
      else process.env['CHROMIUM_PATH'] = saved;
    }
  });
});
