import type { SimEvent } from '../engine/index.ts';
import { hasMessage } from '../i18n/catalog.ts';
import { LESSONS } from './index.ts';
import { predictionMisconceptions } from './misconceptions.ts';
import { predictionAnswer, predictionChoices } from './player.ts';
import { playLesson } from './test-support/play-lesson.ts';
import type { LessonStep } from './types.ts';

// Every prediction of every lesson keeps its distractors, and each names the misconception it
// stands for, with text in both languages (a wrong pick explains itself, not only "wrong").

interface Asked { name: string; predict: NonNullable<LessonStep['predict']>; answer: string; choices: string[]; misconceptions: Record<string, string> }

const ALL: Asked[] = Object.values(LESSONS).flatMap((lesson) => {
  const runs = playLesson(lesson);
  const history: SimEvent[] = [];
  const out: Asked[] = [];
  lesson.steps.forEach((step, i) => {
    const { before, state, events } = runs[i]!;
    if (step.predict) {
      const answer = predictionAnswer(step.predict, state, events);
      const ctx = { before, after: state, commands: step.commands, history: [...history] };
      const choices = predictionChoices(step.predict, before, answer, ctx);
      out.push({ name: `${lesson.id} step ${i + 1}`, predict: step.predict, answer, choices, misconceptions: predictionMisconceptions(step.predict, choices, answer, ctx) });
    }
    history.push(...events);
  });
  return out;
});

describe('lesson predictions name a misconception for every wrong choice', () => {
  it('covers every wrong choice, and none for the answer', () => {
    expect(ALL.length).toBeGreaterThan(20);
    for (const q of ALL) {
      for (const c of q.choices) {
        const id = q.misconceptions[c];
        if (c === q.answer) expect(id, q.name).toBeUndefined();
        else {
          expect(id, `${q.name}: ${c}`).toBeDefined();
          expect(hasMessage('ko', `practice.misconception.${id}`) && hasMessage('en', `practice.misconception.${id}`), `${q.name}: ${id}`).toBe(true);
        }
      }
    }
  });

  it('calls the old leader the old leader: a crashed broker cannot lead (PartitionChangeBuilder)', () => {
    const leaders = ALL.filter((q) => q.predict.kind === 'leaderAfter' && Object.values(q.misconceptions).includes('oldLeaderStays'));
    expect(leaders.length).toBeGreaterThan(0);
  });

  it('explains a keyed record by its hash, never by the previous record', () => {
    const keyed = ALL.filter((q) => q.predict.kind === 'nextRecordPartition');
    expect(keyed.length).toBeGreaterThan(0);
    for (const q of keyed) for (const id of Object.values(q.misconceptions)) expect(id).toMatch(/^key/);
  });

  it('separates a position from the last offset read (the position is the next offset)', () => {
    const positions = ALL.filter((q) => q.predict.kind === 'positionAfter' || q.predict.kind === 'firstOffsetRead');
    expect(positions.flatMap((q) => Object.values(q.misconceptions))).toEqual(expect.arrayContaining(['resumeAfterLastRead']));
  });
});
