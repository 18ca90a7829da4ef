import { applyCommand } from '../apply.ts';
import type { Command } from '../commands.ts';
import { fetchedRecords } from '../events.ts';
import { records } from '../queries.ts';
import { followersOf, leaderOf, threeBrokers } from '../test-support/cluster.ts';
import { eventsOf, run } from '../test-support/run.ts';
import { brokers, partitionState, replicaRecords } from './queries.ts';

// Replication as Kafka's brokers do it (kafka.cluster.Partition / Replica, ReplicaFetcherThread),
// with Kafka's defaults: replica.fetch.wait.max.ms 500, replica.lag.time.max.ms 30000,
// broker.session.timeout.ms 9000.

const produce = (value: string, producer = 'p'): Command => ({ type: 'produce', producer, topic: 'orders', value });
const advance = (ms: number): Command => ({ type: 'advanceTime', ms });

describe('followers copy the leader by fetching as time passes', () => {
  it('never inside the step that produced: only the leader has the record, and the high watermark waits', () => {
    const { state, events } = run([...threeBrokers(), { type: 'addProducer', producer: 'p' }, produce('a')]);
    const info = partitionState(state, 'orders', 0)!;
    expect(info.logEndOffsets[leaderOf(state)]).toBe(1);
    for (const f of followersOf(state)) expect(info.logEndOffsets[f]).toBe(0);
    expect(info.highWatermark).toBe(0);
    expect(eventsOf(events, 'replicaFetched')).toEqual([]);
  });

  it('within 2 s (fetch rounds every 500 ms) every in-sync follower and the high watermark are level with the leader', () => {
    const { state, events } = run([...threeBrokers(), { type: 'addProducer', producer: 'p' }, produce('a'), produce('b'), advance(2000)]);
    const info = partitionState(state, 'orders', 0)!;
    expect(Object.values(info.logEndOffsets)).toEqual([2, 2, 2]);
    expect(info.highWatermark).toBe(2);
    const fetched = eventsOf(events, 'replicaFetched');
    expect(fetched[0]!.at).toBe(500);
    expect(fetched.every((e) => e.at % 500 === 0)).toBe(true);
  });

  it('the high watermark moves once every in-sync follower has fetched past the record; a follower learns it on its next fetch', () => {
    const { state, events } = run([...threeBrokers(), { type: 'addProducer', producer: 'p' }, produce('a'), advance(500)]);
    // At 500 ms both followers copied offset 0, but the leader only learns that from their next fetch.
    expect(partitionState(state, 'orders', 0)!.highWatermark).toBe(0);
    expect(eventsOf(events, 'replicaFetched').map((e) => [e.from, e.to, e.highWatermark])).toEqual([[0, 1, 0], [0, 1, 0]]);
    const next = applyCommand(state, advance(500));
    expect(eventsOf(next.events, 'highWatermarkAdvanced')).toEqual([{ type: 'highWatermarkAdvanced', at: 1000, topic: 'orders', partition: 0, broker: leaderOf(state), from: 0, to: 1 }]);
  });

  it('with a single replica the high watermark moves with the append, as in Kafka', () => {
    const { state } = run([{ type: 'createTopic', topic: 'orders', partitions: 1 }, { type: 'addProducer', producer: 'p' }, produce('a')]);
    expect(partitionState(state, 'orders', 0)!.highWatermark).toBe(1);
  });

  it('a follower\'s log shares the leader\'s record objects (replication factor 3 does not triple the records)', () => {
    const { state } = run([...threeBrokers(), { type: 'addProducer', producer: 'p' }, produce('a'), advance(2000)]);
    const leaderRecord = records(state, 'orders', 0)[0];
    for (const f of followersOf(state)) expect(replicaRecords(state, 'orders', 0, f)[0]).toBe(leaderRecord);
  });

  it('consumers read only below the high watermark', () => {
    const setup: Command[] = [...threeBrokers(), { type: 'addProducer', producer: 'p' }, { type: 'addConsumer', consumer: 'c', group: 'g', topics: ['orders'], autoOffsetReset: 'earliest' }, produce('a'), produce('b')];
    const early = run([...setup, { type: 'poll', consumer: 'c' }]);
    expect(eventsOf(early.events, 'recordsFetched').at(-1)!.count).toBe(0);
    const later = run([...setup, advance(2000), { type: 'poll', consumer: 'c' }]);
    expect(fetchedRecords(eventsOf(later.events, 'recordsFetched').at(-1)!).map((r) => r.value)).toEqual(['a', 'b']);
  });

  it('auto.offset.reset=latest starts at the high watermark (ListOffsets answers it to consumers), not the log end', () => {
    const { state } = run([...threeBrokers(), { type: 'addProducer', producer: 'p' }, produce('a'), { type: 'addConsumer', consumer: 'c', group: 'g', topics: ['orders'], autoOffsetReset: 'latest' }, advance(2000), { type: 'poll', consumer: 'c' }]);
    expect(state.consumers['c']!.positions['orders:0']).toBe(1);
  });
});

describe('the ISR', () => {
  it('shrinks when a follower has not caught up for replica.lag.time.max.ms (30 s), not before, and says why', () => {
    const base = run([...threeBrokers(), { type: 'addProducer', producer: 'p', acks: 1 }, advance(1000)]).state;
    const [cut] = followersOf(base);
    const isolated = run([{ type: 'isolateBroker', broker: cut! }, produce('a'), advance(29_000)], base);
    expect(partitionState(isolated.state, 'orders', 0)!.isr).toContain(cut);
    const later = applyCommand(isolated.state, advance(2000));
    expect(partitionState(later.state, 'orders', 0)!.isr).not.toContain(cut);
    expect(eventsOf(later.events, 'isrShrunk')).toEqual([expect.objectContaining({ removed: [cut], reason: 'lagging' })]);
  });

  it('keeps level followers in sync across a long quiet spell: a write after a minute of silence needs no catching up', () => {
    const { state, events } = run([...threeBrokers({ minInsyncReplicas: 2 }), { type: 'addProducer', producer: 'p' }, advance(60_000), produce('a'), advance(2000)]);
    expect(eventsOf(events, 'isrShrunk')).toEqual([]);
    expect(partitionState(state, 'orders', 0)!.isr).toHaveLength(3);
    expect(eventsOf(events, 'produceAcknowledged')).toHaveLength(1);
  });

  it('keeps a cut-off follower that had nothing to catch up (Replica.isCaughtUp: its log end equals the leader\'s)', () => {
    const base = run([...threeBrokers(), advance(1000)]).state;
    const [cut] = followersOf(base);
    const { state } = run([{ type: 'isolateBroker', broker: cut! }, advance(120_000)], base);
    expect(partitionState(state, 'orders', 0)!.isr).toContain(cut);
  });

  it('grows back when the follower catches up with the leader', () => {
    const base = run([...threeBrokers(), { type: 'addProducer', producer: 'p', acks: 1 }, advance(1000)]).state;
    const [cut] = followersOf(base);
    const { state, events } = run([{ type: 'isolateBroker', broker: cut! }, produce('a'), advance(31_000), { type: 'reconnectBroker', broker: cut! }, advance(2000)], base);
    expect(partitionState(state, 'orders', 0)!.isr).toContain(cut);
    expect(eventsOf(events, 'isrExpanded')).toEqual([expect.objectContaining({ added: cut })]);
    expect(partitionState(state, 'orders', 0)!.logEndOffsets[cut!]).toBe(1);
  });

  it('loses a crashed broker only when the controller fences it after broker.session.timeout.ms (9 s)', () => {
    const base = run(threeBrokers()).state;
    const [f] = followersOf(base);
    const crashed = run([{ type: 'crashBroker', broker: f! }, advance(8999)], base);
    expect(partitionState(crashed.state, 'orders', 0)!.isr).toContain(f);
    expect(brokers(crashed.state).find((b) => b.id === f)!.status).toBe('crashed');
    const fenced = applyCommand(crashed.state, advance(1));
    expect(brokers(fenced.state).find((b) => b.id === f)!.status).toBe('fenced');
    expect(partitionState(fenced.state, 'orders', 0)!.isr).not.toContain(f);
    expect(eventsOf(fenced.events, 'isrShrunk')).toEqual([expect.objectContaining({ removed: [f], reason: 'fenced' })]);
  });
});

describe('leader election', () => {
  it('a clean stop moves leadership at once to the first live in-sync replica in assignment order, with a new epoch', () => {
    const base = run(threeBrokers()).state;
    const info = partitionState(base, 'orders', 0)!;
    const { state, events } = run([{ type: 'stopBroker', broker: info.leader! }], base);
    const after = partitionState(state, 'orders', 0)!;
    expect(after.leader).toBe(info.replicas[1]);
    expect(after.leaderEpoch).toBe(1);
    expect(after.isr).not.toContain(info.leader);
    expect(eventsOf(events, 'leaderElected')).toEqual([expect.objectContaining({ leader: info.replicas[1], previousLeader: info.leader, leaderEpoch: 1, unclean: false, reason: 'controlled-shutdown' })]);
  });

  it('skips a replica that is not in the ISR', () => {
    const base = run([...threeBrokers(), { type: 'addProducer', producer: 'p', acks: 1 }, advance(1000)]).state;
    const info = partitionState(base, 'orders', 0)!;
    const second = info.replicas[1]!;
    const { state } = run([{ type: 'isolateBroker', broker: second }, produce('a'), advance(31_000), { type: 'reconnectBroker', broker: second }, { type: 'stopBroker', broker: info.leader! }], base);
    expect(partitionState(state, 'orders', 0)!.leader).toBe(info.replicas[2]);
  });

  it('a crashed leader keeps the partition until it is fenced; then a follower leads', () => {
    const base = run(threeBrokers()).state;
    const leader = leaderOf(base);
    const early = run([{ type: 'crashBroker', broker: leader }, advance(5000)], base).state;
    expect(partitionState(early, 'orders', 0)!.leader).toBe(leader);
    const late = applyCommand(early, advance(4000)).state;
    expect(partitionState(late, 'orders', 0)!.leader).not.toBe(leader);
    expect(partitionState(late, 'orders', 0)!.leaderEpoch).toBe(1);
  });

  it('with no live in-sync replica the partition goes offline: produce waits, consumers get nothing; it returns with its broker', () => {
    const setup: Command[] = [{ type: 'addBroker', broker: 2 }, { type: 'createTopic', topic: 'orders', partitions: 1 }, { type: 'addProducer', producer: 'p' }, { type: 'addConsumer', consumer: 'c', group: 'g', topics: ['orders'], autoOffsetReset: 'earliest' }, produce('a')];
    const base = run(setup).state;
    const only = leaderOf(base);
    const down = run([{ type: 'stopBroker', broker: only }, produce('b'), { type: 'poll', consumer: 'c' }], base);
    expect(partitionState(down.state, 'orders', 0)!.leader).toBeUndefined();
    expect(eventsOf(down.events, 'partitionOffline')).toHaveLength(1);
    expect(eventsOf(down.events, 'produceWaiting')).toEqual([expect.objectContaining({ reason: 'no-leader' })]);
    expect(eventsOf(down.events, 'recordsFetched').at(-1)!.count).toBe(0);
    const back = run([{ type: 'startBroker', broker: only }], down.state);
    expect(partitionState(back.state, 'orders', 0)!.leader).toBe(only);
    expect(records(back.state, 'orders', 0).map((r) => r.value)).toEqual(['a', 'b']);
  });

  it('unclean election (uncleanLeaderElection) lets an out-of-sync replica lead; the event names the offsets lost', () => {
    const base = run([{ type: 'addBroker', broker: 2 }, { type: 'createTopic', topic: 'orders', partitions: 1, replicationFactor: 2, uncleanLeaderElection: true }, { type: 'addProducer', producer: 'p', acks: 1 }, produce('a'), advance(2000)]).state;
    const leader = leaderOf(base);
    const [follower] = followersOf(base);
    const { state, events } = run([{ type: 'isolateBroker', broker: follower! }, produce('b'), produce('c'), advance(31_000), { type: 'crashBroker', broker: leader }, { type: 'reconnectBroker', broker: follower! }, advance(9000)], base);
    const info = partitionState(state, 'orders', 0)!;
    expect(info.leader).toBe(follower);
    expect(info.isr).toEqual([follower]);
    expect(eventsOf(events, 'leaderElected').at(-1)).toEqual(expect.objectContaining({ unclean: true, lostOffsets: { from: 1, to: 3 } }));
    expect(records(state, 'orders', 0).map((r) => r.value)).toEqual(['a']);
  });

  it('without unclean election the same failure leaves the partition offline instead', () => {
    const base = run([{ type: 'addBroker', broker: 2 }, { type: 'createTopic', topic: 'orders', partitions: 1, replicationFactor: 2 }, { type: 'addProducer', producer: 'p', acks: 1 }, produce('a'), advance(2000)]).state;
    const leader = leaderOf(base);
    const [follower] = followersOf(base);
    const { state } = run([{ type: 'isolateBroker', broker: follower! }, produce('b'), advance(31_000), { type: 'crashBroker', broker: leader }, advance(9000)], base);
    expect(partitionState(state, 'orders', 0)!.leader).toBeUndefined();
    expect(partitionState(state, 'orders', 0)!.isr).toEqual([leader]);
  });

  it('a returning replica truncates where its log diverged from the new leader (leader epochs), then catches up', () => {
    const base = run([...threeBrokers(), { type: 'addProducer', producer: 'p', acks: 1 }, produce('a'), advance(2000)]).state;
    const leader = leaderOf(base);
    // acks=1: acknowledged by the leader alone, which crashes before any follower copies it.
    const crashed = run([produce('lost'), { type: 'crashBroker', broker: leader }, advance(9000), produce('new')], base);
    expect(eventsOf(crashed.events, 'produceAcknowledged').map((e) => e.offset)).toEqual([1, 1]);
    const { state, events } = run([{ type: 'startBroker', broker: leader }, advance(2000)], crashed.state);
    expect(eventsOf(events, 'logTruncated')).toEqual([expect.objectContaining({ broker: leader, from: 1, to: 2 })]);
    expect(replicaRecords(state, 'orders', 0, leader).map((r) => r.value)).toEqual(['a', 'new']);
    expect(partitionState(state, 'orders', 0)!.isr).toContain(leader);
  });

  it('a follower that diverged over several epochs asks again until the logs agree (getOffsetTruncationState)', () => {
    // Two replicas, unclean election on: each broker in turn leads alone and writes what the other never gets.
    const base = run([{ type: 'addBroker', broker: 2 }, { type: 'createTopic', topic: 'orders', partitions: 1, replicationFactor: 2, uncleanLeaderElection: true }, { type: 'addProducer', producer: 'p', acks: 1 }, produce('a0'), advance(2000)]).state;
    const first = leaderOf(base);
    const [second] = followersOf(base);
    const { state } = run([
      { type: 'isolateBroker', broker: second! }, produce('A1'), advance(31_000),
      { type: 'crashBroker', broker: first }, { type: 'reconnectBroker', broker: second! }, advance(9000), produce('B1'), produce('B2'),
      { type: 'isolateBroker', broker: second! }, { type: 'startBroker', broker: first }, advance(1000),
      { type: 'crashBroker', broker: second! }, advance(9000), produce('C1'),
      { type: 'startBroker', broker: second! }, advance(3000),
    ], base);
    const info = partitionState(state, 'orders', 0)!;
    const leaderValues = replicaRecords(state, 'orders', 0, info.leader!).map((r) => r.value);
    for (const broker of info.isr) {
      expect(replicaRecords(state, 'orders', 0, broker).map((r) => r.value).slice(0, info.highWatermark)).toEqual(leaderValues.slice(0, info.highWatermark));
    }
    expect(info.isr).toHaveLength(2);
  });

  it('followers move their log start with the leader\'s, so records retention deleted do not come back after a failover', () => {
    const { state } = run([
      { type: 'configureBroker', retentionCheckIntervalMs: 1000 }, ...threeBrokers({ segmentBytes: 200, retentionMs: 5000 }), { type: 'addProducer', producer: 'p' },
      ...['a', 'b', 'c', 'd', 'e'].map((v) => produce(v)), advance(2000), advance(10_000), produce('f'), advance(2000),
    ]);
    const start = partitionState(state, 'orders', 0)!;
    const leader = start.leader!;
    expect(records(state, 'orders', 0)[0]!.offset).toBeGreaterThan(0);
    const after = run([{ type: 'stopBroker', broker: leader }], state).state;
    expect(records(after, 'orders', 0).map((r) => r.value)).toEqual(records(state, 'orders', 0).map((r) => r.value));
  });

  it('hands leadership back to the preferred replica at the next leader.imbalance.check.interval (5 min)', () => {
    const base = run(threeBrokers()).state;
    const preferred = leaderOf(base);
    const moved = run([{ type: 'stopBroker', broker: preferred }, { type: 'startBroker', broker: preferred }, advance(2000)], base).state;
    expect(leaderOf(moved)).not.toBe(preferred);
    const { state, events } = run([advance(300_000)], moved);
    expect(leaderOf(state)).toBe(preferred);
    expect(eventsOf(events, 'leaderElected')).toEqual([expect.objectContaining({ leader: preferred, reason: 'preferred', at: 300_000 })]);
  });
});

describe('brokers', () => {
  it('start with broker 1; addBroker, stop, crash, fence, start, isolate and reconnect change its status', () => {
    const statusOf = (commands: Command[]) => brokers(run([{ type: 'addBroker', broker: 2 }, ...commands]).state).find((b) => b.id === 2)!.status;
    expect(statusOf([])).toBe('online');
    expect(statusOf([{ type: 'stopBroker', broker: 2 }])).toBe('stopped');
    expect(statusOf([{ type: 'crashBroker', broker: 2 }])).toBe('crashed');
    expect(statusOf([{ type: 'crashBroker', broker: 2 }, advance(9000)])).toBe('fenced');
    expect(statusOf([{ type: 'crashBroker', broker: 2 }, { type: 'startBroker', broker: 2 }])).toBe('online');
    expect(statusOf([{ type: 'isolateBroker', broker: 2 }])).toBe('isolated');
    expect(statusOf([{ type: 'isolateBroker', broker: 2 }, { type: 'reconnectBroker', broker: 2 }])).toBe('online');
  });

  it('refuses bad broker commands with a reason and leaves the state as it was', () => {
    const { state } = run([{ type: 'addBroker', broker: 2 }, { type: 'stopBroker', broker: 2 }]);
    const cases: [unknown, string][] = [
      [{ type: 'addBroker', broker: 2 }, 'DUPLICATE_BROKER_REGISTRATION'],
      [{ type: 'addBroker', broker: 0 }, 'INVALID_COMMAND'],
      [{ type: 'addBroker', broker: 1.5 }, 'INVALID_COMMAND'],
      [{ type: 'crashBroker', broker: 9 }, 'BROKER_NOT_REGISTERED'],
      [{ type: 'startBroker', broker: 1 }, 'BROKER_ALREADY_RUNNING'],
      [{ type: 'stopBroker', broker: 2 }, 'BROKER_NOT_RUNNING'],
      [{ type: 'isolateBroker', broker: 2 }, 'BROKER_NOT_RUNNING'],
      [{ type: 'reconnectBroker', broker: 1 }, 'BROKER_NOT_ISOLATED'],
    ];
    for (const [command, code] of cases) {
      const result = applyCommand(state, command);
      expect(result.error?.code, JSON.stringify(command)).toBe(code);
      expect(result.state).toBe(state);
      expect(result.events).toEqual([]);
    }
  });
});
