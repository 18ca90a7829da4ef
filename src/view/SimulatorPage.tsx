import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Lang } from '../i18n/catalog.ts';
import type { SimStore } from '../store/sim-store.ts';
import { Charts } from './components/Charts.tsx';
import { ConsolePanel } from './components/console/ConsolePanel.tsx';
import { Controls } from './components/Controls.tsx';
import { VersionPicker } from './components/VersionPicker.tsx';
import { ErrorBoundary } from './components/ErrorBoundary.tsx';
import { EventLog } from './components/EventLog.tsx';
import { AddConsumerForm, AddProducerForm } from './components/forms/ClientForms.tsx';
import { ProduceForm } from './components/forms/ProduceForm.tsx';
import { AddPartitionsForm, CreateTopicForm } from './components/forms/TopicForms.tsx';
import { Inspector } from './components/Inspector.tsx';
import { Legend } from './components/Legend.tsx';
import { Notices } from './components/Notices.tsx';
import { Topology } from './components/Topology.tsx';
import { LangProvider, useLang } from './hooks/lang-context.tsx';
import { SimProvider, useSimStore } from './hooks/sim-context.tsx';
import { DiagramViewContext, type DiagramView } from './hooks/diagram-view.tsx';
import { UiProvider } from './hooks/ui-context.tsx';
import { usePlayback } from './hooks/use-playback.ts';

// The full simulator: the cluster diagram (producers | cluster | groups) under the playback
// controls, the produce form, inspector, event log and charts beside it, and the forms that act
// on the cluster below.

function Layout({ notice, nav, tools, banner }: { notice: string | undefined; nav: ReactNode; tools: ReactNode; banner: ReactNode }) {
  const { t, lang, setLang } = useLang();
  // The tab's title follows the page's language (this page owns the whole document; widgets never set it).
  useEffect(() => { document.title = t('app.title'); }, [t]);
  const [consoleOpen, setConsoleOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const closeConsole = () => { setConsoleOpen(false); toggleRef.current?.focus(); };
  usePlayback();
  return (
    <div className="sim" lang={lang}>
      <header className="sim-header">
        <div>
          <h1>{t('app.title')}</h1>
          <p className="subtitle">{t('app.subtitle')}</p>
        </div>
        <div className="row">
          {nav}
          <VersionPicker />
          <button type="button" ref={toggleRef} className="console-toggle" aria-expanded={consoleOpen} aria-controls="kafka-console" onClick={() => setConsoleOpen(!consoleOpen)}>
            {consoleOpen ? t('console.close') : t('console.open')}
          </button>
          <button type="button" className="lang" onClick={() => setLang(lang === 'ko' ? 'en' : 'ko')} aria-label={t('lang.label')}>{t('lang.switch')}</button>
        </div>
      </header>
      <Controls />
      <Notices notice={notice}>{banner}</Notices>
      {consoleOpen ? <ConsolePanel id="kafka-console" onClose={closeConsole} /> : null}
      <Topology />
      <Legend />
      <div className="side">
        <ProduceForm />
        <Inspector />
        <EventLog />
        <Charts />
      </div>
      <section className="panel actions" aria-labelledby="actions-heading">
        <h2 id="actions-heading">{t('panel.actions')}</h2>
        <div className="forms">
          <AddConsumerForm />
          <AddProducerForm />
          <CreateTopicForm />
          <AddPartitionsForm />
          {tools}
        </div>
      </section>
    </div>
  );
}

interface PageProps {
  lang: Lang; store: SimStore; onLangChange?: (lang: Lang) => void; rejectedLang?: string; rejectedScenario?: string;
  nav?: ReactNode; tools?: ReactNode; notice?: string | undefined; banner?: ReactNode;
  /** Shown with the error view when the page fails to draw (the app's "start a new sandbox"). */
  recovery?: ReactNode;
  /** The diagram's view to start on (the URL's); `onViewChange` hears every change so the page can remember it. */
  view?: DiagramView; onViewChange?: (view: DiagramView) => void; rejectedView?: string;
}

export function SimulatorPage({ lang, store, onLangChange, rejectedLang, rejectedScenario, nav, tools, notice, banner, recovery, view: initialView = 'topics', onViewChange, rejectedView }: PageProps) {
  const [view, setViewState] = useState<DiagramView>(initialView);
  const diagramView = useMemo(() => ({
    view,
    setView: (next: DiagramView) => { setViewState(next); onViewChange?.(next); },
  }), [view, onViewChange]);
  return (
    <SimProvider store={store}>
      <LangProvider initial={lang} {...(onLangChange ? { onChange: onLangChange } : {})}>
        <UiProvider>
          <DiagramViewContext.Provider value={diagramView}>
            <LayoutWithNotice rejectedLang={rejectedLang} rejectedScenario={rejectedScenario} rejectedView={rejectedView} nav={nav} tools={tools} notice={notice} banner={banner} recovery={recovery} />
          </DiagramViewContext.Provider>
        </UiProvider>
      </LangProvider>
    </SimProvider>
  );
}

function LayoutWithNotice({ rejectedLang, rejectedScenario, rejectedView, nav, tools, notice, banner, recovery }: { rejectedLang: string | undefined; rejectedScenario: string | undefined; rejectedView: string | undefined; nav: ReactNode; tools: ReactNode; notice: string | undefined; banner: ReactNode; recovery: ReactNode }) {
  const { t } = useLang();
  const notices = [
    rejectedLang === undefined ? undefined : t('lang.unknown', { lang: rejectedLang }),
    rejectedScenario === undefined ? undefined : t('scenario.unknown', { scenario: rejectedScenario }),
    rejectedView === undefined ? undefined : t('diagram.unknownView', { view: rejectedView }),
    notice,
  ].filter((n) => n !== undefined);
  const store = useSimStore();
  return (
    <ErrorBoundary message={t('view.failed')} retryLabel={t('view.retry')} onRetry={() => store.getState().stepBack()} recovery={recovery}>
      <Layout notice={notices.length === 0 ? undefined : notices.join(' ')} nav={nav} tools={tools} banner={banner} />
    </ErrorBoundary>
  );
}
