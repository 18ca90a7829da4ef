import { useEffect, useMemo } from 'react';
import type { Lang, MessageKey } from '../../i18n/catalog.ts';
import { LangProvider, useLang } from '../../view/hooks/lang-context.tsx';
import { LESSONS } from '../index.ts';
import { isComplete, readProgress, type Progress } from '../progress.ts';
import { browserStorage } from '../scenario-file.ts';
import { LESSON_IDS, type LessonId } from '../types.ts';

// Every lesson in the post's order: its title, written summary, length and how far this device got
// (steps seen, complete once the last step was shown), with a link that opens it where the student
// left off. A list of headed items, so a screen reader can jump from lesson to lesson.

interface Props {
  lang: Lang;
  onLangChange?: (lang: Lang) => void;
  /** The address of a lesson step, and of the simulator, in the page's current language. */
  lessonHref: (lesson: LessonId, step: number, lang: Lang) => string;
  simulatorHref: (lang: Lang) => string;
  /** The practice page (generated exercises the engine grades). */
  practiceHref?: (lang: Lang) => string;
  /** Read once on opening; tests pass their own. */
  progress?: Progress;
}

function Item({ id, index, progress, lessonHref }: { id: LessonId; index: number; progress: Progress; lessonHref: (step: number) => string }) {
  const { t } = useLang();
  const lesson = LESSONS[id];
  const total = lesson.steps.length;
  const mine = progress[id];
  const complete = isComplete(id, mine);
  const seen = mine?.seen.length ?? 0;
  const title = t(lesson.title as MessageKey);
  const headingId = `lesson-item-${id}`;
  const status = complete ? t('lessonsPage.complete') : seen > 0 ? t('lessonsPage.seen', { seen, total }) : t('lessonsPage.notStarted');
  // Continue where the student left off; a finished lesson (left at its last step) opens from the start.
  const resume = mine && !(complete && mine.last === total) ? mine.last : 1;
  return (
    <li className={`lesson-item${complete ? ' complete' : ''}`}>
      <h2 id={headingId}>
        <a href={lessonHref(resume)}>{index + 1}. {title}</a>
      </h2>
      <p className="lesson-summary">{t(lesson.summary as MessageKey)}</p>
      <p className="lesson-meta">
        <span>{t('lessonsPage.steps', { total })}</span>
        <span className="lesson-status">{complete ? '✓ ' : ''}{status}</span>
        {complete && seen < total && <span>{t('lessonsPage.seen', { seen, total })}</span>}
      </p>
      <div className="lesson-bar" aria-hidden="true"><span style={{ width: `${Math.round((seen / total) * 100)}%` }} /></div>
      <p className="row lesson-links">
        <a className="nav-link" href={lessonHref(resume)} aria-label={`${resume > 1 ? t('lessonsPage.continueAt', { step: resume }) : seen > 0 ? t('lessonsPage.again') : t('lessonsPage.start')}: ${title}`}>
          {resume > 1 ? t('lessonsPage.continueAt', { step: resume }) : seen > 0 ? t('lessonsPage.again') : t('lessonsPage.start')}
        </a>
        {resume > 1 && <a href={lessonHref(1)} aria-label={`${t('lessonsPage.fromStart')}: ${title}`}>{t('lessonsPage.fromStart')}</a>}
      </p>
    </li>
  );
}

function List({ lessonHref, simulatorHref, practiceHref, progress }: Omit<Props, 'lang' | 'onLangChange' | 'progress'> & { progress: Progress }) {
  const { t, lang, setLang } = useLang();
  useEffect(() => {
    document.title = `${t('lessonsPage.title')} · ${t('app.title')}`;
  }, [t]);
  const done = LESSON_IDS.filter((id) => isComplete(id, progress[id])).length;
  return (
    <div className="sim lessons-page" lang={lang}>
      <header className="sim-header">
        <div>
          <p className="subtitle">{t('app.title')}</p>
          <h1>{t('lessonsPage.title')}</h1>
        </div>
        <nav className="row" aria-label={t('lessonsPage.nav')}>
          <a className="nav-link" href={simulatorHref(lang)}>{t('lessonsPage.simulator')}</a>
          {practiceHref && <a className="nav-link" href={practiceHref(lang)}>{t('practice.link')}</a>}
          <button type="button" className="lang" onClick={() => setLang(lang === 'ko' ? 'en' : 'ko')} aria-label={t('lang.label')}>{t('lang.switch')}</button>
        </nav>
      </header>
      <main className="lessons-main">
        <p className="lessons-intro">{t('lessonsPage.intro', { count: LESSON_IDS.length })}</p>
        <p className="small">{t('lessonsPage.done', { done, count: LESSON_IDS.length })}</p>
        <ol className="lesson-list">
          {LESSON_IDS.map((id, i) => <Item key={id} id={id} index={i} progress={progress} lessonHref={(step) => lessonHref(id, step, lang)} />)}
        </ol>
      </main>
    </div>
  );
}

export function LessonsPage({ lang, onLangChange, lessonHref, simulatorHref, practiceHref, progress }: Props) {
  const read = useMemo(() => progress ?? readProgress(browserStorage()), [progress]);
  return (
    <LangProvider initial={lang} {...(onLangChange ? { onChange: onLangChange } : {})}>
      <List lessonHref={lessonHref} simulatorHref={simulatorHref} {...(practiceHref ? { practiceHref } : {})} progress={read} />
    </LangProvider>
  );
}
