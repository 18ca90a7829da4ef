import { useLang } from '../../hooks/lang-context.tsx';
import { useUi } from '../../hooks/ui-context.tsx';
import { formatModelTime } from '../../format-time.ts';

const STEPS = [1_000, 5_000, 60_000, 300_000, 3_600_000, 86_400_000];

/**
 * Jumps of model time, beside the timeline (the sandbox's Controls): each is one ordinary step.
 * Play at the end runs the clock a second at a time; these skip ahead.
 */
export function TimeButtons() {
  const { t, lang } = useLang();
  const { act, readOnly } = useUi();
  if (readOnly) return null;
  return (
    <span className="time-buttons" role="group" aria-label={t('time.title')} title={t('time.help')}>
      {STEPS.map((ms) => (
        <button key={ms} type="button" className="small" onClick={(e) => act({ type: 'advanceTime', ms }, e.currentTarget)} aria-label={t('time.advanceBy', { time: formatModelTime(ms, lang) })}>+{formatModelTime(ms, lang)}</button>
      ))}
    </span>
  );
}
