import { explainKeyPlacement, logEndOffset, partitionCount, type Command } from '../../engine/index.ts';
import { formatModelTime } from '../../view/format-time.ts';
import { useSim } from '../../view/hooks/sim-context.tsx';
import { useLang } from '../../view/hooks/lang-context.tsx';
import type { YourTurnTarget } from '../../view/hooks/your-turn.tsx';
import type { Prediction } from '../types.ts';
import { firstClick } from './PredictionPanel.tsx';

// The panel of a "your turn" step: what to do on the figure, "no broker" where that can be the
// answer, and "show me". The question itself is the narration (labelledBy), read out politely.

export function YourTurnPanel({ prediction, labelledBy, onNone, onOffset, onReveal, marked, onCheck }: { prediction: Prediction; labelledBy: string; onNone: () => void; onOffset: (offset: number) => void; onReveal: () => void; marked?: readonly YourTurnTarget[]; onCheck?: () => void }) {
  const { t, lang } = useLang();
  const kind = prediction.kind;
  const offsets = kind === 'positionAfter' || kind === 'firstOffsetRead' || kind === 'highWatermarkAfter';
  // The offset after the last record has no cell on the figure (the log end): the panel offers it.
  const end = useSim((s) => (offsets ? logEndOffset(s.timeline.state, prediction.topic, prediction.partition) : undefined));
  const now = useSim((s) => s.timeline.state.time);
  const hint = kind === 'logStartAfter' ? 'lessonUi.yourTurn.segments' : kind === 'isrAfter' ? 'lessonUi.yourTurn.isr' : kind === 'leaderAfter' ? 'lessonUi.yourTurn.broker' : kind === 'ownerAfter' ? 'lessonUi.yourTurn.member' : kind === 'idleMemberAfter' ? 'lessonUi.yourTurn.idle' : kind === 'highWatermarkAfter' ? 'lessonUi.yourTurn.highWatermark' : offsets ? 'lessonUi.yourTurn.offset' : 'lessonUi.yourTurn.partition';
  return (
    <div className="prediction your-turn" role="group" aria-labelledby={labelledBy} data-your-turn-step="">
      <p className="prediction-label">{t('lessonUi.yourTurn.label')}</p>
      <p className="hint">{t(hint)}</p>
      {kind === 'logStartAfter' && <p className="small">{t('lessonUi.yourTurn.now', { time: formatModelTime(now, lang) })}</p>}
      {marked && <p className="small your-turn-marked">{marked.length === 0 ? t('lessonUi.yourTurn.markedNone') : t('lessonUi.yourTurn.marked', { list: marked.map((m) => markedName(t, m)).join(', ') })}</p>}
      <div className="row">
        {kind === 'leaderAfter' && <button type="button" onClick={firstClick(onNone)}>{t('lessonUi.offlineChoice')}</button>}
        {(kind === 'ownerAfter' || kind === 'idleMemberAfter') && <button type="button" onClick={firstClick(onNone)}>{t('lessonUi.nobody')}</button>}
        {end !== undefined && <button type="button" onClick={firstClick(() => onOffset(end))}>{t('lessonUi.yourTurn.logEnd', { offset: end })}</button>}
        {onCheck && <button type="button" className="primary" onClick={firstClick(onCheck)}>{t('lessonUi.yourTurn.check')}</button>}
        <button type="button" className="small" onClick={firstClick(onReveal)}>{t('lessonUi.yourTurn.show')}</button>
      </div>
    </div>
  );
}

/** A marked object's visible name: "Broker 2", "the segment from offset 3". */
function markedName(t: ReturnType<typeof useLang>['t'], target: YourTurnTarget): string {
  if (target.kind === 'broker') return t('cluster.broker', { broker: target.broker });
  if (target.kind === 'segment') return t('lessonUi.yourTurn.segmentFrom', { from: target.baseOffset });
  return '';
}

/** The answer worked out: for a keyed record, the inspector's murmur2 arithmetic in one line. */
export function WorkedAnswer({ prediction, commands, answer }: { prediction: Prediction; commands: readonly Command[]; answer: string }) {
  const { t } = useLang();
  if (prediction.kind !== 'nextRecordPartition') return null;
  const produce = commands.find((c) => c.type === 'produce' && c.topic === prediction.topic);
  if (produce?.type !== 'produce' || produce.key === undefined) return <p className="worked hint">{t('lessonUi.yourTurn.workedKeyless', { partition: answer })}</p>;
  return <WorkedKey recordKey={produce.key} topic={prediction.topic} />;
}

function WorkedKey({ recordKey, topic }: { recordKey: string; topic: string }) {
  const { t } = useLang();
  const partitions = useSim((s) => partitionCount(s.timeline.state, topic));
  if (partitions === 0) return null;
  const why = explainKeyPlacement(recordKey, partitions);
  return <p className="worked hint">{t('lessonUi.yourTurn.workedKey', { key: recordKey, hash: why.hash, positive: why.positiveHash, partitions, partition: why.partition })}</p>;
}
