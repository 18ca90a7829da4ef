import { describe, expect, it } from 'vitest';
import { applyCommand, createSimulation } from '../apply.ts';
import type { Command } from '../commands.ts';
import { records } from '../queries.ts';
import { partitionState } from '../replication/queries.ts';
import { followersOf, threeBrokers } from '../test-support/cluster.ts';
import { eventsOf, run } from '../test-support/run.ts';
import { KAFKA_VERSIONS, type ProfileName } from './profiles.ts';
import { producerConfig } from './rules.ts';

// One scenario per rule, played under the versions where Kafka's answer differs.

const sim = (kafkaVersion: ProfileName) => createSimulation({ seed: 7, kafkaVersion });
const produce = (value: string, extra: Partial<Extract<Command, { type: 'produce' }>> = {}): Command => ({ type: 'produce', producer: 'p', topic: 'orders', value, ...extra });
const advance = (ms: number): Command => ({ type: 'advanceTime', ms });
/** The partitioner's choices in send order (under linger.ms, batches are appended partition by partition). */
const partitionsOf = (kafkaVersion: ProfileName, partitioner: 'round-robin' | undefined, count: number) => {
  const { events } = run([{ type: 'createTopic', topic: 'orders', partitions: 4 }, { type: 'addProducer', producer: 'p', ...(partitioner ? { partitioner } : {}) },
    ...Array.from({ length: count }, (_, i) => produce(`v${i}`)), advance(5)], sim(kafkaVersion));
  const held = eventsOf(events, 'recordAccumulated');
  return (held.length > 0 ? held : eventsOf(events, 'recordProduced')).map((e) => e.partition);
};

describe('createSimulation({ kafkaVersion })', () => {
  it('a new simulation without a version runs the newest modelled, Kafka 4.1', () => {
    expect(createSimulation({ seed: 1 }).kafkaVersion).toBe('4.1');
    for (const v of KAFKA_VERSIONS) expect(createSimulation({ seed: 1, kafkaVersion: v }).kafkaVersion).toBe(v);
  });
});

describe('producer defaults (ProducerConfig; KIP-679 in 3.0, KIP-1030 linger.ms in 4.0)', () => {
  const config = (v: ProfileName) => producerConfig(run([{ type: 'addProducer', producer: 'p' }], sim(v)).state, 'p')!;
  it('acks=1 and idempotence off before 3.0; acks=all and idempotence on since (KIP-679)', () => {
    expect(config('2.3')).toMatchObject({ acks: 1, enableIdempotence: false, partitioner: 'legacy-default', lingerMs: 0 });
    expect(config('2.8')).toMatchObject({ acks: 1, enableIdempotence: false, partitioner: 'sticky', lingerMs: 0 });
    expect(config('3.6')).toMatchObject({ acks: 'all', enableIdempotence: true, partitioner: 'uniform-sticky', lingerMs: 0 });
  });
  it('linger.ms is 5 since 4.0 (KIP-1030); batch.size 16384, retries MAX_INT, delivery.timeout.ms 120 s in every version', () => {
    expect(config('4.0')).toEqual({ acks: 'all', enableIdempotence: true, lingerMs: 5, batchSize: 16_384, partitioner: 'uniform-sticky', retries: 2_147_483_647, deliveryTimeoutMs: 120_000 });
    expect(config('4.1').lingerMs).toBe(5);
    expect(config('3.9').lingerMs).toBe(0);
  });
  it('producerConfig of an unknown producer is undefined', () => {
    expect(producerConfig(sim('4.1'), 'nobody')).toBeUndefined();
  });
});

describe('partitioner.class values per version', () => {
  const refusal = (v: ProfileName, partitioner: 'sticky' | 'legacy-default' | 'round-robin' | 'uniform-sticky') =>
    applyCommand(sim(v), { type: 'addProducer', producer: 'p', partitioner }).error;
  it('4.0 removed the sticky DefaultPartitioner: refused, naming the versions that have it', () => {
    const error = refusal('4.0', 'sticky')!;
    expect(error.code).toBe('PARTITIONER_NOT_IN_VERSION');
    expect(error.params).toMatchObject({ version: '4.0', versions: '2.8, 3.6, 3.9' });
  });
  it('the round-robin keyless DefaultPartitioner is 2.3 and earlier; RoundRobinPartitioner exists since 2.4 (KIP-369)', () => {
    expect(refusal('3.6', 'legacy-default')?.params?.['versions']).toBe('2.3');
    expect(refusal('2.3', 'round-robin')?.params?.['versions']).toBe('2.8, 3.6, 3.9, 4.0, 4.1');
    expect(refusal('2.8', 'uniform-sticky')?.params?.['versions']).toBe('3.6, 3.9, 4.0, 4.1');
    expect(refusal('2.8', 'round-robin')).toBeUndefined();
    expect(refusal('classic', 'legacy-default')).toBeUndefined();
  });
  it('a refused partitioner changes nothing', () => {
    const state = sim('4.1');
    expect(applyCommand(state, { type: 'addProducer', producer: 'p', partitioner: 'sticky' }).state).toBe(state);
  });
});

describe('keyless placement by version', () => {
  it('2.3 DefaultPartitioner rotates keyless records over every partition', () => {
    expect(partitionsOf('2.3', undefined, 8)).toEqual([0, 1, 2, 3, 0, 1, 2, 3]);
  });
  it('RoundRobinPartitioner skips a partition per new batch in 2.4-3.9.0 (KAFKA-9965): 4 partitions get only 1 and 3', () => {
    expect(partitionsOf('2.8', 'round-robin', 6)).toEqual([1, 3, 1, 3, 1, 3]);
    expect(partitionsOf('3.9', 'round-robin', 4)).toEqual([1, 3, 1, 3]);
  });
  it('RoundRobinPartitioner visits every partition in turn since 4.0 (KAFKA-9965 fixed)', () => {
    expect(partitionsOf('4.0', 'round-robin', 6)).toEqual([0, 1, 2, 3, 0, 1]);
  });
  it('3.3+ BuiltInPartitioner switches after 2 x batch.size with one record per batch; classic switched at batch.size', () => {
    const batch = 2_000;
    const runLengths = (v: ProfileName) => {
      const parts = eventsOf(run([{ type: 'createTopic', topic: 'orders', partitions: 8 }, { type: 'addProducer', producer: 'p', batchBytes: batch },
        ...Array.from({ length: 60 }, (_, i) => produce(`value-${String(i).padStart(3, '0')}`))], sim(v)).events, 'recordProduced');
      return parts.filter((e) => e.placement.kind === 'sticky' && e.placement.switched).length;
    };
    // Each record is the same size, so twice the threshold means about half the switches.
    expect(runLengths('3.6')).toBeLessThan(runLengths('classic'));
  });
});

describe('min.insync.replicas by version (KAFKA-15583, Partition.effectiveMinIsr, 3.7+)', () => {
  const aboveRf = (v: ProfileName) => run([{ type: 'createTopic', topic: 'orders', partitions: 1, minInsyncReplicas: 2 },
    { type: 'addProducer', producer: 'p', acks: 'all', deliveryTimeoutMs: 30_000 }, produce('a'), advance(30_000)], sim(v));
  it('3.6: min.insync.replicas above the replication factor fails every acks=all write', () => {
    const { state, events } = aboveRf('3.6');
    expect(records(state, 'orders', 0)).toEqual([]);
    expect(eventsOf(events, 'produceFailed')).toHaveLength(1);
  });
  it('3.7+ (3.9, 4.0, 4.1): capped at the replica count, the write is acknowledged and the log says which rule', () => {
    for (const v of ['3.9', '4.0', '4.1'] as const) {
      const { state, events } = aboveRf(v);
      expect(records(state, 'orders', 0).map((r) => r.value)).toEqual(['a']);
      expect(eventsOf(events, 'produceAcknowledged')).toHaveLength(1);
      expect(eventsOf(events, 'topicCreated')[0]).toMatchObject({ minInsyncReplicas: 2, effectiveMinInsyncReplicas: 1 });
    }
  });
  const shrunk = (v: ProfileName) => {
    const base = run([...threeBrokers({ minInsyncReplicas: 3 }), { type: 'addProducer', producer: 'p' }, advance(1000)], sim(v)).state;
    const [cut] = followersOf(base);
    return run([{ type: 'isolateBroker', broker: cut! }, produce('a'), advance(31_000)], base);
  };
  it('3.6: the ISR shrinks under min ISR after the append: NOT_ENOUGH_REPLICAS_AFTER_APPEND, yet the high watermark passed the record', () => {
    const { state, events } = shrunk('3.6');
    expect(eventsOf(events, 'produceErrored').map((e) => e.error)).toContain('NOT_ENOUGH_REPLICAS_AFTER_APPEND');
    expect(partitionState(state, 'orders', 0)!.highWatermark).toBe(1);
  });
  it('3.7+: the high watermark does not advance while the ISR is below min ISR, so the record is never readable while failing', () => {
    const { state, events } = shrunk('3.9');
    expect(eventsOf(events, 'produceErrored').map((e) => e.error)).not.toContain('NOT_ENOUGH_REPLICAS_AFTER_APPEND');
    expect(eventsOf(events, 'produceAcknowledged')).toHaveLength(0);
    expect(partitionState(state, 'orders', 0)!.highWatermark).toBe(0);
  });
});

describe('segment.bytes minimum (LogConfig; KIP-1030: 1 MiB since 4.0)', () => {
  const created = (v: ProfileName, segmentBytes: number) => run([{ type: 'createTopic', topic: 'orders', partitions: 1, segmentBytes }], sim(v));
  it('4.0+: a segment.bytes below 1 MiB is accepted and reported as scaled down with the real minimum', () => {
    const { state, events } = created('4.0', 1024);
    expect(state.topics['orders']!.config.segmentBytes).toBe(1024);
    expect(eventsOf(events, 'configScaledDown')).toEqual([{ type: 'configScaledDown', at: 0, topic: 'orders', config: 'segment.bytes', value: 1024, minimum: 1_048_576, version: '4.0' }]);
  });
  it('before 4.0 the minimum is 14 bytes: 1024 is a real value, nothing to report; classic never reports', () => {
    expect(eventsOf(created('3.9', 1024).events, 'configScaledDown')).toEqual([]);
    expect(eventsOf(created('classic', 1024).events, 'configScaledDown')).toEqual([]);
  });
  it('kafka-configs --alter of segment.bytes is reported too', () => {
    const { events } = run([{ type: 'createTopic', topic: 'orders', partitions: 1 }, { type: 'alterTopicConfig', topic: 'orders', segmentBytes: 4096 }], sim('4.1'));
    expect(eventsOf(events, 'configScaledDown').map((e) => e.value)).toEqual([4096]);
  });
});
