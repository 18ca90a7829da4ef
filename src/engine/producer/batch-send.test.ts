import fc from 'fast-check';
import { applyCommand, createSimulation } from '../apply.ts';
import type { SimEvent } from '../events.ts';
import { plain, scenarios } from '../test-support/random-commands.ts';
import { transiently } from '../transient.ts';
import type { SimState } from '../types.ts';
import { drainBatch } from './accumulator.ts';

// Sender sends a drained batch as one produce request: sendBatchNow appends its records at once.
// The simulator keeps one request per record, so a batch sent at once must give exactly what its
// records sent one at a time give (drainBatch's `oneByOne`, the straightforward path): the same
// appends and offsets, sequence numbers, producer state, acknowledgements or waits, segment rolls,
// high watermarks and events in the same order, whatever faults, acks and transactions came before.

function drainBoth(state: SimState, producer: string, topic: string, partition: number) {
  const before = plain(state);
  const atOnce: SimEvent[] = [];
  const oneByOne: SimEvent[] = [];
  const a = drainBatch(state, producer, topic, partition, 'flush', atOnce);
  const b = drainBatch(state, producer, topic, partition, 'flush', oneByOne, true);
  // Inside a replay's transient too, where the log is grown in place.
  const inReplay: SimEvent[] = [];
  const c = transiently(() => drainBatch(state, producer, topic, partition, 'flush', inReplay));
  expect(plain(state)).toEqual(before);
  return { a, b, c, atOnce, oneByOne, inReplay };
}

describe('a drained batch sent at once equals its records sent one at a time', () => {
  it('gives the same state and events from every open batch of random histories', () => {
    let drained = 0;
    fc.assert(fc.property(scenarios, ({ commands, seed }) => {
      // linger.ms > 0 (the newest profile) is what holds records in open batches.
      let state = createSimulation({ seed, kafkaVersion: '4.1' });
      for (const command of commands) {
        const result = applyCommand(state, command);
        if (result.error) continue;
        state = result.state;
        for (const producer of Object.values(state.producers)) {
          for (const batch of producer.accumulator ?? []) {
            const { a, b, c, atOnce, oneByOne, inReplay } = drainBoth(state, producer.id, batch.topic, batch.partition);
            expect(plain(a)).toEqual(plain(b));
            expect(atOnce).toEqual(oneByOne);
            expect(plain(c)).toEqual(plain(b));
            expect(inReplay).toEqual(oneByOne);
            drained++;
          }
        }
      }
    }), { numRuns: 40 });
    // The histories reached open batches (the property is not empty).
    expect(drained).toBeGreaterThan(100);
  }, 120_000);

  it('appends a full batch in order with consecutive sequence numbers under acks=all on three replicas', () => {
    let state = createSimulation({ seed: 3, kafkaVersion: '4.1' });
    for (const command of [
      { type: 'addBroker', broker: 2 }, { type: 'addBroker', broker: 3 },
      { type: 'createTopic', topic: 't', partitions: 1, replicationFactor: 3 },
      { type: 'addProducer', producer: 'p' },
      ...Array.from({ length: 5 }, (_, i) => ({ type: 'produce', producer: 'p', topic: 't', key: 'k', value: `v${i}` })),
    ]) state = applyCommand(state, command).state;
    const events: SimEvent[] = [];
    const sent = drainBatch(state, 'p', 't', 0, 'flush', events);
    const log = sent.topics['t']!.partitions[0]!;
    expect(log.active.records.toArray().map((r) => r.value)).toEqual(['v0', 'v1', 'v2', 'v3', 'v4']);
    expect(log.producerStates[Object.keys(log.producerStates)[0]!]!.lastSequence).toBe(4);
    // acks=all with followers in the ISR: every record waits for the high watermark (DelayedProduce).
    expect(sent.producers['p']!.inFlight.toArray().map((r) => [r.offset, r.sequence, r.status])).toEqual([0, 1, 2, 3, 4].map((o) => [o, o, 'awaiting-ack']));
    expect(events.filter((e) => e.type === 'recordProduced').map((e) => (e as { offset: number }).offset)).toEqual([0, 1, 2, 3, 4]);
  });
});
