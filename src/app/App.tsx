import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { translate, type Lang } from '../i18n/catalog.ts';
import { LESSONS } from '../lessons/index.ts';
import { lessonProfile } from '../lessons/types.ts';
import { lessonCommands, stepEnds } from '../lessons/player.ts';
import { LessonPage } from '../lessons/ui/LessonPage.tsx';
import { LessonsPage } from '../lessons/ui/LessonsPage.tsx';
import { PracticePage } from '../practice/ui/PracticePage.tsx';
import { createSimStore, pageScheduler, type SimStore } from '../store/sim-store.ts';
import { SimulatorPage } from '../view/SimulatorPage.tsx';
import { bootFromUrl } from './boot.ts';
import { parseRoute, routeSearch, routeView, searchWithView, type Route } from './routes.ts';
import { MIN_ISR_VERSIONS_COMPARED, MIN_ISR_VERSIONS_NAME, MIN_ISR_VERSIONS_TOPIC } from '../lessons/scenarios/min-isr-versions.ts';
import { VersionCompare } from '../view/components/VersionCompare.tsx';
import { persistSandbox, restoreSandbox, savedSandboxState, type Restored } from './sandbox-boot.ts';
import { ScenarioFiles } from './ScenarioFiles.tsx';
import { clearSandbox, browserStorage, loadSandbox, scenarioProfile } from '../lessons/scenario-file.ts';
import { ConfirmBar } from './ConfirmBar.tsx';
import { RecoveryActions } from './Recovery.tsx';
import { openTabChannel, type TabChannel } from './tabs.ts';
import { markTakeOverKept, readTakeOver, trackTakeOver } from './takeover.ts';

type TabRole = 'owner' | 'other-tab' | 'taken' | 'copy';

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
  const [restoring, setRestoring] = useState<{ done: number; total: number } | undefined>();
  const [restoreCancelled, setRestoreCancelled] = useState(false);
  const restoreControl = useRef<AbortController | undefined>(undefined);
  /** Cancel: the page says so at once; the replay stops within its slice; the saved sandbox is not touched. */
  const cancelRestore = () => {
    restoreControl.current?.abort();
    setRestoring(undefined);
    setRestoreCancelled(true);
    setRestored({ notice: undefined, persist: 'off', store: sandbox!.store });
  };
  const restoredRef = useRef(restored);
  restoredRef.current = restored;
  const [saveProblem, setSaveProblem] = useState<string | undefined>();
  const [askNew, setAskNew] = useState(false);
  // One short hint of what to try first, on the plain sandbox until dismissed.
  const [hintOpen, setHintOpen] = useState(true);
  // After Cancel the focus goes back to the button that asked (it was unmounted meanwhile).
  const [newCancelled, setNewCancelled] = useState(false);
  const langRef = useRef(lang);
  langRef.current = lang;
  const sandbox = useMemo(() => {
    if (route.page === 'lesson-sandbox') {
      const lesson = LESSONS[route.lesson];
      // A reload reopens the work done here (takeover.ts), not the lesson's step again. Reset returns
      // to the lesson step it was taken over from; Play at the end runs the clock.
      const commands = lessonCommands(lesson).slice(0, stepEnds(lesson)[route.step - 1]);
      const resumed = readTakeOver(route.lesson, route.step);
      const store = createSimStore(resumed
        ? { seed: resumed.scenario.seed, kafkaVersion: scenarioProfile(resumed.scenario), commands: resumed.scenario.commands, clock: true, home: () => commands.length, scheduler: pageScheduler }
        : { seed: lesson.seed, kafkaVersion: lessonProfile(lesson), commands, clock: true, home: () => commands.length, scheduler: pageScheduler });
      return { store, persist: true, kept: resumed?.kept === true };
    }
    if (route.page !== 'simulator') return undefined;
    const boot = bootFromUrl(window.location.search);
    // Only the plain sandbox is restored and saved; a named scenario always starts as written.
    // A long seek runs in slices with a progress bar and Cancel (store/seek-slices.ts).
    return { store: createSimStore({ ...boot.options, scheduler: pageScheduler }), persist: boot.options.feed === undefined && !new URLSearchParams(window.location.search).has('scenario'), rejectedScenario: boot.rejectedScenario, example: boot.example };
  }, [route]);
  useEffect(() => {
    if (!sandbox?.persist) return;
    if (route.page === 'simulator') {
      const hash = window.location.hash;
      // A loaded (or refused) link leaves the address, so a reload opens the sandbox, not the link again.
      if (hash.includes('scenario=')) window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
      // The replay runs in slices (a link or saved sandbox may be long): progress, and a Cancel that
      // acts at once; nothing is saved until it has finished.
      const controller = new AbortController();
      restoreControl.current = controller;
      setRestoreCancelled(false);
      void restoreSandbox(sandbox.store, hash, lang, {
        signal: controller.signal,
        sliceMs: 16,
        onProgress: (done, total) => { if (!controller.signal.aborted) setRestoring(done < total ? { done, total } : undefined); },
      }).then((outcome) => {
        if (controller.signal.aborted) return;
        setRestoring(undefined);
        if (!('cancelled' in outcome)) setRestored({ ...outcome, store: sandbox.store });
      });
      return () => controller.abort();
    } else if (sandbox.kept) setRestored({ notice: undefined, persist: 'on', store: sandbox.store });
    else setRestored({ ...savedSandboxState(loadSandbox(browserStorage()), lang), store: sandbox.store });
  }, [sandbox]); // eslint-disable-line react-hooks/exhaustive-deps -- restore once per store, in the language of that moment
  useEffect(() => {
    if (route.page !== 'lesson-sandbox' || !sandbox) return;
    return trackTakeOver(sandbox.store, route.lesson, route.step, () => restoredRef.current.persist === 'on' && restoredRef.current.store === sandbox.store);
  }, [sandbox]); // eslint-disable-line react-hooks/exhaustive-deps -- once per store; the route made it
  // Which tab saves the sandbox (tabs.ts): this one, or another one that was here first or took over.
  const [tab, setTab] = useState<TabRole>('owner');
  const tabRef = useRef(tab);
  tabRef.current = tab;
  const channel = useRef<TabChannel | undefined>(undefined);
  useEffect(() => {
    if (!sandbox?.persist) return;
    const opened = openTabChannel({
      saving: () => tabRef.current === 'owner',
      onOtherTab: () => setTab((now) => (now === 'owner' ? 'other-tab' : now)),
      onTakenOver: () => setTab((now) => (now === 'copy' ? now : 'taken')),
    });
    channel.current = opened;
    return () => opened.close();
  }, [sandbox]);
  useEffect(() => {
    if (!sandbox?.persist || restored.persist !== 'on' || restored.store !== sandbox.store || tab !== 'owner') return;
    return persistSandbox(sandbox.store, () => langRef.current, setSaveProblem, () => setTab('taken'));
  }, [sandbox, restored.persist, restored.store, tab]);
  /** Take over here: this tab continues from the latest saved work, so no step another tab saved is lost. */
  const takeOver = () => {
    const latest = loadSandbox(browserStorage());
    if (latest.ok) sandbox!.store.getState().load(latest.scenario.seed, latest.scenario.commands, latest.scenario.cursor);
    channel.current?.tookOver();
    setTab('owner');
  };

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
        simulatorHref={(l) => routeSearch({ page: 'simulator' }, l)}
        practiceHref={(l) => routeSearch({ page: 'practice' }, l)} />
    );
  }
  if (route.page === 'practice') {
    const notice = rejectedLang === undefined ? undefined : translate(lang, 'lang.unknown', { lang: rejectedLang });
    return (
      <>
        {notice && <p className="notice warning" role="status">{notice}</p>}
        <PracticePage key={`${route.concept}-${route.seed}`} lang={lang} onLangChange={onLangChange} route={route}
          links={{ lessons: routeSearch({ page: 'lessons' }, lang), simulator: routeSearch({ page: 'simulator' }, lang) }}
          practiceHref={(exercise, l) => routeSearch({ page: 'practice', ...exercise }, l)}
          // The address follows the exercise shown; the route itself stays (the page holds the exercise), so a bad link's notice stays too.
          onOpen={(exercise, replace) => window.history[replace ? 'replaceState' : 'pushState'](null, '', routeSearch({ page: 'practice', ...exercise }, langRef.current))} />
      </>
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
      {sandbox && 'example' in sandbox && sandbox.example !== undefined && <VersionCompare versions={MIN_ISR_VERSIONS_COMPARED} topic={MIN_ISR_VERSIONS_TOPIC} />}
      {restored.persist === 'ask' && saved && (
        <ConfirmBar id="replace-question" text={t('file.replaceQuestion', { count: saved.commands.length, shown: sandbox!.store.getState().timeline.commands.length })}
          confirmLabel={t('file.replaceKeepThis')} cancelLabel={t('file.replaceOpenSaved')}
          onConfirm={() => {
            if (route.page === 'lesson-sandbox') markTakeOverKept(sandbox!.store, route.lesson, route.step);
            setRestored({ notice: undefined, persist: 'on', store: sandbox!.store });
          }}
          onCancel={() => {
            if (route.page === 'simulator') {
              sandbox!.store.getState().load(saved.seed, saved.commands, saved.cursor, scenarioProfile(saved));
              setRestored({ notice: t('file.sandboxRestored'), persist: 'on', store: sandbox!.store });
            } else navigate({ page: 'simulator' });
          }} />
      )}
      {restoring && (
        <div className="notice row" role="status" data-restoring="">
          <progress max={restoring.total} value={restoring.done} aria-label={t('restore.label')} />
          <span>{t('file.replaying', { done: restoring.done, count: restoring.total })}</span>
          <button type="button" onClick={cancelRestore}>{t('file.cancel')}</button>
        </div>
      )}
      {restoreCancelled && (
        <div className="notice warning" role="alert" data-restore-cancelled="">
          <p>{t('restore.cancelled')}</p>
          <RecoveryActions lang={lang} />
        </div>
      )}
      {(tab === 'other-tab' || tab === 'taken') && (
        <ConfirmBar id="tab-question" text={t(tab === 'other-tab' ? 'tabs.otherTab' : 'tabs.takenOver')}
          confirmLabel={t('tabs.takeOver')} cancelLabel={t('tabs.copy')} onConfirm={takeOver} onCancel={() => setTab('copy')} />
      )}
      {tab === 'copy' && <p className="notice" role="status" data-tab-copy="">{t('tabs.isCopy')}</p>}
      {saveProblem && <p className="notice error" role="alert">{saveProblem}</p>}
      {hintOpen && route.page === 'simulator' && sandbox?.persist && (
        <p className="notice first-hint" role="note">
          <span>{t('sandbox.hint')}</span>{' '}
          <button type="button" className="small" onClick={() => setHintOpen(false)}>{t('sandbox.hintDismiss')}</button>
        </p>
      )}
    </>
  );
  return (
    <SimulatorPage key={route.page === 'lesson-sandbox' ? `${route.lesson}-${route.step}` : 'simulator'} lang={lang} store={sandbox!.store} onLangChange={onLangChange}
      notice={restored.notice} banner={banner} recovery={sandbox?.persist ? <RecoveryActions lang={lang} /> : undefined}
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
          <a className="nav-link" href={routeSearch({ page: 'practice' }, lang)}>{translate(lang, 'practice.link')}</a>
          {route.page === 'simulator' && sandbox?.persist && <a className="nav-link" href={`?scenario=${MIN_ISR_VERSIONS_NAME}&lang=${lang}`} data-compare-versions="">{translate(lang, 'versionCompare.link')}</a>}
        </>
      )} />
  );
}
