import { createContext, useContext, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { createSimStore, type SimStore, type SimStoreOptions, type SimStoreState } from '../../store/sim-store.ts';

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
