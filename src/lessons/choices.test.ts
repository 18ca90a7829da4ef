import { ownerOf, position, type SimEvent, type SimState } from '../engine/index.ts';
import { NOBODY, pickNumbers } from './choices.ts';
import { LESSONS } from './index.ts';
import { playLesson } from './test-support/play-lesson.ts';
import { predictionAnswer, predictionChoices } from './player.ts';
import type { Lesson, LessonStep } from './types.ts';

// Every question of every lesson (new lessons are checked as soon as they are in LESSONS): its
// answer comes from the engine, and its choices do not give it away.

interface Asked { lesson: string; step: number; predict: NonNullable<LessonStep['predict']>; before: SimState; after: SimState; events: SimEvent[]; answer: string; choices: string[] }

function questions(lesson: Lesson): Asked[] {
  const runs = playLesson(lesson);
  const history: SimEvent[] = [];
  const out: Asked[] = [];
  lesson.steps.forEach((step, i) => {
    const { before, state, events } = runs[i]!;
    if (step.predict) {
      const answer = predictionAnswer(step.predict, state, events);
      const choices = predictionChoices(step.predict, before, answer, { after: state, commands: step.commands, history: [...history] });
      out.push({ lesson: lesson.id, step: i + 1, predict: step.predict, before, after: state, events, answer, choices });
    }
    history.push(...events);
  });
  return out;
}

const ALL = Object.values(LESSONS).flatMap(questions);
const name = (q: Asked) => `${q.lesson} step ${q.step}`;
const isNumeric = (q: Asked) => q.predict.kind === 'nextRecordPartition' || q.predict.kind === 'positionAfter' || q.predict.kind === 'firstOffsetRead';

/** The answer read another way than predictionAnswer does, for the kinds this file knows. */
function engineAnswer(q: Asked): string | undefined {
  const p = q.predict;
  switch (p.kind) {
    case 'nextRecordPartition': {
      const e = q.events.find((x) => x.type === 'recordProduced' && x.topic === p.topic);
      return e?.type === 'recordProduced' ? String(e.partition) : undefined;
    }
    case 'ownerAfter':
      return ownerOf(q.after, p.group, p.topic, p.partition) ?? NOBODY;
    case 'positionAfter':
      return String(position(q.after, p.consumer, p.topic, p.partition));
    case 'firstOffsetRead': {
      for (const e of q.events) {
        if (e.type !== 'recordsFetched' || e.consumer !== p.consumer) continue;
        const first = e.batches.find((b) => b.topic === p.topic && b.partition === p.partition)?.records[0];
        if (first) return String(first.offset);
      }
      return String(position(q.after, p.consumer, p.topic, p.partition));
    }
    default:
      return undefined;
  }
}

describe('prediction choices, over every lesson', () => {
  it('there are questions to check', () => {
    expect(ALL.length).toBeGreaterThanOrEqual(14);
  });

  it.each(ALL.map((q) => [name(q), q] as const))('%s: the answer is the engine\'s, among the choices, with two wrong answers or more', (_, q) => {
    expect(q.answer).not.toBe('?');
    const direct = engineAnswer(q);
    if (direct !== undefined) expect(q.answer).toBe(direct);
    expect(q.choices).toContain(q.answer);
    expect(new Set(q.choices).size).toBe(q.choices.length);
    expect(q.choices.filter((c) => c !== q.answer).length).toBeGreaterThanOrEqual(2);
  });

  it.each(ALL.filter(isNumeric).map((q) => [name(q), q] as const))('%s: ascending, and the answer is not the middle of a run', (_, q) => {
    const numbers = q.choices.map(Number);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    const n = Number(q.answer);
    const partitions = q.predict.kind === 'nextRecordPartition' ? q.before.topics[q.predict.topic]!.partitions.length : Infinity;
    // On three partitions or fewer every partition is offered: the list is all there is, not a hint.
    if (partitions <= 3) expect(numbers).toEqual(Array.from({ length: partitions }, (_, p) => p));
    else {
      expect(numbers.includes(n - 1) && numbers.includes(n + 1), q.choices.join(',')).toBe(false);
      expect(numbers.at(-1)! - numbers[0]! === numbers.length - 1 && numbers.length >= 3, `${q.choices.join(',')} is a run`).toBe(false);
    }
  });

  it.each(ALL.filter((q) => q.predict.kind === 'ownerAfter').map((q) => [name(q), q] as const))('%s: offers every member before and after the step, by name', (_, q) => {
    if (q.predict.kind !== 'ownerAfter') return;
    const { group } = q.predict;
    const members = new Set([...(q.before.groups[group]?.members ?? []), ...(q.after.groups[group]?.members ?? [])]);
    for (const m of members) expect(q.choices).toContain(m);
    const named = q.choices.filter((c) => c !== NOBODY);
    expect(named).toEqual([...named].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })));
  });

  it.each(Object.values(LESSONS).map((l) => [l.id, l] as const))('%s: the answer does not always sit in the same place', (id) => {
    const asked = ALL.filter((q) => q.lesson === id);
    if (asked.length < 2) return;
    expect(new Set(asked.map((q) => q.choices.indexOf(q.answer))).size, asked.map((q) => q.choices.join('|')).join('  ')).toBeGreaterThan(1);
  });
});

describe('the misconceptions offered', () => {
  const at = (lesson: string, step: number) => ALL.find((q) => q.lesson === lesson && q.step === step)!;

  it('a position question offers the last offset read, not only the next', () => {
    expect(at('partition-log', 4).choices).toContain('1');
  });

  it('after a crash, the takeover question offers where the crashed member had got to', () => {
    const q = at('offsets', 7);
    expect(q.answer).toBe('3');
    expect(q.choices).toEqual(['0', '3', '4', '5']);
  });

  it('an ownership question offers the member who joins in the step and the previous owner', () => {
    const q = at('scaling', 2);
    expect(q.choices).toEqual(expect.arrayContaining(['c1', 'c2']));
    const added = at('scaling', 6);
    expect(added.choices).toEqual(['c1', 'c2', 'c3', 'c4', 'c5', NOBODY]);
    expect(at('offsets', 6).choices).toEqual(['worker-1', 'worker-2', NOBODY]);
  });

  it('a keyed record on a grown topic offers the partition the key had before', () => {
    const q = at('scaling', 7);
    expect(q.answer).toBe('5');
    expect(q.choices).toContain('1');
  });

  it('picking numbers never keeps both neighbours of the answer, and tops up to two wrong answers', () => {
    expect(pickNumbers(3, [2, 4, 5, 6])).toEqual([2, 3, 5, 6]);
    expect(pickNumbers(0, [])).toEqual([0, 2, 3, 4]);
    expect(pickNumbers(5, [5, 4, -1, undefined])).toEqual([3, 4, 5, 7]);
    expect(pickNumbers(5, [4, 6], 2)).toEqual([4, 5, 7]);
    expect(pickNumbers(4, [2, 3, 1, 10])).toEqual([2, 3, 4, 10]);
  });
});
