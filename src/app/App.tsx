import { useCallback, useEffect, useMemo, useState } from 'react';
import { translate, type Lang } from '../i18n/catalog.ts';
import { LESSONS } from '../lessons/index.ts';
import { lessonCommands, stepEnds } from '../lessons/player.ts';
import { LessonPage } from '../lessons/ui/LessonPage.tsx';
import { createSimStore } from '../store/sim-store.ts';
import { SimulatorPage } from '../view/SimulatorPage.tsx';
import { bootFromUrl } from './boot.ts';
import { parseRoute, routeSearch, type Route } from './routes.ts';
import { persistSandbox, restoreSandbox } from './sandbox-boot.ts';
import { ScenarioFiles } from './ScenarioFiles.tsx';
import { clearSandbox, browserStorage } from '../lessons/scenario-file.ts';

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

  const navigate = useCallback((next: Route) => {
    window.history.pushState(null, '', routeSearch(next, lang) + window.location.hash);
    setRoute(next);
  }, [lang]);

  const onLangChange = useCallback((next: Lang) => {
    setLangState(next);
    document.documentElement.lang = next;
    window.history.replaceState(null, '', routeSearch(parseRoute(window.location.search), next) + window.location.hash);
  }, []);

  const [bootNotice, setBootNotice] = useState<string | undefined>();
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
    if (route.page === 'simulator') setBootNotice(restoreSandbox(sandbox.store, window.location.hash, lang));
    return persistSandbox(sandbox.store);
  }, [sandbox]); // eslint-disable-line react-hooks/exhaustive-deps -- restore once per store, in the language of that moment

  if (route.page === 'lesson') {
    const notices = [
      rejectedLang === undefined ? undefined : translate(lang, 'lang.unknown', { lang: rejectedLang }),
      route.rejected?.lesson === undefined ? undefined : translate(lang, 'lessonUi.unknownLesson', { lesson: route.rejected.lesson }),
      route.rejected?.step === undefined ? undefined : translate(lang, 'lessonUi.badStep', { step: route.rejected.step, total: LESSONS[route.lesson].steps.length }),
    ].filter((n) => n !== undefined);
    const notice = notices.length === 0 ? undefined : notices.join(' ');
    return (
      <LessonPage route={{ lesson: route.lesson, step: route.step }} lang={lang} notice={notice} onLangChange={onLangChange}
        onRoute={(r) => navigate({ page: 'lesson', lesson: r.lesson, step: r.step })}
        onTakeOver={(r) => navigate({ page: 'lesson-sandbox', lesson: r.lesson, step: r.step })} />
    );
  }
  const rejectedScenario = sandbox?.rejectedScenario;
  return (
    <SimulatorPage key={route.page === 'lesson-sandbox' ? `${route.lesson}-${route.step}` : 'simulator'} lang={lang} store={sandbox!.store} onLangChange={onLangChange}
      notice={bootNotice}
      tools={sandbox?.persist ? (
        <>
          <ScenarioFiles />
          <button type="button" onClick={() => { clearSandbox(browserStorage()); window.location.hash = ''; window.location.reload(); }}>{translate(lang, 'file.newSandbox')}</button>
        </>
      ) : undefined}
      {...(rejectedLang === undefined ? {} : { rejectedLang })}
      {...(rejectedScenario === undefined ? {} : { rejectedScenario })}
      nav={<a className="nav-link" href={routeSearch({ page: 'lesson', lesson: route.page === 'lesson-sandbox' ? route.lesson : 'why-kafka', step: route.page === 'lesson-sandbox' ? route.step : 1 }, lang)}>{translate(lang, 'lessonUi.lessons')}</a>} />
  );
}
