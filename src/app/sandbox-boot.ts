import { translate, type Lang } from '../i18n/catalog.ts';
import { describeProblem } from '../lessons/describe-problem.ts';
import { browserStorage, decodeScenarioFromUrl, kafkaVersionField, loadSandbox, SANDBOX_KEY, saveSandbox, serializeScenario, type ParseResult, type Scenario } from '../lessons/scenario-file.ts';
import { replayScenario, type ReplayOptions } from '../lessons/scenario-replay.ts';
import type { SimStore } from '../store/sim-store.ts';
import { describeError } from '../view/narrate.ts';

// Where the sandbox comes from when the page opens: a share link (#scenario=…), else the sandbox
// saved in this browser, else the default. Whatever fails says why and loads nothing of itself,
// and nothing is saved over a reader's saved sandbox without asking (see Persist).

/**
 * on: save changes to local storage; ask: a saved sandbox would be replaced, so hold saving until the
 * reader chooses; off: the saved entry is from a newer version and must stay as it is.
 */
export type Persist = 'on' | 'ask' | 'off';

export interface Restored {
  notice: string | undefined;
  persist: Persist;
  /** The saved sandbox, when the page shows something else (for "open my saved sandbox"). */
  saved?: Scenario;
}

const reasons = (result: Extract<ParseResult, { ok: false }>, lang: Lang) =>
  result.problems.map((p) => describeProblem(p, lang, (e) => describeError(e, lang))).join(' · ');

/** What to do about the saved sandbox when the page is about to show something else. */
export function savedSandboxState(saved: ParseResult, lang: Lang): Restored {
  if (saved.ok) return { notice: undefined, persist: 'ask', saved: saved.scenario };
  const newer = saved.problems[0];
  if (newer?.code === 'futureVersion') return { notice: translate(lang, 'file.sandboxNewer', newer.params ?? {}), persist: 'off' };
  return { notice: undefined, persist: 'on' };
}

/** What restoreSandbox gives when its replay was cancelled: nothing changed, nothing saved. */
export const RESTORE_CANCELLED = { cancelled: true } as const;

/**
 * Opens the link in `hash`, else the saved sandbox, replaying it in slices (replayScenario) so the
 * page stays responsive, reports progress and stops within a slice when `options.signal` aborts.
 */
export async function restoreSandbox(store: SimStore, hash: string, lang: Lang, options: ReplayOptions = {}): Promise<Restored | typeof RESTORE_CANCELLED> {
  // Shape checks only: the replay below runs every command once, and says which one it refused.
  const saved = loadSandbox(browserStorage(), { replay: false });
  const param = new URLSearchParams(hash.replace(/^#/, '')).get('scenario');
  if (param !== null) {
    const link = decodeScenarioFromUrl(param, { replay: false });
    if (link.ok) {
      const error = await load(store, link.scenario, lang, options);
      if (typeof error === 'object') return error;
      if (error === undefined) {
        const state = savedSandboxState(saved, lang);
        const loaded = translate(lang, 'file.loaded', { count: link.scenario.commands.length });
        return { ...state, notice: [loaded, state.notice].filter((n) => n !== undefined).join(' ') };
      }
      return fallBackToSaved(store, saved, error, lang, options);
    }
    return fallBackToSaved(store, saved, translate(lang, 'file.linkRejected', { reason: reasons(link, lang) }), lang, options);
  }
  if (saved.ok) {
    const error = await load(store, saved.scenario, lang, options);
    return typeof error === 'object' ? error : { notice: error ?? translate(lang, 'file.sandboxRestored'), persist: 'on' };
  }
  if (saved.problems[0]?.code === 'futureVersion') return savedSandboxState(saved, lang);
  if (saved.problems.length > 0) return { notice: translate(lang, 'file.sandboxReset', { reason: reasons(saved, lang) }), persist: 'on' };
  return { notice: undefined, persist: 'on' };
}

/** A link that did not load leaves the saved sandbox as it was, and shows it. */
async function fallBackToSaved(store: SimStore, saved: ParseResult, why: string, lang: Lang, options: ReplayOptions): Promise<Restored | typeof RESTORE_CANCELLED> {
  if (saved.ok) {
    const error = await load(store, saved.scenario, lang, options);
    if (typeof error === 'object') return error;
    if (error === undefined) return { notice: `${why} ${translate(lang, 'file.savedKept')}`, persist: 'on' };
  }
  const state = savedSandboxState(saved, lang);
  return { notice: [why, state.notice].filter((n) => n !== undefined).join(' '), persist: state.persist === 'ask' ? 'on' : state.persist };
}

async function load(store: SimStore, scenario: Scenario, lang: Lang, options: ReplayOptions): Promise<string | undefined | typeof RESTORE_CANCELLED> {
  const result = await replayScenario(scenario, options);
  if (result.ok) {
    store.getState().loadTimeline(result.timeline);
    return undefined;
  }
  if ('cancelled' in result) return RESTORE_CANCELLED;
  return translate(lang, 'file.rejected', { reason: reasons(result, lang) });
}

/** The store's timeline as a scenario file's content: seed, every command, and where the cursor stands. */
export function currentScenario(store: SimStore): Scenario {
  const { timeline } = store.getState();
  return { seed: timeline.options.seed ?? 1, ...kafkaVersionField(timeline.state.kafkaVersion), commands: timeline.commands.toArray(), cursor: timeline.cursor };
}

/**
 * Keeps the sandbox in local storage, now and as it changes, so a reload picks up where the student
 * was. `onSaved` hears about every save: a sentence saying why it failed, or undefined once it works.
 * It never writes over steps it has not seen: when the saved sandbox changed since this tab last
 * read or wrote it (another tab saved), it stops and calls `onConflict` instead.
 */
export function persistSandbox(store: SimStore, lang: () => Lang, onSaved: (problem: string | undefined) => void = () => undefined, onConflict: () => void = () => undefined): () => void {
  let pending: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const stored = () => {
    try {
      return browserStorage()?.getItem(SANDBOX_KEY) ?? null;
    } catch {
      return null;
    }
  };
  let known = stored();
  const conflict = () => {
    if (stopped) return;
    stopped = true;
    clearTimeout(pending);
    onConflict();
  };
  const save = () => {
    if (stopped || store.getState().timeline.dropped > 0) return;
    if (stored() !== known) return conflict();
    const scenario = currentScenario(store);
    const result = saveSandbox(browserStorage(), scenario);
    if (result.ok) known = serializeScenario(scenario);
    onSaved(result.ok ? undefined : translate(lang(), 'file.saveFailed', { reason: result.problems.map((p) => describeProblem(p, lang())).join(' · ') }));
  };
  save();
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.timeline === previous.timeline) return;
    clearTimeout(pending);
    pending = setTimeout(save, 300);
  });
  // Another tab's save is heard at once (the storage event), not only at this tab's next save.
  const onStorage = (event: StorageEvent) => {
    if ((event.key === SANDBOX_KEY || event.key === null) && stored() !== known) conflict();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    stopped = true;
    clearTimeout(pending);
    unsubscribe();
    window.removeEventListener('storage', onStorage);
  };
}
