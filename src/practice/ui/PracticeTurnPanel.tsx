import { logEndOffset } from '../../engine/index.ts';
import type { MessageKey } from '../../i18n/catalog.ts';
import { formatModelTime } from '../../view/format-time.ts';
import { useLang } from '../../view/hooks/lang-context.tsx';
import { useSim } from '../../view/hooks/sim-context.tsx';
import type { Exercise } from '../types.ts';
import type { PracticeTurnState } from './use-practice-turn.ts';

// What to do on the figure for a practice exercise (issue 21), and the buttons that belong with it:
// "no leader"/"no coordinator", the offsets past the last record (a high watermark may land on an
// offset not written yet), Check and Start over for the toggles and the assignment editor.

const HINTS: Record<string, MessageKey> = {
  partition: 'lessonUi.yourTurn.partition',
  leader: 'lessonUi.yourTurn.broker',
  coordinator: 'practice.turn.coordinator',
  highWatermark: 'practice.turn.highWatermark',
  offset: 'lessonUi.yourTurn.offset',
  isr: 'lessonUi.yourTurn.isr',
  segment: 'lessonUi.yourTurn.segments',
  assignment: 'practice.turn.assignment',
};

function hintOf(exercise: Exercise, state: PracticeTurnState): MessageKey {
  const { turn } = state;
  if (turn.mode === 'assignment') return HINTS['assignment']!;
  if (turn.mode === 'set') return turn.kind === 'broker' ? HINTS['isr']! : HINTS['segment']!;
  if (turn.kind === 'broker') return HINTS[turn.none ?? 'leader']!;
  if (turn.kind === 'offset') return exercise.concept === 'highWatermark' ? HINTS['highWatermark']! : HINTS['offset']!;
  return HINTS['partition']!;
}

export function PracticeTurnPanel({ exercise, state, labelledBy, onAct }: { exercise: Exercise; state: PracticeTurnState; labelledBy: string; onAct: (target: 'none' | { offset: number }) => void }) {
  const { t, lang } = useLang();
  const { turn } = state;
  const { topic, partition } = exercise.question.params;
  const end = useSim((s) => (typeof topic === 'string' && typeof partition === 'number' ? logEndOffset(s.timeline.state, topic, partition) : undefined));
  // The offsets not written yet that the question's records may reach: the log end, and one per record still to come.
  const later = turn.mode === 'pick' && turn.kind === 'offset' && end !== undefined
    ? Array.from({ length: 1 + (exercise.concept === 'highWatermark' ? Number(exercise.question.params['count'] ?? 0) : 0) }, (_, i) => end + i)
    : [];
  const now = useSim((s) => s.timeline.state.time);
  const markedNames = [...state.marked].map((id) => markedName(t, id));
  return (
    <div className="prediction your-turn" role="group" aria-labelledby={labelledBy} data-your-turn-step="">
      <p className="prediction-label">{t('lessonUi.yourTurn.label')}</p>
      <p className="hint">{t(hintOf(exercise, state))}</p>
      {turn.mode === 'set' && turn.kind === 'segment' && <p className="small">{t('lessonUi.yourTurn.now', { time: formatModelTime(now, lang) })}</p>}
      {turn.mode === 'set' && <p className="small your-turn-marked">{markedNames.length === 0 ? t('lessonUi.yourTurn.markedNone') : t('lessonUi.yourTurn.marked', { list: markedNames.join(', ') })}</p>}
      {turn.mode === 'assignment' && (
        <p className="small your-turn-marked" role="status">
          {state.lastAction?.key === 'selectFirst' ? t('practice.turn.selectFirst')
            : state.selected !== undefined ? t('practice.turn.selected', { partition: state.selected })
              : state.lastAction?.key === 'given' ? t('practice.turn.given', { partition: state.lastAction.partition ?? '', member: state.lastAction.member ?? '' })
                : t('practice.turn.givenCount', { count: state.given.size })}
        </p>
      )}
      <div className="row">
        {turn.mode === 'pick' && turn.none === 'leader' && <button type="button" onClick={() => onAct('none')}>{t('practice.answer.noLeader')}</button>}
        {turn.mode === 'pick' && turn.none === 'coordinator' && <button type="button" onClick={() => onAct('none')}>{t('practice.answer.noCoordinator')}</button>}
        {later.map((offset, i) => (
          <button key={offset} type="button" data-your-turn={`offset:${String(topic)}:${String(partition)}:${offset}`} onClick={() => onAct({ offset })}>
            {i === 0 ? t('lessonUi.yourTurn.logEnd', { offset }) : t('practice.turn.later', { offset })}
          </button>
        ))}
        {turn.mode !== 'pick' && <button type="button" className="primary" onClick={state.check}>{t('lessonUi.yourTurn.check')}</button>}
        {turn.mode === 'assignment' && <button type="button" onClick={state.clear}>{t('practice.turn.clear')}</button>}
      </div>
    </div>
  );
}

/** A marked object's visible name: "Broker 2", "segment 0–3". */
function markedName(t: (key: MessageKey, params?: Record<string, string | number>) => string, id: string): string {
  const parts = id.split(':');
  if (parts[0] === 'broker') return t('cluster.broker', { broker: Number(parts[1]) });
  if (parts[0] === 'segment') return t('lessonUi.yourTurn.segmentFrom', { from: Number(parts.at(-1)) });
  return id;
}
