import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { translate, type Lang } from '../i18n/catalog.ts';
import { LESSONS } from '../lessons/index.ts';
import { lessonCommands, stepEnds } from '../lessons/player.ts';
import { LessonPage } from '../lessons/ui/LessonPage.tsx';
import { LessonsPage } from '../lessons/ui/LessonsPage.tsx';
import { createSimStore, type SimStore } from '../store/sim-store.ts';
import { SimulatorPage } from '../view/SimulatorPage.tsx';
import { bootFromUrl } from './boot.ts';
import { parseRoute, routeSearch, routeView, searchWithView, type Route } from './routes.ts';
import { persistSandbox, restoreSandbox, savedSandboxState, type Restored } from './sandbox-boot.ts';
import { ScenarioFiles } from './ScenarioFiles.tsx';
import { clearSandbox, browserStorage, loadSandbox } from '../lessons/scenario-file.ts';
import { ConfirmBar } from './ConfirmBar.tsx';

// The page: the simulator, a lesson, or a sandbox taken over from a lesson step. The address
// always says which (and which step and language), and browser back/forward move with it.

export function App({ initialLang, rejectedLang }: { initialLang: Lang; rejectedLang?: string | undefined }) {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.search));
  const [lang, setLangState] = useState<Lang>(initialLang);

  useEffect(() => {
    const onPop = () => setRoute(parseRoute(window.location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  // A lesson or step the address named wrongly: the address is corrected to what is shown (in
  // place, so Back does not return to the bad one); the notice saying so stays.
  useEffect(() => {
    if (route.page === 'lesson' && route.rejected) window.history.replaceState(window.history.state, '', routeSearch(route, lang) + window.location.hash);
  }, [route]); // eslint-disable-line react-hooks/exhaustive-deps -- once per route; a language change rewrites the address itself

  const navigate = useCallback((next: Route) => {
    window.history.pushState(null, '', routeSearch(next, lang) + window.location.hash);
    setRoute(next);
  }, [lang]);

  const onLangChange = useCallback((next: Lang) => {
    setLangState(next);
    document.documentElement.lang = next;
    window.history.replaceState(null, '', routeSearch(parseRoute(window.location.search), next) + window.location.hash);
  }, []);

  // What the restore decided, for which store: a new store never inherits the old one's decision.
  const [restored, setRestored] = useState<Restored & { store?: SimStore }>({ notice: undefined, persist: 'off' });
  const [saveProblem, setSaveProblem] = useState<string | undefined>();
  const [askNew, setAskNew] = useState(false);
  // After Cancel the focus goes back to the button that asked (it was unmounted meanwhile).
  const [newCancelled, setNewCancelled] = useState(false);
  const langRef = useRef(lang);
  langRef.current = lang;
  const sandbox = useMemo(() => {
    if (route.page === 'lesson-sandbox') {
      const lesson = LESSONS[route.lesson];
      return { store: createSimStore({ seed: lesson.seed, commands: lessonCommands(lesson).slice(0, stepEnds(lesson)[route.step - 1]) }), persist: true };
    }
    if (route.page !== 'simulator') return undefined;
    const boot = bootFromUrl(window.location.search);
    // Only the plain sandbox is restored and saved; a named scenario always starts as written.
    return { store: createSimStore(boot.options), persist: boot.options.feed === undefined && !new URLSearchParams(window.location.search).has('scenario'), rejectedScenario: boot.rejectedScenario };
  }, [route]);
  useEffect(() => {
    if (!sandbox?.persist) return;
    if (route.page === 'simulator') {
      setRestored({ ...restoreSandbox(sandbox.store, window.location.hash, lang), store: sandbox.store });
      // A loaded (or refused) link leaves the address, so a reload opens the sandbox, not the link again.
      if (window.location.hash.includes('scenario=')) window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
    } else setRestored({ ...savedSandboxState(loadSandbox(browserStorage()), lang), store: sandbox.store });
  }, [sandbox]); // eslint-disable-line react-hooks/exhaustive-deps -- restore once per store, in the language of that moment
  useEffect(() => {
    if (!sandbox?.persist || restored.persist !== 'on' || restored.store !== sandbox.store) return;
    return persistSandbox(sandbox.store, () => langRef.current, setSaveProblem);
  }, [sandbox, restored.persist, restored.store]);

  // The diagram's view is not a page of its own: toggling it rewrites the address in place (no
  // history entry, same store), and an unknown ?view= is dropped from the address once reported.
  const onViewChange = useCallback((view: 'topics' | 'brokers') => {
    window.history.replaceState(window.history.state, '', window.location.pathname + searchWithView(window.location.search, view) + window.location.hash);
  }, []);
  const rejectedView = route.page === 'simulator' ? route.rejected?.view : undefined;
  useEffect(() => {
    if (rejectedView !== undefined) onViewChange('topics');
  }, [rejectedView, onViewChange]);

  if (route.page === 'lessons') {
    return (
      <LessonsPage lang={lang} onLangChange={onLangChange}
        lessonHref={(lesson, step, l) => routeSearch({ page: 'lesson', lesson, step }, l)}
        simulatorHref={(l) => routeSearch({ page: 'simulator' }, l)} />
    );
  }
  if (route.page === 'lesson') {
    const notices = [
      rejectedLang === undefined ? undefined : translate(lang, 'lang.unknown', { lang: rejectedLang }),
      route.rejected?.lesson === undefined ? undefined : translate(lang, 'lessonUi.unknownLesson', { lesson: route.rejected.lesson }),
      route.rejected?.step === undefined ? undefined : translate(lang, 'lessonUi.badStep', { step: route.rejected.step, total: LESSONS[route.lesson].steps.length, opened: route.step }),
    ].filter((n) => n !== undefined);
    const notice = notices.length === 0 ? undefined : notices.join(' ');
    return (
      <LessonPage route={{ lesson: route.lesson, step: route.step, ...(route.lecture ? { lecture: true } : {}) }} lang={lang} notice={notice} onLangChange={onLangChange}
        links={{ lessons: routeSearch({ page: 'lessons' }, lang), simulator: routeSearch({ page: 'simulator' }, lang) }}
        onRoute={(r) => navigate({ page: 'lesson', lesson: r.lesson, step: r.step, ...(r.lecture ? { lecture: true as const } : {}) })}
        onLecture={(on) => {
          // Lecture mode is not a page of its own: the address says it, in place.
          const next: Route = { page: 'lesson', lesson: route.lesson, step: route.step, ...(on ? { lecture: true as const } : {}) };
          window.history.replaceState(window.history.state, '', routeSearch(next, lang) + window.location.hash);
          setRoute(next);
        }}
        onTakeOver={(r) => navigate({ page: 'lesson-sandbox', lesson: r.lesson, step: r.step,
          // A replication lesson's sandbox opens on the brokers, as the lesson drew them.
          ...(LESSONS[r.lesson].clusterView === 'brokers' ? { view: 'brokers' as const } : {}) })} />
    );
  }
  const rejectedScenario = sandbox?.rejectedScenario;
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(lang, key, params);
  const saved = restored.saved;
  const banner = (
    <>
      {restored.persist === 'ask' && saved && (
        <ConfirmBar id="replace-question" text={t('file.replaceQuestion', { count: saved.commands.length })}
          confirmLabel={t('file.replaceKeepThis')} cancelLabel={t('file.replaceOpenSaved')}
          onConfirm={() => setRestored({ notice: undefined, persist: 'on', store: sandbox!.store })}
          onCancel={() => {
            if (route.page === 'simulator') {
              sandbox!.store.getState().load(saved.seed, saved.commands, saved.cursor);
              setRestored({ notice: t('file.sandboxRestored'), persist: 'on', store: sandbox!.store });
            } else navigate({ page: 'simulator' });
          }} />
      )}
      {saveProblem && <p className="notice error" role="alert">{saveProblem}</p>}
    </>
  );
  return (
    <SimulatorPage key={route.page === 'lesson-sandbox' ? `${route.lesson}-${route.step}` : 'simulator'} lang={lang} store={sandbox!.store} onLangChange={onLangChange}
      notice={restored.notice} banner={banner}
      {...(route.page === 'simulator' || route.page === 'lesson-sandbox' ? { view: routeView(route), onViewChange } : {})}
      {...(rejectedView === undefined ? {} : { rejectedView })}
      tools={sandbox?.persist ? (
        <>
          <ScenarioFiles />
          {askNew ? (
            <ConfirmBar id="new-question" asked text={t('file.newQuestion', { count: sandbox.store.getState().timeline.commands.length })}
              confirmLabel={t('file.newConfirm')} cancelLabel={t('file.cancel')}
              onConfirm={() => { clearSandbox(browserStorage()); window.location.hash = ''; window.location.reload(); }}
              onCancel={() => { setAskNew(false); setNewCancelled(true); }} />
          ) : <button type="button" onClick={() => setAskNew(true)} autoFocus={newCancelled}>{t('file.newSandbox')}</button>}
        </>
      ) : undefined}
      {...(rejectedLang === undefined ? {} : { rejectedLang })}
      {...(rejectedScenario === undefined ? {} : { rejectedScenario })}
      nav={(
        <>
          {route.page === 'lesson-sandbox' && <a className="nav-link" href={routeSearch({ page: 'lesson', lesson: route.lesson, step: route.step }, lang)}>{translate(lang, 'lessonUi.backToLesson', { step: route.step })}</a>}
          <a className="nav-link" href={routeSearch({ page: 'lessons' }, lang)}>{translate(lang, 'lessonUi.lessons')}</a>
        </>
      )} />
  );
}
