import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import type { MessageKey } from '../../i18n/catalog.ts';
import { createSimStore } from '../../store/sim-store.ts';
import { PRACTICE_PROFILE } from '../scenario.ts';
import { EventLog } from '../../view/components/EventLog.tsx';
import { Topology } from '../../view/components/Topology.tsx';
import { MisconceptionNote } from '../../view/components/MisconceptionNote.tsx';
import { useLang } from '../../view/hooks/lang-context.tsx';
import { SimProvider, useSim, useSimStore } from '../../view/hooks/sim-context.tsx';
import { UiProvider } from '../../view/hooks/ui-context.tsx';
import { YourTurnProvider } from '../../view/hooks/your-turn.tsx';
import { canonical } from '../answers.ts';
import { gradeAnswer } from '../index.ts';
import type { Answer, Exercise, Grade } from '../types.ts';
import { answerLabel } from './labels.ts';
import { PracticeTurnPanel } from './PracticeTurnPanel.tsx';
import { wrongVerdictKey } from './practice-turn.ts';
import { usePracticeTurn, type TurnAnswer } from './use-practice-turn.ts';

// One exercise: the figure at the moment the question is asked, the question, its choices, and
// feedback naming the misconception behind a wrong pick. "Show me" replays the step the question
// is about, command by command, to the answer. Where the answer is an object of the figure, the
// learner may act on it instead ("your turn", ./use-practice-turn.ts); the choices stay as the
// keyboard's shorter way.

type Mode =
  | { kind: 'asking'; tried: string[]; feedback?: { picked: Answer | 'notOldest'; misconception?: string; fromFigure: boolean } }
  | { kind: 'right'; firstTry: boolean }
  | { kind: 'showing' };

const CLUSTER_CONCEPTS = new Set(['highWatermark', 'isrAfterFault', 'leaderAfterFault', 'acksOutcome', 'coordinator']);

interface Props {
  exercise: Exercise;
  /** The first answer to this exercise (or "show me" before any): progress counts it once. */
  onFirstAnswer: (correct: boolean, misconception?: string) => void;
}

function Stage({ exercise, onFirstAnswer }: Props) {
  const { t } = useLang();
  const store = useSimStore();
  const questionId = useId();
  const [mode, setMode] = useState<Mode>({ kind: 'asking', tried: [] });
  const [answered, setAnswered] = useState(false);
  const cursor = useSim((s) => s.timeline.cursor);
  const total = exercise.commands.length;
  const worked = total - exercise.setupLength;
  const label = useCallback((value: Answer) => answerLabel(t, exercise, value), [t, exercise]);
  const first = useCallback((correct: boolean, misconception?: string) => {
    if (answered) return;
    setAnswered(true);
    onFirstAnswer(correct, misconception);
  }, [answered, onFirstAnswer]);

  const settle = (choice: Answer | 'notOldest', grade: Grade, fromFigure: boolean) => {
    first(grade.correct, grade.misconception);
    if (grade.correct) {
      setMode({ kind: 'right', firstTry: mode.kind === 'asking' && mode.tried.length === 0 });
      store.getState().showRange(exercise.setupLength, total);
      return;
    }
    const tried = mode.kind === 'asking' ? mode.tried : [];
    setMode({ kind: 'asking', tried: [...tried, choice === 'notOldest' ? choice : canonical(choice) ?? ''], feedback: { picked: choice, fromFigure, ...(grade.misconception ? { misconception: grade.misconception } : {}) } });
  };
  const pick = (choice: Answer) => settle(choice, gradeAnswer(exercise, choice), false);
  const state = useSim((s) => s.timeline.state);
  const turn = usePracticeTurn(exercise, state, mode.kind === 'asking', ({ response, grade }: TurnAnswer) => settle(response, grade, true));
  const pickedLabel = (picked: Answer | 'notOldest') => (picked === 'notOldest' ? t('practice.turn.notOldestPicked') : label(picked));

  const showMe = () => {
    first(false);
    store.getState().seek(exercise.setupLength);
    setMode({ kind: 'showing' });
  };

  const question = t(exercise.question.text as MessageKey, exercise.question.params);
  const done = mode.kind === 'showing' && cursor >= total;
  const clusterView = CLUSTER_CONCEPTS.has(exercise.concept);
  return (
    <div className="lesson-stage practice-stage">
      <div className="narration-box">
        <p id={questionId} className="practice-question">{question}</p>
        {mode.kind === 'asking' && turn && (
          <PracticeTurnPanel exercise={exercise} state={turn} labelledBy={questionId}
            onAct={(target) => turn.yourTurn.act(target === 'none' ? 'none' : { kind: 'offset', topic: String(exercise.question.params['topic']), partition: Number(exercise.question.params['partition']), offset: target.offset })} />
        )}
        {mode.kind === 'asking' && (
          <div className="prediction" role="group" aria-labelledby={questionId}>
            <p className="prediction-label">{t(turn ? 'practice.turn.orChoose' : 'practice.choices')}</p>
            <div className="row practice-choices">
              {(exercise.choices ?? []).map((c) => {
                const key = canonical(c)!;
                const tried = mode.tried.includes(key);
                return <button key={key} type="button" data-choice={key} className={tried ? 'tried' : undefined} onClick={() => pick(c)}>{tried ? '✗ ' : ''}{label(c)}</button>;
              })}
              <button type="button" className="small" onClick={showMe}>{t('practice.showMe')}</button>
            </div>
          </div>
        )}
        <div role="status" aria-live="polite" className="narration practice-feedback">
          {mode.kind === 'asking' && mode.feedback && (
            <>
              <p className="verdict wrong">✗ {t(wrongVerdictKey(exercise.concept, mode.feedback.fromFigure), { picked: pickedLabel(mode.feedback.picked) })}</p>
              {mode.feedback.misconception && <MisconceptionNote id={mode.feedback.misconception} />}
            </>
          )}
          {mode.kind === 'right' && <p className="verdict right">✓ {t(mode.firstTry ? 'practice.right' : 'practice.rightLater', { answer: label(exercise.answer) })}</p>}
          {mode.kind === 'showing' && <p>{t('practice.stepOf', { step: Math.max(0, cursor - exercise.setupLength), total: worked })}</p>}
          {done && <p className="verdict revealed">{t('practice.shown', { answer: label(exercise.answer) })}</p>}
        </div>
        {mode.kind === 'showing' && !done && (
          <div className="row">
            <button type="button" className="primary" onClick={() => store.getState().stepForward()}>{t('practice.step')}</button>
          </div>
        )}
      </div>
      <YourTurnProvider value={turn?.yourTurn}>
        {/* Offsets are answered on the topic's log: unfolded under the brokers when asked for. */}
        {clusterView ? <Topology view="topics" withBrokers topicLogsOpen={turn?.yourTurn.kind === 'offset'} /> : <Topology view="topics" />}
      </YourTurnProvider>
      <div className="side">
        <EventLog heading={t('practice.events')} />
      </div>
    </div>
  );
}

/** A fresh store per exercise, standing where the question is asked. */
export function ExercisePanel({ exercise, onFirstAnswer }: Props) {
  const store = useMemo(() => createSimStore({ seed: exercise.seed, kafkaVersion: PRACTICE_PROFILE, commands: exercise.commands, startAt: exercise.setupLength }), [exercise]);
  // The figure opens on the question's moment, with the events that led to it.
  useEffect(() => {
    store.getState().showRange(0, exercise.setupLength);
  }, [store, exercise]);
  return (
    <SimProvider key={`${exercise.concept}-${exercise.seed}`} store={store}>
      <UiProvider readOnly>
        <Stage exercise={exercise} onFirstAnswer={onFirstAnswer} />
      </UiProvider>
    </SimProvider>
  );
}
