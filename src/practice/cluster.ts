import { brokers, partitionState, type PartitionStateInfo } from '../engine/index.ts';
import { topicName, type Draw } from './random.ts';
import { Scenario } from './scenario.ts';
import type { Distractor, Draft } from './types.ts';

// Replication: the high watermark, the ISR and the leader after a fault, as the engine's
// partitionState reports them. Wrong answers are the beliefs the lessons meet: the leader's log end,
// every replica in the ISR, the old leader, any broker may lead.

const PRODUCER = 'producer-1';

interface Setup { s: Scenario; topic: string; partition: number; info: PartitionStateInfo; brokerCount: number }

function setUp(draw: Draw, seed: number, replicationFactor: number, options: { unclean?: boolean } = {}): Setup | undefined {
  const brokerCount = draw.int(replicationFactor, 4);
  const topic = topicName(draw);
  const partitions = draw.int(1, 3);
  const partition = draw.int(0, partitions - 1);
  const s = new Scenario(seed).brokers(brokerCount).run(
    { type: 'createTopic', topic, partitions, replicationFactor, ...(options.unclean ? { uncleanLeaderElection: true } : {}) },
    { type: 'addProducer', producer: PRODUCER, acks: 1 },
  );
  const count = draw.int(2, 5);
  for (let i = 0; i < count; i++) s.run({ type: 'produce', producer: PRODUCER, topic, value: `v${i}`, partition });
  s.run({ type: 'advanceTime', ms: 1_000 });
  const info = partitionState(s.state, topic, partition);
  return s.refused || !info || info.leader === undefined ? undefined : { s, topic, partition, info, brokerCount };
}

function produceMore(setup: Setup, n: number, from: number): void {
  for (let i = 0; i < n; i++) setup.s.run({ type: 'produce', producer: PRODUCER, topic: setup.topic, value: `w${from + i}`, partition: setup.partition });
}

/** highWatermark: the smallest log end offset in the ISR as the leader last saw it (Partition.maybeIncrementLeaderHW). */
export function highWatermarkConcept(draw: Draw, seed: number): Draft | undefined {
  const setup = setUp(draw, seed, 3);
  if (!setup) return undefined;
  const { s, topic, partition, info } = setup;
  const follower = draw.pick(info.replicas.filter((b) => b !== info.leader));
  const fault = draw.pick(['none', 'isolate', 'crash'] as const);
  if (fault === 'isolate') s.run({ type: 'isolateBroker', broker: follower });
  if (fault === 'crash') s.run({ type: 'crashBroker', broker: follower });
  s.mark();
  const count = draw.int(1, 4);
  produceMore(setup, count, 0);
  const wait = draw.pick([0, 500, 1_000, 31_000]);
  if (wait > 0) s.run({ type: 'advanceTime', ms: wait });
  const now = partitionState(s.state, topic, partition);
  if (s.refused || !now || now.leader === undefined) return undefined;
  const ends = Object.values(now.logEndOffsets);
  return {
    commands: s.commands, setupLength: s.setupLength,
    question: { text: 'practice.question.highWatermark', params: { topic, partition, count, ms: wait } },
    answer: now.highWatermark,
    distractors: [
      { value: now.logEndOffsets[now.leader], misconception: 'hwIsLeaderEnd' },
      { value: now.highWatermark - 1, misconception: 'hwIsLastRecord' },
      { value: Math.min(...ends), misconception: 'hwCountsOutOfSync' },
      { value: Math.max(...Object.entries(now.logEndOffsets).filter(([b]) => Number(b) !== now.leader).map(([, e]) => e)), misconception: 'hwIsFollowerEnd' },
    ],
  };
}

type Fault = 'crash-leader' | 'crash-leader-early' | 'stop-leader' | 'crash-follower' | 'crash-follower-early' | 'isolate-follower' | 'crash-all';

/** Runs the fault; returns what the question says of it (seconds waited, records produced meanwhile). */
function applyFault(draw: Draw, setup: Setup, fault: Fault, follower: number): { seconds: number; count: number } {
  const { s, info } = setup;
  const leader = info.leader!;
  const early = draw.pick([1, 5]);
  let count = 0;
  switch (fault) {
    case 'crash-leader': s.run({ type: 'crashBroker', broker: leader }, { type: 'advanceTime', ms: 10_000 }); break;
    case 'crash-leader-early': s.run({ type: 'crashBroker', broker: leader }, { type: 'advanceTime', ms: early * 1000 }); break;
    case 'stop-leader': s.run({ type: 'stopBroker', broker: leader }); break;
    case 'crash-follower': s.run({ type: 'crashBroker', broker: follower }, { type: 'advanceTime', ms: 10_000 }); break;
    case 'crash-follower-early': s.run({ type: 'crashBroker', broker: follower }, { type: 'advanceTime', ms: early * 1000 }); break;
    case 'isolate-follower':
      s.run({ type: 'isolateBroker', broker: follower });
      // A follower one level with the leader stays in sync even when cut off (Replica.isCaughtUp): only new records leave it behind.
      count = draw.int(0, 2);
      produceMore(setup, count, 0);
      s.run({ type: 'advanceTime', ms: 31_000 });
      break;
    case 'crash-all':
      for (const b of info.replicas) s.run({ type: 'crashBroker', broker: b });
      s.run({ type: 'advanceTime', ms: 10_000 });
      break;
  }
  return { seconds: fault.endsWith('early') ? early : fault === 'isolate-follower' ? 31 : 10, count };
}

/** isrAfterFault: who stays in the ISR (fenced brokers leave; lagging followers after replica.lag.time.max.ms). */
export function isrAfterFault(draw: Draw, seed: number): Draft | undefined {
  const setup = setUp(draw, seed, 3);
  if (!setup) return undefined;
  const { s, topic, partition, info } = setup;
  const follower = draw.pick(info.replicas.filter((b) => b !== info.leader));
  const fault = draw.pick(['crash-leader', 'crash-follower', 'crash-follower-early', 'isolate-follower', 'stop-leader'] as const);
  s.mark();
  const said = applyFault(draw, setup, fault, follower);
  const now = partitionState(s.state, topic, partition);
  if (s.refused || !now) return undefined;
  const isr = [...now.isr].sort((a, b) => a - b);
  const failed = fault.endsWith('leader') ? info.leader! : follower;
  return {
    commands: s.commands, setupLength: s.setupLength,
    question: { text: `practice.question.isrAfterFault.${fault}`, params: { topic, partition, broker: failed, ...said } },
    answer: isr,
    distractors: [
      { value: [...now.replicas].sort((a, b) => a - b), misconception: 'isrIsAllReplicas' },
      { value: isr.includes(failed) ? isr.filter((b) => b !== failed) : [...isr, failed].sort((a, b) => a - b), misconception: isr.includes(failed) ? 'isrShrinksAtOnce' : 'isrKeepsFailed' },
      { value: now.leader === undefined ? undefined : isr.filter((b) => b !== now.leader), misconception: 'isrWithoutLeader' },
      { value: [...info.isr].sort((a, b) => a - b), misconception: 'isrKeepsFailed' },
    ],
  };
}

/** leaderAfterFault: PartitionChangeBuilder: the current leader if still valid, else the first live ISR replica, else (unclean) any live replica, else offline. */
export function leaderAfterFault(draw: Draw, seed: number): Draft | undefined {
  const unclean = draw.chance(25);
  const setup = setUp(draw, seed, draw.int(2, 3), { unclean });
  if (!setup) return undefined;
  const { s, topic, partition, info } = setup;
  const followers = info.replicas.filter((b) => b !== info.leader);
  const follower = draw.pick(followers);
  // Sometimes a follower falls out of the ISR first, so the only live copy left may be out of sync.
  const behind = draw.chance(35);
  if (behind) applyFault(draw, setup, 'isolate-follower', follower);
  const fault = draw.pick(['crash-leader', 'crash-leader', 'crash-leader-early', 'stop-leader', 'crash-all'] as const);
  s.mark();
  const said = applyFault(draw, setup, fault, follower);
  const now = partitionState(s.state, topic, partition);
  if (s.refused || !now) return undefined;
  const answer = now.leader ?? null;
  const live = brokers(s.state).filter((b) => b.status === 'online' || b.status === 'isolated').map((b) => b.id);
  const liveReplicas = now.replicas.filter((b) => live.includes(b));
  const outOfSync = liveReplicas.find((b) => !info.isr.includes(b) || (behind && b === follower));
  const distractors: Distractor[] = [
    answer === info.leader
      // Not noticed yet: the crashed broker still leads until broker.session.timeout.ms fences it.
      ? { value: now.isr.find((b) => b !== info.leader), misconception: 'crashSeenAtOnce' }
      : { value: info.leader, misconception: 'oldLeaderStays' },
    { value: unclean ? undefined : outOfSync, misconception: 'outOfSyncLeads' },
    { value: live.find((b) => !now.replicas.includes(b)), misconception: 'nonReplicaLeads' },
    { value: answer === null ? liveReplicas[0] : null, misconception: answer === null ? 'someoneAlwaysLeads' : 'offlineTooSoon' },
    { value: answer === null || liveReplicas.length === 0 ? undefined : Math.min(...liveReplicas), misconception: 'lowestIdLeads' },
  ];
  return {
    commands: s.commands, setupLength: s.setupLength,
    question: { text: `practice.question.leaderAfterFault.${fault}`, params: { topic, partition, broker: info.leader!, ...said } },
    answer,
    distractors,
  };
}
