import { useCallback, useMemo, useState } from 'react';
import { logEndOffset, partitionState, segments, type SimState } from '../../engine/index.ts';
import { targetId, type YourTurn, type YourTurnTarget } from '../../view/hooks/your-turn.tsx';
import type { Answer, Exercise, Grade } from '../types.ts';
import { segmentsResponse } from '../segments.ts';
import { assignmentResponse, gradeAction, pickResponse, practiceTurn, turnKind, type PracticeTurn } from './practice-turn.ts';

// The state of a practice exercise's "your turn": what is marked (set mode), which partition is
// selected and who was given what (the assignment editor), and the YourTurn the figure reads.
// An answer (a click, or Check) is graded by gradeAction and handed to `onAnswer`.

export interface TurnAnswer { response: Answer | 'notOldest'; grade: Grade }

export interface PracticeTurnState {
  turn: PracticeTurn;
  yourTurn: YourTurn;
  /** Set mode: the marked objects' ids; the assignment editor: the selected partition's. */
  marked: ReadonlySet<string>;
  /** The assignment editor: "topic-partition" → member. */
  given: ReadonlyMap<string, string>;
  selected: string | undefined;
  /** What the last editor action did, for the polite live region ("orders-1 → c2"). */
  lastAction: { key: 'selected' | 'given' | 'selectFirst'; partition?: string; member?: string } | undefined;
  check(): void;
  clear(): void;
}

const tpLabel = (topic: string, partition: number) => `${topic}-${partition}`;

/** The group's consumers at the question's moment (members, and those that join in their next poll). */
export function groupConsumers(state: SimState, group: string): string[] {
  return Object.values(state.consumers).filter((c) => c.group === group).map((c) => c.id).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

export function usePracticeTurn(exercise: Exercise, state: SimState, active: boolean, onAnswer: (answer: TurnAnswer) => void): PracticeTurnState | undefined {
  const turn = practiceTurn(exercise.concept);
  const [marked, setMarked] = useState<ReadonlySet<string>>(new Set());
  const [given, setGiven] = useState<ReadonlyMap<string, string>>(new Map());
  const [selected, setSelected] = useState<string | undefined>(undefined);
  const [lastAction, setLastAction] = useState<PracticeTurnState['lastAction']>(undefined);
  const { topic, partition, group } = exercise.question.params;
  const replicas = typeof topic === 'string' && typeof partition === 'number' ? partitionState(state, topic, partition)?.replicas : undefined;

  const answer = useCallback((response: Answer | 'notOldest') => {
    onAnswer({ response, grade: gradeAction(exercise, response, replicas ? { replicas } : {}) });
  }, [exercise, onAnswer, replicas]);

  const check = useCallback(() => {
    if (!turn || turn.mode === 'pick') return;
    if (turn.mode === 'assignment') {
      answer(assignmentResponse(groupConsumers(state, String(group)), given));
      return;
    }
    if (turn.kind === 'broker') {
      answer([...marked].map((id) => Number(id.split(':')[1])).sort((a, b) => a - b));
      return;
    }
    if (typeof topic !== 'string' || typeof partition !== 'number') return;
    const bases = new Set([...marked].map((id) => Number(id.split(':').at(-1))));
    answer(segmentsResponse(segments(state, topic, partition), bases, logEndOffset(state, topic, partition) ?? 0));
  }, [turn, answer, state, group, given, marked, topic, partition]);

  const clear = useCallback(() => {
    setMarked(new Set());
    setGiven(new Map());
    setSelected(undefined);
    setLastAction(undefined);
  }, []);

  const yourTurn = useMemo<YourTurn | undefined>(() => {
    if (!turn) return undefined;
    const toggle = (id: string) => setMarked((m) => {
      const next = new Set(m);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
    const act = (target: YourTurnTarget | 'none') => {
      if (turn.mode === 'pick') {
        const response = pickResponse(exercise, target);
        if (response !== undefined) answer(response);
        return;
      }
      if (target === 'none') return;
      if (turn.mode === 'set') {
        if (target.kind === turn.kind && (target.kind !== 'segment' || (target.topic === topic && target.partition === partition))) toggle(targetId(target));
        return;
      }
      // The assignment editor: a partition is selected (again: unselected), then a member gets it.
      if (target.kind === 'partition') {
        const tp = tpLabel(target.topic, target.partition);
        setSelected((s) => (s === tp ? undefined : tp));
        setLastAction({ key: 'selected', partition: tp });
      } else if (target.kind === 'member') {
        if (selected === undefined) {
          setLastAction({ key: 'selectFirst' });
          return;
        }
        const tp = selected;
        setGiven((g) => new Map(g).set(tp, target.consumer));
        setSelected(undefined);
        setLastAction({ key: 'given', partition: tp, member: target.consumer });
      }
    };
    const assignmentMarks = new Set(selected === undefined ? [] : [`partition:${selected.replace(/-(\d+)$/, ':$1')}`]);
    return {
      kind: turnKind(turn),
      act,
      accepts: (target: YourTurnTarget) => target.kind !== 'segment' || (target.topic === topic && target.partition === partition),
      ...(turn.mode === 'set' ? { marked } : turn.mode === 'assignment' ? { marked: assignmentMarks, note: (target: YourTurnTarget) => noteFor(target, given) } : {}),
    };
  }, [turn, exercise, answer, topic, partition, selected, marked, given]);

  if (!turn || !yourTurn || !active) return undefined;
  return { turn, yourTurn, marked, given, selected, lastAction, check, clear };
}

/** In the editor, what a member got so far and which member a partition went to (a visible note). */
function noteFor(target: YourTurnTarget, given: ReadonlyMap<string, string>): string | undefined {
  if (target.kind === 'member') {
    const mine = [...given].filter(([, m]) => m === target.consumer).map(([tp]) => tp).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    return mine.length === 0 ? undefined : `← ${mine.join(', ')}`;
  }
  if (target.kind === 'partition') {
    const member = given.get(tpLabel(target.topic, target.partition));
    return member === undefined ? undefined : `→ ${member}`;
  }
  return undefined;
}
