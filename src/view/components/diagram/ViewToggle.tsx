import { useId } from 'react';
import type { DiagramView } from '../../hooks/diagram-view.tsx';
import { useLang } from '../../hooks/lang-context.tsx';

// Topics | Brokers as a radio group drawn as segmented buttons: native radios, so Tab reaches the
// group, the arrow keys move the choice, and a screen reader says "radio, 1 of 2".
export function ViewToggle({ view, onChange }: { view: DiagramView; onChange: (view: DiagramView) => void }) {
  const { t } = useLang();
  const name = useId();
  return (
    <fieldset className="view-toggle">
      <legend>{t('diagram.view')}</legend>
      {(['topics', 'brokers'] as const).map((v) => (
        <label key={v} className={view === v ? 'on' : undefined}>
          <input type="radio" name={name} value={v} checked={view === v} onChange={() => onChange(v)} />
          <span>{t(`diagram.view.${v}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}
