import { useEffect } from 'react';
import { TOP_SPEED } from '../../store/sim-store.ts';
import { useSim, useSimStore } from './sim-context.tsx';

/** While playing, advances one step every 1/speed seconds, or one per animation frame at top speed. */
export function usePlayback(): void {
  const store = useSimStore();
  const playing = useSim((s) => s.playing);
  const speed = useSim((s) => s.speed);
  useEffect(() => {
    if (!playing) return;
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
  }, [playing, speed, store]);
}
