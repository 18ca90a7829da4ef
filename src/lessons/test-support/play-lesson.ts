import { lessonProfile } from '../types.ts';
import { applyCommand, createSimulation, type SimEvent, type SimState } from '../../engine/index.ts';
import type { Lesson } from '../types.ts';

/** One step of a lesson as played: the state before and after it, its events, its refusals. */
export interface LessonStepRun {
  before: SimState;
  state: SimState;
  events: SimEvent[];
  /** Each refused command as `JSON: message`; a lesson that plays right refuses nothing. */
  refused: string[];
}

/**
 * Plays a lesson from its seed, step by step, as the page does (a refused command leaves the state
 * as it was and is recorded, not thrown: each test decides what a refusal means to it).
 */
export function playLesson(lesson: Lesson): LessonStepRun[] {
  let state = createSimulation({ seed: lesson.seed, kafkaVersion: lessonProfile(lesson) });
  return lesson.steps.map((step) => {
    const before = state;
    const events: SimEvent[] = [];
    const refused: string[] = [];
    for (const command of step.commands) {
      const result = applyCommand(state, command);
      if (result.error) refused.push(`${JSON.stringify(command)}: ${result.error.message}`);
      state = result.state;
      events.push(...result.events);
    }
    return { before, state, events, refused };
  });
}
