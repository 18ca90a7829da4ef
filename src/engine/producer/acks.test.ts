import { applyCommand } from '../apply.ts';
import type { Command } from '../commands.ts';
import { SIM_LIMITS } from '../defaults.ts';
import { records } from '../queries.ts';
import { partitionState, inFlight } from '../replication/queries.ts';
import { followersOf, leaderOf, threeBrokers } from '../test-support/cluster.ts';
import { eventsOf, run } from '../test-support/run.ts';

// What "sent" means for the Java producer: acks, min.insync.replicas, retries, delivery.timeout.ms
// and idempotence (ProducerConfig, Sender, ReplicaManager.appendRecords, DelayedProduce,
// ProducerStateManager).

const produce = (value: string, producer = 'p'): Command => ({ type: 'produce', producer, topic: 'orders', value });
const advance = (ms: number): Command => ({ type: 'advanceTime', ms });
const values = (state: Parameters<typeof records>[0]) => records(state, 'orders', 0).map((r) => r.value);

describe('producer defaults and configs (ProducerConfig)', () => {
  it('acks=all with idempotence on by default since Kafka 3.0; retries MAX_INT; delivery.timeout.ms 120 s', () => {
    const { state } = run([{ type: 'addProducer', producer: 'p' }]);
    expect(state.producers['p']).toEqual(expect.objectContaining({ acks: 'all', enableIdempotence: true, retries: 2_147_483_647, deliveryTimeoutMs: 120_000 }));
  });

  it('turns idempotence off quietly for acks 0 or 1, and refuses it when asked for explicitly', () => {
    expect(run([{ type: 'addProducer', producer: 'p', acks: 1 }]).state.producers['p']!.enableIdempotence).toBe(false);
    const refused = applyCommand(run([]).state, { type: 'addProducer', producer: 'p', acks: 1, enableIdempotence: true });
    expect(refused.error).toEqual(expect.objectContaining({ code: 'CONFIG_EXCEPTION', message: 'Must set acks to all in order to use the idempotent producer. Otherwise we cannot guarantee idempotence.' }));
    expect(applyCommand(run([]).state, { type: 'addProducer', producer: 'p', acks: 'all', retries: 0, enableIdempotence: true }).error?.message).toBe('Must set retries to non-zero when using the idempotent producer.');
    expect(applyCommand(run([]).state, { type: 'addProducer', producer: 'p', deliveryTimeoutMs: 29_999 }).error?.code).toBe('CONFIG_EXCEPTION');
    expect(applyCommand(run([]).state, { type: 'addProducer', producer: 'p', acks: 2 }).error?.code).toBe('INVALID_COMMAND');
  });
});

describe('acks', () => {
  it('acks=0: the producer never hears back; nothing stays in flight', () => {
    const { state, events } = run([...threeBrokers(), { type: 'addProducer', producer: 'p', acks: 0 }, produce('a'), advance(2000)]);
    expect(eventsOf(events, 'produceAcknowledged')).toEqual([]);
    expect(inFlight(state, 'p')).toEqual([]);
    expect(values(state)).toEqual(['a']);
  });

  it('acks=1: acknowledged as soon as the leader appended, in the same step', () => {
    const { state, events } = run([...threeBrokers(), { type: 'addProducer', producer: 'p', acks: 1 }, produce('a')]);
    expect(eventsOf(events, 'produceAcknowledged')).toEqual([expect.objectContaining({ offset: 0, acks: 1 })]);
    expect(partitionState(state, 'orders', 0)!.highWatermark).toBe(0);
  });

  it('acks=all: in flight until the high watermark passes the record', () => {
    const sent = run([...threeBrokers(), { type: 'addProducer', producer: 'p' }, produce('a')]);
    expect(eventsOf(sent.events, 'produceAcknowledged')).toEqual([]);
    expect(inFlight(sent.state, 'p')).toEqual([expect.objectContaining({ status: 'awaiting-ack', offset: 0 })]);
    const { state, events } = run([advance(1000)], sent.state);
    const hw = eventsOf(events, 'highWatermarkAdvanced')[0]!;
    expect(eventsOf(events, 'produceAcknowledged')).toEqual([expect.objectContaining({ offset: 0, acks: 'all', at: hw.at })]);
    expect(inFlight(state, 'p')).toEqual([]);
  });

  it('acks=all waits for the ISR, not for every replica: a follower out of the ISR does not hold it back', () => {
    const base = run([...threeBrokers(), { type: 'addProducer', producer: 'p' }, { type: 'addProducer', producer: 'q', acks: 1 }, advance(1000)]).state;
    const [cut] = followersOf(base);
    const shrunk = run([{ type: 'isolateBroker', broker: cut! }, produce('x', 'q'), advance(31_000)], base).state;
    expect(partitionState(shrunk, 'orders', 0)!.isr).not.toContain(cut);
    const { events } = run([produce('a'), advance(1000)], shrunk);
    expect(eventsOf(events, 'produceAcknowledged')).toHaveLength(1);
  });

  it('acks=1 loses an acknowledged record when the leader dies before a follower copied it', () => {
    const base = run([...threeBrokers(), { type: 'addProducer', producer: 'p', acks: 1 }, advance(1000)]).state;
    const { state, events } = run([produce('a'), { type: 'crashBroker', broker: leaderOf(base) }, advance(9000)], base);
    expect(eventsOf(events, 'produceAcknowledged')).toHaveLength(1);
    expect(values(state)).toEqual([]);
  });

  it('acks=all with min.insync.replicas=2 keeps an acknowledged record through the leader\'s crash', () => {
    const base = run([...threeBrokers({ minInsyncReplicas: 2 }), { type: 'addProducer', producer: 'p' }, advance(1000)]).state;
    const acked = run([produce('a'), advance(2000)], base);
    expect(eventsOf(acked.events, 'produceAcknowledged')).toHaveLength(1);
    const { state } = run([{ type: 'crashBroker', broker: leaderOf(base) }, advance(9000)], acked.state);
    expect(leaderOf(state)).not.toBe(leaderOf(base));
    expect(values(state)).toEqual(['a']);
  });
});

describe('min.insync.replicas', () => {
  it('refuses an acks=all append while the ISR is smaller (NOT_ENOUGH_REPLICAS), retries, and fails at delivery.timeout.ms', () => {
    const base = run([{ type: 'addBroker', broker: 2 }, { type: 'createTopic', topic: 'orders', partitions: 1, replicationFactor: 2, minInsyncReplicas: 2 }, { type: 'addProducer', producer: 'p', deliveryTimeoutMs: 30_000 }]).state;
    const [follower] = followersOf(base);
    const { state, events } = run([{ type: 'stopBroker', broker: follower! }, produce('a'), advance(31_000)], base);
    expect(values(state)).toEqual([]);
    const errors = eventsOf(events, 'produceErrored');
    expect(errors[0]).toEqual(expect.objectContaining({ error: 'NOT_ENOUGH_REPLICAS', retryAt: 100 }));
    // The first three retries are narrated; the rest happen quietly and the outcome counts them.
    expect(eventsOf(events, 'produceRetried')).toHaveLength(3);
    expect(eventsOf(events, 'produceFailed')).toEqual([expect.objectContaining({ error: 'REQUEST_TIMED_OUT', at: 30_000 })]);
    expect(eventsOf(events, 'produceFailed')[0]!.attempts).toBeGreaterThan(25);
    expect(eventsOf(events, 'produceFailed')[0]!.writtenAt).toBeUndefined();
  });

  it('does not apply to acks=1', () => {
    const { state } = run([{ type: 'addBroker', broker: 2 }, { type: 'createTopic', topic: 'orders', partitions: 1, replicationFactor: 2, minInsyncReplicas: 2 }, { type: 'addProducer', producer: 'p', acks: 1 }, { type: 'stopBroker', broker: 2 }, { type: 'stopBroker', broker: 1 }, { type: 'startBroker', broker: 1 }, { type: 'startBroker', broker: 2 }, produce('a')]);
    expect(values(state)).toEqual(['a']);
  });

  it('answers NOT_ENOUGH_REPLICAS_AFTER_APPEND when the ISR shrinks below it after the append', () => {
    const base = run([...threeBrokers({ minInsyncReplicas: 3 }), { type: 'addProducer', producer: 'p' }, advance(1000)]).state;
    const [cut] = followersOf(base);
    const { state, events } = run([{ type: 'isolateBroker', broker: cut! }, produce('a'), advance(31_000)], base);
    expect(values(state)).toEqual(['a']);
    expect(eventsOf(events, 'produceErrored').map((e) => e.error)).toContain('NOT_ENOUGH_REPLICAS_AFTER_APPEND');
  });

  it('is accepted above the replication factor, as Kafka accepts it, and then every acks=all write fails', () => {
    const { state, events } = run([{ type: 'createTopic', topic: 'orders', partitions: 1, minInsyncReplicas: 2 }, { type: 'addProducer', producer: 'p', deliveryTimeoutMs: 30_000 }, produce('a'), advance(30_000)]);
    expect(state.topics['orders']!.config.minInsyncReplicas).toBe(2);
    expect(values(state)).toEqual([]);
    expect(eventsOf(events, 'produceFailed')).toHaveLength(1);
  });
});

describe('retries and idempotence', () => {
  const lostAck = (idempotent: boolean): Command[] => [
    ...threeBrokers(), { type: 'addProducer', producer: 'p', ...(idempotent ? {} : { enableIdempotence: false }) }, advance(1000),
    { type: 'loseNextAck', producer: 'p' }, produce('a'), advance(40_000),
  ];

  it('a lost acknowledgement makes the producer retry after request.timeout.ms (30 s)', () => {
    const { events } = run(lostAck(false));
    const lost = eventsOf(events, 'ackLost')[0]!;
    expect(lost.retryAt).toBe(1000 + 30_000 + 100);
    expect(eventsOf(events, 'produceErrored')[0]).toEqual(expect.objectContaining({ error: 'REQUEST_TIMED_OUT', at: 31_000 }));
    expect(eventsOf(events, 'produceRetried')[0]!.at).toBe(31_100);
  });

  it('without idempotence the retry writes the record twice', () => {
    const { state } = run(lostAck(false));
    expect(values(state)).toEqual(['a', 'a']);
  });

  it('with idempotence the leader recognises the producer id and sequence number and keeps one copy', () => {
    const { state, events } = run(lostAck(true));
    expect(values(state)).toEqual(['a']);
    expect(eventsOf(events, 'duplicateDropped')).toEqual([expect.objectContaining({ sequence: 0, offset: 0 })]);
    expect(eventsOf(events, 'produceAcknowledged').at(-1)).toEqual(expect.objectContaining({ offset: 0, duplicate: true }));
  });

  it('a retry older than the five batches the leader remembers is answered DUPLICATE_SEQUENCE_NUMBER: success, no offset', () => {
    const { state, events } = run([
      ...threeBrokers(), { type: 'addProducer', producer: 'p' }, advance(1000),
      { type: 'loseNextAck', producer: 'p' }, ...['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((v) => produce(v)), advance(40_000),
    ]);
    expect(values(state)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    expect(eventsOf(events, 'duplicateDropped')).toEqual([expect.objectContaining({ sequence: 0 })]);
    expect(eventsOf(events, 'duplicateDropped')[0]!.offset).toBeUndefined();
    expect(eventsOf(events, 'produceAcknowledged').at(-1)).toEqual(expect.objectContaining({ offset: -1, duplicate: true }));
  });

  it('retries go to the new leader after a failover, and idempotence still keeps one copy', () => {
    const base = run([...threeBrokers(), { type: 'addProducer', producer: 'p' }, advance(1000)]).state;
    // The record reaches the followers, but the leader dies before the producer hears back.
    const { state, events } = run([produce('a'), advance(500), { type: 'crashBroker', broker: leaderOf(base) }, advance(12_000)], base);
    expect(eventsOf(events, 'produceErrored')[0]!.error).toBe('NETWORK_EXCEPTION');
    expect(eventsOf(events, 'produceRetried').at(-1)!.broker).toBe(leaderOf(state));
    expect(values(state)).toEqual(['a']);
    expect(eventsOf(events, 'produceAcknowledged')).toHaveLength(1);
  });

  it('an idempotent producer keeps its order per partition: a later record waits behind one being retried', () => {
    const base = run([{ type: 'addBroker', broker: 2 }, { type: 'createTopic', topic: 'orders', partitions: 1, replicationFactor: 2, minInsyncReplicas: 2 }, { type: 'addProducer', producer: 'p' }]).state;
    const [follower] = followersOf(base);
    const { state, events } = run([{ type: 'stopBroker', broker: follower! }, produce('first'), produce('second'), { type: 'startBroker', broker: follower! }, advance(3000)], base);
    expect(eventsOf(events, 'produceWaiting')).toEqual([expect.objectContaining({ reason: 'ordering' })]);
    expect(values(state)).toEqual(['first', 'second']);
  });

  it('many records refused together are retried together and fail together at delivery.timeout.ms, as one at a time would', () => {
    const setup: Command[] = [{ type: 'createTopic', topic: 'orders', partitions: 1, minInsyncReplicas: 2 }, { type: 'addProducer', producer: 'p', enableIdempotence: false, deliveryTimeoutMs: 30_000 }];
    const one = run([...setup, produce('a'), advance(31_000)]);
    const many = run([...setup, ...['a', 'b', 'c', 'd'].map((v) => produce(v)), advance(31_000)]);
    const failedOne = eventsOf(one.events, 'produceFailed');
    const failedMany = eventsOf(many.events, 'produceFailed');
    expect(failedMany).toHaveLength(4);
    for (const f of failedMany) expect([f.at, f.attempts]).toEqual([failedOne[0]!.at, failedOne[0]!.attempts]);
    expect(inFlight(many.state, 'p')).toEqual([]);
  });

  it('refuses a send once the producer holds maxPendingRequests unacknowledged records (buffer.memory full)', () => {
    // Unsent (too few in sync for acks=all): the smaller cap on records waiting to be written.
    const unsent = run([{ type: 'createTopic', topic: 'orders', partitions: 1, minInsyncReplicas: 2 }, { type: 'addProducer', producer: 'p' }, ...Array.from({ length: SIM_LIMITS.maxQueuedRequests }, (_, i) => produce(`v${i}`))]).state;
    const refused = applyCommand(unsent, produce('one more'));
    expect(refused.error?.code).toBe('BUFFER_EXHAUSTED');
    expect(refused.state).toBe(unsent);
    // Written and waiting for the high watermark: the larger cap.
    const waiting = run([...threeBrokers(), { type: 'addProducer', producer: 'p' }, ...Array.from({ length: SIM_LIMITS.maxPendingRequests }, (_, i) => produce(`v${i}`))]).state;
    expect(inFlight(waiting, 'p')).toHaveLength(SIM_LIMITS.maxPendingRequests);
    expect(applyCommand(waiting, produce('one more')).error?.code).toBe('BUFFER_EXHAUSTED');
  });

  it('retries: 0 gives up at the first error', () => {
    const { events } = run([{ type: 'createTopic', topic: 'orders', partitions: 1, minInsyncReplicas: 2 }, { type: 'addProducer', producer: 'p', retries: 0 }, produce('a')]);
    expect(eventsOf(events, 'produceFailed')).toEqual([expect.objectContaining({ error: 'NOT_ENOUGH_REPLICAS', attempts: 1 })]);
  });

  it('loseNextAck is refused for acks=0 and for an unknown producer', () => {
    const { state } = run([{ type: 'addProducer', producer: 'z', acks: 0 }]);
    expect(applyCommand(state, { type: 'loseNextAck', producer: 'z' }).error?.code).toBe('NO_ACKS');
    expect(applyCommand(state, { type: 'loseNextAck', producer: 'nobody' }).error?.code).toBe('UNKNOWN_PRODUCER');
  });
});
