import fc from 'fast-check';
import type { Acks, Command, SimEvent, SimEventType, SimState } from '../index.ts';
import type { ProfileName } from '../index.ts';
import { applyCommand, brokers, createSimulation, inFlight, logEndOffset, partitionState, records, replicaRecords } from '../index.ts';
import { clusterScenario } from '../test-support/cluster-scenario.ts';
import { run } from '../test-support/run.ts';
import { snapshot } from '../test-support/snapshot.ts';

// Random command sequences over a three-broker cluster (brokers crash, stop, restart, are cut off;
// producers with every acks setting; consumers polling), checked after every step through the
// public queries only: partitionState, records, replicaRecords, inFlight, brokers and the events.

const TOPICS = ['t', 's'];
const PRODUCERS = ['p1', 'p2'];
const CONSUMERS = ['c1', 'c2'];
const MAX_PARTITIONS = 4;

/** `safe`: acks=all, min.insync.replicas >= 2, no unclean election (property 3's world). */
function topicArb(topic: string, safe: boolean): fc.Arbitrary<Command> {
  return fc.record({
    partitions: fc.integer({ min: 1, max: 3 }),
    replicationFactor: fc.integer({ min: safe ? 2 : 1, max: 3 }),
    minInsyncReplicas: fc.integer({ min: safe ? 2 : 1, max: 3 }),
    uncleanLeaderElection: safe ? fc.constant(false) : fc.boolean(),
  }).map((c): Command => ({ type: 'createTopic', topic, ...c, minInsyncReplicas: safe ? Math.min(c.minInsyncReplicas, c.replicationFactor) : c.minInsyncReplicas }));
}

function producerArb(producer: string, safe: boolean): fc.Arbitrary<Command> {
  return fc.record({
    acks: safe ? fc.constant<Acks>('all') : fc.constantFrom<Acks>(0, 1, 'all'),
    idempotence: fc.constantFrom<'default' | boolean>('default', true, false),
    deliveryTimeoutMs: fc.constantFrom(30_000, 60_000, 120_000),
  }).map(({ acks, idempotence, deliveryTimeoutMs }): Command => {
    const base = { type: 'addProducer' as const, producer, acks, deliveryTimeoutMs };
    // Asked for with acks other than all, idempotence is refused; leave such producers at the default.
    if (idempotence === 'default' || (idempotence && acks !== 'all')) return base;
    return { ...base, enableIdempotence: idempotence };
  });
}

// 'recover' starts or reconnects a broker that is down: which one is settled in finish().
interface Recover { type: 'recover'; broker: number }
type Draft = Command | Recover;
const faultArb = fc.tuple(fc.constantFrom('crashBroker', 'stopBroker', 'isolateBroker', 'recover', 'recover'), fc.constantFrom(1, 2, 3))
  .map(([type, broker]): Draft => (type === 'recover' ? { type, broker } : { type, broker }));

const stepArb: fc.Arbitrary<Draft> = fc.oneof(
  {
    weight: 10,
    arbitrary: fc.tuple(fc.constantFrom(...PRODUCERS), fc.constantFrom(...TOPICS), fc.option(fc.constantFrom('k1', 'k2', 'k3', 'k4'), { nil: undefined }))
      .map(([producer, topic, key]): Command => (key === undefined ? { type: 'produce', producer, topic, value: '' } : { type: 'produce', producer, topic, key, value: '' })),
  },
  { weight: 5, arbitrary: fc.integer({ min: 0, max: 40_000 }).map((ms): Command => ({ type: 'advanceTime', ms })) },
  { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...CONSUMERS), fc.integer({ min: 1, max: 5 })).map(([consumer, maxRecords]): Command => ({ type: 'poll', consumer, maxRecords })) },
  { weight: 1, arbitrary: fc.constantFrom(...CONSUMERS).map((consumer): Command => ({ type: 'commit', consumer })) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.constantFrom(...CONSUMERS), fc.constantFrom('g1', 'g2'), fc.subarray(TOPICS, { minLength: 1 }))
      .map(([consumer, group, topics]): Command => ({ type: 'addConsumer', consumer, group, topics, autoOffsetReset: 'earliest' })),
  },
  { weight: 8, arbitrary: faultArb },
  { weight: 2, arbitrary: fc.constantFrom(...PRODUCERS).map((producer): Command => ({ type: 'loseNextAck', producer })) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...TOPICS), fc.integer({ min: 2, max: MAX_PARTITIONS })).map(([topic, partitions]): Command => ({ type: 'alterPartitions', topic, partitions })) },
);

/**
 * Gives every produce a unique value (v0, v1, ...) and points each 'recover' at a broker that is
 * down (a stopped or crashed one is started, a cut-off one reconnected). In the safe world it also
 * drops faults that would take a second broker down: crash, stop and isolate only while all are up.
 */
function finish(steps: Draft[], safe: boolean): Command[] {
  const status = new Map<number, 'online' | 'isolated' | 'down'>([[1, 'online'], [2, 'online'], [3, 'online']]);
  const allUp = () => [...status.values()].every((s) => s === 'online');
  const out: Command[] = [];
  steps.forEach((command, i) => {
    if (command.type === 'produce') out.push({ ...command, value: `v${i}` });
    else if (command.type === 'recover') {
      const down = [...status].filter(([, s]) => s !== 'online').map(([b]) => b);
      const broker = down[command.broker % Math.max(1, down.length)];
      if (broker === undefined) return;
      out.push({ type: status.get(broker) === 'down' ? 'startBroker' : 'reconnectBroker', broker });
      status.set(broker, 'online');
    } else if (command.type === 'crashBroker' || command.type === 'stopBroker' || command.type === 'isolateBroker') {
      if (safe && !allUp()) return;
      const now = status.get(command.broker);
      if (command.type === 'isolateBroker' ? now === 'online' : now !== 'down') status.set(command.broker, command.type === 'isolateBroker' ? 'isolated' : 'down');
      out.push(command);
    } else out.push(command);
  });
  return out;
}

function scenarioArb(safe: boolean, maxLength = 70): fc.Arbitrary<{ commands: Command[]; seed: number }> {
  const setup = fc.tuple(topicArb('t', safe), topicArb('s', safe), producerArb('p1', safe), producerArb('p2', safe));
  return fc.tuple(setup, fc.array(stepArb, { minLength: 10, maxLength }), fc.integer({ min: 1, max: 2 ** 31 - 1 }))
    .map(([[t, s, p1, p2], steps, seed]) => ({
      seed,
      commands: [
        { type: 'addBroker', broker: 2 }, { type: 'addBroker', broker: 3 }, t, s, p1, p2,
        { type: 'addConsumer', consumer: 'c1', group: 'g1', topics: ['t', 's'], autoOffsetReset: 'earliest' },
        ...finish(steps, safe),
      ],
    }));
}

interface Step { command: Command; state: SimState; events: SimEvent[] }
interface Trace {
  steps: Step[];
  /** The value each accepted produce sent, by `producer#requestId` (request ids count a producer's accepted sends from 0). */
  sent: Map<string, string>;
}

function play(commands: readonly Command[], seed: number, kafkaVersion: ProfileName = 'classic'): Trace {
  let state = createSimulation({ seed, kafkaVersion });
  const steps: Step[] = [];
  const sent = new Map<string, string>();
  const nextRequest = new Map<string, number>();
  for (const command of commands) {
    const result = applyCommand(state, command);
    if (result.error) {
      expect(result.state).toBe(state);
      expect(result.events).toEqual([]);
    } else if (command.type === 'produce') {
      const id = nextRequest.get(command.producer) ?? 0;
      nextRequest.set(command.producer, id + 1);
      sent.set(`${command.producer}#${id}`, command.value ?? '');
    }
    state = result.state;
    steps.push({ command, state, events: result.events });
  }
  return { steps, sent };
}

/** Every partition that exists, with its state. */
function* partitionsOf(state: SimState) {
  for (const topic of TOPICS) {
    for (let partition = 0; partition < MAX_PARTITIONS; partition++) {
      const info = partitionState(state, topic, partition);
      if (info) yield { topic, partition, key: `${topic}:${partition}`, info };
    }
  }
}

function ackedValue(trace: Trace, e: Extract<SimEvent, { type: 'produceAcknowledged' }>): string {
  const value = trace.sent.get(`${e.producer}#${e.requestId}`);
  expect(value, `request ${e.producer}#${e.requestId}`).toBeDefined();
  return value!;
}

const general = scenarioArb(false);
const safeWorld = scenarioArb(true);
const RUNS = 100;

describe('replication invariants over random command sequences with broker failures', () => {
  it('consumers never receive a record at or above the high watermark, and get the leader\'s record', () => {
    fc.assert(fc.property(general, ({ commands, seed }) => {
      for (const { state, events } of play(commands, seed).steps) {
        for (const e of events) {
          if (e.type !== 'recordsFetched') continue;
          for (const batch of e.batches) {
            const highWatermark = partitionState(state, batch.topic, batch.partition)!.highWatermark;
            const leaderLog = new Map(records(state, batch.topic, batch.partition).map((r) => [r.offset, r.value]));
            for (const r of batch.records) {
              expect(r.offset).toBeLessThan(highWatermark);
              expect(leaderLog.get(r.offset)).toBe(r.value);
            }
          }
        }
      }
    }), { numRuns: RUNS });
  });

  it('the high watermark never decreases on a leader within an epoch', () => {
    fc.assert(fc.property(general, ({ commands, seed }) => {
      const last = new Map<string, number>();
      for (const { state } of play(commands, seed).steps) {
        for (const { key, info } of partitionsOf(state)) {
          if (info.leader === undefined) continue;
          const id = `${key}@${info.leaderEpoch}`;
          expect(info.highWatermark).toBeGreaterThanOrEqual(last.get(id) ?? 0);
          last.set(id, info.highWatermark);
        }
      }
    }), { numRuns: RUNS });
  });

  it('with acks=all and min.insync.replicas >= 2, an acknowledged record survives any single broker failure', () => {
    fc.assert(fc.property(safeWorld, ({ commands, seed }) => {
      const trace = play(commands, seed);
      const acked = new Map<string, { topic: string; partition: number; offset: number; value: string }>();
      for (const { state, events } of trace.steps) {
        for (const e of events) {
          if (e.type !== 'produceAcknowledged' || e.acks !== 'all') continue;
          const value = ackedValue(trace, e);
          // Offset -1 (a duplicate whose batch the leader no longer remembers): the record is where it was first written.
          const offset = e.offset >= 0 ? e.offset : records(state, e.topic, e.partition).find((r) => r.value === value)?.offset;
          expect(offset, `${value} acknowledged but not in the leader's log`).toBeDefined();
          acked.set(`${e.producer}#${e.requestId}`, { topic: e.topic, partition: e.partition, offset: offset!, value });
        }
        for (const [request, { topic, partition, offset, value }] of acked) {
          if (partitionState(state, topic, partition)?.leader === undefined) continue;
          const held = records(state, topic, partition).find((r) => r.offset === offset);
          expect(held?.value, `${request} acked at ${topic}:${partition}@${offset}`).toBe(value);
        }
      }
    }), { numRuns: RUNS });
  });

  it('every in-sync replica agrees with the leader below the high watermark', () => {
    fc.assert(fc.property(general, ({ commands, seed }) => {
      for (const { state } of play(commands, seed).steps) {
        for (const { topic, partition, key, info } of partitionsOf(state)) {
          if (info.leader === undefined) continue;
          const leaderLog = new Map(records(state, topic, partition).map((r) => [r.offset, r.value]));
          for (const broker of info.isr) {
            if (broker === info.leader) continue;
            // The high watermark is the smallest log end in the ISR, so no member can be short of it.
            expect(info.logEndOffsets[broker], `${key}: in-sync broker ${broker} below the high watermark`).toBeGreaterThanOrEqual(info.highWatermark);
            const end = Math.min(info.highWatermark, info.logEndOffsets[broker] ?? 0);
            for (const r of replicaRecords(state, topic, partition, broker)) {
              if (r.offset < end) expect({ offset: r.offset, value: leaderLog.get(r.offset) }, `${key} on broker ${broker}`).toEqual({ offset: r.offset, value: r.value });
            }
          }
        }
      }
    }), { numRuns: RUNS });
  });

  it('with idempotence no acknowledged record appears twice in a leader log', () => {
    fc.assert(fc.property(general, ({ commands, seed }) => {
      const trace = play(commands, seed);
      const idempotent = new Set<string>();
      const acked = new Map<string, string>(); // value -> topic
      for (const { state, events } of trace.steps) {
        for (const e of events) {
          if (e.type === 'producerAdded' && e.enableIdempotence) idempotent.add(e.producer);
          if (e.type === 'produceAcknowledged' && idempotent.has(e.producer)) acked.set(ackedValue(trace, e), e.topic);
        }
        if (acked.size === 0) continue;
        const counts = new Map<string, number>();
        for (const { topic, partition } of partitionsOf(state)) {
          for (const r of records(state, topic, partition)) if (acked.get(r.value ?? '') === topic) counts.set(r.value ?? '', (counts.get(r.value ?? '') ?? 0) + 1);
        }
        for (const [value, count] of counts) expect(count, value).toBe(1);
      }
    }), { numRuns: RUNS });
  });

  it('with idempotence a producer\'s records keep their send order in each partition', () => {
    fc.assert(fc.property(general, ({ commands, seed }) => {
      const idempotent = new Set<string>();
      for (const { state, events } of play(commands, seed).steps) {
        for (const e of events) if (e.type === 'producerAdded' && e.enableIdempotence) idempotent.add(e.producer);
        for (const { topic, partition, key } of partitionsOf(state)) {
          const sent = records(state, topic, partition).filter((r) => idempotent.has(r.producer));
          for (const producer of idempotent) {
            // Values are v<step>, so the step number is the send order.
            const order = sent.filter((r) => r.producer === producer).map((r) => Number((r.value ?? '').slice(1)));
            expect(order, `${producer} on ${key}`).toEqual([...order].sort((a, b) => a - b));
          }
        }
      }
    }), { numRuns: RUNS });
  });

  it('a produce request is answered at most once, and never with acks=0', () => {
    fc.assert(fc.property(general, ({ commands, seed }) => {
      const answered = new Set<string>();
      for (const { events } of play(commands, seed).steps) {
        for (const e of events) {
          if (e.type !== 'produceAcknowledged' && e.type !== 'produceFailed') continue;
          const id = `${e.producer}#${e.requestId}`;
          expect(answered.has(id), id).toBe(false);
          answered.add(id);
          if (e.type === 'produceAcknowledged') expect(e.acks).not.toBe(0);
        }
      }
    }), { numRuns: RUNS });
  });

  it('the same seed and commands give the same cluster state and events', () => {
    const picture = (state: SimState) => JSON.parse(JSON.stringify({
      state: snapshot(state),
      brokers: brokers(state),
      partitions: [...partitionsOf(state)].map(({ topic, partition, info }) => ({
        info, replicas: info.replicas.map((b) => replicaRecords(state, topic, partition, b)),
      })),
      inFlight: PRODUCERS.map((p) => inFlight(state, p)),
    })) as unknown;
    fc.assert(fc.property(general, ({ commands, seed }) => {
      const a = play(commands, seed);
      const b = play(commands, seed);
      a.steps.forEach((step, i) => {
        expect(picture(b.steps[i]!.state)).toEqual(picture(step.state));
        expect(JSON.stringify(b.steps[i]!.events)).toBe(JSON.stringify(step.events));
      });
    }), { numRuns: 15 });
  });

  it('a leader log only grows within an epoch, and loses committed records only to an unclean election', () => {
    fc.assert(fc.property(general, ({ commands, seed }) => {
      const last = new Map<string, { epoch: number; end: number; highWatermark: number; unclean: boolean }>();
      for (const { state, events } of play(commands, seed).steps) {
        const unclean = new Set(events.filter((e) => e.type === 'leaderElected' && e.unclean).map((e) => `${(e as { topic: string }).topic}:${(e as { partition: number }).partition}`));
        for (const { topic, partition, key, info } of partitionsOf(state)) {
          const before = last.get(key);
          const sawUnclean = (before?.unclean ?? false) || unclean.has(key);
          if (info.leader === undefined) {
            if (before) last.set(key, { ...before, unclean: sawUnclean });
            continue;
          }
          const end = logEndOffset(state, topic, partition)!;
          const offsets = records(state, topic, partition).map((r) => r.offset);
          expect(offsets, `${key} gapless`).toEqual(Array.from({ length: offsets.length }, (_, i) => end - offsets.length + i));
          if (before && before.epoch === info.leaderEpoch) expect(end, `${key} epoch ${info.leaderEpoch}`).toBeGreaterThanOrEqual(before.end);
          // A clean election picks an ISR member, which holds everything below the high watermark.
          else if (before && !sawUnclean) expect(end, `${key} epoch ${before.epoch} -> ${info.leaderEpoch}`).toBeGreaterThanOrEqual(before.highWatermark);
          last.set(key, { epoch: info.leaderEpoch, end, highWatermark: info.highWatermark, unclean: false });
        }
      }
    }), { numRuns: RUNS });
  });
});

const VARIANTS = [
  'waiting:no-leader', 'waiting:ordering', 'acked', 'acked:duplicate', 'failed', 'failed:written', 'isrShrunk:lagging', 'isrShrunk:controlled-shutdown', 'isrShrunk:fenced',
  'elected', 'elected:returned', 'elected:preferred', 'elected:unclean', 'elected:unclean-nothing-lost', 'coordinator:moved', 'coordinator:none',
];

function variantOf(e: SimEvent): string | undefined {
  switch (e.type) {
    case 'produceWaiting': return `waiting:${e.reason}`;
    case 'produceAcknowledged': return e.duplicate ? 'acked:duplicate' : 'acked';
    case 'produceFailed': return e.writtenAt === undefined ? 'failed' : 'failed:written';
    case 'isrShrunk': return `isrShrunk:${e.reason}`;
    case 'leaderElected':
      if (e.unclean) return e.lostOffsets ? 'elected:unclean' : 'elected:unclean-nothing-lost';
      if (e.reason === 'preferred') return 'elected:preferred';
      return e.previousLeader === undefined ? 'elected:returned' : 'elected';
    case 'coordinatorMoved': return e.to === undefined ? 'coordinator:none' : 'coordinator:moved';
    default: return undefined;
  }
}

describe('clusterScenario', () => {
  // Every broker, replication and producer-acknowledgement event type (events.ts, brokerAdded to
  // coordinatorMoved and produceWaiting to ackLossArmed), for whichever placement the seed gives.
  const expected: SimEventType[] = [
    'brokerAdded', 'brokerStopped', 'brokerCrashed', 'brokerFenced', 'brokerStarted', 'brokerIsolated', 'brokerReconnected',
    'replicaFetched', 'highWatermarkAdvanced', 'isrShrunk', 'isrExpanded', 'leaderElected', 'partitionOffline', 'logTruncated', 'coordinatorMoved',
    'produceWaiting', 'produceAcknowledged', 'produceErrored', 'produceRetried', 'produceFailed', 'ackLost', 'duplicateDropped', 'ackLossArmed',
  ];
  it.each([1, 2, 3, 4, 5, 6, 7, 8])('seed %i raises every replication and producer event type and narration variant', (seed) => {
    const { events } = run(clusterScenario(seed), createSimulation({ seed, kafkaVersion: 'classic' }));
    const seen = new Set(events.map((e) => e.type));
    expect(expected.filter((type) => !seen.has(type))).toEqual([]);
    // The variants narrate-cluster.ts words differently, so the narration tests see each of them.
    const variants = new Set(events.map(variantOf).filter((v) => v !== undefined));
    expect(VARIANTS.filter((v) => !variants.has(v))).toEqual([]);
  });
});

// The same invariants per Kafka version (src/engine/versions), fewer runs each.
describe.each(['2.3', '3.6', '3.9', '4.1'] as const)('Kafka %s: invariants over random command sequences', (kafkaVersion) => {
  const runs = 20;
  it('consumers never read at or above the high watermark', () => {
    fc.assert(fc.property(general, ({ commands, seed }) => {
      for (const { state, events } of play(commands, seed, kafkaVersion).steps) {
        for (const e of events) {
          if (e.type !== 'recordsFetched') continue;
          for (const batch of e.batches) {
            const highWatermark = partitionState(state, batch.topic, batch.partition)!.highWatermark;
            for (const r of batch.records) expect(r.offset).toBeLessThan(highWatermark);
          }
        }
      }
    }), { numRuns: runs });
  });

  it('with acks=all and an effective min ISR >= 2, an acknowledged record survives any single broker crash', () => {
    fc.assert(fc.property(safeWorld, ({ commands, seed }) => {
      const trace = play(commands, seed, kafkaVersion);
      const acked = new Map<string, { topic: string; partition: number; offset: number; value: string }>();
      for (const { state, events } of trace.steps) {
        for (const e of events) {
          if (e.type !== 'produceAcknowledged' || e.acks !== 'all') continue;
          const value = ackedValue(trace, e);
          const offset = e.offset >= 0 ? e.offset : records(state, e.topic, e.partition).find((r) => r.value === value)?.offset;
          expect(offset).toBeDefined();
          acked.set(`${e.producer}#${e.requestId}`, { topic: e.topic, partition: e.partition, offset: offset!, value });
        }
        for (const [request, { topic, partition, offset, value }] of acked) {
          if (partitionState(state, topic, partition)?.leader === undefined) continue;
          expect(records(state, topic, partition).find((r) => r.offset === offset)?.value, request).toBe(value);
        }
      }
    }), { numRuns: runs });
  });

  // A failure for want of in-sync replicas; a lost acknowledgement's timeout is another story (the record may be committed).
  it.runIf(kafkaVersion === '3.9' || kafkaVersion === '4.1')('3.7+ (KAFKA-15583): no record is readable while its send is reported failed for want of in-sync replicas', () => {
    fc.assert(fc.property(general, ({ commands, seed }) => {
      const fetched = new Set<string>();
      for (const { state, events } of play(commands, seed, kafkaVersion).steps) {
        for (const e of events) {
          if (e.type === 'recordsFetched') for (const b of e.batches) for (const r of b.records) fetched.add(`${b.topic}:${b.partition}@${r.offset}`);
          if (e.type !== 'produceFailed' || e.writtenAt === undefined || !e.error.startsWith('NOT_ENOUGH_REPLICAS')) continue;
          const info = partitionState(state, e.topic, e.partition)!;
          expect(fetched.has(`${e.topic}:${e.partition}@${e.writtenAt}`)).toBe(false);
          if (info.leader !== undefined) expect(info.highWatermark).toBeLessThanOrEqual(e.writtenAt);
        }
      }
    }), { numRuns: runs });
  });
});
