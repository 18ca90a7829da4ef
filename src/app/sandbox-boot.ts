import { translate, type Lang } from '../i18n/catalog.ts';
import { describeProblem } from '../lessons/describe-problem.ts';
import { browserStorage, decodeScenarioFromUrl, kafkaVersionField, loadSandbox, saveSandbox, scenarioProfile, type ParseResult, type Scenario } from '../lessons/scenario-file.ts';
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

export function restoreSandbox(store: SimStore, hash: string, lang: Lang): Restored {
  // Shape checks only: the store's load replays once, and says which command it refused.
  const saved = loadSandbox(browserStorage(), { replay: false });
  const param = new URLSearchParams(hash.replace(/^#/, '')).get('scenario');
  if (param !== null) {
    const link = decodeScenarioFromUrl(param, { replay: false });
    if (link.ok) {
      const error = load(store, link.scenario, lang);
      if (error === undefined) {
        const state = savedSandboxState(saved, lang);
        const loaded = translate(lang, 'file.loaded', { count: link.scenario.commands.length });
        return { ...state, notice: [loaded, state.notice].filter((n) => n !== undefined).join(' ') };
      }
      return fallBackToSaved(store, saved, error, lang);
    }
    return fallBackToSaved(store, saved, translate(lang, 'file.linkRejected', { reason: reasons(link, lang) }), lang);
  }
  if (saved.ok) return { notice: load(store, saved.scenario, lang) ?? translate(lang, 'file.sandboxRestored'), persist: 'on' };
  if (saved.problems[0]?.code === 'futureVersion') return savedSandboxState(saved, lang);
  if (saved.problems.length > 0) return { notice: translate(lang, 'file.sandboxReset', { reason: reasons(saved, lang) }), persist: 'on' };
  return { notice: undefined, persist: 'on' };
}

/** A link that did not load leaves the saved sandbox as it was, and shows it. */
function fallBackToSaved(store: SimStore, saved: ParseResult, why: string, lang: Lang): Restored {
  if (saved.ok && load(store, saved.scenario, lang) === undefined) return { notice: `${why} ${translate(lang, 'file.savedKept')}`, persist: 'on' };
  const state = savedSandboxState(saved, lang);
  return { notice: [why, state.notice].filter((n) => n !== undefined).join(' '), persist: state.persist === 'ask' ? 'on' : state.persist };
}

function load(store: SimStore, scenario: Scenario, lang: Lang): string | undefined {
  const error = store.getState().load(scenario.seed, scenario.commands, scenario.cursor, scenarioProfile(scenario));
  return error ? translate(lang, 'file.rejected', { reason: describeError(error, lang) }) : undefined;
}

/** The store's timeline as a scenario file's content: seed, every command, and where the cursor stands. */
export function currentScenario(store: SimStore): Scenario {
  const { timeline } = store.getState();
  return { seed: timeline.options.seed ?? 1, ...kafkaVersionField(timeline.state.kafkaVersion), commands: timeline.commands.toArray(), cursor: timeline.cursor };
}

/**
 * Keeps the sandbox in local storage, now and as it changes, so a reload picks up where the student
 * was. `onSaved` hears about every save: a sentence saying why it failed, or undefined once it works.
 */
export function persistSandbox(store: SimStore, lang: () => Lang, onSaved: (problem: string | undefined) => void = () => undefined): () => void {
  let pending: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    if (store.getState().timeline.dropped > 0) return;
    const result = saveSandbox(browserStorage(), currentScenario(store));
    onSaved(result.ok ? undefined : translate(lang(), 'file.saveFailed', { reason: result.problems.map((p) => describeProblem(p, lang())).join(' · ') }));
  };
  save();
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.timeline === previous.timeline) return;
    clearTimeout(pending);
    pending = setTimeout(save, 300);
  });
  return () => {
    clearTimeout(pending);
    unsubscribe();
  };
}
