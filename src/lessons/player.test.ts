import { createSimulation } from '../engine/index.ts';
import { LESSONS } from './index.ts';
import { playLesson } from './test-support/play-lesson.ts';
import { lessonCommands, NOBODY, parseStep, predictionAnswer, predictionChoices, stepEnds } from './player.ts';
import { LESSON_IDS } from './types.ts';

function statesOf(lessonId: (typeof LESSON_IDS)[number]) {
  return playLesson(LESSONS[lessonId]).map(({ before, state, events }) => ({ before, after: state, events }));
}

describe('lesson player', () => {
  it('step ends count the commands of the steps so far', () => {
    for (const id of LESSON_IDS) {
      const lesson = LESSONS[id];
      const ends = stepEnds(lesson);
      expect(ends).toHaveLength(lesson.steps.length);
      expect(ends.at(-1)).toBe(lessonCommands(lesson).length);
      ends.forEach((end, i) => expect(end - (ends[i - 1] ?? 0)).toBe(lesson.steps[i]!.commands.length));
    }
  });

  it('parses a step from a URL only when it is a whole number in range', () => {
    expect(parseStep('3', 8)).toBe(3);
    expect(parseStep('0', 8)).toBeUndefined();
    expect(parseStep('9', 8)).toBeUndefined();
    expect(parseStep('2.5', 8)).toBeUndefined();
    expect(parseStep('<b>', 8)).toBeUndefined();
    expect(parseStep(null, 8)).toBeUndefined();
  });

  it('every prediction offers its answer among the choices, and not as the only choice', () => {
    for (const id of LESSON_IDS) {
      const steps = statesOf(id);
      LESSONS[id].steps.forEach((step, i) => {
        if (!step.predict) return;
        const { before, after, events } = steps[i]!;
        const answer = predictionAnswer(step.predict, after, events);
        expect(answer, `${id} step ${i + 1}`).not.toBe('?');
        const choices = predictionChoices(step.predict, before, answer);
        expect(choices, `${id} step ${i + 1}`).toContain(answer);
        expect(choices.length).toBeGreaterThan(1);
      });
    }
  });

  it('ownerAfter can answer nobody', () => {
    const state = createSimulation();
    expect(predictionAnswer({ kind: 'ownerAfter', group: 'g', topic: 't', partition: 0 }, state, [])).toBe(NOBODY);
  });
});
