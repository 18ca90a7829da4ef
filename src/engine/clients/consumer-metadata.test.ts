import { createSimulation } from '../apply.ts';
import type { Command } from '../commands.ts';
import type { SimEvent } from '../events.ts';
import { eventsOf, run } from '../test-support/run.ts';
import type { OffsetResetPolicy } from '../types.ts';
import type { ProfileName } from '../versions/names.ts';

// Classic consumers act on their cached metadata too. ConsumerCoordinator keeps a metadataSnapshot
// (maybeUpdateSubscriptionMetadata, at each poll) and, on the leader, the assignmentSnapshot it
// assigned from (performAssignment); rejoinNeededOrPending sees them differ at the leader's next
// poll after a refresh that found new partitions, and the leader rejoins. Members that are not the
// leader never compare. Under the consumer protocol (KIP-848) the coordinator itself sees new
// partitions at the members' next heartbeats.

const AGE = 300_000;
const LONG = 10_000_000; // max.poll.interval.ms long enough that nobody leaves while time passes
const at = (version: ProfileName) => createSimulation({ seed: 7, kafkaVersion: version });
const member = (consumer: string, reset: OffsetResetPolicy = 'earliest'): Command =>
  ({ type: 'addConsumer', consumer, group: 'g', topics: ['t'], autoOffsetReset: reset, maxPollIntervalMs: LONG });
const poll = (consumer: string): Command => ({ type: 'poll', consumer });
const assigned = (events: readonly SimEvent[], consumer: string) => eventsOf(events, 'syncGroup').filter((e) => e.consumer === consumer).at(-1)?.partitions.map((tp) => tp.partition);

const STABLE: Command[] = [
  { type: 'createTopic', topic: 't', partitions: 2 },
  member('c1'), poll('c1'), member('c2'), poll('c2'), poll('c1'),
  { type: 'advanceTime', ms: 1_000 },
  { type: 'alterPartitions', topic: 't', partitions: 4 },
];

describe('ConsumerCoordinator metadataSnapshot and rejoinNeededOrPending', () => {
  it('nothing rebalances when partitions are added; the leader learns at metadata.max.age.ms and rejoins in its next poll, not before', () => {
    const added = run(STABLE, at('3.9'));
    expect(added.state.groups['g']!.leader).toBe('c1');
    expect(added.state.groups['g']!.assignmentSnapshot).toEqual({ t: 2 });
    const early = run([...STABLE, { type: 'advanceTime', ms: AGE - 1_001 }, poll('c1')], at('3.9'));
    expect(eventsOf(early.events, 'rebalanceStarted').filter((e) => e.reason === 'partitions-added')).toEqual([]);

    const { events, state } = run([...STABLE, { type: 'advanceTime', ms: AGE - 1_000 }], at('3.9'));
    const refreshed = eventsOf(events, 'metadataUpdated');
    expect(refreshed.map((e) => [e.client, e.at, e.partitions, e.previous, e.reason, e.groupLeader === true])).toEqual([
      ['c1', AGE, 4, 2, 'maxAge', true], ['c2', AGE, 4, 2, 'maxAge', false],
    ]);
    expect(eventsOf(events, 'rebalanceStarted').filter((e) => e.reason === 'partitions-added')).toEqual([]);
    // The member that is not the leader polls: it does not compare snapshots, nothing happens.
    const afterMember = run([poll('c2')], state);
    expect(eventsOf(afterMember.events, 'rebalanceStarted')).toEqual([]);
    // The leader's poll: cached metadata has changed since its assignment, so it rejoins.
    const afterLeader = run([poll('c1'), poll('c2')], afterMember.state);
    expect(eventsOf(afterLeader.events, 'rebalanceStarted').map((e) => e.reason)).toEqual(['partitions-added']);
    expect([...assigned(afterLeader.events, 'c1')!, ...assigned(afterLeader.events, 'c2')!].sort()).toEqual([0, 1, 2, 3]);
    expect(afterLeader.state.groups['g']!.assignmentSnapshot).toEqual({ t: 4 });
  });

  it('performAssignment: a rebalance for another reason before the refresh assigns from the leader\'s cached count', () => {
    const { events } = run([...STABLE, member('c3'), poll('c3'), poll('c1'), poll('c2')], at('3.9'));
    const shares = ['c1', 'c2', 'c3'].flatMap((c) => assigned(events, c) ?? []);
    expect(shares.sort()).toEqual([0, 1]);
  });

  it('updateGroupSubscription: the leader fetches a topic only another member subscribes to, refreshing what it knows', () => {
    const { events, state } = run([
      ...STABLE, { type: 'createTopic', topic: 'u', partitions: 1 },
      { type: 'addConsumer', consumer: 'c3', group: 'g', topics: ['t', 'u'], autoOffsetReset: 'earliest', maxPollIntervalMs: LONG }, poll('c3'), poll('c1'), poll('c2'),
    ], at('3.9'));
    expect(eventsOf(events, 'metadataUpdated').map((e) => [e.client, e.topic, e.reason, e.partitions])).toEqual([['c1', 't', 'newTopics', 4]]);
    expect(state.groups['g']!.assignmentSnapshot).toEqual({ t: 4, u: 1 });
  });

  it('KIP-814: a static leader restarted within its session skips the assignment and takes its fresh metadata as the snapshot', () => {
    const { events, state } = run([
      { type: 'createTopic', topic: 't', partitions: 2 },
      { type: 'addConsumer', consumer: 'c1', group: 'g', topics: ['t'], autoOffsetReset: 'earliest', maxPollIntervalMs: LONG, groupInstanceId: 'i1' }, poll('c1'),
      { type: 'crashConsumer', consumer: 'c1' },
      { type: 'alterPartitions', topic: 't', partitions: 4 },
      { type: 'restartConsumer', consumer: 'c1' }, poll('c1'),
      { type: 'advanceTime', ms: AGE }, poll('c1'),
    ], at('3.9'));
    expect(state.groups['g']!.assignmentSnapshot).toEqual({ t: 4 });
    expect(eventsOf(events, 'rebalanceStarted').filter((e) => e.reason === 'partitions-added')).toEqual([]);
    expect(state.consumers['c1']!.assignment.map((tp) => tp.partition)).toEqual([0, 1]);
  });

  it("the 'classic' profile rebalances as soon as partitions are added", () => {
    const { events } = run(STABLE, at('classic'));
    expect(eventsOf(events, 'rebalanceStarted').filter((e) => e.reason === 'partitions-added')).toHaveLength(1);
    expect(eventsOf(events, 'metadataUpdated')).toEqual([]);
  });
});

/**
 * KAFKA-12261: producers that know the new partitions write to them before the group is assigned
 * them; a group with auto.offset.reset=latest then starts those partitions at their end and never
 * reads what was written in between. With earliest nothing is lost.
 */
function splitPartitions(reset: OffsetResetPolicy, version: ProfileName) {
  return run([
    { type: 'createTopic', topic: 't', partitions: 2 },
    member('c1', reset), poll('c1'),
    { type: 'advanceTime', ms: 1_000 },
    { type: 'alterPartitions', topic: 't', partitions: 4 },
    // A producer started after the change knows all four partitions at once.
    { type: 'addProducer', producer: 'fresh' },
    ...[2, 3].map((partition): Command => ({ type: 'produce', producer: 'fresh', topic: 't', value: `new-${partition}`, partition })),
    { type: 'advanceTime', ms: AGE },
    poll('c1'), poll('c1'),
  ], at(version));
}

const readFromNew = (events: readonly SimEvent[]) => eventsOf(events, 'recordsFetched').flatMap((e) => e.batches).filter((b) => b.partition >= 2).flatMap((b) => b.records.map((r) => r.value));

describe('KAFKA-12261: a group that notices new partitions late, with auto.offset.reset=latest', () => {
  it('skips what was written to them before its leader rejoined', () => {
    const { events } = splitPartitions('latest', '3.9');
    expect(eventsOf(events, 'offsetReset').filter((e) => e.partition >= 2).map((e) => [e.partition, e.policy, e.to])).toEqual([[2, 'latest', 1], [3, 'latest', 1]]);
    expect(readFromNew(events)).toEqual([]);
  });

  it('reads them with auto.offset.reset=earliest', () => {
    expect(readFromNew(splitPartitions('earliest', '3.9').events).sort()).toEqual(['new-2', 'new-3']);
  });

  it("the 'classic' profile assigns the new partitions while they are still empty, so latest loses nothing", () => {
    expect(readFromNew(splitPartitions('latest', 'classic').events).sort()).toEqual(['new-2', 'new-3']);
  });
});

describe('consumer protocol (KIP-848): the coordinator sees new partitions itself', () => {
  it('the target assignment changes at the next heartbeat, and the client refreshes nothing', () => {
    const { events, state } = run([
      { type: 'createTopic', topic: 't', partitions: 2 },
      { type: 'addConsumer', consumer: 'k1', group: 'g', topics: ['t'], groupProtocol: 'consumer' }, poll('k1'),
      { type: 'advanceTime', ms: 11_000 },
      { type: 'alterPartitions', topic: 't', partitions: 4 },
      { type: 'advanceTime', ms: 5_000 },
    ], at('4.1'));
    const bumped = eventsOf(events, 'groupEpochBumped').filter((e) => e.reason === 'partitions-added');
    expect(bumped).toHaveLength(1);
    // group.consumer.heartbeat.interval.ms = 5 s: the member's next heartbeat after the change.
    expect(bumped[0]!.at).toBe(15_000);
    expect(state.consumers['k1']!.assignment.map((tp) => tp.partition)).toEqual([0, 1, 2, 3]);
    expect(state.consumers['k1']!.metadata).toBeUndefined();
    expect(eventsOf(events, 'metadataUpdated')).toEqual([]);
  });
});
