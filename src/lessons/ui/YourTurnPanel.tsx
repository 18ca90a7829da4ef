import { explainKeyPlacement, partitionCount, type Command } from '../../engine/index.ts';
import { useSim } from '../../view/hooks/sim-context.tsx';
import { useLang } from '../../view/hooks/lang-context.tsx';
import type { Prediction } from '../types.ts';

// The panel of a "your turn" step: what to do on the figure, "no broker" where that can be the
// answer, and "show me". The question itself is the narration (labelledBy), read out politely.

export function YourTurnPanel({ prediction, labelledBy, onNone, onReveal }: { prediction: Prediction; labelledBy: string; onNone: () => void; onReveal: () => void }) {
  const { t } = useLang();
  const broker = prediction.kind === 'leaderAfter';
  return (
    <div className="prediction your-turn" role="group" aria-labelledby={labelledBy} data-your-turn-step="">
      <p className="prediction-label">{t('lessonUi.yourTurn.label')}</p>
      <p className="hint">{t(broker ? 'lessonUi.yourTurn.broker' : 'lessonUi.yourTurn.partition')}</p>
      <div className="row">
        {broker && <button type="button" onClick={onNone}>{t('lessonUi.offlineChoice')}</button>}
        <button type="button" className="small" onClick={onReveal}>{t('lessonUi.yourTurn.show')}</button>
      </div>
    </div>
  );
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
