import fc from 'fast-check';
import { applyCommand, createSimulation, recordSizeInBytes, type Command, type SimEvent, type SimState } from '../engine/index.ts';
import { clusterScenario } from '../engine/test-support/cluster-scenario.ts';
import { EVENT_TYPES } from '../engine/test-support/event-types.ts';
import { KIP890_SCENARIOS, TRANSACTION_SCENARIO } from '../engine/test-support/transaction-scenario.ts';
import { LANGS, MESSAGES } from '../i18n/catalog.ts';
import { paramNames, templatePattern } from '../i18n/format.ts';
import { EVENT_MESSAGES } from '../i18n/messages/events.ts';
import { describeEvent, formatDuration, formatPartitions } from './narrate.ts';

// Drives the real engine through scenarios that raise every event type and every narration
// variant, then checks each line in both languages.

function play(commands: readonly Command[], start: SimState = createSimulation({ seed: 7, kafkaVersion: 'classic' })): SimEvent[] {
  let state = start;
  const events: SimEvent[] = [];
  for (const command of commands) {
    const result = applyCommand(state, command);
    if (result.error) throw new Error(`${command.type} refused: ${result.error.message}`);
    state = result.state;
    events.push(...result.events);
  }
  return events;
}

const SIZE = recordSizeInBytes(undefined, 'v0');
const produce = (producer: string, topic: string, n: number, extra: Partial<Command> = {}): Command[] =>
  Array.from({ length: n }, (_, i) => ({ type: 'produce', producer, topic, value: `v${i % 10}`, ...extra }) as Command);
const join = (consumer: string, group: string, topics: string[], extra: Partial<Command> = {}): Command =>
  ({ type: 'addConsumer', consumer, group, topics, ...extra }) as Command;

const PRODUCERS: Command[] = [
  { type: 'createTopic', topic: 'orders', partitions: 3 },
  { type: 'createTopic', topic: 'quiet', partitions: 1 },
  { type: 'addProducer', producer: 'p-rr', partitioner: 'legacy-default' },
  { type: 'addProducer', producer: 'p-rrp', partitioner: 'round-robin' },
  { type: 'produce', producer: 'p-rrp', topic: 'orders', key: 'k', value: 'v' },
  { type: 'produce', producer: 'p-rrp', topic: 'orders', value: 'v' },
  { type: 'addProducer', producer: 'p-sticky', partitioner: 'sticky', batchBytes: SIZE * 3 },
  { type: 'addProducer', producer: 'p-uni', partitioner: 'uniform-sticky', batchBytes: SIZE * 3 },
  ...['user-1', 'user-2', 'user-3', 'user-4', 'user-5', 'user-6'].map((key): Command => ({ type: 'produce', producer: 'p-rr', topic: 'orders', key, value: 'v' })),
  ...produce('p-rr', 'orders', 3),
  ...produce('p-sticky', 'orders', 5),
  ...produce('p-uni', 'orders', 5),
  { type: 'produce', producer: 'p-rr', topic: 'orders', value: 'v', partition: 2 },
  { type: 'produce', producer: 'p-rr', topic: 'orders', key: 'pinned', value: 'v', partition: 1 },
  { type: 'alterPartitions', topic: 'orders', partitions: 5 },
  { type: 'alterPartitions', topic: 'quiet', partitions: 4 },
  { type: 'removeProducer', producer: 'p-uni' },
];

const GROUPS: Command[] = [
  { type: 'createTopic', topic: 'orders', partitions: 3 },
  { type: 'createTopic', topic: 'single', partitions: 1 },
  { type: 'addProducer', producer: 'p' },
  ...[0, 1, 2, 0, 1, 2].map((partition): Command => ({ type: 'produce', producer: 'p', topic: 'orders', value: 'v', partition })),
  join('c1', 'g1', ['orders'], { autoOffsetReset: 'earliest' }),
  { type: 'poll', consumer: 'c1' },
  { type: 'poll', consumer: 'c1' },
  { type: 'commit', consumer: 'c1' },
  join('c2', 'g1', ['orders'], { autoOffsetReset: 'earliest' }),
  { type: 'poll', consumer: 'c2' },
  { type: 'removeConsumer', consumer: 'c2' },
  join('c3', 'g1', ['orders'], { sessionTimeoutMs: 10_000 }),
  { type: 'poll', consumer: 'c3' },
  { type: 'crashConsumer', consumer: 'c3' },
  { type: 'advanceTime', ms: 10_000 },
  { type: 'alterPartitions', topic: 'orders', partitions: 4 },
  join('l1', 'g-latest', ['orders']),
  join('d1', 'g2', ['orders'], { autoOffsetReset: 'earliest', enableAutoCommit: false }),
  { type: 'poll', consumer: 'd1' },
  join('d2', 'g2', ['orders'], { autoOffsetReset: 'earliest', enableAutoCommit: false }),
  { type: 'poll', consumer: 'd1' },
  join('e1', 'g3', ['orders'], { assignor: 'cooperative-sticky', autoOffsetReset: 'earliest' }),
  { type: 'poll', consumer: 'e1' },
  join('e2', 'g3', ['orders'], { assignor: 'cooperative-sticky', autoOffsetReset: 'earliest' }),
  { type: 'poll', consumer: 'e2' },
  join('n1', 'g4', ['orders'], { autoOffsetReset: 'none', enableAutoCommit: false }),
  { type: 'commit', consumer: 'n1' },
  join('n2', 'g5', ['orders'], { autoOffsetReset: 'none' }),
  { type: 'removeConsumer', consumer: 'n2' },
  join('s1', 'g6', ['single']),
  { type: 'poll', consumer: 's1' },
  join('s2', 'g6', ['single']),
  { type: 'poll', consumer: 's2' },
  // A crashed member dropped by a rebalance that comes before its session timeout.
  { type: 'crashConsumer', consumer: 's2' },
  join('s3', 'g6', ['single']),
  { type: 'poll', consumer: 's3' },
  // A consumer closed before it ever joined.
  join('x1', 'g6', ['single']),
  { type: 'removeConsumer', consumer: 'x1' },
  // An idle member (one partition, two members) commits nothing.
  { type: 'commit', consumer: 's3' },
  // The consumer's own position controls, an explicit commit, a restart and a stalled poll loop.
  { type: 'seek', consumer: 'c1', topic: 'orders', partition: 0, offset: 1 },
  { type: 'seekToBeginning', consumer: 'c1' },
  { type: 'seekToEnd', consumer: 'c1', partitions: [{ topic: 'orders', partition: 0 }] },
  { type: 'pause', consumer: 'c1', partitions: [{ topic: 'orders', partition: 1 }] },
  { type: 'resume', consumer: 'c1', partitions: [{ topic: 'orders', partition: 1 }] },
  { type: 'poll', consumer: 'c1' },
  { type: 'commit', consumer: 'c1', offsets: [{ topic: 'orders', partition: 0, offset: 1 }] },
  { type: 'commit', consumer: 'c1', offsets: [{ topic: 'orders', partition: 0, offset: 100 }] },
  { type: 'crashConsumer', consumer: 'd2' },
  { type: 'restartConsumer', consumer: 'd2' },
  { type: 'poll', consumer: 'd2' },
  { type: 'advanceTime', ms: 300_000 },
];

const RETENTION: Command[] = [
  { type: 'configureBroker', retentionCheckIntervalMs: 1000 },
  { type: 'createTopic', topic: 'logs', partitions: 1, segmentBytes: SIZE * 2, retentionMs: 5000 },
  { type: 'createTopic', topic: 'sized', partitions: 1, segmentBytes: SIZE * 2, retentionBytes: SIZE * 2 },
  { type: 'createTopic', topic: 'timed', partitions: 1, segmentMs: 1000 },
  { type: 'addProducer', producer: 'p' },
  ...produce('p', 'logs', 4),
  ...produce('p', 'sized', 6),
  ...produce('p', 'timed', 1),
  join('o1', 'go1', ['logs'], { autoOffsetReset: 'earliest', enableAutoCommit: false }),
  { type: 'poll', consumer: 'o1', maxRecords: 1 },
  join('o3', 'go3', ['logs'], { autoOffsetReset: 'earliest', enableAutoCommit: false }),
  { type: 'poll', consumer: 'o3', maxRecords: 1 },
  { type: 'commit', consumer: 'o3' },
  { type: 'removeConsumer', consumer: 'o3' },
  { type: 'advanceTime', ms: 1001 },
  ...produce('p', 'timed', 1),
  { type: 'advanceTime', ms: 5000 },
  { type: 'poll', consumer: 'o1' },
  join('o4', 'go3', ['logs'], { autoOffsetReset: 'latest' }),
  { type: 'poll', consumer: 'o4' },
  { type: 'resetOffsets', group: 'go2', offsets: [{ topic: 'logs', partition: 0, offset: 0 }] },
  { type: 'alterTopicConfig', topic: 'logs', retentionMs: 60_000 },
];

// Log compaction: the cleaner removes superseded records and keeps a tombstone (LogCleaner).
const COMPACTION: Command[] = [
  { type: 'createTopic', topic: 'kv', partitions: 1, cleanupPolicy: 'compact', segmentBytes: SIZE * 3 },
  { type: 'addProducer', producer: 'p' },
  { type: 'produce', producer: 'p', topic: 'kv', key: 'a', value: 'v0' },
  { type: 'produce', producer: 'p', topic: 'kv', key: 'a', value: 'v1' },
  { type: 'produce', producer: 'p', topic: 'kv', key: 'b', value: null },
  { type: 'produce', producer: 'p', topic: 'kv', key: 'c', value: 'v3' },
  { type: 'advanceTime', ms: 15_000 },
];

// Version notes: Kafka 4.1 reports tiny segments as scaled down and caps min.insync.replicas (3.7+).
// 4.1: a scaled-down segment.bytes, and linger.ms batches (sent when full, after linger.ms, and by flush()).
const VERSIONED: Command[] = [{ type: 'createTopic', topic: 'tiny', partitions: 1, segmentBytes: 1024, minInsyncReplicas: 2 }, { type: 'addProducer', producer: 'lp', acks: 1, batchBytes: 150 }, ...['a', 'b', 'c'].map((value): Command => ({ type: 'produce', producer: 'lp', topic: 'tiny', value })), { type: 'advanceTime', ms: 5 }, { type: 'produce', producer: 'lp', topic: 'tiny', value: 'd' }, { type: 'flush', producer: 'lp' }];
// The classic protocol's join barrier under a Kafka version: j2 waits for j1, whose next poll completes the join.
const GROUP_PROTOCOL: Command[] = [
  { type: 'createTopic', topic: 'jt', partitions: 2 },
  join('j1', 'gj', ['jt'], {}),
  { type: 'poll', consumer: 'j1' },
  join('j2', 'gj', ['jt'], {}),
  { type: 'poll', consumer: 'j2' },
  { type: 'poll', consumer: 'j1' },
  { type: 'crashConsumer', consumer: 'j1' },
  { type: 'removeConsumer', consumer: 'j2' },
  join('j3', 'gk', ['jt'], { sessionTimeoutMs: 1_800_000, maxPollIntervalMs: 60_000 }),
  { type: 'poll', consumer: 'j3' },
  { type: 'crashConsumer', consumer: 'j3' },
  join('j4', 'gk', ['jt'], { maxPollIntervalMs: 60_000 }),
  { type: 'poll', consumer: 'j4' },
  { type: 'advanceTime', ms: 300_000 },
  // commitSync through a coordinator outage: it times out, succeeds once the broker is back, or fails when the member left meanwhile.
  join('k1', 'gc', ['jt'], {}),
  { type: 'poll', consumer: 'k1' },
  { type: 'crashBroker', broker: 1 },
  { type: 'commit', consumer: 'k1', offsets: [{ topic: 'jt', partition: 0, offset: 0 }] },
  { type: 'advanceTime', ms: 60_000 },
  { type: 'commit', consumer: 'k1', offsets: [{ topic: 'jt', partition: 0, offset: 0 }] },
  { type: 'startBroker', broker: 1 },
  { type: 'advanceTime', ms: 20_000 },
  join('k2', 'gd', ['jt'], { maxPollIntervalMs: 1000 }),
  { type: 'poll', consumer: 'k2' },
  { type: 'crashBroker', broker: 1 },
  { type: 'commit', consumer: 'k2', offsets: [{ topic: 'jt', partition: 0, offset: 0 }] },
  { type: 'advanceTime', ms: 1500 },
  { type: 'startBroker', broker: 1 },
  { type: 'advanceTime', ms: 20_000 },
];
// KIP-848 consumer protocol: join, scale out (revoke, then hand over), leave, added partitions.
const KIP848: Command[] = [
  { type: 'createTopic', topic: 'orders', partitions: 3 },
  { type: 'addConsumer', consumer: 'k1', group: 'gk', topics: ['orders'], groupProtocol: 'consumer' },
  { type: 'poll', consumer: 'k1' },
  { type: 'addConsumer', consumer: 'k2', group: 'gk', topics: ['orders'], groupProtocol: 'consumer' },
  { type: 'poll', consumer: 'k2' },
  { type: 'advanceTime', ms: 5_000 },
  { type: 'alterPartitions', topic: 'orders', partitions: 4 },
  { type: 'advanceTime', ms: 5_000 },
  { type: 'removeConsumer', consumer: 'k2' },
  { type: 'advanceTime', ms: 5_000 },
];
// Metadata age (4.1): a producer and a classic group learn of new partitions at their refreshes.
const METADATA: Command[] = [
  { type: 'createTopic', topic: 'mt', partitions: 2 },
  { type: 'createTopic', topic: 'mt2', partitions: 1 },
  { type: 'addProducer', producer: 'mp' },
  { type: 'produce', producer: 'mp', topic: 'mt', key: 'a', value: 'v' },
  join('m1', 'gm', ['mt'], { maxPollIntervalMs: 1_000_000 }),
  { type: 'poll', consumer: 'm1' },
  join('m2', 'gm', ['mt'], { maxPollIntervalMs: 1_000_000 }),
  { type: 'poll', consumer: 'm2' },
  { type: 'poll', consumer: 'm1' },
  { type: 'alterPartitions', topic: 'mt', partitions: 3 },
  // A send to a partition the producer does not know forces a refresh.
  { type: 'produce', producer: 'mp', topic: 'mt', value: 'v', partition: 2 },
  { type: 'advanceTime', ms: 300_000 },
  { type: 'poll', consumer: 'm1' },
  { type: 'poll', consumer: 'm2' },
  { type: 'alterPartitions', topic: 'mt', partitions: 4 },
  { type: 'advanceTime', ms: 300_000 },
  // A member subscribing to a topic the leader has not fetched: the leader refreshes as it assigns.
  { type: 'alterPartitions', topic: 'mt', partitions: 5 },
  join('m3', 'gm', ['mt', 'mt2'], { maxPollIntervalMs: 1_000_000 }),
  { type: 'poll', consumer: 'm3' },
  { type: 'poll', consumer: 'm1' },
  { type: 'poll', consumer: 'm2' },
];
const EVENTS: SimEvent[] = [...play(PRODUCERS), ...play(GROUPS), ...play(RETENTION), ...play(COMPACTION), ...play(clusterScenario(7)), ...play(VERSIONED, createSimulation({ seed: 7, kafkaVersion: '4.1' })), ...play(TRANSACTION_SCENARIO), ...play(KIP848, createSimulation({ seed: 7, kafkaVersion: '4.1' })), ...play(GROUP_PROTOCOL, createSimulation({ seed: 7, kafkaVersion: '4.0' })), ...play(METADATA, createSimulation({ seed: 7, kafkaVersion: '4.1' })),
  ...KIP890_SCENARIOS.flatMap((s) => play(s.commands, createSimulation({ seed: 7, kafkaVersion: s.kafkaVersion })))];


/** Names and numbers a line about this event must mention. */
function mentions(event: SimEvent): string[] {
  const out: string[] = [];
  const e = event as Partial<Record<string, unknown>>;
  for (const field of ['producer', 'consumer', 'group', 'topic', 'key']) if (typeof e[field] === 'string') out.push(e[field] as string);
  // A fetch, or a position that fell off the log, is the consumer's own business: the group may go unnamed.
  if (event.type === 'recordsFetched' || (event.type === 'offsetReset' && event.reason === 'out-of-range')) out.splice(out.indexOf(event.group), 1);
  for (const field of ['offset', 'baseOffset', 'logStartOffset', 'generation']) if (typeof e[field] === 'number') out.push(String(e[field]));
  if (typeof e['topic'] === 'string' && typeof e['partition'] === 'number') out.push(`${e['topic'] as string}-${e['partition'] as number}`);
  switch (event.type) {
    case 'topicCreated': out.push(String(event.partitions)); break;
    case 'metadataUpdated': out.push(event.client, String(event.partitions), String(event.previous)); break;
    case 'partitionsAdded': out.push(String(event.from), String(event.to)); break;
    case 'offsetReset': out.push(String(event.to)); if (event.from !== undefined) out.push(String(event.from)); break;
    case 'partitionsAssigned': case 'partitionsRevoked': for (const tp of event.partitions) out.push(tp.topic); break;
    case 'rebalanceStarted': out.push(...event.members); break;
    case 'rebalanceCompleted': out.push(...Object.keys(event.assignment)); break;
    case 'recordsFetched': if (event.count > 0) out.push(String(event.count), ...event.batches.map((b) => `${b.topic}-${b.partition}`)); break;
    case 'offsetsCommitted': out.push(...event.offsets.map((o) => `${o.topic}-${o.partition} → ${o.offset}`)); break;
    case 'recordProduced': if (event.placement.kind === 'key') out.push(String(event.placement.positiveHash)); break;
    default: break;
  }
  return out;
}

describe('describeEvent', () => {
  it('the scenarios raise every event type', () => {
    const seen = new Set(EVENTS.map((e) => e.type));
    expect([...seen].sort()).toEqual(Object.keys(EVENT_TYPES).sort());
  });

  it.each(LANGS)('narrates every event in %s: non-empty, naming what it touched, no leftover placeholder', (lang) => {
    for (const event of EVENTS) {
      const line = describeEvent(event, lang);
      const label = `${event.type} ${JSON.stringify(event).slice(0, 200)}\n${line}`;
      expect(line.trim().length, label).toBeGreaterThan(10);
      expect(line, label).not.toMatch(/\{\w+\}/);
      expect(line, label).not.toMatch(/undefined|NaN|\[object/);
      for (const fragment of mentions(event)) expect(line, `${label}\nmissing ${fragment}`).toContain(fragment);
      if (lang === 'ko') expect(line, label).toMatch(/[가-힣]/);
    }
  });

  it('Korean and English lines differ for every event', () => {
    for (const event of EVENTS) expect(describeEvent(event, 'ko'), event.type).not.toBe(describeEvent(event, 'en'));
  });

  it('every narration sentence in the catalogue is used by some event, in both languages', () => {
    // Pieces of a line ('belowPosition' is checked in 'tells the variants apart').
    const pieces = /^event\.(unit|list|record|fetch|piece)\.|^event\.unknown$|^event\.offsetsCommitted\.(belowPosition|afterRetries)$/;
    for (const lang of LANGS) {
      const lines = EVENTS.map((e) => describeEvent(e, lang));
      for (const [key, entry] of Object.entries(EVENT_MESSAGES)) {
        if (pieces.test(key)) continue;
        const pattern = templatePattern(entry[lang]);
        expect(lines.some((l) => pattern.test(l)), `${lang} ${key} never used`).toBe(true);
      }
    }
  });

  it('tells the variants apart', () => {
    const en = (pred: (e: SimEvent) => boolean) => EVENTS.filter(pred).map((e) => describeEvent(e, 'en'));
    expect(en((e) => e.type === 'recordsFetched' && e.count === 0)[0]).toMatch(/no new records/);
    expect(en((e) => e.type === 'recordsFetched' && e.count > 0).some((l) => /delivered again/.test(l))).toBe(true);
    expect(en((e) => e.type === 'offsetsCommitted' && e.auto && e.offsets.length > 0)[0]).toMatch(/auto-committed/);
    const metadata = (pred: (e: Extract<SimEvent, { type: 'metadataUpdated' }>) => boolean) => en((e) => e.type === 'metadataUpdated' && pred(e));
    expect(metadata((e) => e.clientType === 'producer' && e.reason === 'unknownPartition')[0]).toMatch(/Producer mp .*did not know.*has 3 partitions, not 2/);
    expect(metadata((e) => e.clientType === 'consumer' && e.groupLeader === true && e.reason === 'maxAge')[0]).toMatch(/metadata\.max\.age\.ms \(5 min\).*leader.*rejoins/);
    expect(metadata((e) => e.clientType === 'consumer' && e.groupLeader !== true)[0]).toMatch(/Only the group leader acts/);
    expect(metadata((e) => e.reason === 'newTopics')[0]).toMatch(/the leader assigns from that count/);
    expect(en((e) => e.type === 'partitionsAdded' && e.movedKeys.length > 0)[0]).toMatch(/"user-\d" orders-\d → orders-\d/);
    expect(en((e) => e.type === 'recordProduced' && e.key === undefined)[0]).toMatch(/without a key/);
    expect(en((e) => e.type === 'offsetReset' && e.reason === 'out-of-range')[0]).toMatch(/outside the log/);
    expect(en((e) => e.type === 'consumerCrashed')[0]).toMatch(/\(10 s\).*model time 10 s/);
    expect(en((e) => e.type === 'offsetsCommitted' && e.belowPosition !== undefined)[0]).toMatch(/commitSync\(Map\).*The 1 committed on orders-0 is behind this consumer's position \d+: .*offsets 1 to \d+ are read again/);
  });

  it('falls back for an event type it does not know, without throwing', () => {
    const odd = { type: 'somethingNew', at: 0 } as unknown as SimEvent;
    expect(describeEvent(odd, 'en')).toBe('Unknown event: somethingNew');
    expect(describeEvent(odd, 'ko')).toContain('somethingNew');
  });

  it('never leaves a placeholder for random command sequences', () => {
    const name = fc.constantFrom('a', 'b', 'c');
    const command = fc.oneof(
      fc.record({ type: fc.constant('createTopic'), topic: name, partitions: fc.integer({ min: 1, max: 4 }), segmentBytes: fc.constant(SIZE * 2), retentionMs: fc.constantFrom(1000, -1) }),
      fc.record({ type: fc.constant('alterPartitions'), topic: name, partitions: fc.integer({ min: 1, max: 6 }) }),
      fc.record({ type: fc.constant('addProducer'), producer: name, partitioner: fc.constantFrom('round-robin', 'sticky', 'uniform-sticky') }),
      fc.record({ type: fc.constant('produce'), producer: name, topic: name, value: fc.constant('v'), key: fc.option(name, { nil: undefined }) }, { requiredKeys: ['type', 'producer', 'topic', 'value'] }),
      fc.record({ type: fc.constant('addConsumer'), consumer: name, group: name, topics: fc.array(name, { minLength: 1, maxLength: 2 }), autoOffsetReset: fc.constantFrom('earliest', 'latest'), assignor: fc.constantFrom('range', 'cooperative-sticky') }),
      fc.record({ type: fc.constantFrom('poll', 'commit', 'removeConsumer', 'crashConsumer'), consumer: name }),
      fc.record({ type: fc.constant('advanceTime'), ms: fc.integer({ min: 0, max: 400_000 }) }),
    );
    fc.assert(fc.property(fc.array(command, { maxLength: 30 }), (commands) => {
      let state = createSimulation({ seed: 3, kafkaVersion: 'classic' });
      for (const c of commands) {
        const result = applyCommand(state, c);
        state = result.state;
        for (const event of result.events) {
          for (const lang of LANGS) {
            const line = describeEvent(event, lang);
            if (line.length === 0 || /\{\w+\}|undefined|NaN/.test(line)) throw new Error(`${lang} ${event.type}: ${line}`);
          }
        }
      }
    }), { numRuns: 150 });
  });
});

describe('offset ranges in the cluster lines', () => {
  const fetched = (from: number, to: number): SimEvent => ({ type: 'replicaFetched', at: 0, broker: 2, topic: 't', partition: 0, from, to, highWatermark: to });
  it('names one offset as one, and a range as a range, in both languages', () => {
    expect(describeEvent(fetched(4, 5), 'en')).toContain('copied offset 4 of t-0');
    expect(describeEvent(fetched(4, 5), 'ko')).toContain('오프셋 4를 복사했습니다');
    expect(describeEvent(fetched(3, 5), 'en')).toContain('copied offsets 3–4 of t-0');
    expect(describeEvent(fetched(3, 5), 'ko')).not.toContain('3–3');
  });
});

describe('formatting helpers', () => {
  it('names partitions as Kafka does and collapses runs', () => {
    const tps = (topic: string, ...ps: number[]) => ps.map((partition) => ({ topic, partition }));
    expect(formatPartitions(tps('orders', 2), 'en')).toBe('orders-2');
    expect(formatPartitions(tps('orders', 1, 0), 'en')).toBe('orders-[0, 1]');
    expect(formatPartitions([...tps('orders', 0, 1, 2, 3, 7), ...tps('pay', 1)], 'en')).toBe('orders-[0–3, 7], pay-1');
    expect(formatPartitions([], 'ko')).toBe('없음');
  });

  it('writes a changed time config in the reader\'s units too', () => {
    const altered = EVENTS.find((e) => e.type === 'topicConfigAltered')!;
    expect(describeEvent(altered, 'ko')).toContain('retention.ms=60000 (1분)');
    expect(describeEvent(altered, 'en')).toContain('retention.ms=60000 (1 min)');
  });

  it('writes model time in the reader\'s units', () => {
    expect(formatDuration(0, 'en')).toBe('0 ms');
    expect(formatDuration(90_000, 'ko')).toBe('1분 30초');
    expect(formatDuration(604_800_000, 'en')).toBe('7 d');
    expect(formatDuration(300_250, 'en')).toBe('5 min 250 ms');
  });

  it('every catalogue message keeps the same placeholders in both languages', () => {
    for (const [key, entry] of Object.entries(MESSAGES)) expect(paramNames(entry.ko), key).toEqual(paramNames(entry.en));
  });
});
