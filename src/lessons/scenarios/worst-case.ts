import { SIM_LIMITS, type Command } from '../../engine/index.ts';
import { MAX_COMMANDS, MAX_SCENARIO_BYTES, serializeScenario, type Scenario } from '../scenario-file.ts';

// The most expensive scenario files the limits allow, built from SIM_LIMITS and the file limits
// rather than by hand, so `npm run bench` measures whatever the limits currently permit. Each fills
// the file to MAX_COMMANDS (or the byte limit) with the costliest command the limits leave open:
// rebalances as large as maxAssignmentSize allows, timers firing for every consumer on every
// millisecond, or polls of maxPollRecords records that are redelivered after every rebalance.

/** `refused`: the limits refuse this file part-way, and loading it must say so at once. */
export interface WorstCase { name: string; scenario: Scenario; refused?: true }

type Fill = (i: number) => Command;

function build(name: string, setup: Command[], fill: Fill): WorstCase {
  const commands = [...setup];
  for (let i = 0; commands.length < MAX_COMMANDS; i++) commands.push(fill(i));
  let scenario: Scenario = { seed: 1, commands };
  // Trim to the byte limit: scenario files are refused past it anyway.
  while (new TextEncoder().encode(serializeScenario(scenario)).length > MAX_SCENARIO_BYTES) {
    scenario = { seed: 1, commands: commands.slice(0, Math.floor(scenario.commands.length * 0.95)) };
  }
  return { name, scenario };
}

/** One group whose members × partitions is maxAssignmentSize, with one member leaving and joining again forever. */
function churn(assignor: 'range' | 'roundrobin' | 'sticky' | 'cooperative-sticky', partitions: number): WorstCase {
  const L = SIM_LIMITS;
  const members = Math.min(L.maxGroupMembers, Math.floor(L.maxAssignmentSize / partitions));
  const setup: Command[] = [{ type: 'createTopic', topic: 't', partitions }];
  // Members join in their first poll (addConsumer only subscribes), so each comes back with a poll.
  for (let m = 0; m < members; m++) setup.push({ type: 'addConsumer', consumer: `c${m}`, group: 'g', topics: ['t'], assignor }, { type: 'poll', consumer: `c${m}` });
  return build(`rebalance churn, ${assignor}, ${partitions} partitions × ${members} members`, setup, (i) => {
    const consumer = `c${Math.floor(i / 3) % members}`;
    if (i % 3 === 0) return { type: 'removeConsumer', consumer };
    return i % 3 === 1 ? { type: 'addConsumer', consumer, group: 'g', topics: ['t'], assignor } : { type: 'poll', consumer };
  });
}

/** Every consumer auto-committing every millisecond and every partition retention-checked every millisecond. */
function timers(): WorstCase {
  const L = SIM_LIMITS;
  const consumers = Math.min(L.maxConsumers, L.maxAssignmentSize);
  // Each consumer in its own group on topic c, as many partitions as maxAssignmentSize leaves.
  const consumed = Math.max(1, Math.floor(L.maxAssignmentSize / consumers));
  const topics = Math.min(L.maxTopics - 1, L.maxTotalPartitions - consumed);
  const perTopic = Math.min(L.maxPartitions, Math.floor((L.maxTotalPartitions - consumed) / topics));
  const setup: Command[] = [{ type: 'configureBroker', retentionCheckIntervalMs: 1 }, { type: 'createTopic', topic: 'c', partitions: consumed, retentionMs: 1, segmentBytes: 70 }];
  for (let t = 0; t < topics; t++) setup.push({ type: 'createTopic', topic: `t${t}`, partitions: perTopic, retentionMs: 1, segmentBytes: 70 });
  setup.push({ type: 'addProducer', producer: 'p', partitioner: 'round-robin' });
  for (let c = 0; c < consumers; c++) setup.push({ type: 'addConsumer', consumer: `c${c}`, group: `g${c}`, topics: ['c'], autoCommitIntervalMs: 1, autoOffsetReset: 'earliest' });
  return build(`timers: ${consumers} consumers auto-commit and ${topics * perTopic + consumed} partitions are checked each ms`, setup, (i) => {
    if (i % 3 === 0) return { type: 'produce', producer: 'p', topic: i % 2 === 0 ? 'c' : `t${i % topics}`, value: 'v' };
    if (i % 3 === 1) return { type: 'poll', consumer: `c${i % consumers}` };
    return { type: 'advanceTime', ms: 1 };
  });
}

/** Polls of maxPollRecords that are redelivered after every rebalance (nothing is ever committed). */
function redelivery(): WorstCase {
  const L = SIM_LIMITS;
  const setup: Command[] = [{ type: 'createTopic', topic: 't', partitions: 1 }, { type: 'addProducer', producer: 'p' }];
  const records = Math.floor(MAX_COMMANDS / 2);
  for (let r = 0; r < records; r++) setup.push({ type: 'produce', producer: 'p', topic: 't', value: '' });
  setup.push({ type: 'addConsumer', consumer: 'a', group: 'g', topics: ['t'], enableAutoCommit: false, autoOffsetReset: 'earliest' });
  return build(`redelivery: polls of ${L.maxPollRecords} records, rebalance, again`, setup, (i) => {
    switch (i % 3) {
      case 0: return { type: 'poll', consumer: 'a', maxRecords: L.maxPollRecords };
      case 1: return { type: 'removeConsumer', consumer: 'a' };
      default: return { type: 'addConsumer', consumer: 'a', group: 'g', topics: ['t'], enableAutoCommit: false, autoOffsetReset: 'earliest' };
    }
  });
}

/**
 * A retry storm: every producer fills its buffer (maxPendingRequests) with acks=all records that
 * min.insync.replicas can never accept, then time passes: each record is retried every backoff for
 * the longest delivery.timeout.ms the limits allow.
 */
function retryStorm(): WorstCase {
  const L = SIM_LIMITS;
  const setup: Command[] = [{ type: 'createTopic', topic: 't', partitions: L.maxPartitions, minInsyncReplicas: 2 }];
  for (let p = 0; p < L.maxProducers; p++) setup.push({ type: 'addProducer', producer: `p${p}`, enableIdempotence: false, deliveryTimeoutMs: L.maxDeliveryTimeoutMs });
  return build(`retry storm: ${L.maxProducers} producers retrying for ${L.maxDeliveryTimeoutMs / 1000} s`, setup, (i) => (
    i % 1000 === 999 ? { type: 'advanceTime', ms: L.maxDeliveryTimeoutMs + 1000 } : { type: 'produce', producer: `p${i % L.maxProducers}`, topic: 't', value: 'v', partition: i % L.maxPartitions }));
}

/** As many replicas as the limits allow (every partition on every broker), written to, replicated and failed over again and again. */
function replication(): WorstCase {
  const L = SIM_LIMITS;
  const setup: Command[] = [];
  for (let b = 2; b <= L.maxBrokers; b++) setup.push({ type: 'addBroker', broker: b });
  const partitions = Math.min(L.maxPartitions, Math.floor(L.maxTotalReplicas / L.maxBrokers));
  const topics = Math.min(L.maxTopics, Math.floor(L.maxTotalReplicas / (partitions * L.maxBrokers)));
  for (let t = 0; t < topics; t++) setup.push({ type: 'createTopic', topic: `t${t}`, partitions, replicationFactor: L.maxBrokers, minInsyncReplicas: 2 });
  setup.push({ type: 'addProducer', producer: 'p', acks: 1 });
  return build(`replication: ${topics * partitions} partitions × ${L.maxBrokers} replicas, brokers failing`, setup, (i) => {
    const broker = 1 + (Math.floor(i / 4) % L.maxBrokers);
    switch (i % 4) {
      case 0: return { type: 'produce', producer: 'p', topic: `t${i % topics}`, value: 'v' };
      case 1: return { type: 'crashBroker', broker };
      case 2: return { type: 'advanceTime', ms: 10_000 };
      default: return { type: 'startBroker', broker };
    }
  });
}

/**
 * Issue 22's hostile file: expired records held above the high watermark (a follower cut off, so
 * the ISR keeps it until replica.lag.time.max.ms), retention.ms=1, a retention check every ms.
 * Retention must plan its next check from the high watermark, not re-walk the log every ms.
 */
function retentionAboveHighWatermark(): WorstCase {
  const L = SIM_LIMITS;
  const setup: Command[] = [{ type: 'configureBroker', retentionCheckIntervalMs: 1 }, { type: 'addBroker', broker: 2 }];
  const topics = Math.min(L.maxTopics, Math.floor(L.maxTotalReplicas / (L.maxPartitions * 2)));
  for (let t = 0; t < topics; t++) setup.push({ type: 'createTopic', topic: `t${t}`, partitions: L.maxPartitions, replicationFactor: 2, retentionMs: 1, segmentBytes: 70 });
  setup.push({ type: 'addProducer', producer: 'p', acks: 1 });
  return build(`retention above the high watermark: ${topics * L.maxPartitions} partitions, follower cut off, check every ms`, setup, (i) => {
    const step = i % 24;
    if (step === 0) return { type: 'isolateBroker', broker: 2 };
    if (step === 21) return { type: 'advanceTime', ms: 31_000 };
    if (step === 22) return { type: 'reconnectBroker', broker: 2 };
    if (step === 23) return { type: 'advanceTime', ms: 1_000 };
    return { type: 'produce', producer: 'p', topic: `t${i % topics}`, value: 'v', partition: i % L.maxPartitions };
  });
}

/** Issue 22's page-breaking link: a group per resetOffsets on unknown groups (1,200 of them); refused at maxGroups. */
function emptyGroups(): WorstCase {
  const setup: Command[] = [{ type: 'createTopic', topic: 't', partitions: 1 }];
  const { name, scenario } = build(`empty groups: resetOffsets on a new group each command (refused past ${SIM_LIMITS.maxGroups})`, setup, (i) => ({ type: 'resetOffsets', group: `g${i}`, offsets: [{ topic: 't', partition: 0, offset: 0 }] }));
  return { name, scenario, refused: true };
}

/** Every worst case; the bench reports the slowest. */
export function worstCases(): WorstCase[] {
  return [
    churn('cooperative-sticky', SIM_LIMITS.maxPartitions),
    churn('cooperative-sticky', SIM_LIMITS.maxPartitions / 2),
    churn('cooperative-sticky', SIM_LIMITS.maxPartitions / 4),
    churn('sticky', SIM_LIMITS.maxPartitions),
    churn('range', SIM_LIMITS.maxPartitions),
    churn('roundrobin', SIM_LIMITS.maxPartitions),
    timers(),
    redelivery(),
    retryStorm(),
    replication(),
    retentionAboveHighWatermark(),
    emptyGroups(),
  ];
}
