import type { Command, ProfileName } from '../engine/index.ts';

// Lessons are data: a seed, then steps. Entering step k applies that step's commands to the state
// of step k-1, so step k of a lesson is always the same state (a URL can reopen it exactly).

export const LESSON_IDS = ['why-kafka', 'topics', 'partition-log', 'offsets', 'consumer-groups', 'keys', 'scaling', 'retention', 'brokers', 'broker-failure', 'acks', 'producer-retries', 'consumer-side', 'features', 'compaction', 'exactly-once', 'rebalance-protocols'] as const;
export type LessonId = (typeof LESSON_IDS)[number];

/**
 * A question asked before a step is shown; the answer is read from the engine after the step's
 * commands are applied, never written by hand.
 * - nextRecordPartition: which partition does the record produced by this step land on?
 * - ownerAfter: which member of `group` owns `topic`-`partition` after this step (or nobody)?
 * - positionAfter: which offset will `consumer` read next on `topic`-`partition` after this step?
 * Replication (src/lessons/player-cluster.ts holds their answers and choices):
 * - leaderAfter: which broker leads `topic`-`partition` after this step, or OFFLINE?
 * - isrAfter: which brokers are in the partition's ISR after this step (ids ascending, comma-separated)?
 * - highWatermarkAfter: the partition's high watermark after this step.
 * - producedOffset: the offset of the record this step appends to `topic`-`partition` (the last, if several).
 * - sendOutcome: what became of the send of `value` by `producer` to `topic` in this step (SEND_OUTCOMES).
 */
export type Prediction =
  | { kind: 'nextRecordPartition'; topic: string }
  | { kind: 'ownerAfter'; group: string; topic: string; partition: number }
  | { kind: 'positionAfter'; consumer: string; topic: string; partition: number }
  // The first offset the consumer read in the step, or its position when it read nothing.
  | { kind: 'firstOffsetRead'; consumer: string; topic: string; partition: number }
  | { kind: 'leaderAfter'; topic: string; partition: number }
  | { kind: 'isrAfter'; topic: string; partition: number }
  | { kind: 'highWatermarkAfter'; topic: string; partition: number }
  | { kind: 'producedOffset'; topic: string; partition: number }
  | { kind: 'sendOutcome'; producer: string; topic: string; value: string }
  | ClientPrediction
  | CompactionPrediction;

/**
 * Predictions of the producer, consumer and features lessons (answered in ./player-clients.ts):
 * - offsetsOfKey: at which offsets of `topic`-`partition` are there records with `key` after this step?
 * - coordinatorAfter: which broker coordinates `group` (leads its __consumer_offsets partition)?
 * - idleMemberAfter: which member of `group` owns no partition after this step (or nobody)?
 * - leaderElectionsAfter: how many partitions elect a new leader in this step (after `broker` fails)?
 * - logStartAfter: the log start offset of `topic`-`partition` after this step (which segments retention deletes).
 */
export type ClientPrediction =
  | { kind: 'offsetsOfKey'; topic: string; partition: number; key: string }
  | { kind: 'coordinatorAfter'; group: string }
  | { kind: 'idleMemberAfter'; group: string }
  | { kind: 'leaderElectionsAfter'; broker: number }
  | { kind: 'logStartAfter'; topic: string; partition: number };

/**
 * The compaction lesson's prediction (answered in ./player-compaction.ts):
 * - keptOffsetsOfKey: at which offsets of `topic`-`partition` does `key` still have records after this
 *   step (the cleaner keeps each key's latest, a tombstone for delete.retention.ms)?
 */
export type CompactionPrediction = { kind: 'keptOffsetsOfKey'; topic: string; partition: number; key: string };

export interface LessonStep {
  /** Commands applied on entering this step; empty for a step that only explains. */
  commands: Command[];
  /** Key of the narration in the lesson catalogue (src/i18n/messages/lessons*.ts). */
  narration: string;
  /** Asked before the commands run; the narration is the explanation after the answer. */
  predict?: Prediction & { question: string };
  /**
   * "Your turn": the learner answers `predict` on the figure (the partition the record lands on, the
   * broker that leads) instead of from a list; src/lessons/your-turn.ts lists the kinds that can.
   */
  yourTurn?: true;
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
  /**
   * The Kafka version the lesson teaches (src/engine/versions). Lessons that follow the post name the
   * version whose rules give its picture; 'classic' keeps the simulator's rules from before versions.
   */
  kafkaVersion?: ProfileName;
  /**
   * The Kafka the lesson teaches, named on its page (issue 18): 'post' follows the post's 2.x picture
   * (keyless records take turns, as up to 2.3) and says what current Kafka does instead; 'current'
   * teaches today's replication rules (3.x defaults: acks=all, idempotence on). Both run the classic
   * profile, whose rules are those (lessons.test.ts checks the pairing). '4.x' teaches what only a
   * Kafka 4 profile runs (the classic protocol's join barrier, KIP-848's consumer protocol); such a
   * lesson sets kafkaVersion to a 4.x profile.
   */
  teaches: 'post' | 'current' | '4.x';
  /** Lesson 1 draws its own N x M picture instead of the cluster. */
  view?: 'cluster' | 'why-kafka';
  /**
   * What the cluster picture shows beside the partition logs: 'topics' (the default) the topics
   * alone; 'brokers' also each broker with its replicas (leader, followers, ISR, high watermark), for
   * the lessons about replication.
   */
  clusterView?: 'topics' | 'brokers';
  steps: LessonStep[];
}

/** The profile a lesson runs under: its kafkaVersion, or 'classic'. */
export function lessonProfile(lesson: Pick<Lesson, 'kafkaVersion'>): ProfileName {
  return lesson.kafkaVersion ?? 'classic';
}
