import type { Command } from '../engine/index.ts';

// Lessons are data: a seed, then steps. Entering step k applies that step's commands to the state
// of step k-1, so step k of a lesson is always the same state (a URL can reopen it exactly).

export const LESSON_IDS = ['why-kafka', 'topics', 'partition-log', 'offsets', 'consumer-groups', 'keys', 'scaling', 'retention'] as const;
export type LessonId = (typeof LESSON_IDS)[number];

/**
 * A question asked before a step is shown; the answer is read from the engine after the step's
 * commands are applied, never written by hand.
 * - nextRecordPartition: which partition does the record produced by this step land on?
 * - ownerAfter: which member of `group` owns `topic`-`partition` after this step (or nobody)?
 * - positionAfter: which offset will `consumer` read next on `topic`-`partition` after this step?
 */
export type Prediction =
  | { kind: 'nextRecordPartition'; topic: string }
  | { kind: 'ownerAfter'; group: string; topic: string; partition: number }
  | { kind: 'positionAfter'; consumer: string; topic: string; partition: number }
  // The first offset the consumer read in the step, or its position when it read nothing.
  | { kind: 'firstOffsetRead'; consumer: string; topic: string; partition: number };

export interface LessonStep {
  /** Commands applied on entering this step; empty for a step that only explains. */
  commands: Command[];
  /** Key of the narration in the lesson catalogue (src/i18n/messages/lessons*.ts). */
  narration: string;
  /** Asked before the commands run; the narration is the explanation after the answer. */
  predict?: Prediction & { question: string };
  /**
   * A command line of Kafka's tools run after the step's commands and shown with its output, as the
   * real tool prints it (src/console). Only tools that read: it must add nothing to the timeline.
   */
  console?: string;
}

export interface Lesson {
  id: LessonId;
  /** Keys in the lesson catalogue. */
  title: string;
  summary: string;
  seed: number;
  /** Lesson 1 draws its own N x M picture instead of the cluster. */
  view?: 'cluster' | 'why-kafka';
  /** The middle of the cluster diagram: partitions as logs (the default) or brokers holding replicas. */
  diagram?: 'topics' | 'brokers';
  steps: LessonStep[];
}
