import { useEffect, useRef } from 'react';
import type { SimError } from '../../../engine/index.ts';
import { useLang } from '../../hooks/lang-context.tsx';
import { describeError } from '../../narrate.ts';
import { useAnchored } from './use-anchored.ts';

/**
 * A refused action's answer, next to the control that was used (role=alert: announced once,
 * focus stays on the control). Escape or × dismisses it; the timeline was never changed.
 */
export function RefusalCallout({ error, origin, onDismiss }: { error: SimError; origin: Element; onDismiss(): void }) {
  const { t, lang } = useLang();
  const ref = useRef<HTMLDivElement>(null);
  const position = useAnchored(origin, ref);

  useEffect(() => {
    // Capture phase: the first Escape closes the answer, not the menu the control sits in. Only
    // from where the user acted (the control, its menu or form, the answer): the console's Escape stays its own.
    const scope = origin.closest('.object-menu, form') ?? origin;
    function onKey(event: KeyboardEvent) {
      if (event.key !== 'Escape') return;
      const path = event.composedPath();
      if (!path.includes(scope) && !(ref.current && path.includes(ref.current))) return;
      event.stopPropagation();
      event.preventDefault();
      onDismiss();
    }
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [onDismiss, origin]);

  const dismiss = () => {
    onDismiss();
    // The × took focus from the control; give it back.
    if (origin instanceof HTMLElement && origin.isConnected) origin.focus();
  };
  return (
    <div ref={ref} role="alert" className="refusal-callout" data-refusal=""
      style={{ position: 'fixed', left: position?.left ?? 0, top: position?.top ?? 0, visibility: position ? 'visible' : 'hidden' }}>
      <span>{describeError(error, lang)}</span>
      <button type="button" className="small" onClick={dismiss} aria-label={t('notice.dismiss')}>×</button>
    </div>
  );
}
