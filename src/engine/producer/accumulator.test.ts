import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCommand, createSimulation } from '../apply.ts';
import type { Command } from '../commands.ts';
import { records } from '../queries.ts';
import { inFlight } from '../replication/queries.ts';
import { eventsOf, run } from '../test-support/run.ts';
import { KAFKA_VERSIONS, type ProfileName } from '../versions/profiles.ts';
import { producerConfig } from '../versions/rules.ts';

// linger.ms (KIP-1030: 5 ms by default since 4.0): RecordAccumulator.append puts a record into its
// partition's open batch; RecordAccumulator.batchReady drains it once `expired` (waited >= linger.ms)
// or `full` (batch.size reached, or another batch behind it); Sender.sendProducerData sends a
// drained batch as one produce request.

const sim = (kafkaVersion: ProfileName) => createSimulation({ seed: 7, kafkaVersion });
const setup = (partitions = 1, producer: Partial<Extract<Command, { type: 'addProducer' }>> = {}): Command[] => [
  { type: 'createTopic', topic: 'orders', partitions },
  { type: 'addProducer', producer: 'p', acks: 1, ...producer },
];
const produce = (value: string, partition?: number): Command => ({ type: 'produce', producer: 'p', topic: 'orders', value, ...(partition === undefined ? {} : { partition }) });
const advance = (ms: number): Command => ({ type: 'advanceTime', ms });

describe('linger.ms batching (RecordAccumulator.batchReady, KIP-1030)', () => {
  it('4.0+: records to one partition sent within linger.ms share one batch and one produce request', () => {
    const held = run([...setup(), produce('a'), produce('b'), produce('c')], sim('4.1'));
    expect(records(held.state, 'orders', 0)).toEqual([]);
    expect(eventsOf(held.events, 'recordAccumulated').map((e) => e.recordCount)).toEqual([1, 2, 3]);
    expect(eventsOf(held.events, 'recordAccumulated').map((e) => e.sendAt)).toEqual([5, 5, 5]);
    expect(inFlight(held.state, 'p')).toHaveLength(3);
    const sent = run([advance(5)], held.state);
    const batches = eventsOf(sent.events, 'batchSent');
    expect(batches).toEqual([expect.objectContaining({ at: 5, topic: 'orders', partition: 0, recordCount: 3, reason: 'linger', lingerMs: 5 })]);
    expect(records(sent.state, 'orders', 0).map((r) => r.value)).toEqual(['a', 'b', 'c']);
    // One request: every record of the batch appended and answered at the same moment.
    expect(new Set(eventsOf(sent.events, 'produceAcknowledged').map((e) => e.at))).toEqual(new Set([5]));
  });

  it('a record sent after linger.ms has passed starts a new batch', () => {
    const r = run([...setup(), produce('a'), advance(3), produce('b'), advance(2), produce('c'), advance(10)], sim('4.0'));
    expect(eventsOf(r.events, 'batchSent').map((e) => [e.at, e.recordCount])).toEqual([[5, 2], [10, 1]]);
  });

  it('each partition has its own batch', () => {
    const r = run([...setup(2), produce('a', 0), produce('b', 1), produce('c', 0), advance(5)], sim('4.1'));
    expect(eventsOf(r.events, 'batchSent').map((e) => [e.partition, e.recordCount])).toEqual([[0, 2], [1, 1]]);
  });

  it('a batch that reaches batch.size goes at once, without waiting for linger.ms (batchReady: full)', () => {
    // Each record here is 70 bytes; batch.size 150 fits two, and the third closes the batch.
    const r = run([...setup(1, { batchBytes: 150 }), produce('a'), produce('b'), produce('c')], sim('4.1'));
    const full = eventsOf(r.events, 'batchSent');
    expect(full).toEqual([expect.objectContaining({ at: 0, recordCount: 2, reason: 'full' })]);
    expect(records(r.state, 'orders', 0).map((x) => x.value)).toEqual(['a', 'b']);
  });

  it('up to 3.9 (linger.ms 0) and in the classic profile every record is its own request, sent at once', () => {
    for (const v of ['2.3', '2.8', '3.6', '3.9', 'classic'] as const) {
      const r = run([...setup(), produce('a'), produce('b')], sim(v));
      expect(producerConfig(r.state, 'p')!.lingerMs).toBe(0);
      expect(records(r.state, 'orders', 0)).toHaveLength(2);
      expect(eventsOf(r.events, 'batchSent')).toEqual([]);
      expect(r.state.producers['p']!.accumulator).toBeUndefined();
    }
  });

  it('advancing idle time jumps to the batch timer: a long advance sends the batch at linger.ms, not at its end', () => {
    const r = run([...setup(), produce('a'), advance(3_600_000)], sim('4.1'));
    expect(eventsOf(r.events, 'batchSent').map((e) => e.at)).toEqual([5]);
    expect(eventsOf(r.events, 'recordProduced').map((e) => e.at)).toEqual([5]);
  });

  it('acks=all: the batch waits for the high watermark and is acknowledged together', () => {
    const r = run([
      { type: 'addBroker', broker: 2 }, { type: 'createTopic', topic: 'orders', partitions: 1, replicationFactor: 2 },
      { type: 'addProducer', producer: 'p' }, produce('a'), produce('b'), advance(1_000),
    ], sim('4.1'));
    const acks = eventsOf(r.events, 'produceAcknowledged');
    expect(acks.map((e) => e.offset)).toEqual([0, 1]);
    expect(acks[0]!.at).toBe(acks[1]!.at);
  });

  it('KafkaProducer.flush(): the held batches go now, one request per partition; produce with flush: true is send() then flush()', () => {
    const held = run([...setup(2), produce('a', 0), produce('b', 1), produce('c', 0)], sim('4.1'));
    const flushed = run([{ type: 'flush', producer: 'p' }], held.state);
    expect(eventsOf(flushed.events, 'batchSent').map((e) => [e.at, e.partition, e.recordCount, e.reason])).toEqual([[0, 0, 2, 'flush'], [0, 1, 1, 'flush']]);
    expect(flushed.state.producers['p']!.accumulator).toEqual([]);
    const once = run([{ type: 'produce', producer: 'p', topic: 'orders', value: 'd', partition: 0, flush: true }], flushed.state);
    expect(eventsOf(once.events, 'batchSent').map((e) => e.recordCount)).toEqual([1]);
    expect(records(once.state, 'orders', 0).map((r) => r.value)).toEqual(['a', 'c', 'd']);
    expect(applyCommand(once.state, { type: 'flush', producer: 'nobody' }).error?.code).toBe('UNKNOWN_PRODUCER');
    expect(applyCommand(once.state, { type: 'flush', producer: 'p' }).events).toEqual([]);
  });

  it('a state handed out never changes: producing into a batch leaves the previous state as it was', () => {
    const before = run([...setup(), produce('a')], sim('4.1')).state;
    const frozen = JSON.stringify(before.producers);
    applyCommand(before, produce('b'));
    applyCommand(before, advance(5));
    expect(JSON.stringify(before.producers)).toBe(frozen);
  });
});

describe('property: linger.ms never loses or reorders a partition\'s records (per version)', () => {
  for (const v of KAFKA_VERSIONS) {
    it(`Kafka ${v}: after linger.ms every record sent is in its partition's log, in send order`, () => {
      fc.assert(fc.property(fc.array(fc.record({ partition: fc.integer({ min: 0, max: 2 }), wait: fc.integer({ min: 0, max: 7 }) }), { maxLength: 25 }), (sends) => {
        const commands: Command[] = [...setup(3)];
        sends.forEach((s, i) => {
          commands.push(produce(`v${i}`, s.partition));
          if (s.wait > 0) commands.push(advance(s.wait));
        });
        commands.push(advance(10));
        const { state } = run(commands, sim(v));
        for (const p of [0, 1, 2]) {
          const expected = sends.map((s, i) => (s.partition === p ? `v${i}` : undefined)).filter((x) => x !== undefined);
          expect(records(state, 'orders', p).map((r) => r.value)).toEqual(expected);
        }
        expect(inFlight(state, 'p')).toEqual([]);
      }), { numRuns: 40 });
    });
  }
});
