import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { shallow } from 'zustand/shallow';
import { createSimStore, TOP_SPEED, type SimStore, type SimStoreOptions, type SimStoreState } from '../../store/sim-store.ts';

// One store per simulator instance: several widgets on one blog page never share state.
const SimContext = createContext<SimStore | null>(null);

/**
 * Provides `store`, or one of its own built from `options` when none is given. A new `store` prop
 * is used at once: a view that kept showing an old store while its owner drove a new one would
 * report one step and show another.
 */
export function SimProvider({ options, store, children }: { options?: SimStoreOptions; store?: SimStore; children: ReactNode }) {
  const [own] = useState(() => (store ? undefined : createSimStore(options)));
  return <SimContext.Provider value={store ?? own!}>{children}</SimContext.Provider>;
}

export function useSimStore(): SimStore {
  const store = useContext(SimContext);
  if (!store) throw new Error('useSim must be used inside <SimProvider>');
  return store;
}

export function useSim<T>(selector: (state: SimStoreState) => T): T {
  return useStore(useSimStore(), selector);
}

/**
 * `useSim`, but while the timeline plays at top speed the value is taken at most every `everyMs`
 * (ms) instead of at every step: the panels beside the diagram (charts, the lag table) would
 * otherwise be redrawn and repainted hundreds of times a second, which costs the diagram its frames.
 * Paused, stepping or playing slower, every change shows at once. The selector must be cheap to
 * call again (it is read when the throttle fires).
 */
export function useSimThrottled<T>(selector: (state: SimStoreState) => T, everyMs = 250): T {
  const store = useSimStore();
  const [value, setValue] = useState(() => selector(store.getState()));
  const selectorRef = useRef(selector);
  selectorRef.current = selector;
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Shallowly equal to what is shown (an object of the same fields): no new render.
    const read = () => { timer = undefined; const next = selectorRef.current(store.getState()); setValue((prev) => (shallow(prev, next) ? prev : next)); };
    read();
    const unsubscribe = store.subscribe((s) => {
      if (s.playing && s.speed >= TOP_SPEED) { if (timer === undefined) timer = setTimeout(read, everyMs); return; }
      if (timer !== undefined) { clearTimeout(timer); timer = undefined; }
      read();
    });
    return () => { unsubscribe(); if (timer !== undefined) clearTimeout(timer); };
  }, [store, everyMs]);
  return value;
}
