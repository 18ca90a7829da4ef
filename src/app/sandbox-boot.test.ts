// @vitest-environment jsdom
import fc from 'fast-check';
import { SANDBOX_KEY, encodeScenarioForUrl, serializeScenario, type Scenario } from '../lessons/scenario-file.ts';
import { createSimStore } from '../store/sim-store.ts';
import { restoreSandbox, persistSandbox } from './sandbox-boot.ts';

// Whatever the page opens with (nothing, a good link, a broken one) and whatever is saved (nothing,
// a sandbox, a corrupt entry, one from a newer version), a readable or newer saved sandbox is never
// changed by opening the page, and saving is on only when nothing would be lost by it.

const MINE: Scenario = { seed: 5, commands: [{ type: 'createTopic', topic: 'mine', partitions: 2 }], cursor: 1 };
const LINKED: Scenario = { seed: 6, commands: [{ type: 'createTopic', topic: 'linked', partitions: 1 }] };
const SAVED = {
  none: undefined,
  mine: serializeScenario(MINE),
  corrupt: '{"format":"kafka-sim',
  newer: serializeScenario(MINE).replace(/"version": \d+/, '"version": 99'),
} as const;
const LINKS = { none: '', good: `#scenario=${encodeScenarioForUrl(LINKED)}`, broken: '#scenario=@@@', refused: `#scenario=${encodeScenarioForUrl({ seed: 1, commands: [{ type: 'poll', consumer: 'nobody' }] })}` } as const;

const topicsOf = (store: ReturnType<typeof createSimStore>) => Object.keys(store.getState().timeline.state.topics);

describe('restoreSandbox', () => {
  afterEach(() => window.localStorage.clear());

  it('never loses a readable or newer saved sandbox, and shows it whenever the link does not load', async () => {
    await fc.assert(fc.asyncProperty(fc.constantFrom(...(Object.keys(SAVED) as (keyof typeof SAVED)[])), fc.constantFrom(...(Object.keys(LINKS) as (keyof typeof LINKS)[])), fc.constantFrom('ko', 'en' as const), async (saved, link, lang) => {
      window.localStorage.clear();
      const text = SAVED[saved];
      if (text !== undefined) window.localStorage.setItem(SANDBOX_KEY, text);
      const store = createSimStore({ seed: 1, commands: [{ type: 'createTopic', topic: 'default', partitions: 1 }] });
      const outcome = await restoreSandbox(store, LINKS[link], lang, { yieldToPage: async () => undefined });
      if ('cancelled' in outcome) throw new Error('not cancelled');
      const restored = outcome;
      const after = window.localStorage.getItem(SANDBOX_KEY);
      if (saved === 'mine' || saved === 'newer') expect(after).toBe(text);
      const linkLoaded = link === 'good';
      if (linkLoaded) expect(topicsOf(store)).toEqual(['linked']);
      else if (saved === 'mine') expect(topicsOf(store)).toEqual(['mine']);
      // Saving is on only when what is shown is the saved sandbox itself, or nothing readable is saved.
      if (restored.persist === 'on') expect(saved === 'mine' ? !linkLoaded : saved !== 'newer').toBe(true);
      if (saved === 'newer') expect(restored.persist).toBe('off');
      if (linkLoaded && saved === 'mine') expect(restored).toMatchObject({ persist: 'ask', saved: MINE });
      if (link !== 'none' && !linkLoaded) expect(restored.notice).toBeTruthy();
    }));
  });

  it('persistSandbox says when a save fails, and again when it works', async () => {
    const store = createSimStore({ seed: 1 });
    const heard: (string | undefined)[] = [];
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); };
    const stop = persistSandbox(store, () => 'en', (p) => heard.push(p));
    expect(heard[0]).toMatch(/^Your sandbox could not be saved in this browser: .*full/);
    Storage.prototype.setItem = original;
    store.getState().dispatch({ type: 'createTopic', topic: 'x', partitions: 1 });
    await new Promise((r) => setTimeout(r, 350));
    expect(heard.at(-1)).toBeUndefined();
    expect(window.localStorage.getItem(SANDBOX_KEY)).toContain('"x"');
    stop();
  });
});

describe('persistSandbox never writes over steps it has not seen (issue 22: two tabs)', () => {
  afterEach(() => window.localStorage.clear());

  it('stops and reports a conflict when another tab saved since this one last read or wrote', () => {
    vi.useFakeTimers();
    try {
      window.localStorage.setItem(SANDBOX_KEY, serializeScenario(MINE));
      const store = createSimStore({ seed: MINE.seed, commands: MINE.commands });
      const onConflict = vi.fn();
      const stop = persistSandbox(store, () => 'en', () => undefined, onConflict);
      // Another tab saves more steps.
      const theirs = serializeScenario({ seed: 5, commands: [...MINE.commands, { type: 'createTopic', topic: 'theirs', partitions: 1 }] });
      window.localStorage.setItem(SANDBOX_KEY, theirs);
      store.getState().dispatch({ type: 'createTopic', topic: 'ours', partitions: 1 });
      vi.advanceTimersByTime(1_000);
      expect(onConflict).toHaveBeenCalledTimes(1);
      expect(window.localStorage.getItem(SANDBOX_KEY)).toBe(theirs);
      // Stopped for good: later steps save nothing either.
      store.getState().dispatch({ type: 'createTopic', topic: 'later', partitions: 1 });
      vi.advanceTimersByTime(1_000);
      expect(window.localStorage.getItem(SANDBOX_KEY)).toBe(theirs);
      stop();
    } finally {
      vi.useRealTimers();
    }
  });

  it('hears another tab\'s save at once through the storage event', () => {
    window.localStorage.setItem(SANDBOX_KEY, serializeScenario(MINE));
    const store = createSimStore({ seed: MINE.seed, commands: MINE.commands });
    const onConflict = vi.fn();
    const stop = persistSandbox(store, () => 'en', () => undefined, onConflict);
    window.localStorage.setItem(SANDBOX_KEY, 'changed elsewhere');
    window.dispatchEvent(new StorageEvent('storage', { key: SANDBOX_KEY }));
    expect(onConflict).toHaveBeenCalledTimes(1);
    stop();
  });
});
