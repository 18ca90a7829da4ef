import { describe, expect, it } from 'vitest';
import { applyCommand, createSimulation, type Command, type SimEvent, type SimState } from '../../engine/index.ts';
import { clusterScenario } from '../../engine/test-support/cluster-scenario.ts';
import { translate } from '../../i18n/catalog.ts';
import { MAX_BADGES, MAX_FLIGHTS, momentBadges, momentFlights, staticArrivals, type LeaderOf } from './moments.ts';

interface Step { command: Command; events: SimEvent[]; state: SimState }

function play(commands: Command[], seed = 1): Step[] {
  let state = createSimulation({ seed, kafkaVersion: 'classic' });
  return commands.map((command) => {
    const result = applyCommand(state, command);
    if (result.error) throw new Error(result.error.message);
    state = result.state;
    return { command, events: result.events, state };
  });
}

const leaderIn = (state: SimState): LeaderOf => (topic, p) => state.topics[topic]?.replication[p]?.leader;
const steps = play(clusterScenario(7));
const flightsOf = (s: Step) => momentFlights(s.events, leaderIn(s.state));

describe('moment badges', () => {
  it('gives every moment the issue names a badge of its own, with text in both languages', () => {
    const kinds = new Set(steps.flatMap((s) => momentBadges(s.events).map((b) => b.kind)));
    for (const kind of ['crashed', 'fenced', 'isrShrunk', 'isrExpanded', 'elected', 'unclean', 'offline', 'truncated', 'retry', 'duplicate', 'refused'] as const) {
      expect(kinds, kind).toContain(kind);
    }
    for (const b of steps.flatMap((s) => momentBadges(s.events))) {
      for (const lang of ['en', 'ko'] as const) expect(translate(lang, b.key, b.params)).not.toMatch(/\{\w+\}/);
    }
  });

  it('marks an election on the partition and on the new leader\'s replica, with the new epoch', () => {
    const step = steps.find((s) => s.events.some((e) => e.type === 'leaderElected' && !e.unclean && e.previousLeader !== undefined))!;
    const event = step.events.find((e) => e.type === 'leaderElected' && !e.unclean && e.previousLeader !== undefined) as Extract<SimEvent, { type: 'leaderElected' }>;
    const badges = momentBadges(step.events).filter((b) => b.kind === 'elected' && b.params.epoch === event.leaderEpoch);
    expect(badges.map((b) => b.anchors[0])).toContainEqual({ id: `partition:${event.topic}:${event.partition}` });
    expect(badges.map((b) => b.anchors[0])).toContainEqual({ id: `replica:${event.topic}:${event.partition}:${event.leader}` });
    expect(translate('en', badges[0]!.key, badges[0]!.params)).toContain(`epoch ${event.leaderEpoch}`);
    expect(translate('ko', badges[0]!.key, badges[0]!.params)).toContain(`리더 에포크 ${event.leaderEpoch}`);
  });

  it('says how many offsets a truncation cut, on the truncated replica first', () => {
    const event = steps.flatMap((s) => s.events).find((e) => e.type === 'logTruncated') as Extract<SimEvent, { type: 'logTruncated' }>;
    const [badge] = momentBadges([event]);
    expect(badge!.anchors[0]).toEqual({ id: `replica:${event.topic}:${event.partition}:${event.broker}` });
    expect(badge!.params.count).toBe(event.to - event.from);
    expect(translate('en', badge!.key, badge!.params)).toMatch(new RegExp(`cut ${event.to - event.from} offsets?$`));
  });

  it('shows a burst of retries of one producer as one badge with the last attempt, and caps the rest', () => {
    const step = steps.find((s) => s.events.filter((e) => e.type === 'produceRetried').length > 1)!;
    const retries = momentBadges(step.events).filter((b) => b.kind === 'retry');
    const last = step.events.filter((e) => e.type === 'produceRetried').at(-1) as Extract<SimEvent, { type: 'produceRetried' }>;
    expect(retries).toHaveLength(1);
    expect(retries[0]!.params.attempt).toBe(last.attempt);
    const many = Array.from({ length: 40 }, (_, i): SimEvent => ({ type: 'brokerCrashed', at: 0, broker: i, sessionTimeoutMs: 9000 }));
    expect(momentBadges(many)).toHaveLength(MAX_BADGES);
  });

  it('marks NOT_ENOUGH_REPLICAS on the partition that refused, but not other errors', () => {
    const refused = steps.flatMap((s) => momentBadges(s.events)).filter((b) => b.kind === 'refused');
    expect(refused.map((b) => b.params.error)).toContain('NOT_ENOUGH_REPLICAS');
    expect(momentBadges([{ type: 'produceErrored', at: 0, producer: 'p', topic: 't', partition: 0, requestId: 0, error: 'REQUEST_TIMED_OUT', retryAt: 5 }])).toEqual([]);
  });
});

describe('moment flights', () => {
  it('acks=all: the record lands, followers copy from the leader, then the ack goes back to the producer', () => {
    const step = steps.find((s) => s.events.some((e) => e.type === 'produceAcknowledged' && e.acks === 'all' && !e.duplicate) && s.events.some((e) => e.type === 'replicaFetched'))!;
    const flights = flightsOf(step);
    const copies = flights.filter((f) => f.kind === 'copy');
    const acks = flights.filter((f) => f.kind === 'ack');
    const leader = (step.events.find((e) => e.type === 'highWatermarkAdvanced') as Extract<SimEvent, { type: 'highWatermarkAdvanced' }>).broker;
    expect(copies.length).toBeGreaterThan(0);
    for (const c of copies) {
      // From the leader's newest copied record to the follower's same offset (its row when the cell is not drawn).
      const fetched = step.events.find((e) => e.type === 'replicaFetched' && e.to > e.from && c.to.some((a) => a.id === `replica:${e.topic}:${e.partition}:${e.broker}`)) as Extract<SimEvent, { type: 'replicaFetched' }>;
      expect(c.from.map((a) => a.id)).toEqual([`cell:${fetched.topic}:${fetched.partition}:${leader}:${fetched.to - 1}`, `replica:${fetched.topic}:${fetched.partition}:${leader}`]);
      expect(c.to.map((a) => a.id)).toEqual([`cell:${fetched.topic}:${fetched.partition}:${fetched.broker}:${fetched.to - 1}`, `replica:${fetched.topic}:${fetched.partition}:${fetched.broker}`]);
      expect(fetched.broker).not.toBe(leader);
    }
    // Level fetches (nothing new) fly nothing.
    expect(copies.length).toBe(step.events.filter((e) => e.type === 'replicaFetched' && e.to > e.from).length);
    expect(acks[0]!.to).toEqual([{ id: 'producer:ap' }]);
    expect(Math.min(...acks.map((a) => a.phase))).toBeGreaterThan(Math.max(...copies.map((c) => c.phase)));
  });

  it('acks=1: the ack leaves right after the leader\'s append, in the same step', () => {
    const step = steps.find((s) => s.command.type === 'produce' && s.command.producer === 'np' && s.events.some((e) => e.type === 'recordProduced'))!;
    const flights = flightsOf(step);
    expect(flights.map((f) => [f.kind, f.phase])).toEqual([['produce', 0], ['ack', 1]]);
    const produced = step.events[0] as Extract<SimEvent, { type: 'recordProduced' }>;
    // The record lands in the leader's cell (the brokers figure) or the partition's log (the topics view), never on a label.
    const leader = step.state.topics[produced.topic]!.replication[produced.partition]!.leader;
    const onRecord = [`cell:${produced.topic}:${produced.partition}:${leader}:${produced.offset}`, `record:${produced.topic}:${produced.partition}:${produced.offset}`];
    expect(flights[0]!.to.map((a) => a.id).slice(0, 2)).toEqual(onRecord);
    expect(flights[1]!.from.map((a) => a.id).slice(0, 2)).toEqual(onRecord);
  });

  it('acks=0: no arrow back, however long the run', () => {
    const run = play([
      { type: 'addBroker', broker: 2 },
      { type: 'createTopic', topic: 't', partitions: 1, replicationFactor: 2 },
      { type: 'addProducer', producer: 'zero', acks: 0 },
      { type: 'produce', producer: 'zero', topic: 't', value: 'a' },
      { type: 'advanceTime', ms: 2000 },
    ]);
    const kinds = run.flatMap((s) => flightsOf(s).map((f) => f.kind));
    expect(kinds).toContain('produce');
    expect(kinds).toContain('copy');
    expect(kinds).not.toContain('ack');
  });

  it('a lost ack flies as lost, and with reduced motion acks and copies become marks where they land', () => {
    const step = steps.find((s) => s.events.some((e) => e.type === 'ackLost'))!;
    const flights = flightsOf(step);
    expect(flights.map((f) => f.kind)).toContain('ackLost');
    const marks = staticArrivals(flights);
    expect(marks.map((m) => m.kind)).toEqual(expect.arrayContaining(['ackLost', 'copied']));
    expect(marks.find((m) => m.kind === 'ackLost')!.anchors).toEqual([{ id: 'producer:ap' }]);
    // A copy's mark goes to the row's lane, not on the record's cell.
    for (const m of marks.filter((x) => x.kind === 'copied')) expect(m.anchors.map((a) => a.id.split(':')[0])).toEqual(['replica']);
  });

  it('caps the flights of one step', () => {
    const many: SimEvent[] = Array.from({ length: 100 }, (_, i) => ({ type: 'recordProduced', at: 0, producer: 'p', topic: 't', partition: 0, offset: i, value: 'v', size: 70, placement: { kind: 'explicit' } }));
    expect(momentFlights(many, () => 1)).toHaveLength(MAX_FLIGHTS);
  });
});
