import { createContext, useContext } from 'react';

/** The two views of the diagram's middle: partitions as logs, or brokers holding replicas. */
export type DiagramView = 'topics' | 'brokers';

/**
 * The page's choice of view and how to change it, when the page remembers it (the simulator
 * writes it to its URL). Without a provider the diagram keeps its own choice.
 */
export interface DiagramViewValue { view: DiagramView; setView(view: DiagramView): void }

export const DiagramViewContext = createContext<DiagramViewValue | null>(null);

export function useDiagramViewContext(): DiagramViewValue | null {
  return useContext(DiagramViewContext);
}
