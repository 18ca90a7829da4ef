import { describe, expect, it } from 'vitest';
import { applyCommand, runCommands as runAny } from '../apply.ts';
import type { Command } from '../commands.ts';
import { committedOffset, logStartOffset } from '../queries.ts';

// Written before versions existed: the classic profile (linger.ms 0, so a produce appends at once).
const runCommands = (commands: readonly Command[]) => runAny(commands, { kafkaVersion: 'classic' });

const BASE: Command[] = [
  { type: 'createTopic', topic: 'orders', partitions: 2 },
  { type: 'addProducer', producer: 'p' },
  ...['a', 'b', 'c', 'd'].map((v): Command => ({ type: 'produce', producer: 'p', topic: 'orders', value: v, partition: 0 })),
  { type: 'addConsumer', consumer: 'c1', group: 'g', topics: ['orders'], autoOffsetReset: 'earliest', enableAutoCommit: false },
  { type: 'poll', consumer: 'c1' },
  { type: 'commit', consumer: 'c1' },
];

describe('resetOffsets (Admin.alterConsumerGroupOffsets)', () => {
  it('is refused with NON_EMPTY_GROUP while the group has a member, and changes nothing', () => {
    const state = runCommands(BASE);
    const r = applyCommand(state, { type: 'resetOffsets', group: 'g', offsets: [{ topic: 'orders', partition: 0, offset: 1 }] });
    expect(r.error?.code).toBe('NON_EMPTY_GROUP');
    expect(r.state).toBe(state);
  });

  it('a crashed member that has not expired still makes the group non-empty', () => {
    const state = runCommands([...BASE, { type: 'crashConsumer', consumer: 'c1' }]);
    expect(applyCommand(state, { type: 'resetOffsets', group: 'g', offsets: [{ topic: 'orders', partition: 0, offset: 1 }] }).error?.code).toBe('NON_EMPTY_GROUP');
  });

  it('sets the committed offsets of an empty group; the next member reads from them', () => {
    const empty = runCommands([...BASE, { type: 'removeConsumer', consumer: 'c1' }]);
    expect(committedOffset(empty, 'g', 'orders', 0)).toBe(4);
    const r = applyCommand(empty, { type: 'resetOffsets', group: 'g', offsets: [{ topic: 'orders', partition: 0, offset: 1 }] });
    expect(r.error).toBeUndefined();
    expect(r.events).toEqual([{ type: 'groupOffsetsReset', at: 0, group: 'g', offsets: [{ topic: 'orders', partition: 0, offset: 1 }] }]);
    expect(committedOffset(r.state, 'g', 'orders', 0)).toBe(1);
    let s = applyCommand(r.state, { type: 'restartConsumer', consumer: 'c1' }).state;
    s = applyCommand(s, { type: 'addConsumer', consumer: 'c2', group: 'g', topics: ['orders'] }).state;
    const fetched = applyCommand(s, { type: 'poll', consumer: 'c2' }).events.find((e) => e.type === 'recordsFetched');
    expect(fetched?.type === 'recordsFetched' && fetched.batches[0]?.records.map((x) => x.value)).toEqual(['b', 'c', 'd']);
  });

  it('creates an unknown group empty, as the coordinator does for a Dead group', () => {
    const state = runCommands(BASE);
    const r = applyCommand(state, { type: 'resetOffsets', group: 'fresh', offsets: [{ topic: 'orders', partition: 1, offset: 0 }] });
    expect(committedOffset(r.state, 'fresh', 'orders', 1)).toBe(0);
    expect(r.state.groups['fresh']?.members).toEqual([]);
  });

  it('refuses unknown partitions, negative offsets, an empty list and unknown fields', () => {
    const state = runCommands([...BASE, { type: 'removeConsumer', consumer: 'c1' }]);
    const codes = [
      { type: 'resetOffsets', group: 'g', offsets: [{ topic: 'orders', partition: 2, offset: 0 }] },
      { type: 'resetOffsets', group: 'g', offsets: [{ topic: 'nope', partition: 0, offset: 0 }] },
      { type: 'resetOffsets', group: 'g', offsets: [{ topic: 'orders', partition: 0, offset: -1 }] },
      { type: 'resetOffsets', group: 'g', offsets: [] },
      { type: 'resetOffsets', group: 'g' },
      { type: 'resetOffsets', group: 'g', offsets: [{ topic: 'orders', partition: 0, offset: 0 }], execute: true },
    ].map((c) => applyCommand(state, c).error?.code);
    expect(codes).toEqual(['UNKNOWN_TOPIC_OR_PARTITION', 'UNKNOWN_TOPIC_OR_PARTITION', 'NEGATIVE_OFFSET', 'INVALID_COMMAND', 'INVALID_COMMAND', 'UNKNOWN_FIELD']);
  });
});

describe('alterTopicConfig (kafka-configs --alter --add-config)', () => {
  it('configs set on a topic stay set (DYNAMIC_TOPIC_CONFIG) after records are produced and replicated into it', () => {
    // kafka-configs --describe lists a topic's dynamic configs until they are deleted; appends never clear them.
    for (const kafkaVersion of ['3.9', '4.1'] as const) {
      let state = runAny([
        { type: 'addBroker', broker: 2 }, { type: 'addBroker', broker: 3 },
        { type: 'createTopic', topic: 's', partitions: 1, replicationFactor: 3 },
        { type: 'addProducer', producer: 'p' },
        { type: 'alterTopicConfig', topic: 's', retentionBytes: -1, minInsyncReplicas: 1 },
      ], { kafkaVersion });
      for (const command of [
        { type: 'produce', producer: 'p', topic: 's', value: 'v' },
        { type: 'flush', producer: 'p' },
        { type: 'advanceTime', ms: 1000 },
      ] satisfies Command[]) state = applyCommand(state, command).state;
      expect(state.topics['s']!.partitions[0]!.highWatermark).toBe(1);
      expect(state.topics['s']!.setConfigs).toEqual(['retentionBytes', 'minInsyncReplicas']);
    }
  });

  it('a shorter retention.ms deletes expired segments at the next retention check', () => {
    const state = runCommands([
      { type: 'configureBroker', retentionCheckIntervalMs: 1000 },
      { type: 'createTopic', topic: 'logs', partitions: 1, segmentBytes: 100 },
      { type: 'addProducer', producer: 'p' },
      { type: 'produce', producer: 'p', topic: 'logs', value: 'x' },
      { type: 'produce', producer: 'p', topic: 'logs', value: 'y' },
      { type: 'advanceTime', ms: 10_000 },
    ]);
    expect(logStartOffset(state, 'logs', 0)).toBe(0);
    const r = applyCommand(state, { type: 'alterTopicConfig', topic: 'logs', retentionMs: 5000 });
    expect(r.events).toEqual([{ type: 'topicConfigAltered', at: 10_000, topic: 'logs', configs: { retentionMs: 5000 } }]);
    expect(r.state.topics['logs']?.config.retentionMs).toBe(5000);
    const later = applyCommand(r.state, { type: 'advanceTime', ms: 1000 }).state;
    expect(logStartOffset(later, 'logs', 0)).toBe(2);
  });

  it('refuses an unknown topic, no config at all and values Kafka refuses', () => {
    const state = runCommands(BASE);
    expect(applyCommand(state, { type: 'alterTopicConfig', topic: 'nope', retentionMs: 1 }).error?.code).toBe('UNKNOWN_TOPIC_OR_PARTITION');
    expect(applyCommand(state, { type: 'alterTopicConfig', topic: 'orders' }).error?.code).toBe('INVALID_COMMAND');
    expect(applyCommand(state, { type: 'alterTopicConfig', topic: 'orders', segmentBytes: 1 }).error?.code).toBe('INVALID_COMMAND');
  });
});
