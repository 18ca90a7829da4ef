import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { SimError } from '../../engine/index.ts';
import { deepActiveElement } from '../components/menu/anchor.ts';
import { useSimStore } from './sim-context.tsx';

// View-only state of one simulator: what is selected or hovered, and an action waiting for the
// user to confirm that later steps will be dropped. Nothing here changes the simulation.

export interface Refusal { error: SimError; origin: Element }

export interface SelectedRecord { topic: string; partition: number; offset: number }

interface UiValue {
  /** A lesson shows the cluster without the buttons that would change it. */
  readOnly: boolean;
  selected: SelectedRecord | undefined;
  select(record: SelectedRecord | undefined): void;
  highlighted: readonly string[];
  highlight(targets: readonly string[]): void;
  pending: unknown | undefined;
  /**
   * Applies a command at the cursor, or asks first when that would drop later steps. `origin` is
   * the control the user acted with (the focused element when absent): a refusal is shown next
   * to it. Returns the engine's refusal, if any; the timeline is then unchanged.
   */
  act(command: unknown, origin?: Element | null): SimError | undefined;
  /** Shows a refusal found by the view itself (before the engine) next to `origin`. */
  refuse(error: SimError, origin?: Element | null): void;
  /** The last refusal and the control it answers; shown there while it is the store's lastError. */
  refusal: Refusal | undefined;
  dismissRefusal(): void;
  confirmPending(): void;
  cancelPending(): void;
  /** The topic the produce form sends to (an action such as "3 brokers, RF 3" may switch it). */
  produceTopic: string;
  chooseProduceTopic(topic: string): void;
}

const UiContext = createContext<UiValue | null>(null);

export function UiProvider({ children, readOnly = false }: { children: ReactNode; readOnly?: boolean }) {
  const store = useSimStore();
  const [selected, select] = useState<SelectedRecord | undefined>();
  const [highlighted, highlight] = useState<readonly string[]>([]);
  // The command waiting for confirmation keeps the control it came from, for a refusal after "yes".
  const [pending, setPending] = useState<{ command: unknown; origin: Element | null } | undefined>();
  const [refusal, setRefusal] = useState<Refusal | undefined>();
  const [produceTopic, chooseProduceTopic] = useState('');

  const answer = useCallback((error: SimError | undefined, origin: Element | null) => {
    setRefusal(error && origin ? { error, origin } : undefined);
    return error;
  }, []);
  const act = useCallback((command: unknown, origin?: Element | null) => {
    const from = origin ?? deepActiveElement();
    const { timeline, dispatch } = store.getState();
    if (timeline.cursor < timeline.commands.length) {
      setPending({ command, origin: from });
      return undefined;
    }
    return answer(dispatch(command), from);
  }, [store, answer]);
  const refuse = useCallback((error: SimError, origin?: Element | null) => {
    store.getState().reportError(error);
    answer(error, origin ?? deepActiveElement());
  }, [store, answer]);
  const dismissRefusal = useCallback(() => {
    setRefusal(undefined);
    store.getState().clearError();
  }, [store]);
  const confirmPending = useCallback(() => {
    if (pending !== undefined) answer(store.getState().dispatch(pending.command), pending.origin);
    setPending(undefined);
  }, [pending, store, answer]);
  const cancelPending = useCallback(() => setPending(undefined), []);

  const value = useMemo<UiValue>(() => ({ readOnly, selected, select, highlighted, highlight, pending: pending?.command, act, refuse, refusal, dismissRefusal, confirmPending, cancelPending, produceTopic, chooseProduceTopic }),
    [readOnly, selected, highlighted, pending, act, refuse, refusal, dismissRefusal, confirmPending, cancelPending, produceTopic]);
  return <UiContext.Provider value={value}>{children}</UiContext.Provider>;
}

export function useUi(): UiValue {
  const value = useContext(UiContext);
  if (!value) throw new Error('useUi must be used inside <UiProvider>');
  return value;
}
