import { useEffect, useRef } from 'react';
import { useLang } from '../hooks/lang-context.tsx';
import { inKeyScope, useKeyScope } from '../hooks/key-scope.tsx';
import { useSim, useSimStore } from '../hooks/sim-context.tsx';

// A seek too long for one slice (store/seek-slices.ts): how far it got, and Cancel (or Esc), which
// leaves the page at the step it showed before. The figure keeps showing that step meanwhile.
// `returnFocus` takes the focus back when the Cancel button goes away under it.

export function SeekProgress({ returnFocus }: { returnFocus: () => void }) {
  const { t } = useLang();
  const store = useSimStore();
  const seeking = useSim((s) => s.seeking);
  const dropped = useSim((s) => s.timeline.dropped);
  const scope = useKeyScope();
  const cancelFocused = useRef(false);

  useEffect(() => {
    if (!seeking) return;
    function onKey(event: KeyboardEvent) {
      if (event.key !== 'Escape' || event.defaultPrevented || !inKeyScope(scope, event)) return;
      event.preventDefault();
      store.getState().cancelSeek();
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store, scope, seeking]);

  useEffect(() => {
    if (seeking || !cancelFocused.current) return;
    cancelFocused.current = false;
    returnFocus();
  }, [seeking, returnFocus]);

  if (!seeking) return null;
  const step = seeking.to + dropped;
  return (
    <div className="seek-progress" data-seeking="">
      <span role="status">{t('controls.seeking', { step })}</span>
      <progress max={seeking.total} value={seeking.done} aria-label={t('controls.seeking', { step })} />
      <span className="small">{t('controls.seekingProgress', { done: seeking.done, total: seeking.total })}</span>
      <button type="button" onClick={() => store.getState().cancelSeek()} aria-keyshortcuts="Escape" title={t('controls.seekCancelHint', { step: seeking.from + dropped })}
        onFocus={() => { cancelFocused.current = true; }} onBlur={() => { cancelFocused.current = false; }}>
        {t('controls.seekCancel')}
      </button>
    </div>
  );
}
