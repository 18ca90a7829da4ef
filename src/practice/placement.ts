import { murmur2, partitionForKey, records, utf8Bytes, type KeylessPartitioner } from '../engine/index.ts';
import { keyName, topicName, type Draw } from './random.ts';
import { Scenario } from './scenario.ts';
import type { Draft } from './types.ts';

// Where a record lands. The answer is the partition the engine put it in; the wrong answers are
// what a student computes with a wrong rule (in turn, a character code, Math.abs, "keyless goes to 0").

const PRODUCER = 'producer-1';

function partitionOf(s: Scenario, topic: string, partitions: number, value: string): number | undefined {
  for (let p = 0; p < partitions; p++) if (records(s.state, topic, p).some((r) => r.value === value)) return p;
  return undefined;
}

/** Sum of UTF-16 code units: the "hash" some visualisers draw instead of murmur2. */
function charCodeSum(key: string): number {
  let sum = 0;
  for (let i = 0; i < key.length; i++) sum += key.charCodeAt(i);
  return sum;
}

/** keyPartition: Kafka's keyed placement, murmur2(utf8(key)) & 0x7fffffff % partitions (BuiltInPartitioner.partitionForKey). */
export function keyPartition(draw: Draw, seed: number): Draft | undefined {
  const topic = topicName(draw);
  const partitions = draw.int(3, 12);
  const s = new Scenario(seed).run({ type: 'createTopic', topic, partitions }, { type: 'addProducer', producer: PRODUCER });
  const earlier = draw.int(1, 4);
  const keys = new Set<string>();
  while (keys.size < earlier + 1) keys.add(keyName(draw));
  const [key, ...others] = [...keys].reverse() as [string, ...string[]];
  others.forEach((k, i) => s.run({ type: 'produce', producer: PRODUCER, topic, key: k, value: `v${i}` }));
  s.mark().run({ type: 'produce', producer: PRODUCER, topic, key, value: `v${earlier}` });
  const answer = partitionOf(s, topic, partitions, `v${earlier}`);
  if (s.refused || answer === undefined) return undefined;
  const previous = partitionOf(s, topic, partitions, `v${earlier - 1}`);
  return {
    commands: s.commands, setupLength: s.setupLength,
    question: { text: 'practice.question.keyPartition', params: { topic, key, partitions } },
    answer,
    distractors: [
      { value: earlier % partitions, misconception: 'keyInTurn' },
      { value: Math.abs(murmur2(utf8Bytes(key))) % partitions, misconception: 'keyAbsHash' },
      { value: charCodeSum(key) % partitions, misconception: 'keyCharCode' },
      { value: previous, misconception: 'keyFollowsPrevious' },
    ],
  };
}

const KEYLESS: readonly KeylessPartitioner[] = ['legacy-default', 'round-robin', 'sticky', 'uniform-sticky'];

/** keylessPlacement: where the n-th record without a key lands, by the producer's partitioner (its Kafka version). */
export function keylessPlacement(draw: Draw, seed: number): Draft | undefined {
  const topic = topicName(draw);
  const partitions = draw.int(3, 8);
  const partitioner = draw.pick(KEYLESS);
  const count = draw.int(2, 6);
  const s = new Scenario(seed).run({ type: 'createTopic', topic, partitions }, { type: 'addProducer', producer: PRODUCER, partitioner });
  s.mark();
  for (let i = 1; i <= count; i++) s.run({ type: 'produce', producer: PRODUCER, topic, value: `v${i}` });
  const answer = partitionOf(s, topic, partitions, `v${count}`);
  const first = partitionOf(s, topic, partitions, 'v1');
  if (s.refused || answer === undefined) return undefined;
  const inTurn = partitioner === 'legacy-default' || partitioner === 'round-robin';
  return {
    commands: s.commands, setupLength: s.setupLength,
    question: { text: 'practice.question.keylessPlacement', params: { topic, partitions, partitioner, count } },
    answer,
    distractors: [
      inTurn ? { value: first, misconception: 'keylessStickyBefore24' } : { value: (count - 1) % partitions, misconception: 'keylessInTurnSince24' },
      { value: partitionForKey('', partitions), misconception: 'keylessHashesEmpty' },
      { value: 0, misconception: 'keylessFirstPartition' },
    ],
  };
}
