import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Lang, MessageKey } from '../../i18n/catalog.ts';
import { createSimStore } from '../../store/sim-store.ts';
import { seekRange } from '../../store/timeline.ts';
import { EventLog } from '../../view/components/EventLog.tsx';
import { Topology } from '../../view/components/Topology.tsx';
import { Inspector } from '../../view/components/Inspector.tsx';
import { ErrorBoundary } from '../../view/components/ErrorBoundary.tsx';
import { MisconceptionNote } from '../../view/components/MisconceptionNote.tsx';
import { LangProvider, useLang } from '../../view/hooks/lang-context.tsx';
import { SimProvider, useSimStore } from '../../view/hooks/sim-context.tsx';
import { UiProvider } from '../../view/hooks/ui-context.tsx';
import { LESSONS } from '../index.ts';
import { choiceMisconception, predictionMisconceptions } from '../misconceptions.ts';
import { OFFLINE } from '../player-cluster.ts';
import { NOBODY, lessonCommands, predictionAnswer, predictionChoices, stepEnds } from '../player.ts';
import { markSeen } from '../progress.ts';
import { browserStorage } from '../scenario-file.ts';
import { LESSON_IDS, lessonProfile, type LessonId } from '../types.ts';
import { isYourTurnPrediction, markedChoice, targetChoice, YOUR_TURN_SETS, yourTurnKind } from '../your-turn.ts';
import { targetId, YourTurnProvider, type YourTurn, type YourTurnTarget } from '../../view/hooks/your-turn.tsx';
import { WorkedAnswer, YourTurnPanel } from './YourTurnPanel.tsx';
import { ConfidenceQuestion } from './ConfidenceQuestion.tsx';
import { LessonConsole } from './LessonConsole.tsx';
import { choiceLabel, PredictionPanel } from './PredictionPanel.tsx';
import { useLessonKeys } from './use-lesson-keys.ts';
import { keepButtonInPlace, useHeightFloor } from './steady-next.ts';
import { VotePanel } from './VotePanel.tsx';
import { WhyKafka } from './WhyKafka.tsx';

// A guided lesson: narration per step (a polite live region, the same in lecture mode), the
// cluster as the engine has it after that step, and predictions asked before a step runs.

/** `lecture`: lecture mode on (the page's `&lecture=1`). */
// Lessons whose steps are about topic configuration or the partitioner: their config lines stay
// unfolded in lecture mode (every other lesson folds them away, see lecture.css).
const CONFIG_LESSONS: ReadonlySet<LessonId> = new Set<LessonId>(['topics', 'partition-log', 'retention', 'compaction']);
/** Lessons about the partitioner: lecture mode keeps the producer's partitioner line, not the topic's configuration. */
const PARTITIONER_LESSONS: ReadonlySet<LessonId> = new Set<LessonId>(['keys']);
// Lessons that draw brokers for their clients' sake (reading from leaders, the coordinator): their
// story is in the partition logs (lag, offsets), so the logs stay unfolded under the brokers.
const CLIENT_LESSONS: ReadonlySet<LessonId> = new Set<LessonId>(['consumer-side', 'features']);

export interface LessonRoute { lesson: LessonId; step: number; lecture?: boolean }
// misconception: the belief behind a wrong pick (practice.misconception.<id>), shown with the verdict.
// tried: a wrong action on the figure in a your-turn step; the learner may act again.
type Phase = { kind: 'shown' } | { kind: 'asking'; tried?: { picked: string; misconception?: string | undefined } } | { kind: 'answered'; picked: string | undefined; answer: string; misconception?: string | undefined };

/** How a widget on a blog page differs from the full page. */
export interface EmbedOptions {
  /** Link to the same lesson step in the full simulator. */
  openHref: string;
  controls: boolean;
  autoplay: boolean;
  /** False while the widget is scrolled out of view: playback pauses. */
  visible: boolean;
  /** The diagram's middle as the widget's `view` attribute asks; absent: the lesson's own. */
  view?: 'topics' | 'brokers';
}

interface Props {
  route: LessonRoute;
  /** The lessons page and the simulator, on the full page (a widget links out with openHref). */
  links?: { lessons: string; simulator: string } | undefined;
  notice?: string | undefined;
  onRoute: (route: LessonRoute) => void;
  onTakeOver: (route: LessonRoute) => void;
  /** Lecture mode turned on or off (the full page keeps it in its address). */
  onLecture?: ((on: boolean) => void) | undefined;
  embed?: EmbedOptions | undefined;
}

function Player({ route, notice, onRoute, onTakeOver, onLecture, embed, links }: Props) {
  const { t, lang, setLang } = useLang();
  const store = useSimStore();
  const lesson = LESSONS[route.lesson];
  const ends = useMemo(() => stepEnds(lesson), [lesson]);
  const total = lesson.steps.length;
  const step = lesson.steps[route.step - 1]!;
  const [phase, setPhase] = useState<Phase>({ kind: step.predict ? 'asking' : 'shown' });
  const [playing, setPlaying] = useState(embed?.autoplay ?? false);
  const [lecture, setLectureState] = useState(route.lecture === true);
  const setLecture = useCallback((on: boolean) => {
    setLectureState(on);
    onLecture?.(on);
  }, [onLecture]);
  const previous = useRef(route.step);
  const rootRef = useRef<HTMLDivElement | null>(null);
  const endOf = useCallback((n: number) => (n <= 0 ? 0 : ends[n - 1]!), [ends]);

  // Entering a step forward (or from a URL) asks its question first; going back shows it answered.
  useEffect(() => {
    const forward = route.step >= previous.current;
    previous.current = route.step;
    const ask = step.predict !== undefined && forward;
    if (ask) store.getState().showRange(endOf(route.step - 2), endOf(route.step - 1));
    else store.getState().showRange(endOf(route.step - 1), endOf(route.step));
    setPhase({ kind: ask ? 'asking' : 'shown' });
  }, [route.step, route.lesson, step, store, endOf]);

  // The phase belongs to the step it was set for; for one render after a jump it may be stale.
  const asking = phase.kind === 'asking' && step.predict !== undefined;
  const { choices, misconceptions, correct, ctx } = useMemo(() => {
    if (!step.predict || !asking) return { choices: [], misconceptions: {} as Record<string, string>, correct: undefined, ctx: undefined };
    const timeline = store.getState().timeline;
    const ran = seekRange(timeline, endOf(route.step - 1), endOf(route.step));
    const before = seekRange(timeline, 0, endOf(route.step - 1));
    const correct = predictionAnswer(step.predict, ran.state, ran.events);
    const ctx = { before: before.state, after: ran.state, commands: step.commands, history: before.events };
    const list = predictionChoices(step.predict, before.state, correct, ctx);
    // Each distractor carries the wrong belief it stands for; picking it explains that belief.
    return { choices: list, misconceptions: predictionMisconceptions(step.predict, list, correct, ctx), correct, ctx };
  }, [step, asking, store, endOf, route.step]);

  const answer = useCallback((picked: string | undefined) => {
    if (!step.predict) return;
    const ran = seekRange(store.getState().timeline, endOf(route.step - 1), endOf(route.step));
    const correct = predictionAnswer(step.predict, ran.state, ran.events);
    store.getState().showRange(endOf(route.step - 1), endOf(route.step));
    setPhase({ kind: 'answered', picked, answer: correct, misconception: picked === undefined ? undefined : misconceptions[picked] });
  }, [step, store, endOf, route.step, misconceptions]);

  // Your turn: an action on the figure is graded against the engine's answer; a wrong one names the
  // belief behind it (the distractor's misconception, or the rule for that kind of question).
  const turnKind = asking && !lecture ? yourTurnKind(step) : undefined;
  // A set kind (the ISR's brokers) is marked object by object on the figure, then checked as one answer.
  const [marked, setMarked] = useState<YourTurnTarget[]>([]);
  useEffect(() => setMarked([]), [route.step, route.lesson]);
  const grade = useCallback((picked: string) => {
    if (!step.predict || correct === undefined || !ctx) return;
    if (picked === correct) answer(picked);
    else setPhase({ kind: 'asking', tried: { picked, misconception: misconceptions[picked] ?? choiceMisconception(step.predict, picked, correct, ctx) } });
  }, [step.predict, correct, ctx, answer, misconceptions]);
  const yourTurn = useMemo<YourTurn | undefined>(() => {
    if (!turnKind || !step.predict || !isYourTurnPrediction(step.predict) || correct === undefined || !ctx) return undefined;
    const predict = step.predict;
    if (YOUR_TURN_SETS.has(predict.kind)) {
      return {
        kind: turnKind,
        marked: new Set(marked.map(targetId)),
        // Only the segments of the partition asked about (another topic's log keeps its usual look).
        accepts: (target: YourTurnTarget) => target.kind !== 'segment' || ('topic' in predict && 'partition' in predict && target.topic === predict.topic && target.partition === predict.partition),
        act: (target: YourTurnTarget | 'none') => {
          if (target === 'none' || target.kind !== turnKind) return;
          const id = targetId(target);
          setMarked((m) => (m.some((x) => targetId(x) === id) ? m.filter((x) => targetId(x) !== id) : [...m, target]));
        },
      };
    }
    return {
      kind: turnKind,
      act: (target: YourTurnTarget | 'none') => {
        const picked = target === 'none' ? (predict.kind === 'leaderAfter' ? OFFLINE : NOBODY) : targetChoice(predict, target);
        if (picked !== undefined) grade(picked);
      },
    };
  }, [turnKind, step.predict, correct, ctx, grade, marked]);
  const checkMarked = useCallback(() => {
    if (!step.predict || !isYourTurnPrediction(step.predict)) return;
    const picked = markedChoice(step.predict, marked, ctx?.before);
    if (picked !== undefined) grade(picked);
  }, [step.predict, marked, grade, ctx]);
  const tried = phase.kind === 'asking' ? phase.tried : undefined;

  const go = useCallback((n: number) => onRoute({ lesson: route.lesson, step: Math.max(1, Math.min(total, n)), ...(lecture ? { lecture } : {}) }), [onRoute, route.lesson, total, lecture]);
  // In lecture mode → and Space step through the vote (VotePanel's advance) instead of skipping it.
  const voteAdvance = useRef<(() => void) | undefined>(undefined);
  const next = useCallback(() => {
    if (asking && lecture && voteAdvance.current) voteAdvance.current();
    else if (asking) answer(undefined);
    else go(route.step + 1);
  }, [asking, lecture, answer, go, route.step]);
  // Autoplay stops at the last step; Play there would do nothing, so it is disabled and says why.
  const lastStep = !playing && route.step >= total && !asking;
  const atEndId = useId();

  useEffect(() => {
    if (!playing || embed?.visible === false) return;
    if (asking || route.step >= total) {
      setPlaying(false);
      return;
    }
    const id = window.setTimeout(() => go(route.step + 1), 4000);
    return () => window.clearTimeout(id);
  }, [playing, asking, route.step, total, go, embed?.visible]);

  const toggleFullScreen = useCallback(() => {
    const on = !document.fullscreenElement;
    setLecture(on || !lecture);
    if (on) rootRef.current?.requestFullscreen?.().catch(() => undefined);
    else document.exitFullscreen?.().catch(() => undefined);
  }, [lecture, setLecture]);

  useLessonKeys({ next, back: () => go(route.step - 1), first: () => go(1), last: () => go(total), play: () => setPlaying((p) => (p || route.step < total ? !p : p)), fullScreen: toggleFullScreen, language: () => setLang(lang === 'ko' ? 'en' : 'ko') });

  // The lessons page shows how far the student got; a widget on someone's blog keeps no record.
  useEffect(() => {
    if (!embed) markSeen(browserStorage(), route.lesson, route.step);
  }, [embed, route.lesson, route.step]);

  // The tab's title names the lesson in the reader's language, on the full page only: a widget leaves its host's title alone.
  useEffect(() => {
    if (!embed) document.title = `${t(lesson.title as MessageKey)} · ${t('app.title')}`;
  }, [embed, lesson, t]);
  const narration = asking && step.predict ? t(step.predict.question as MessageKey) : t(step.narration as MessageKey);
  const verdict = phase.kind === 'answered' && step.predict
    ? phase.picked === undefined ? t('lessonUi.revealed', { answer: choiceLabel(t, step.predict, phase.answer) })
      : phase.picked === phase.answer ? t('lessonUi.correct', { answer: choiceLabel(t, step.predict, phase.answer) })
        : t('lessonUi.wrong', { picked: choiceLabel(t, step.predict, phase.picked), answer: choiceLabel(t, step.predict, phase.answer) })
    : undefined;
  // A wrong pick must not look like a right one: colour and a mark (not colour alone) tell them apart.
  const verdictKind = phase.kind !== 'answered' || phase.picked === undefined ? 'revealed' : phase.picked === phase.answer ? 'right' : 'wrong';
  // The lesson page keeps its buttons and its figure in place from step to step (steady-next.ts).
  const boxRef = useRef<HTMLDivElement | null>(null);
  // A caption box that scrolls (the iframe form on a phone, lecture mode under a vote) starts each
  // step at its top: the next step opened scrolled as far as the reader had read, its first line cut.
  useLayoutEffect(() => {
    if (boxRef.current) boxRef.current.scrollTop = 0;
  }, [route.lesson, route.step]);
  const boxFloor = useHeightFloor(boxRef, !embed && !lecture, route.lesson, `${route.step}:${phase.kind}:${tried?.picked ?? ''}:${lang}`, phase.kind === 'shown');

  return (
    <div ref={rootRef} className={`sim lesson${lecture ? ' lecture' : ''}${embed ? ' embedded' : ''}${CONFIG_LESSONS.has(route.lesson) ? ' shows-config' : ''}${PARTITIONER_LESSONS.has(route.lesson) ? ' shows-partitioner' : ''}${route.lesson === 'keys' || route.lesson === 'compaction' ? ' colour-keys' : ''}`} lang={lang}>
      {embed ? (
        <header className="sim-header embed-header">
          <h2 className="embed-title">{t(lesson.title as MessageKey)}</h2>
          <div className="row">
            <button type="button" className="small" onClick={() => setLang(lang === 'ko' ? 'en' : 'ko')} aria-label={t('lang.label')}>{t('lang.switch')}</button>
            <a className="nav-link small" href={embed.openHref} target="_blank" rel="noopener">{t('embed.open')}</a>
          </div>
        </header>
      ) : (
        <header className="sim-header">
        <div>
          <p className="subtitle">{t('lessonUi.lesson')} {LESSON_IDS.indexOf(route.lesson) + 1} / {LESSON_IDS.length}</p>
          <h1>{t(lesson.title as MessageKey)}</h1>
          <p className="lesson-version small" data-lesson-version={lesson.teaches} data-kafka-profile={lessonProfile(lesson)}>{t(`lessonUi.teaches.${lesson.teaches}`)}</p>
        </div>
        <div className="row">
          {links && (
            <nav className="row" aria-label={t('lessonUi.header')}>
              <a className="nav-link" href={links.lessons}>{t('lessonUi.allLessons')}</a>
              <a className="nav-link" href={links.simulator}>{t('lessonUi.simulator')}</a>
            </nav>
          )}
          <button type="button" onClick={() => setLang(lang === 'ko' ? 'en' : 'ko')} aria-label={t('lang.label')} aria-keyshortcuts="L">{t('lang.switch')}</button>
          <button type="button" onClick={toggleFullScreen} aria-pressed={lecture} aria-keyshortcuts="F">{lecture ? t('lessonUi.leaveLecture') : t('lessonUi.lecture')}</button>
        </div>
      </header>
      )}
      {notice && <p className="notice warning" role="status">{notice}</p>}
      <div className="lesson-stage">
        <div className={`narration-box${!embed && !lecture ? ' floored' : ''}`} ref={boxRef} style={boxFloor === undefined ? undefined : { minHeight: boxFloor }}>
          <p className="step-of">{t('lessonUi.stepOf', { step: route.step, total })}</p>
          <div role="status" aria-live="polite" className="narration">
            <p id="lesson-narration">{narration}</p>
            {tried && step.predict && <p className="verdict wrong">✗ {t('lessonUi.yourTurn.wrong', { picked: choiceLabel(t, step.predict, tried.picked) })}</p>}
            {tried?.misconception && <MisconceptionNote id={tried.misconception} />}
            {tried && <p>{t('lessonUi.yourTurn.again')}</p>}
            {verdict && <p className={`verdict ${verdictKind}`}>{verdictKind === 'wrong' ? '✗ ' : verdictKind === 'right' ? '✓ ' : ''}{verdict}</p>}
            {verdictKind === 'wrong' && phase.kind === 'answered' && phase.misconception && <MisconceptionNote id={phase.misconception} />}
          </div>
          {phase.kind === 'answered' && phase.picked !== undefined && !lecture && <ConfidenceQuestion key={route.step} right={phase.picked === phase.answer} />}
          {phase.kind === 'answered' && step.yourTurn && step.predict && <WorkedAnswer prediction={step.predict} commands={step.commands} answer={phase.answer} />}
          {!asking && step.console && <LessonConsole line={step.console} />}
          {asking && step.predict && yourTurn ? <YourTurnPanel prediction={step.predict} labelledBy="lesson-narration" {...(yourTurn.marked ? { marked, onCheck: checkMarked } : {})} onNone={() => yourTurn.act('none')} onOffset={(offset) => step.predict && 'topic' in step.predict && 'partition' in step.predict && yourTurn.act({ kind: 'offset', topic: step.predict.topic, partition: step.predict.partition, offset })} onReveal={() => answer(undefined)} />
            : asking && step.predict && (lecture
            // Lecture mode: the class votes by hand first (peer instruction); the most chosen answer is then graded.
            ? <VotePanel prediction={step.predict} labelledBy="lesson-narration" choices={choices} onReveal={(majority) => answer(majority)} advance={voteAdvance} />
            : <PredictionPanel prediction={step.predict} labelledBy="lesson-narration" choices={choices} onPick={answer} />)}
          {/* A widget on a phone keeps the pressed button under the reader's thumb (steady-next.ts). */}
          {embed?.controls !== false && <div className="row lesson-nav" role="toolbar" aria-label={t('controls.label')} onClickCapture={embed ? (e) => { const b = (e.target as Element).closest('button'); if (b) keepButtonInPlace(b); } : undefined}>
            <button type="button" onClick={() => go(1)} disabled={route.step === 1} aria-keyshortcuts="Home">{t('lessonUi.first')}</button>
            <button type="button" onClick={() => go(route.step - 1)} disabled={route.step === 1} aria-keyshortcuts="ArrowLeft">{t('lessonUi.previous')}</button>
            <button type="button" className="primary" onClick={next} disabled={route.step === total && !asking} aria-keyshortcuts="ArrowRight Space">{t('lessonUi.next')}</button>
            <button type="button" onClick={() => go(total)} disabled={route.step === total} aria-keyshortcuts="End">{t('lessonUi.last')}</button>
            <button type="button" onClick={() => setPlaying(!playing)} disabled={lastStep} aria-keyshortcuts="P" aria-describedby={lastStep ? atEndId : undefined}>{playing ? t('lessonUi.pause') : t('lessonUi.play')}</button>
            {lastStep && <span id={atEndId} className="hint small at-end">{t('lessonUi.atEnd')}</span>}
            {lesson.view !== 'why-kafka' && !embed && <button type="button" onClick={() => onTakeOver(route)}>{t('lessonUi.takeOver')}</button>}
          </div>}
          {!embed && <p className="hint small keys-hint">{t('lessonUi.keys')}</p>}
        </div>
        {lesson.view === 'why-kafka' ? <WhyKafka step={route.step} /> : (
          <>
            {/* Replication lessons show the brokers under the partition logs (read-only, as the whole lesson
                is). A widget stands where an article's figure would, in a box a few hundred pixels high:
                there a replication lesson shows the brokers view (each copy's log end), so the picture its
                caption describes is in view; an embed's view="…" chooses for itself. */}
            <YourTurnProvider value={yourTurn}>
              {embed?.view !== undefined ? <Topology view={embed.view} />
                : embed && lesson.clusterView === 'brokers' ? <Topology view="brokers" />
                  : <Topology view="topics" withBrokers={lesson.clusterView === 'brokers'} fit={lecture} topicLogsOpen={CLIENT_LESSONS.has(route.lesson)} />}
            </YourTurnProvider>
            <div className="side">
              <Inspector />
              <EventLog heading={t('lessonUi.events')} />
            </div>
          </>
        )}
      </div>
    </div>
  );
}

export function LessonPage({ route, lang, notice, onRoute, onLangChange, onTakeOver, onLecture, embed, links }: Props & { lang: Lang; onLangChange?: (lang: Lang) => void }) {
  const lesson = LESSONS[route.lesson];
  // A fresh store per lesson: the whole lesson is one timeline, a step is a range of it.
  const store = useMemo(() => createSimStore({ seed: lesson.seed, kafkaVersion: lessonProfile(lesson), commands: lessonCommands(lesson), startAt: 0 }), [lesson]);
  return (
    <SimProvider key={route.lesson} store={store}>
      <LangProvider initial={lang} {...(onLangChange ? { onChange: onLangChange } : {})}>
        <UiProvider readOnly>
          <GuardedPlayer route={route} notice={notice} onRoute={onRoute} onTakeOver={onTakeOver} onLecture={onLecture} embed={embed} links={links} />
        </UiProvider>
      </LangProvider>
    </SimProvider>
  );
}

/** The page never goes blank: a failure shows a message and a way back to the first step. */
function GuardedPlayer(props: Props) {
  const { t } = useLang();
  return (
    <ErrorBoundary message={t('view.failed')} retryLabel={t('lessonUi.first')} onRetry={() => props.onRoute({ lesson: props.route.lesson, step: 1 })}>
      <Player {...props} />
    </ErrorBoundary>
  );
}
