import { describe, expect, it } from 'vitest';
import { brokers, logEndOffset, logStartOffset, partitionState, runCommands, segments, type SimState } from '../../engine/index.ts';
import { hasMessage, translate, type MessageKey } from '../../i18n/catalog.ts';
import { generateExercise } from '../index.ts';
import type { AssignmentAnswer, Exercise } from '../types.ts';
import { assignmentResponse, gradeAction, pickResponse, practiceTurn, segmentsResponse, wrongVerdictKey } from './practice-turn.ts';
import { groupConsumers } from './use-practice-turn.ts';

// "Your turn" on the practice page: every answer the engine gives can be reached by acting on the
// figure as it stands when the question is asked, the action grades right exactly then, and every
// wrong action names a misconception with text in both languages.

const SEEDS = Array.from({ length: 60 }, (_, i) => i);
const atQuestion = (e: Exercise): SimState => runCommands(e.commands.slice(0, e.setupLength), { seed: e.seed });
const hasText = (id: string | undefined) => id !== undefined && hasMessage('ko', `practice.misconception.${id}`) && hasMessage('en', `practice.misconception.${id}`);

describe('retention: the segments retention deletes are the oldest ones (Log.deleteOldSegments moves the log start forward)', () => {
  const segs = [{ baseOffset: 0, endOffset: 5 }, { baseOffset: 5, endOffset: 10 }, { baseOffset: 10, endOffset: 12 }].map((s, i) => ({ ...s, bytes: 1, largestTimestamp: i, active: i === 2, cleaned: false }));
  it('a prefix of segments leaves the next segment\'s base as the log start; all of them, the log end; none, the first base', () => {
    expect(segmentsResponse(segs, new Set([0]), 12)).toBe(5);
    expect(segmentsResponse(segs, new Set([0, 5]), 12)).toBe(10);
    expect(segmentsResponse(segs, new Set([0, 5, 10]), 12)).toBe(12);
    expect(segmentsResponse(segs, new Set(), 12)).toBe(0);
  });
  it('a newer segment marked while an older one stays is refused with its misconception', () => {
    expect(segmentsResponse(segs, new Set([5]), 12)).toBe('notOldest');
    const e = generateExercise('retention', 1)!;
    const grade = gradeAction(e, 'notOldest');
    expect(grade).toEqual({ correct: false, misconception: 'retentionOldestFirst' });
    expect(hasText(grade.misconception)).toBe(true);
  });
  it.each(SEEDS)('seed %i: marking the segments below the answer grades right', (seed) => {
    const e = generateExercise('retention', seed)!;
    const state = atQuestion(e);
    const segs = segments(state, String(e.question.params['topic']), 0);
    const marked = new Set(segs.filter((s) => s.endOffset <= Number(e.answer)).map((s) => s.baseOffset));
    const response = segmentsResponse(segs, marked, logEndOffset(state, String(e.question.params['topic']), 0)!);
    expect(response).toBe(e.answer);
    expect(gradeAction(e, response).correct).toBe(true);
  });
});

describe('assignment editor: each member given its partitions (ConsumerPartitionAssignor of the group)', () => {
  it('lists every member, idle ones with [], partitions ascending', () => {
    expect(assignmentResponse(['c1', 'c2'], new Map([['t-1', 'c1'], ['t-0', 'c1']]))).toEqual({ c1: ['t-0', 't-1'], c2: [] });
  });
  it.each(SEEDS)('seed %i: the members on the figure are the answer\'s members, and giving each its partitions grades right', (seed) => {
    const e = generateExercise('assignment', seed)!;
    const members = groupConsumers(atQuestion(e), String(e.question.params['group']));
    const answer = e.answer as AssignmentAnswer;
    expect(members).toEqual(Object.keys(answer).sort((a, b) => a.localeCompare(b, 'en', { numeric: true })));
    const given = new Map(Object.entries(answer).flatMap(([m, tps]) => tps.map((tp): [string, string] => [tp, m])));
    expect(gradeAction(e, assignmentResponse(members, given)).correct).toBe(true);
    // One partition moved to another member: wrong, with a misconception.
    const [tp, owner] = [...given][0]!;
    const other = members.find((m) => m !== owner)!;
    const wrong = gradeAction(e, assignmentResponse(members, new Map(given).set(tp, other)));
    expect(wrong.correct).toBe(false);
    expect(hasText(wrong.misconception)).toBe(true);
  });
  it.each(SEEDS)('seed %i: an empty or unmatched assignment names the rule of the group\'s own assignor, not range\'s', (seed) => {
    const e = generateExercise('assignment', seed)!;
    const assignor = String(e.question.params['assignor']);
    const members = groupConsumers(atQuestion(e), String(e.question.params['group']));
    const rule = { range: 'ownerByRange', roundrobin: 'ownerByRoundrobin', sticky: 'ownerBySticky', 'cooperative-sticky': 'ownerByCooperativeSticky' }[assignor];
    const empty = gradeAction(e, assignmentResponse(members, new Map()));
    expect(empty).toEqual({ correct: false, misconception: rule });
    for (const lang of ['ko', 'en'] as const) {
      const text = translate(lang, `practice.misconception.${rule}` as MessageKey);
      expect(text).toContain(assignor);
      // Only range's own rule speaks of contiguous blocks (RangeAssignor); roundrobin deals one at a time.
      expect(text.includes(lang === 'ko' ? '연속된 구간' : 'contiguous')).toBe(assignor === 'range');
    }
  });
});

describe('verdict after a wrong answer: the editor asks to assign again, a pick to pick again', () => {
  it('names the assignment editor\'s Check in both languages, and keeps "pick again" for choices and one-click picks', () => {
    expect(wrongVerdictKey('assignment', true)).toBe('practice.wrongAssignment');
    expect(wrongVerdictKey('assignment', false)).toBe('practice.wrong');
    expect(wrongVerdictKey('keyPartition', true)).toBe('practice.wrong');
    expect(translate('ko', 'practice.wrongAssignment', { picked: 'x' })).toContain('다시 배정해 보세요');
    expect(translate('ko', 'practice.wrongAssignment', { picked: 'x' })).not.toContain('골라');
    expect(translate('en', 'practice.wrongAssignment', { picked: 'x' })).toContain('Try the assignment again');
  });
});

describe('one-click answers: the answer is an object on the figure (or the panel\'s none / later offsets)', () => {
  for (const concept of ['keyPartition', 'keylessPlacement', 'leaderAfterFault', 'coordinator', 'highWatermark', 'offsetsAfterCrash', 'isrAfterFault'] as const) {
    it.each(SEEDS)(`${concept} seed %i: the right object grades right, any other names a misconception`, (seed) => {
      const e = generateExercise(concept, seed)!;
      const turn = practiceTurn(concept)!;
      const state = atQuestion(e);
      const { topic, partition } = e.question.params;
      if (turn.mode === 'set') {
        const ids = brokers(state).map((b) => b.id);
        expect((e.answer as number[]).every((b) => ids.includes(b))).toBe(true);
        expect(gradeAction(e, e.answer).correct).toBe(true);
        const wrong = gradeAction(e, ids.filter((b) => !(e.answer as number[]).includes(b)));
        expect(wrong.correct).toBe(false);
        expect(hasText(wrong.misconception)).toBe(true);
        return;
      }
      expect(turn.mode).toBe('pick');
      if (turn.mode !== 'pick') return;
      let targets: (number | null)[];
      if (turn.kind === 'partition') {
        const ps = Array.from({ length: state.topics[String(topic)]!.partitions.length }, (_, i) => i);
        expect(ps.map((p) => pickResponse(e, { kind: 'partition', topic: String(topic), partition: p }))).toEqual(ps);
        targets = ps;
      } else if (turn.kind === 'broker') {
        targets = [...brokers(state).map((b) => b.id), null];
      } else {
        const end = logEndOffset(state, String(topic), Number(partition))!;
        const later = concept === 'highWatermark' ? Number(e.question.params['count']) : 0;
        const start = logStartOffset(state, String(topic), Number(partition)) ?? 0;
        targets = Array.from({ length: end + later + 1 - start }, (_, i) => start + i);
      }
      expect(targets).toContainEqual(e.answer);
      for (const target of targets) {
        const grade = gradeAction(e, target, { replicas: partitionState(state, String(topic), Number(partition))?.replicas ?? [] });
        expect(grade.correct, String(target)).toBe(target === e.answer);
        if (!grade.correct) expect(hasText(grade.misconception), `${String(target)}: ${String(grade.misconception)}`).toBe(true);
      }
    });
  }
});
