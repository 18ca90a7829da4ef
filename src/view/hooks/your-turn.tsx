import { createContext, useContext, type ReactNode } from 'react';

// "Your turn" (issue 21): while a lesson or an exercise asks the learner to act on the figure, the
// figure's own objects become the answer targets. The page provides what is asked; a component that
// draws a partition, a broker or a member opts in with one <YourTurnButton>, which renders nothing otherwise.

export type YourTurnTarget =
  | { kind: 'partition'; topic: string; partition: number }
  | { kind: 'broker'; broker: number }
  | { kind: 'offset'; topic: string; partition: number; offset: number }
  | { kind: 'member'; consumer: string }
  | { kind: 'segment'; topic: string; partition: number; baseOffset: number };

/**
 * What the figure asks for: one kind of object, or 'assignment' (the assignment editor: select a
 * partition, then the member that gets it; partitions and members are both targets).
 */
export type YourTurnKind = YourTurnTarget['kind'] | 'assignment';

export interface YourTurn {
  /** Which kind of object answers the question; other objects stay as they are. */
  kind: YourTurnKind;
  /** 'none': the panel's "no one" answer (no broker leads, no member owns). */
  act(target: YourTurnTarget | 'none'): void;
  /**
   * Toggle targets (mark the brokers in the ISR, the segments retention deletes, the partition being
   * given): the ids (targetId) pressed now. Present: every target is a toggle button (aria-pressed).
   */
  marked?: ReadonlySet<string>;
  /** Whether this object can answer at all (the segments of the partition asked about); absent: every object of the kind. */
  accepts?(target: YourTurnTarget): boolean;
  /** A short visible note after a target (what the learner gave that member so far). */
  note?(target: YourTurnTarget): string | undefined;
}

const YourTurnContext = createContext<YourTurn | undefined>(undefined);

export function YourTurnProvider({ value, children }: { value: YourTurn | undefined; children: ReactNode }) {
  return <YourTurnContext.Provider value={value}>{children}</YourTurnContext.Provider>;
}

export function useYourTurn(): YourTurn | undefined {
  return useContext(YourTurnContext);
}

/** Whether `turn` makes objects of `kind` answer targets. */
export function asksFor(turn: YourTurn | undefined, kind: YourTurnTarget['kind']): turn is YourTurn {
  if (!turn) return false;
  return turn.kind === kind || (turn.kind === 'assignment' && (kind === 'partition' || kind === 'member'));
}

/**
 * A real button named by the object's visible name (so a screen reader and the keyboard reach it as
 * any other button); present only while a your-turn step asks for this kind of object; otherwise its children (the
 * object's usual title) render unchanged.
 */
export function YourTurnButton({ target, label, children }: { target: YourTurnTarget; label: string; children?: ReactNode }) {
  const turn = useYourTurn();
  if (!asksFor(turn, target.kind) || turn.accepts?.(target) === false) return <>{children}</>;
  const id = targetId(target);
  const note = turn.note?.(target);
  // In the assignment editor only the partition is selected (pressed); a member is a plain button.
  const toggle = turn.marked !== undefined && (turn.kind !== 'assignment' || target.kind === 'partition');
  return (
    <>
      <button type="button" className="your-turn-target" data-your-turn={id} onClick={() => turn.act(target)}
        {...(toggle ? { 'aria-pressed': turn.marked!.has(id) } : {})}>
        {toggle ? <span className="your-turn-mark" aria-hidden="true">{turn.marked!.has(id) ? '✓' : '○'}</span> : null}{label}
      </button>
      {note !== undefined && <span className="your-turn-note small" data-your-turn-note={id}>{note}</span>}
    </>
  );
}

/** The data-your-turn value of a target: kind, then what names it (`partition:orders:1`). */
export function targetId(target: YourTurnTarget): string {
  switch (target.kind) {
    case 'partition': return `partition:${target.topic}:${target.partition}`;
    case 'broker': return `broker:${target.broker}`;
    case 'offset': return `offset:${target.topic}:${target.partition}:${target.offset}`;
    case 'member': return `member:${target.consumer}`;
    case 'segment': return `segment:${target.topic}:${target.partition}:${target.baseOffset}`;
  }
}
