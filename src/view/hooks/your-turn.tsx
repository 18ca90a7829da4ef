import { createContext, useContext, type ReactNode } from 'react';

// "Your turn" (issue 21): while a lesson asks the learner to act on the figure, the figure's own
// objects become the answer targets. The lesson page provides what is asked; a component that draws
// a partition or a broker opts in with one <YourTurnButton>, which renders nothing otherwise.

export type YourTurnTarget =
  | { kind: 'partition'; topic: string; partition: number }
  | { kind: 'broker'; broker: number }
  | { kind: 'offset'; topic: string; partition: number; offset: number }
  | { kind: 'member'; consumer: string };

export interface YourTurn {
  /** Which kind of object answers the question; other objects stay as they are. */
  kind: YourTurnTarget['kind'];
  /** 'none': the panel's "no one" answer (no broker leads, no member owns). */
  act(target: YourTurnTarget | 'none'): void;
}

const YourTurnContext = createContext<YourTurn | undefined>(undefined);

export function YourTurnProvider({ value, children }: { value: YourTurn | undefined; children: ReactNode }) {
  return <YourTurnContext.Provider value={value}>{children}</YourTurnContext.Provider>;
}

export function useYourTurn(): YourTurn | undefined {
  return useContext(YourTurnContext);
}

/**
 * A real button named by the object's visible name (so a screen reader and the keyboard reach it as
 * any other button); present only while a your-turn step asks for this kind of object; otherwise its children (the
 * object's usual title) render unchanged.
 */
export function YourTurnButton({ target, label, children }: { target: YourTurnTarget; label: string; children?: ReactNode }) {
  const turn = useYourTurn();
  if (!turn || turn.kind !== target.kind) return <>{children}</>;
  return (
    <button type="button" className="your-turn-target" data-your-turn={targetId(target)} onClick={() => turn.act(target)}>
      {label}
    </button>
  );
}

/** The data-your-turn value of a target: kind, then what names it (`partition:orders:1`). */
export function targetId(target: YourTurnTarget): string {
  switch (target.kind) {
    case 'partition': return `partition:${target.topic}:${target.partition}`;
    case 'broker': return `broker:${target.broker}`;
    case 'offset': return `offset:${target.topic}:${target.partition}:${target.offset}`;
    case 'member': return `member:${target.consumer}`;
  }
}
