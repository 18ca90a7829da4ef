import { useLang } from '../../hooks/lang-context.tsx';
import { useUi } from '../../hooks/ui-context.tsx';
import { formatModelTime } from '../Controls.tsx';

const STEPS = [1_000, 5_000, 60_000, 300_000, 3_600_000, 86_400_000];

export function TimeForm() {
  const { t, lang } = useLang();
  const { act } = useUi();
  return (
    <div className="form" role="group" aria-labelledby="time-heading">
      <h3 id="time-heading">{t('time.title')}</h3>
      <div className="row">
        {STEPS.map((ms) => (
          <button key={ms} type="button" onClick={(e) => act({ type: 'advanceTime', ms }, e.currentTarget)} aria-label={t('time.advanceBy', { time: formatModelTime(ms, lang) })}>+{formatModelTime(ms, lang)}</button>
        ))}
      </div>
      <p className="hint small">{t('time.help')}</p>
    </div>
  );
}
