import { useEffect } from 'react';
import { useSim, useSimStore } from './sim-context.tsx';

/** While playing, advances one step every 1/speed seconds of wall time. */
export function usePlayback(): void {
  const store = useSimStore();
  const playing = useSim((s) => s.playing);
  const speed = useSim((s) => s.speed);
  useEffect(() => {
    if (!playing) return;
    const id = window.setInterval(() => store.getState().tick(), 1000 / speed);
    return () => window.clearInterval(id);
  }, [playing, speed, store]);
}
