import { useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { translate, type Lang, type MessageKey } from '../i18n/catalog.ts';
import { describeProblem } from '../lessons/describe-problem.ts';
import { parseScenario, type Scenario, type ScenarioProblem } from '../lessons/scenario-file.ts';
import { replayScenario } from '../lessons/scenario-replay.ts';
import type { Timeline } from '../store/timeline.ts';
import { LESSONS } from '../lessons/index.ts';
import { LessonPage, type LessonRoute } from '../lessons/ui/LessonPage.tsx';
import { createSimStore, pageScheduler, type SimStore } from '../store/sim-store.ts';
import { Controls } from '../view/components/Controls.tsx';
import { EventLog } from '../view/components/EventLog.tsx';
import { Topology } from '../view/components/Topology.tsx';
import { KeyScopeContext } from '../view/hooks/key-scope.tsx';
import { LangProvider, useLang } from '../view/hooks/lang-context.tsx';
import { SimProvider } from '../view/hooks/sim-context.tsx';
import { UiProvider } from '../view/hooks/ui-context.tsx';
import { usePlayback } from '../view/hooks/use-playback.ts';
import { describeError } from '../view/narrate.ts';
import { sameOriginUrl, type WidgetConfig } from './attributes.ts';
import { goToStep, shownValue } from './host-api.ts';

// One widget: a lesson at a chosen step, or a scenario with playback controls. Keys work only
// while focus is inside it; it tells its host about every step and error.

export interface WidgetHost {
  emit(type: 'step' | 'error', detail: Record<string, unknown>): void;
  /** Absolute URL of the full simulator page, for "open in the full simulator". */
  appUrl: string;
}

/** goTo takes whatever the host passes: an integer is clamped to the lesson or timeline, anything else is an `error` event. */
export interface WidgetHandle { goTo(step: unknown): void; play(): void; pause(): void }

function ScenarioView({ store, host, openHref, autoplay, visible, controls, view }: { store: SimStore; host: WidgetHost; openHref: string; autoplay: boolean; visible: boolean; controls: boolean; view: 'topics' | 'brokers' }) {
  const { t, lang, setLang } = useLang();
  usePlayback();
  useEffect(() => store.subscribe((s, prev) => {
    if (s.timeline.cursor !== prev.timeline.cursor) host.emit('step', { step: s.timeline.cursor, total: s.timeline.commands.length });
  }), [store, host]);
  useEffect(() => {
    if (autoplay && visible) store.getState().play();
    if (!visible) store.getState().pause();
  }, [autoplay, visible, store]);
  return (
    <div className="sim embedded scenario" lang={lang}>
      <header className="sim-header embed-header">
        <span />
        <div className="row">
          <button type="button" className="small" onClick={() => setLang(lang === 'ko' ? 'en' : 'ko')} aria-label={t('lang.label')}>{t('lang.switch')}</button>
          <a className="nav-link small" href={openHref} target="_blank" rel="noopener">{t('embed.open')}</a>
        </div>
      </header>
      {controls && <Controls />}
      <Topology view={view} />
      <div className="side"><EventLog /></div>
    </div>
  );
}

/** What a widget shows in place when it cannot start. */
export function Message({ text, loading = false }: { text: string; loading?: boolean }) {
  return <div className="sim embedded"><p className={loading ? 'notice' : 'notice error'} role={loading ? 'status' : 'alert'} aria-busy={loading || undefined}>{text}</p></div>;
}

export function EmbedWidget({ config, lang, host, visible, handleRef }: { config: WidgetConfig; lang: Lang; host: WidgetHost; visible: boolean; handleRef?: { current: WidgetHandle | null } }) {
  const rootRef = useRef<HTMLDivElement | null>(null);
  const [route, setRoute] = useState<LessonRoute | undefined>(config.source.kind === 'lesson' ? { lesson: config.source.lesson, step: config.source.step } : undefined);
  const [scenario, setScenario] = useState<{ scenario?: Scenario; timeline?: Timeline; error?: string }>(() => ({}));
  // The source by value: a host re-rendering with equal attributes must not rebuild the store.
  const sourceKey = JSON.stringify(config.source);
  const source = useMemo(() => JSON.parse(sourceKey) as WidgetConfig['source'], [sourceKey]);

  // Messages use the language of the moment; a language change alone must not rebuild the store.
  const langRef = useRef(lang);
  useEffect(() => { langRef.current = lang; }, [lang]);

  useEffect(() => {
    if (source.kind !== 'scenario') return;
    const lang = langRef.current;
    // One replay, in slices; stopped if the widget goes away or its source changes meanwhile.
    const controller = new AbortController();
    const live = () => !controller.signal.aborted;
    const fail = (text: string) => {
      if (!live()) return;
      setScenario({ error: text });
      host.emit('error', { message: text });
    };
    const refuse = (problems: ScenarioProblem[]) => fail(translate(lang, 'embed.badScenario', { reason: problems.map((p) => describeProblem(p, lang, (e) => describeError(e, lang))).join(' · ') }));
    const accept = async (text: string) => {
      const parsed = parseScenario(text, { replay: false });
      if (!parsed.ok) return refuse(parsed.problems);
      // A widget starts at the scenario's beginning unless the file says where to stand.
      const replayed = await replayScenario({ ...parsed.scenario, cursor: parsed.scenario.cursor ?? 0 }, { signal: controller.signal });
      if (!live()) return;
      if (replayed.ok) setScenario({ scenario: parsed.scenario, timeline: replayed.timeline });
      else if ('problems' in replayed) refuse(replayed.problems);
    };
    if (source.inline !== undefined) {
      void accept(source.inline);
      return () => controller.abort();
    }
    const url = sameOriginUrl(source.src ?? '', document.baseURI);
    if (!url) {
      fail(translate(lang, 'embed.badAttribute', { reason: translate(lang, 'embed.scenarioOrigin', { url: source.src ?? '' }) }));
      return;
    }
    fetch(url, { credentials: 'same-origin', signal: controller.signal }).then(async (r) => {
      if (!r.ok) return fail(translate(lang, 'embed.badScenario', { reason: translate(lang, 'embed.fetchStatus', { url: url.href, status: `${r.status} ${r.statusText}`.trim() }) }));
      await accept(await r.text());
    }, (e: unknown) => fail(translate(lang, 'embed.badScenario', { reason: translate(lang, 'embed.fetchFailed', { url: url.href, reason: e instanceof Error ? e.message : String(e) }) })));
    return () => controller.abort();
  }, [source, host]);

  const changeRoute = (next: LessonRoute) => {
    setRoute(next);
    host.emit('step', { lesson: next.lesson, step: next.step });
  };

  // The widget's one store for this scenario: rebuilt only with a new scenario, and the view with it.
  const store = useMemo(() => {
    if (!scenario.timeline) return undefined;
    const built = createSimStore({ seed: scenario.timeline.options.seed ?? 1, kafkaVersion: scenario.timeline.state.kafkaVersion, scheduler: pageScheduler });
    built.getState().loadTimeline(scenario.timeline);
    return built;
  }, [scenario.timeline]);

  useEffect(() => {
    // Handed out once there is something to drive: a lesson, or a scenario's store once replayed.
    if (!handleRef || (!route && !store)) return;
    const refuse = (value: unknown) => host.emit('error', { message: translate(lang, 'embed.badGoTo', { value: shownValue(value) }), method: 'goTo' });
    handleRef.current = {
      goTo: (value) => {
        if (route) {
          const step = goToStep(value, 1, LESSONS[route.lesson].steps.length);
          return step === undefined ? refuse(value) : changeRoute({ ...route, step });
        }
        if (!store) return;
        const step = goToStep(value, 0, store.getState().timeline.commands.length);
        if (step === undefined) refuse(value);
        else store.getState().seek(step);
      },
      play: () => store?.getState().play(),
      pause: () => store?.getState().pause(),
    };
  }, [handleRef, route, store, lang]); // eslint-disable-line react-hooks/exhaustive-deps -- changeRoute only closes over host, which is stable per widget

  const appBase = new URL(host.appUrl);
  let body;
  if (route) {
    const openHref = `${appBase.href.split('?')[0]}?lesson=${route.lesson}&step=${route.step}&lang=${lang}`;
    body = (
      <LessonPage route={route} lang={lang} onRoute={changeRoute} onTakeOver={() => undefined}
        embed={{ openHref, controls: config.controls, autoplay: config.autoplay, visible, ...(config.view ? { view: config.view } : {}) }} />
    );
  } else if (scenario.error) body = <Message text={scenario.error} />;
  else if (store) {
    body = (
      <SimProvider store={store}>
        <LangProvider initial={lang}>
          <UiProvider readOnly>
            <ScenarioView store={store} host={host} openHref={appBase.href} autoplay={config.autoplay} visible={visible} controls={config.controls} view={config.view ?? 'topics'} />
          </UiProvider>
        </LangProvider>
      </SimProvider>
    );
  } else body = <p className="hint">…</p>;

  const dark = config.theme === 'dark' || (config.theme === 'auto' && window.matchMedia?.('(prefers-color-scheme: dark)').matches === true);
  return (
    <KeyScopeContext.Provider value={rootRef}>
      {/* The height attribute sizes the box through a custom property, so a phone's stylesheet can
          let the widget grow with its content instead (widget-phone.css). */}
      <div ref={rootRef} className={`widget${dark ? ' theme-dark' : ''}${config.height ? ' sized' : ''}`} style={config.height ? ({ '--widget-height': `${config.height}px` } as CSSProperties) : undefined}>
        {body}
      </div>
    </KeyScopeContext.Provider>
  );
}

export function errorText(lang: Lang, key: MessageKey, params: Record<string, string | number>): string {
  return translate(lang, 'embed.badAttribute', { reason: translate(lang, key, params) });
}
