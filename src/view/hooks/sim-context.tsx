import { createContext, useContext, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { createSimStore, type SimStore, type SimStoreOptions, type SimStoreState } from '../../store/sim-store.ts';

// One store per simulator instance: several widgets on one blog page never share state.
const SimContext = createContext<SimStore | null>(null);

export function SimProvider({ options, store, children }: { options?: SimStoreOptions; store?: SimStore; children: ReactNode }) {
  const [own] = useState(() => store ?? createSimStore(options));
  return <SimContext.Provider value={own}>{children}</SimContext.Provider>;
}

export function useSimStore(): SimStore {
  const store = useContext(SimContext);
  if (!store) throw new Error('useSim must be used inside <SimProvider>');
  return store;
}

export function useSim<T>(selector: (state: SimStoreState) => T): T {
  return useStore(useSimStore(), selector);
}
