import type { Lesson } from '../types.ts';

// Lesson 1 draws its own picture (src/lessons/ui/WhyKafka.tsx): named source apps and target apps,
// wired to each other directly (N x M links) or each to Kafka only (N + M). The cluster is not used,
// so no step carries commands. Each step's picture below is what its narration says, app by app:
// one link; 4 sources x 5 targets (20); a stopped target blocking its sources; a fifth source (25);
// Kafka in the middle (4 + 5 = 9); the fifth source again (5 + 5 = 10); a stopped target that no
// longer blocks anyone; then the same picture with the apps named producers and consumers.

export const WHY_SOURCES = ['orders', 'payments', 'members', 'weblogs', 'delivery'] as const;
export const WHY_TARGETS = ['database', 'search', 'analytics', 'notifications', 'monitoring'] as const;
export type WhySource = (typeof WHY_SOURCES)[number];
export type WhyTarget = (typeof WHY_TARGETS)[number];

export interface WhyPicture {
  sources: readonly WhySource[];
  targets: readonly WhyTarget[];
  /** Kafka in the middle: every app has one link, to Kafka. */
  hub: boolean;
  /** A target that has slowed down or stopped. */
  stopped?: WhyTarget;
  /** Call the apps producers and consumers. */
  roles?: boolean;
  /** Offer a calculator for other numbers of apps (it changes no drawn count). */
  explore?: boolean;
}

const FOUR = WHY_SOURCES.slice(0, 4);
const FIVE = WHY_SOURCES;

/** The picture of each step, by step index (0 = step 1). */
export const WHY_PICTURES: readonly WhyPicture[] = [
  { sources: ['orders'], targets: ['database'], hub: false },
  { sources: FOUR, targets: WHY_TARGETS, hub: false },
  { sources: FOUR, targets: WHY_TARGETS, hub: false, stopped: 'search' },
  { sources: FIVE, targets: WHY_TARGETS, hub: false },
  { sources: FOUR, targets: WHY_TARGETS, hub: true },
  { sources: FIVE, targets: WHY_TARGETS, hub: true, explore: true },
  { sources: FIVE, targets: WHY_TARGETS, hub: true, stopped: 'search' },
  { sources: FIVE, targets: WHY_TARGETS, hub: true, roles: true },
  { sources: FIVE, targets: WHY_TARGETS, hub: true, roles: true },
];

/** How many links a picture draws: every source to every target, or every app to Kafka. */
export function linkCount(p: WhyPicture): number {
  return p.hub ? p.sources.length + p.targets.length : p.sources.length * p.targets.length;
}

export const lesson: Lesson = {
  id: 'why-kafka',
  title: 'lesson.why-kafka.title',
  summary: 'lesson.why-kafka.summary',
  seed: 1,
  teaches: 'post',
  view: 'why-kafka',
  steps: WHY_PICTURES.map((_, i) => ({ commands: [], narration: `lesson.why-kafka.step${i + 1}` })),
};
