import { renderToStaticMarkup } from 'react-dom/server';
import { translate, type Lang, type MessageKey } from '../i18n/catalog.ts';
import { LESSONS } from '../lessons/index.ts';
import { lessonCommands, stepEnds } from '../lessons/player.ts';
import { lessonProfile, type LessonId } from '../lessons/types.ts';
import { WhyKafka } from '../lessons/ui/WhyKafka.tsx';
import { createSimStore } from '../store/sim-store.ts';
import { EventLog } from '../view/components/EventLog.tsx';
import { Inspector } from '../view/components/Inspector.tsx';
import { Topology } from '../view/components/Topology.tsx';
import { LangProvider } from '../view/hooks/lang-context.tsx';
import { SimProvider } from '../view/hooks/sim-context.tsx';
import { UiProvider } from '../view/hooks/ui-context.tsx';

// A widget's poster: the figure of its starting step as static HTML, rendered at build time by the
// same view components with a store built from the lesson (the engine runs here, in Node), inside
// a declarative shadow root (<template shadowrootmode="open">) carrying the widget's own styles.
// The browser shows it before any script runs, and without JavaScript at all; the widget's loader
// keeps it until the live widget has rendered in the same box (same height, same layout), so
// nothing jumps. The narration is the figure's <figcaption>, so a screen reader reads real text.

export interface PosterOptions {
  lesson: LessonId;
  step: number;
  lang: Lang;
  /** The widget's `height` attribute in px; absent, the poster takes its natural height as the live widget does. */
  height?: number | undefined;
  view?: 'topics' | 'brokers' | undefined;
  theme?: 'light' | 'dark' | 'auto' | undefined;
  /** The widget's `controls` attribute: false, no step buttons (as the live widget). */
  controls?: boolean | undefined;
  /** The full simulator's page, relative to the article (the live widget's "open" link). */
  appHref?: string | undefined;
}

function PosterBody({ lesson: id, step, lang, view, appHref, controls = true }: PosterOptions) {
  const lesson = LESSONS[id];
  const total = lesson.steps.length;
  const current = lesson.steps[step - 1]!;
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params);
  // The live widget entering a step from its attributes asks that step's question first, showing
  // the state before it (LessonPage's Player): the poster shows the same moment.
  const asking = current.predict !== undefined;
  const ends = stepEnds(lesson);
  const end = (n: number) => (n <= 0 ? 0 : ends[n - 1]!);
  const store = createSimStore({ seed: lesson.seed, kafkaVersion: lessonProfile(lesson), commands: lessonCommands(lesson), startAt: asking ? end(step - 1) : end(step) });
  const narration = asking && current.predict ? t(current.predict.question as MessageKey) : t(current.narration as MessageKey);
  const href = `${appHref ?? '../index.html'}?lesson=${id}&step=${step}&lang=${lang}`;
  return (
    <SimProvider store={store}>
      <LangProvider initial={lang}>
        <UiProvider readOnly>
          <div className="sim lesson embedded poster" lang={lang}>
            <header className="sim-header embed-header">
              <h2 className="embed-title">{t(lesson.title as MessageKey)}</h2>
              <div className="row">
                <button type="button" className="small" disabled aria-hidden="true">{t('lang.switch')}</button>
                <a className="nav-link small" href={href} target="_blank" rel="noopener">{t('embed.open')}</a>
              </div>
            </header>
            <figure className="lesson-stage" style={{ margin: 0 }}>
              <figcaption className="narration-box">
                <p className="step-of">{t('lessonUi.stepOf', { step, total })}</p>
                <div className="narration"><p>{narration}</p></div>
                {/* The live widget's buttons, inert until it takes over: the same box, so nothing moves then. */}
                {controls && (
                  <div className="row lesson-nav" aria-hidden="true">
                    {(['lessonUi.first', 'lessonUi.previous', 'lessonUi.next', 'lessonUi.last', 'lessonUi.play'] as const).map((key) => (
                      <button key={key} type="button" className={key === 'lessonUi.next' ? 'primary' : undefined} disabled>{t(key)}</button>
                    ))}
                  </div>
                )}
              </figcaption>
              {lesson.view === 'why-kafka' ? <WhyKafka step={step} /> : (
                <>
                  {view !== undefined ? <Topology view={view} />
                    : lesson.clusterView === 'brokers' ? <Topology view="brokers" />
                      : <Topology view="topics" />}
                  <div className="side">
                    <Inspector />
                    <EventLog heading={t('lessonUi.events')} />
                  </div>
                </>
              )}
            </figure>
          </div>
        </UiProvider>
      </LangProvider>
    </SimProvider>
  );
}

/**
 * The poster's markup inside the widget's shadow root (the `.widget` box the live widget also draws):
 * the figure in `options.lang`, and in a <template> (inert: not drawn, not read, not in the page's
 * tree) the same figure in the other language. A page that lets its reader switch languages (the
 * demo article's English reading of a Korean post) sets the tag's `lang`; the loader then shows that
 * language's figure (element.tsx), where a Korean poster stood in an English reading until its
 * widget went live, or every widget went live at once to say it in English.
 */
export function posterMarkup(options: PosterOptions): string {
  const dark = options.theme === 'dark';
  // With a height the box is known, so an off-screen poster's figure need not be laid out or painted.
  const style = options.height ? { height: options.height, overflow: 'auto' as const, contentVisibility: 'auto' as const } : undefined;
  const other: Lang = options.lang === 'ko' ? 'en' : 'ko';
  return renderToStaticMarkup(
    <div className={`widget${dark ? ' theme-dark' : ''}`} style={style} data-poster="">
      <PosterBody {...options} />
      <template data-poster-lang={other}><PosterBody {...options} lang={other} /></template>
    </div>,
  );
}

/**
 * The whole fallback content of a `<kafka-sim>` tag: a declarative shadow root linking the widget's
 * stylesheet (kafka-sim.poster.css beside the script: one download for every poster of the page,
 * where inline styles would repeat ~45 KB per widget) and holding the poster. Its box is sized by
 * its own attributes, so the page does not move while the stylesheet loads.
 */
export function posterTemplate(options: PosterOptions, stylesheetHref: string): string {
  return `<template shadowrootmode="open"><style>:host { display: block; }</style><link rel="stylesheet" href="${escapeAttr(stylesheetHref)}">${posterMarkup(options)}</template>`;
}

function escapeAttr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
