import { committedOffset, lag, logEndOffset, logStartOffset, partitionState, position } from '../engine/index.ts';
import { groupName, topicName, type Draw } from './random.ts';
import { Scenario } from './scenario.ts';
import type { Distractor, Draft } from './types.ts';

// Offsets of a group and of a log: lag (from the committed offset), where a restarted consumer
// resumes, and where retention leaves the log start. Answers are the engine's queries.

const PRODUCER = 'producer-1';

/** lag: high watermark − committed offset, as kafka-consumer-groups prints it (null: "-", no commit). */
export function lagConcept(draw: Draw, seed: number): Draft | undefined {
  const topic = topicName(draw);
  const partitions = draw.int(1, 3);
  const partition = draw.int(0, partitions - 1);
  const group = groupName(draw);
  const s = new Scenario(seed).run({ type: 'createTopic', topic, partitions }, { type: 'addProducer', producer: PRODUCER });
  const produce = (n: number, from: number) => {
    for (let i = 0; i < n; i++) s.run({ type: 'produce', producer: PRODUCER, topic, value: `v${from + i}`, partition });
  };
  const first = draw.int(4, 10);
  produce(first, 0);
  s.run({ type: 'addConsumer', consumer: 'c1', group, topics: [topic], autoOffsetReset: 'earliest', enableAutoCommit: false, assignor: 'range' });
  // The figure shows the group before it polls (no lag yet, "-"); the question is about what follows.
  s.mark();
  const firstPoll = draw.int(1, first - 1);
  const secondPoll = draw.int(1, 3);
  const more = draw.int(1, 4);
  const commits = draw.chance(75);
  s.run({ type: 'poll', consumer: 'c1', maxRecords: firstPoll });
  if (commits) s.run({ type: 'commit', consumer: 'c1' });
  s.run({ type: 'poll', consumer: 'c1', maxRecords: secondPoll });
  produce(more, first);
  if (s.refused || partitionState(s.state, topic, partition) === undefined) return undefined;
  const answer = lag(s.state, group, topic, partition) ?? null;
  const end = partitionState(s.state, topic, partition)!.highWatermark;
  const read = position(s.state, 'c1', topic, partition);
  const committed = committedOffset(s.state, group, topic, partition);
  const distractors: Distractor[] = [
    { value: read === undefined ? undefined : end - read, misconception: 'lagFromPosition' },
    { value: committed === undefined ? 0 : end - committed - 1, misconception: committed === undefined ? 'lagZeroWithoutCommit' : 'lagOffByOne' },
    { value: end, misconception: 'lagFromStart' },
  ];
  return { commands: s.commands, setupLength: s.setupLength, question: { text: commits ? 'practice.question.lag.commit' : 'practice.question.lag.noCommit', params: { group, topic, partition, consumer: 'c1', first: firstPoll, second: secondPoll, more } }, answer, distractors };
}

/** offsetsAfterCrash: a crashed consumer restarts at its group's committed offset (auto-commit runs inside poll). */
export function offsetsAfterCrash(draw: Draw, seed: number): Draft | undefined {
  const topic = topicName(draw);
  const group = groupName(draw);
  const s = new Scenario(seed).run({ type: 'createTopic', topic, partitions: 1 }, { type: 'addProducer', producer: PRODUCER });
  const count = draw.int(8, 16);
  for (let i = 0; i < count; i++) s.run({ type: 'produce', producer: PRODUCER, topic, value: `v${i}` });
  s.run({ type: 'addConsumer', consumer: 'c1', group, topics: [topic], autoOffsetReset: 'earliest', assignor: 'range' });
  const polls = draw.int(2, 4);
  for (let i = 0; i < polls; i++) {
    if (i > 0) s.run({ type: 'advanceTime', ms: draw.pick([1_000, 3_000, 6_000]) });
    s.run({ type: 'poll', consumer: 'c1', maxRecords: draw.int(1, 3) });
  }
  const read = position(s.state, 'c1', topic, 0);
  s.mark().run({ type: 'crashConsumer', consumer: 'c1' }, { type: 'restartConsumer', consumer: 'c1' });
  const committed = committedOffset(s.state, group, topic, 0);
  if (s.refused || committed === undefined || read === undefined) return undefined;
  return {
    commands: s.commands, setupLength: s.setupLength,
    question: { text: 'practice.question.offsetsAfterCrash', params: { group, consumer: 'c1', topic, partition: 0 } },
    answer: committed,
    distractors: [
      { value: read, misconception: 'resumeFromPosition' },
      { value: 0, misconception: 'resumeFromStart' },
      { value: logEndOffset(s.state, topic, 0), misconception: 'resumeFromEnd' },
      { value: read - 1, misconception: 'resumeAfterLastRead' },
    ],
  };
}

/** retention: whole segments go once their newest record is older than retention.ms (LogManager's retention check). */
export function retentionConcept(draw: Draw, seed: number): Draft | undefined {
  const topic = topicName(draw);
  const retentionMs = draw.pick([20_000, 30_000, 60_000]);
  const segmentBytes = draw.pick([300, 400, 500]);
  const s = new Scenario(seed).run(
    { type: 'configureBroker', retentionCheckIntervalMs: 10_000 },
    { type: 'createTopic', topic, partitions: 1, retentionMs, segmentBytes },
    { type: 'addProducer', producer: PRODUCER },
  );
  const count = draw.int(5, 12);
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    times.push(s.state.time);
    s.run({ type: 'produce', producer: PRODUCER, topic, value: `record-${i}` }, { type: 'advanceTime', ms: draw.pick([2_000, 5_000, 8_000]) });
  }
  const wait = draw.pick([5_000, 15_000, 30_000]);
  s.mark().run({ type: 'advanceTime', ms: wait });
  const answer = logStartOffset(s.state, topic, 0);
  if (s.refused || answer === undefined) return undefined;
  // Records one by one, as if retention looked at each record's own timestamp at this moment.
  const perRecord = times.findIndex((t) => t >= s.state.time - retentionMs);
  return {
    commands: s.commands, setupLength: s.setupLength,
    question: { text: 'practice.question.retention', params: { topic, partition: 0, retentionMs: retentionMs / 1000, segmentBytes, seconds: wait / 1000 } },
    answer,
    distractors: [
      { value: perRecord === -1 ? count : perRecord, misconception: 'retentionPerRecord' },
      { value: 0, misconception: 'retentionNeverMoves' },
      { value: logEndOffset(s.state, topic, 0), misconception: 'retentionDeletesAll' },
    ],
  };
}
