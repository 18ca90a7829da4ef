import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Lang, MessageKey } from '../../i18n/catalog.ts';
import { browserStorage } from '../../lessons/scenario-file.ts';
import { LangProvider, useLang } from '../../view/hooks/lang-context.tsx';
import { generateExercise } from '../index.ts';
import { nextExercise, readPracticeProgress, recordAnswer, recordServed, writePracticeProgress, type PracticeProgress } from '../progress.ts';
import { CONCEPTS, type Concept } from '../types.ts';
import { ExercisePanel } from './ExercisePanel.tsx';
import { ProgressPanel } from './ProgressPanel.tsx';
import './practice.css';

// ?page=practice: generated exercises per concept, graded by the engine; the next one adapts to
// what the learner misses. The address names the exercise (&concept=…&seed=…), so a link
// reopens it exactly; a wrong concept or seed in it is reported and changes nothing.

export interface PracticeRoute { concept?: Concept; seed?: number; rejected?: { concept?: string; seed?: string } }

interface Props {
  lang: Lang;
  onLangChange?: (lang: Lang) => void;
  route: PracticeRoute;
  /** The page's address for an exercise, in a language; `onOpen` records a newly opened one in the history. */
  practiceHref: (exercise: { concept: Concept; seed: number }, lang: Lang) => string;
  onOpen: (exercise: { concept: Concept; seed: number }, replace: boolean) => void;
  links: { lessons: string; simulator: string };
}

function Page({ route, practiceHref, onOpen, links }: Omit<Props, 'lang' | 'onLangChange'>) {
  const { t, lang, setLang } = useLang();
  const [progress, setProgress] = useState<PracticeProgress>(() => readPracticeProgress(browserStorage()));
  const [saveFailed, setSaveFailed] = useState(false);
  // What the address asked, or the adaptive next exercise (a link's bad part is reported and ignored).
  const [current, setCurrent] = useState(() => {
    if (route.concept !== undefined) return { concept: route.concept, seed: route.seed ?? (progress[route.concept]?.served ?? 0) };
    return nextExercise(progress);
  });
  const exercise = useMemo(() => generateExercise(current.concept, current.seed)!, [current]);

  useEffect(() => {
    document.title = `${t('practice.title')} · ${t('app.title')}`;
  }, [t]);
  // The address always names the exercise shown (in place: opening the page adds no history entry).
  useEffect(() => onOpen(current, true), []); // eslint-disable-line react-hooks/exhaustive-deps -- once, for the exercise the page opened on

  const save = useCallback((next: PracticeProgress) => {
    setProgress(next);
    setSaveFailed(!writePracticeProgress(browserStorage(), next));
  }, []);

  const open = (next: { concept: Concept; seed: number }) => {
    save(recordServed(progress, next.concept, next.seed));
    setCurrent(next);
    onOpen(next, false);
  };

  const notices = [
    route.rejected?.concept === undefined ? undefined : t('practice.unknownConcept', { concept: route.rejected.concept }),
    route.rejected?.seed === undefined ? undefined : t('practice.badSeed', { seed: route.rejected.seed }),
  ].filter((n) => n !== undefined);

  return (
    <div className="sim lesson practice" lang={lang}>
      <header className="sim-header">
        <div>
          <p className="subtitle">{t('app.title')}</p>
          <h1>{t('practice.title')}</h1>
        </div>
        <nav className="row" aria-label={t('practice.nav')}>
          <a className="nav-link" href={links.lessons}>{t('lessonUi.lessons')}</a>
          <a className="nav-link" href={links.simulator}>{t('lessonUi.simulator')}</a>
          <button type="button" onClick={() => setLang(lang === 'ko' ? 'en' : 'ko')} aria-label={t('lang.label')}>{t('lang.switch')}</button>
        </nav>
      </header>
      {notices.map((n) => <p key={n} className="notice warning" role="status">{n}</p>)}
      {saveFailed && <p className="notice error" role="alert">{t('practice.saveFailed')}</p>}
      <div className="practice-bar">
        <p className="small practice-intro">{t('practice.intro')}</p>
        <nav aria-label={t('practice.concepts')}>
          <ul className="practice-concepts">
            {CONCEPTS.map((c) => {
              const p = progress[c];
              return (
                <li key={c}>
                  <button type="button" aria-current={c === current.concept ? 'true' : undefined} data-concept={c}
                    onClick={() => open({ concept: c, seed: progress[c]?.served ?? 0 })}>
                    {t(`practice.concept.${c}` as MessageKey)}{p && p.attempts > 0 ? ` · ${t('practice.conceptScore', { correct: p.correct, attempts: p.attempts })}` : ''}
                  </button>
                </li>
              );
            })}
          </ul>
        </nav>
        <p className="row practice-meta">
          <span className="small" data-exercise={`${current.concept}:${current.seed}`}>{t('practice.exercise', { concept: t(`practice.concept.${current.concept}` as MessageKey), seed: current.seed })}</span>
          <a className="small" href={practiceHref(current, lang)}>{t('practice.permalink')}</a>
          <button type="button" className="primary" onClick={() => open(nextExercise(progress, current.concept))} aria-describedby="practice-next-hint">{t('practice.next')}</button>
          <span id="practice-next-hint" className="hint small">{t('practice.nextHint')}</span>
        </p>
      </div>
      {/* Answering also uses up the seed, so the next exercise of this concept is a new one. */}
      <ExercisePanel exercise={exercise} onFirstAnswer={(correct, misconception) => save(recordServed(recordAnswer(progress, exercise.concept, correct, misconception), exercise.concept, exercise.seed))} />
      <ProgressPanel progress={progress} onImport={save} />
    </div>
  );
}

export function PracticePage({ lang, onLangChange, ...rest }: Props) {
  return (
    <LangProvider initial={lang} {...(onLangChange ? { onChange: onLangChange } : {})}>
      <Page {...rest} />
    </LangProvider>
  );
}
