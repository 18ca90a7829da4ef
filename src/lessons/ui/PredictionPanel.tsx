import { useLang } from '../../view/hooks/lang-context.tsx';
import { OFFLINE, type SendOutcome } from '../player-cluster.ts';
import { NOBODY } from '../player.ts';
import { clientChoiceLabel } from '../player-clients.ts';
import { compactionChoiceLabel } from '../player-compaction.ts';
import type { Prediction } from '../types.ts';

// Asks before the step runs; the answer comes from the engine afterwards.
export function choiceLabel(t: ReturnType<typeof useLang>['t'], prediction: Prediction, choice: string): string {
  if (choice === NOBODY) return t('lessonUi.nobody');
  const client = clientChoiceLabel(t, prediction, choice);
  if (client !== undefined) return client;
  if (prediction.kind === 'keptOffsetsOfKey') return compactionChoiceLabel(t, choice);
  if (prediction.kind === 'nextRecordPartition') return t('lessonUi.partitionChoice', { partition: choice });
  if (prediction.kind === 'positionAfter' || prediction.kind === 'firstOffsetRead') return t('lessonUi.offsetChoice', { offset: choice });
  if (prediction.kind === 'leaderAfter') return choice === OFFLINE ? t('lessonUi.offlineChoice') : t('lessonUi.brokerChoice', { broker: choice });
  if (prediction.kind === 'isrAfter') return choice === '' ? t('lessonUi.yourTurn.noneMarked') : (choice.includes(',') ? t('lessonUi.isrChoice', { brokers: choice.split(',').join(', ') }) : t('lessonUi.isrChoiceOne', { broker: choice }));
  if (prediction.kind === 'logStartAfter') return choice === 'notOldest' ? t('practice.turn.notOldestPicked') : t('lessonUi.logStartChoice', { offset: choice });
  if (prediction.kind === 'highWatermarkAfter' || prediction.kind === 'producedOffset') return t('lessonUi.offsetChoice', { offset: choice });
  if (prediction.kind === 'sendOutcome') return t(`lessonUi.outcome.${choice as SendOutcome}`);
  return choice;
}

/**
 * A click handler that ignores the second click of a double-click (MouseEvent.detail > 1; the
 * keyboard's clicks have 0). A question's choices appear where the page was just clicked (Next moves
 * down as the panel opens), and a quick double-click on Next answered the question with whatever
 * choice came under the pointer.
 */
export function firstClick(action: () => void): (event: { detail: number }) => void {
  return (event) => {
    if (event.detail <= 1) action();
  };
}

/** The question itself is read out by the narration (labelledBy); this panel holds the choices. */
export function PredictionPanel({ prediction, labelledBy, choices, onPick }: { prediction: Prediction; labelledBy: string; choices: string[]; onPick: (choice: string | undefined) => void }) {
  const { t } = useLang();
  return (
    <div className="prediction" role="group" aria-labelledby={labelledBy}>
      <p className="prediction-label">{t('lessonUi.predict')}</p>
      <div className="row">
        {choices.map((c) => <button key={c} type="button" onClick={firstClick(() => onPick(c))}>{choiceLabel(t, prediction, c)}</button>)}
        <button type="button" className="small" onClick={firstClick(() => onPick(undefined))}>{t('lessonUi.reveal')}</button>
      </div>
    </div>
  );
}
