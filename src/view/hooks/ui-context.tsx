import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { SimError } from '../../engine/index.ts';
import { useSimStore } from './sim-context.tsx';

// View-only state of one simulator: what is selected or hovered, and an action waiting for the
// user to confirm that later steps will be dropped. Nothing here changes the simulation.

export interface SelectedRecord { topic: string; partition: number; offset: number }

interface UiValue {
  /** A lesson shows the cluster without the buttons that would change it. */
  readOnly: boolean;
  selected: SelectedRecord | undefined;
  select(record: SelectedRecord | undefined): void;
  highlighted: readonly string[];
  highlight(targets: readonly string[]): void;
  pending: unknown | undefined;
  /** Applies a command at the cursor, or asks first when that would drop later steps. */
  act(command: unknown): SimError | undefined;
  confirmPending(): void;
  cancelPending(): void;
}

const UiContext = createContext<UiValue | null>(null);

export function UiProvider({ children, readOnly = false }: { children: ReactNode; readOnly?: boolean }) {
  const store = useSimStore();
  const [selected, select] = useState<SelectedRecord | undefined>();
  const [highlighted, highlight] = useState<readonly string[]>([]);
  const [pending, setPending] = useState<unknown | undefined>();

  const act = useCallback((command: unknown) => {
    const { timeline, dispatch } = store.getState();
    if (timeline.cursor < timeline.commands.length) {
      setPending(command);
      return undefined;
    }
    return dispatch(command);
  }, [store]);
  const confirmPending = useCallback(() => {
    if (pending !== undefined) store.getState().dispatch(pending);
    setPending(undefined);
  }, [pending, store]);
  const cancelPending = useCallback(() => setPending(undefined), []);

  const value = useMemo<UiValue>(() => ({ readOnly, selected, select, highlighted, highlight, pending, act, confirmPending, cancelPending }),
    [readOnly, selected, highlighted, pending, act, confirmPending, cancelPending]);
  return <UiContext.Provider value={value}>{children}</UiContext.Provider>;
}

export function useUi(): UiValue {
  const value = useContext(UiContext);
  if (!value) throw new Error('useUi must be used inside <UiProvider>');
  return value;
}
