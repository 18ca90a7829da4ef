import type { Lesson } from '../types.ts';

// Lesson 1 draws its own picture (N source apps, M target apps, with or without Kafka in the
// middle); the cluster is not used, so no step carries commands. The narration works through
// 4 sources x 5 targets (20 links) against 4 + 5 (9), then adds one source (25 against 10).
export const lesson: Lesson = {
  id: 'why-kafka',
  title: 'lesson.why-kafka.title',
  summary: 'lesson.why-kafka.summary',
  seed: 1,
  view: 'why-kafka',
  steps: [
    { commands: [], narration: 'lesson.why-kafka.step1' },
    { commands: [], narration: 'lesson.why-kafka.step2' },
    { commands: [], narration: 'lesson.why-kafka.step3' },
    { commands: [], narration: 'lesson.why-kafka.step4' },
    { commands: [], narration: 'lesson.why-kafka.step5' },
    { commands: [], narration: 'lesson.why-kafka.step6' },
    { commands: [], narration: 'lesson.why-kafka.step7' },
    { commands: [], narration: 'lesson.why-kafka.step8' },
    { commands: [], narration: 'lesson.why-kafka.step9' },
  ],
};
