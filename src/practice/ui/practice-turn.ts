import type { YourTurnKind, YourTurnTarget } from '../../view/hooks/your-turn.tsx';
import { ownerRule } from '../groups.ts';
import { gradeAnswer } from '../index.ts';
export { segmentsResponse } from '../segments.ts';
import type { Answer, AssignmentAnswer, Concept, Exercise, Grade } from '../types.ts';

// "Your turn" on the practice page (issue 21): where a concept's answer is an object of the figure,
// the learner acts on it instead of (or besides) picking a choice. An action becomes a response in
// the answer's own format and gradeAnswer grades it; a wrong one that no choice stands for still
// names a misconception: the concept's rule, or the belief a specific action shows.

export type PracticeTurn =
  /** One click answers: a partition, a broker (or "none"), an offset cell (or a later offset). */
  | { mode: 'pick'; kind: 'partition' | 'broker' | 'offset'; none?: 'leader' | 'coordinator' }
  /** Toggle objects, then Check: the brokers in the ISR, the segments retention deletes. */
  | { mode: 'set'; kind: 'broker' | 'segment' }
  /** The assignment editor: select a partition, then the member that gets it; Check. */
  | { mode: 'assignment' };

const TURNS: Partial<Record<Concept, PracticeTurn>> = {
  keyPartition: { mode: 'pick', kind: 'partition' },
  keylessPlacement: { mode: 'pick', kind: 'partition' },
  leaderAfterFault: { mode: 'pick', kind: 'broker', none: 'leader' },
  coordinator: { mode: 'pick', kind: 'broker', none: 'coordinator' },
  highWatermark: { mode: 'pick', kind: 'offset' },
  offsetsAfterCrash: { mode: 'pick', kind: 'offset' },
  isrAfterFault: { mode: 'set', kind: 'broker' },
  retention: { mode: 'set', kind: 'segment' },
  assignment: { mode: 'assignment' },
  // lag, acksOutcome, idempotentRetry: a number or an outcome, nothing on the figure to act on;
  // rebalance: the member that joins is not on the figure yet when the question is asked.
};

export function practiceTurn(concept: Concept): PracticeTurn | undefined {
  return TURNS[concept];
}

export function turnKind(turn: PracticeTurn): YourTurnKind {
  return turn.mode === 'assignment' ? 'assignment' : turn.kind;
}

/** The response a click on `target` stands for, or undefined when the object cannot answer (another topic's partition). */
export function pickResponse(exercise: Exercise, target: YourTurnTarget | 'none'): Answer | undefined {
  const { topic, partition } = exercise.question.params;
  if (target === 'none') return null;
  switch (target.kind) {
    case 'partition': return target.topic === topic ? target.partition : undefined;
    case 'broker': return target.broker;
    case 'offset': return target.topic === topic && target.partition === partition ? target.offset : undefined;
    default: return undefined;
  }
}

/** Every member (idle ones with []) → its partitions as `topic-partition`, ascending: the answer's format. */
export function assignmentResponse(members: readonly string[], given: ReadonlyMap<string, string>): AssignmentAnswer {
  const out: AssignmentAnswer = {};
  for (const m of members) out[m] = [];
  for (const [tp, member] of given) out[member]?.push(tp);
  for (const m of members) out[m]!.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  return out;
}

/** The verdict on a wrong answer: after the assignment editor's Check, "assign again"; after a pick (a choice or the figure), "pick again". */
export function wrongVerdictKey(concept: Concept, fromFigure: boolean): 'practice.wrong' | 'practice.wrongAssignment' {
  return fromFigure && TURNS[concept]?.mode === 'assignment' ? 'practice.wrongAssignment' : 'practice.wrong';
}

/** The belief a wrong action shows when no wrong choice stands for it: the concept's rule, or what that action says. */
const RULE: Partial<Record<Concept, string>> = {
  keyPartition: 'keyInTurn',
  keylessPlacement: 'keylessFirstPartition',
  leaderAfterFault: 'electionRule',
  coordinator: 'coordinatorHashesBrokers',
  highWatermark: 'hwRule',
  offsetsAfterCrash: 'positionRule',
  isrAfterFault: 'isrRule',
  retention: 'retentionRule',
  // assignment: the rule of the group's own assignor (ownerRule), read from the question.
};

/** Grade a figure action: gradeAnswer, and a misconception for every wrong one. */
export function gradeAction(exercise: Exercise, response: Answer | 'notOldest', context: { replicas?: readonly number[] } = {}): Grade {
  if (response === 'notOldest') return { correct: false, misconception: 'retentionOldestFirst' };
  const grade = gradeAnswer(exercise, response);
  if (grade.correct || grade.misconception !== undefined) return grade;
  const { concept } = exercise;
  if (concept === 'keylessPlacement') {
    const inTurn = exercise.question.params['partitioner'] === 'legacy-default' || exercise.question.params['partitioner'] === 'round-robin';
    return { correct: false, misconception: response === 0 ? 'keylessFirstPartition' : inTurn ? 'keylessStickyBefore24' : 'keylessInTurnSince24' };
  }
  if (concept === 'leaderAfterFault' && typeof response === 'number' && context.replicas && !context.replicas.includes(response)) return { correct: false, misconception: 'nonReplicaLeads' };
  if (concept === 'leaderAfterFault' && response === exercise.question.params['broker']) return { correct: false, misconception: 'oldLeaderStays' };
  if (concept === 'isrAfterFault' && Array.isArray(response) && Array.isArray(exercise.answer)) {
    // Brokers left out that are still in sync, or failed ones kept in.
    const right = exercise.answer as number[];
    const picked = response as number[];
    if (picked.every((b) => right.includes(b))) return { correct: false, misconception: 'isrShrinksAtOnce' };
    if (right.every((b) => picked.includes(b))) return { correct: false, misconception: 'isrKeepsFailed' };
  }
  const rule = concept === 'assignment' ? ownerRule(exercise.question.params['assignor']) : RULE[concept];
  return rule === undefined ? grade : { correct: false, misconception: rule };
}
