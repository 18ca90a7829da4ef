import { useEffect, useId, useState, type RefObject } from 'react';
import { useLang } from '../../view/hooks/lang-context.tsx';
import type { Prediction } from '../types.ts';
import { choiceLabel } from './PredictionPanel.tsx';

// Peer instruction (Crouch, Fagen, Callan & Mazur 2004): in lecture mode a prediction first gets a
// vote by hand. The choices show without the answer; the teacher may type the counts; a reveal
// after a split vote suggests discussing with a neighbour and voting again before the answer.
// The counts live in this page only.

/** A vote is split when the most chosen answer has less than this share of the votes. */
export const SPLIT_SHARE = 0.7;

/**
 * `advance` receives what the lesson's → or Space does while the vote shows: the first press opens
 * the vote (says so aloud), the next one does what the panel's main button does (reveal, or vote
 * again after a split), so the keys step through the vote instead of skipping it.
 */
export function VotePanel({ prediction, labelledBy, choices, onReveal, advance }: { prediction: Prediction; labelledBy: string; choices: string[]; onReveal: (majority: string | undefined, votes?: { votes: number; count: number }) => void; advance?: RefObject<(() => void) | undefined> }) {
  const { t } = useLang();
  const labelId = useId();
  const [counts, setCounts] = useState<Record<string, string>>({});
  const [split, setSplit] = useState<number | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  // After one discussion the next reveal shows the answer, split or not.
  const [discussed, setDiscussed] = useState(false);
  const [open, setOpen] = useState(false);

  const reveal = (anyway: boolean) => {
    const numbers: [string, number][] = [];
    for (const c of choices) {
      const text = (counts[c] ?? '').trim();
      if (text === '') continue;
      if (!/^\d{1,6}$/.test(text)) {
        setProblem(t('lessonUi.vote.bad', { value: text }));
        return;
      }
      numbers.push([c, Number(text)]);
    }
    setProblem(undefined);
    const total = numbers.reduce((sum, [, n]) => sum + n, 0);
    const top = [...numbers].sort((a, b) => b[1] - a[1])[0];
    if (!anyway && top && total > 0 && top[1] / total < SPLIT_SHARE && !discussed) {
      setSplit(Math.round((top[1] / total) * 100));
      return;
    }
    onReveal(top && total > 0 ? top[0] : undefined, top && total > 0 ? { votes: top[1], count: total } : undefined);
  };

  const again = () => { setCounts({}); setSplit(undefined); setDiscussed(true); };
  useEffect(() => {
    if (!advance) return;
    advance.current = !open ? () => setOpen(true) : split === undefined ? () => reveal(false) : again;
    return () => { advance.current = undefined; };
  });

  return (
    <div className="prediction vote" role="group" aria-labelledby={labelledBy}>
      <p className="prediction-label" id={labelId}>{t('lessonUi.vote.label')}</p>
      <ul className="vote-list" aria-labelledby={labelId}>
        {choices.map((c) => {
          const label = choiceLabel(t, prediction, c);
          return (
            <li key={c}>
              <span className="vote-choice">{label}</span>
              <input type="text" inputMode="numeric" size={4} value={counts[c] ?? ''} aria-label={t('lessonUi.vote.count', { choice: label })}
                onChange={(e) => setCounts({ ...counts, [c]: e.target.value })}
                // Enter after the last count reveals, as the Reveal button would (no Tab round to reach it).
                onKeyDown={(e) => { if (e.key === 'Enter' && split === undefined) { e.preventDefault(); reveal(false); } }} />
            </li>
          );
        })}
      </ul>
      {open && split === undefined && <p className="vote-open" role="status">{t('lessonUi.vote.open')}</p>}
      {problem && <p className="notice error" role="alert">{problem}</p>}
      {split !== undefined && <p className="vote-split" role="status">{t('lessonUi.vote.split', { share: split })}</p>}
      <div className="row">
        {split === undefined ? <button type="button" className="primary" onClick={() => reveal(false)}>{t('lessonUi.vote.reveal')}</button> : (
          <>
            <button type="button" className="primary" onClick={again}>{t('lessonUi.vote.again')}</button>
            <button type="button" onClick={() => reveal(true)}>{t('lessonUi.vote.revealAnyway')}</button>
          </>
        )}
      </div>
    </div>
  );
}
