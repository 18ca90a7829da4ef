import { useEffect, useRef } from 'react';
import { inKeyScope, isTyping, useKeyScope } from '../../view/hooks/key-scope.tsx';

// Lecture keys, anywhere outside a text field: → or Space next, ← back, Home/End, P play,
// F full screen, L language. A focused button keeps Space and Enter for itself.
export interface LessonKeys { next(): void; back(): void; first(): void; last(): void; play(): void; fullScreen(): void; language(): void }

export function useLessonKeys(keys: LessonKeys): void {
  const latest = useRef(keys);
  const scope = useKeyScope();
  useEffect(() => {
    latest.current = keys;
  });
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (!inKeyScope(scope, event) || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.composedPath()[0];
      if (isTyping(target)) return;
      const onButton = target instanceof HTMLElement && target.tagName === 'BUTTON';
      const k = latest.current;
      const map: Record<string, () => void> = {
        ArrowRight: k.next, ArrowLeft: k.back, Home: k.first, End: k.last,
        p: k.play, P: k.play, f: k.fullScreen, F: k.fullScreen, l: k.language, L: k.language,
      };
      if (event.key === ' ' && !onButton) map[' '] = k.next;
      const action = map[event.key];
      if (action) {
        event.preventDefault();
        action();
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [scope]);
}
