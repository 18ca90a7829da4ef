import fc from 'fast-check';
import { applyCommand, createSimulation, logEndOffset, recordSizeInBytes, type Command, type SimEvent, type SimEventType, type SimState, type ProfileName } from '../engine/index.ts';
import { clusterScenario } from '../engine/test-support/cluster-scenario.ts';
import { KIP890_SCENARIOS, TRANSACTION_SCENARIO, TRANSACTION_SCENARIO_NAMES } from '../engine/test-support/transaction-scenario.ts';
import { EVENT_TYPES } from '../engine/test-support/event-types.ts';
import { eventTargets } from './event-targets.ts';

// Hover targets of every event type, checked against the state the real engine produced.

const SIZE = recordSizeInBytes(undefined, 'v');
const SCENARIO: Command[] = [
  { type: 'configureBroker', retentionCheckIntervalMs: 1000 },
  { type: 'createTopic', topic: 't.a', partitions: 2, segmentBytes: SIZE, retentionMs: 1000 },
  { type: 'addProducer', producer: 'p' },
  { type: 'produce', producer: 'p', topic: 't.a', key: 'k', value: 'v' },
  { type: 'produce', producer: 'p', topic: 't.a', value: 'v' },
  { type: 'produce', producer: 'p', topic: 't.a', value: 'v', partition: 0 },
  { type: 'addConsumer', consumer: 'c1', group: 'g', topics: ['t.a'], autoOffsetReset: 'earliest' },
  { type: 'poll', consumer: 'c1' },
  { type: 'commit', consumer: 'c1' },
  { type: 'addConsumer', consumer: 'c2', group: 'g', topics: ['t.a'] },
  { type: 'poll', consumer: 'c2' },
  { type: 'removeConsumer', consumer: 'c2' },
  { type: 'alterPartitions', topic: 't.a', partitions: 3 },
  { type: 'addConsumer', consumer: 'c3', group: 'g', topics: ['t.a'], sessionTimeoutMs: 6000 },
  { type: 'poll', consumer: 'c3' },
  { type: 'crashConsumer', consumer: 'c3' },
  { type: 'advanceTime', ms: 8000 },
  { type: 'seek', consumer: 'c1', topic: 't.a', partition: 0, offset: 0 },
  { type: 'seekToEnd', consumer: 'c1' },
  { type: 'pause', consumer: 'c1', partitions: [{ topic: 't.a', partition: 1 }] },
  { type: 'resume', consumer: 'c1', partitions: [{ topic: 't.a', partition: 1 }] },
  { type: 'poll', consumer: 'c1' },
  { type: 'commit', consumer: 'c1', offsets: [{ topic: 't.a', partition: 0, offset: 1 }] },
  { type: 'crashConsumer', consumer: 'c1' },
  { type: 'restartConsumer', consumer: 'c1' },
  { type: 'poll', consumer: 'c1' },
  { type: 'advanceTime', ms: 300_000 },
  { type: 'removeProducer', producer: 'p' },
  { type: 'resetOffsets', group: 'g2', offsets: [{ topic: 't.a', partition: 0, offset: 0 }] },
  { type: 'alterTopicConfig', topic: 't.a', retentionBytes: 1000 },
];

// The classic protocol's join barrier (Kafka versions, not the 'classic' profile): a newcomer waits for c1's poll.
const GROUP_PROTOCOL: Command[] = [
  { type: 'createTopic', topic: 't.a', partitions: 2 },
  { type: 'addConsumer', consumer: 'c1', group: 'g', topics: ['t.a'] },
  { type: 'poll', consumer: 'c1' },
  { type: 'addConsumer', consumer: 'c2', group: 'g', topics: ['t.a'] },
  { type: 'poll', consumer: 'c2' },
  { type: 'poll', consumer: 'c1' },
  { type: 'crashBroker', broker: 1 },
  { type: 'commit', consumer: 'c1' },
  { type: 'advanceTime', ms: 60_000 },
];

interface Step { event: SimEvent; state: SimState }

function play(commands: readonly unknown[], kafkaVersion: ProfileName = 'classic'): Step[] {
  let state = createSimulation({ seed: 5, kafkaVersion });
  const steps: Step[] = [];
  for (const command of commands) {
    const result = applyCommand(state, command);
    state = result.state;
    for (const event of result.events) steps.push({ event, state });
  }
  return steps;
}

const ID = /^(producer:[^:]+|topic:[\w.-]+|partition:[\w.-]+:\d+|record:[\w.-]+:\d+:\d+|consumer:[^:]+|group:[^:]+|broker:\d+)$/;

/** Each id is well formed, listed once, and names something that exists (or existed) after the step. */
function checkTargets({ event, state }: Step, names: Set<string>): string[] {
  const ids = eventTargets(event);
  expect(new Set(ids).size, event.type).toBe(ids.length);
  for (const id of ids) {
    expect(id, event.type).toMatch(ID);
    const [kind, a, b, c] = id.split(':') as [string, string, string?, string?];
    if (kind === 'topic' || kind === 'partition' || kind === 'record') expect(state.topics[a], id).toBeDefined();
    if (kind === 'partition' || kind === 'record') expect(Number(b), id).toBeLessThan(state.topics[a]!.partitions.length);
    if (kind === 'record') expect(Number(c), id).toBeLessThan(logEndOffset(state, a, Number(b))!);
    if (kind === 'producer' || kind === 'consumer' || kind === 'group') expect(names.has(a), id).toBe(true);
    if (kind === 'broker') expect(state.brokers.some((b) => b.id === Number(a)), id).toBe(true);
  }
  return ids;
}


describe('eventTargets', () => {
  // Kafka 4.0+ reports a segment.bytes below 1 MiB as scaled down (configScaledDown).
  const kip848 = [
    { type: 'createTopic', topic: 't', partitions: 2 },
    { type: 'addConsumer', consumer: 'c1', group: 'g', topics: ['t'], groupProtocol: 'consumer' }, { type: 'poll', consumer: 'c1' },
    { type: 'addConsumer', consumer: 'c2', group: 'g', topics: ['t'], groupProtocol: 'consumer' }, { type: 'poll', consumer: 'c2' },
    { type: 'advanceTime', ms: 5_000 },
  ];
  // A compacted topic: the cleaner's pass removes the superseded record (logCleaned).
  const compacted = [{ type: 'createTopic', topic: 'kv', partitions: 1, cleanupPolicy: 'compact', segmentBytes: recordSizeInBytes('k', 'v') * 2 }, { type: 'addProducer', producer: 'p' },
    ...['v', 'w', 'x'].map((value) => ({ type: 'produce', producer: 'p', topic: 'kv', key: 'k', value })), { type: 'advanceTime', ms: 15_000 }];
  // Metadata age (4.1): the producer and the consumer learn of the new partition at metadata.max.age.ms.
  const metadata: Command[] = [
    { type: 'createTopic', topic: 'mt', partitions: 1 }, { type: 'addProducer', producer: 'mp' }, { type: 'produce', producer: 'mp', topic: 'mt', value: 'v' },
    { type: 'addConsumer', consumer: 'm1', group: 'gm', topics: ['mt'] }, { type: 'poll', consumer: 'm1' },
    { type: 'alterPartitions', topic: 'mt', partitions: 2 }, { type: 'advanceTime', ms: 300_000 },
  ];
  const steps = [...play(SCENARIO), ...play(compacted), ...play(clusterScenario(5)), ...play(TRANSACTION_SCENARIO), ...play(GROUP_PROTOCOL, '4.0'), ...play(kip848, '4.1'), ...play([{ type: 'createTopic', topic: 'tiny', partitions: 1, segmentBytes: 1024 }, { type: 'addProducer', producer: 'lp', acks: 1, batchBytes: 150 }, ...['a', 'b', 'c'].map((value): Command => ({ type: 'produce', producer: 'lp', topic: 'tiny', value })), { type: 'advanceTime', ms: 5 }, { type: 'produce', producer: 'lp', topic: 'tiny', value: 'd' }, { type: 'flush', producer: 'lp' }], '4.1'), ...play(metadata, '4.1'), ...KIP890_SCENARIOS.flatMap((s) => play(s.commands, s.kafkaVersion))];
  const names = new Set(['mp', 'm1', 'gm', 'p', 'lp', 'c1', 'c2', 'c3', 'g', 'g2', 'ap', 'np', 'fp', 'once', 'c', ...TRANSACTION_SCENARIO_NAMES]);
  const first = <T extends SimEventType>(type: T) => steps.find((s) => s.event.type === type)!.event as Extract<SimEvent, { type: T }>;

  it('the scenario raises every event type', () => {
    expect([...new Set(steps.map((s) => s.event.type))].sort()).toEqual(Object.keys(EVENT_TYPES).sort());
  });

  it('gives well-formed, unique ids of things that exist, for every event', () => {
    for (const step of steps) checkTargets(step, names);
  });

  it('names what each kind of event touched', () => {
    expect(eventTargets(first('metadataUpdated'))).toEqual(['producer:mp', 'topic:mt']);
    const produced = first('recordProduced');
    expect(eventTargets(produced)).toEqual(['producer:p', 'topic:t.a', `partition:t.a:${produced.partition}`, `record:t.a:${produced.partition}:0`]);
    expect(eventTargets(first('topicCreated'))).toEqual(['topic:t.a', 'partition:t.a:0', 'partition:t.a:1']);
    expect(eventTargets(first('partitionsAdded'))).toEqual(['topic:t.a', 'partition:t.a:2']);
    const fetched = first('recordsFetched');
    expect(eventTargets(fetched)).toEqual(expect.arrayContaining(['consumer:c1', 'group:g', 'record:t.a:0:0', 'record:t.a:0:1']));
    expect(eventTargets(fetched).filter((id) => id.startsWith('record:'))).toHaveLength(fetched.count);
    expect(eventTargets(first('rebalanceStarted'))).toEqual(['group:g', 'consumer:c1']);
    const manual = steps.map((s) => s.event).find((e) => e.type === 'offsetsCommitted' && !e.auto)!;
    expect(eventTargets(manual)).toEqual(['consumer:c1', 'group:g', 'topic:t.a', 'partition:t.a:0', 'partition:t.a:1']);
    expect(eventTargets(first('consumerCrashed'))).toEqual(['consumer:c3', 'group:g']);
    expect(eventTargets(first('segmentsDeleted'))).toEqual(expect.arrayContaining(['topic:t.a']));
    for (const type of ['retentionChecked', 'timeAdvanced', 'brokerConfigured'] as const) expect(eventTargets(first(type))).toEqual([]);
  });

  it('stays well formed for random command sequences', () => {
    const name = fc.constantFrom('a', 'b');
    const command = fc.oneof(
      fc.record({ type: fc.constant('createTopic'), topic: fc.constantFrom('x', 'y.z'), partitions: fc.integer({ min: 1, max: 3 }), segmentBytes: fc.constant(SIZE * 2), retentionMs: fc.constant(1000) }),
      fc.record({ type: fc.constant('alterPartitions'), topic: fc.constantFrom('x', 'y.z'), partitions: fc.integer({ min: 1, max: 5 }) }),
      fc.record({ type: fc.constantFrom('addProducer', 'removeProducer'), producer: name }),
      fc.record({ type: fc.constant('produce'), producer: name, topic: fc.constantFrom('x', 'y.z'), value: fc.constant('v') }),
      fc.record({ type: fc.constant('addConsumer'), consumer: name, group: name, topics: fc.constant(['x']), autoOffsetReset: fc.constant('earliest') }),
      fc.record({ type: fc.constantFrom('poll', 'commit', 'removeConsumer', 'crashConsumer'), consumer: name }),
      fc.record({ type: fc.constant('advanceTime'), ms: fc.integer({ min: 0, max: 5000 }) }),
    );
    fc.assert(fc.property(fc.array(command, { maxLength: 25 }), (commands) => {
      for (const step of play(commands)) checkTargets(step, new Set(['a', 'b']));
    }), { numRuns: 100 });
  });
});
