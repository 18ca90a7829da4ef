import { translate, type Lang } from '../i18n/catalog.ts';
import { describeProblem } from '../lessons/describe-problem.ts';
import { browserStorage, decodeScenarioFromUrl, loadSandbox, saveSandbox, type Scenario } from '../lessons/scenario-file.ts';
import type { SimStore } from '../store/sim-store.ts';
import { describeError } from '../view/narrate.ts';

// Where the sandbox comes from when the page opens: a share link (#scenario=…), else the sandbox
// saved in this browser, else the default. Whatever fails says why and loads nothing of itself.

export function restoreSandbox(store: SimStore, hash: string, lang: Lang): string | undefined {
  const param = new URLSearchParams(hash.replace(/^#/, '')).get('scenario');
  if (param !== null) {
    const result = decodeScenarioFromUrl(param);
    if (result.ok) return load(store, result.scenario, lang) ?? translate(lang, 'file.loaded', { count: result.scenario.commands.length });
    return translate(lang, 'file.rejected', { reason: result.problems.map((p) => describeProblem(p, lang, (e) => describeError(e, lang))).join(' · ') });
  }
  const saved = loadSandbox(browserStorage());
  if (saved.ok) return load(store, saved.scenario, lang) ?? translate(lang, 'file.sandboxRestored');
  if (saved.problems.length > 0) return translate(lang, 'file.sandboxReset', { reason: saved.problems.map((p) => describeProblem(p, lang)).join(' · ') });
  return undefined;
}

function load(store: SimStore, scenario: Scenario, lang: Lang): string | undefined {
  const error = store.getState().load(scenario.seed, scenario.commands, scenario.cursor);
  return error ? translate(lang, 'file.rejected', { reason: describeError(error, lang) }) : undefined;
}

/** The store's timeline as a scenario file's content: seed, every command, and where the cursor stands. */
export function currentScenario(store: SimStore): Scenario {
  const { timeline } = store.getState();
  return { seed: timeline.options.seed ?? 1, commands: timeline.commands.toArray(), cursor: timeline.cursor };
}

/** Keeps the sandbox in local storage as it changes, so a reload picks up where the student was. */
export function persistSandbox(store: SimStore): () => void {
  let pending: ReturnType<typeof setTimeout> | undefined;
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.timeline === previous.timeline || state.timeline.dropped > 0) return;
    clearTimeout(pending);
    pending = setTimeout(() => saveSandbox(browserStorage(), currentScenario(store)), 300);
  });
  return () => {
    clearTimeout(pending);
    unsubscribe();
  };
}
