import { useId, useState } from 'react';
import { useLang } from '../../view/hooks/lang-context.tsx';

// "How sure were you?" (issue 21, item 4): optional, after a learner's own answer. A confident wrong
// answer is the one most worth rethinking; a right guess is worth reading the explanation for.
// Nothing is stored or sent: the answer lives in this component until the step changes.

export const CONFIDENCE = ['guess', 'fairly', 'sure'] as const;
export type Confidence = (typeof CONFIDENCE)[number];

export function ConfidenceQuestion({ right }: { right: boolean }) {
  const { t } = useLang();
  const labelId = useId();
  const [picked, setPicked] = useState<Confidence | undefined>();
  const reply = picked === undefined ? undefined
    : !right && picked === 'sure' ? 'lessonUi.confidence.sureWrong'
      : right && picked === 'guess' ? 'lessonUi.confidence.luckyGuess'
        : right ? 'lessonUi.confidence.right' : 'lessonUi.confidence.wrong';
  return (
    <div className="confidence" role="group" aria-labelledby={labelId} data-confidence={picked ?? ''}>
      <p id={labelId} className="small">{t('lessonUi.confidence.question')}</p>
      <div className="row">
        {CONFIDENCE.map((c) => (
          <button key={c} type="button" className="small" aria-pressed={picked === c} onClick={() => setPicked(c)}>{t(`lessonUi.confidence.${c}`)}</button>
        ))}
      </div>
      <p role="status" className="small">{reply ? t(reply) : ''}</p>
    </div>
  );
}
