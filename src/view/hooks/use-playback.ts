import { useEffect, useState } from 'react';
import { TOP_SPEED } from '../../store/sim-store.ts';
import { useSim, useSimStore } from './sim-context.tsx';

/** Whether the page is visible: a hidden tab runs no playback clock (document.visibilityState). */
function usePageVisible(): boolean {
  const [visible, setVisible] = useState(() => typeof document === 'undefined' || document.visibilityState !== 'hidden');
  useEffect(() => {
    const onChange = () => setVisible(document.visibilityState !== 'hidden');
    document.addEventListener('visibilitychange', onChange);
    return () => document.removeEventListener('visibilitychange', onChange);
  }, []);
  return visible;
}

/**
 * While playing, advances one step every 1/speed seconds, or one per animation frame at top speed.
 * In a hidden tab the timer is stopped (Play stays on and resumes when the tab is shown), so the
 * model clock never runs unseen. A widget pauses itself when scrolled out of view (EmbedWidget).
 */
export function usePlayback(): void {
  const store = useSimStore();
  const playing = useSim((s) => s.playing);
  const speed = useSim((s) => s.speed);
  const visible = usePageVisible();
  useEffect(() => {
    if (!playing || !visible) return;
    if (speed >= TOP_SPEED) {
      let frame = 0;
      const loop = () => {
        store.getState().tick();
        frame = window.requestAnimationFrame(loop);
      };
      frame = window.requestAnimationFrame(loop);
      return () => window.cancelAnimationFrame(frame);
    }
    const id = window.setInterval(() => store.getState().tick(), 1000 / speed);
    return () => window.clearInterval(id);
  }, [playing, speed, store, visible]);
}
