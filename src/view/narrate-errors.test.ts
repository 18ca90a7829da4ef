import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { applyCommand, createSimulation, SIM_LIMITS, producerSizeEstimate, recordSizeInBytes, type Command, type ProfileName, type SimError, type SimState } from '../engine/index.ts';
import { LANGS, MESSAGES } from '../i18n/catalog.ts';
import { templatePattern } from '../i18n/format.ts';
import { ERROR_MESSAGES } from '../i18n/messages/errors.ts';
import { LIMIT_MESSAGES } from '../i18n/messages/limits.ts';
import { describeError } from './narrate.ts';

// Every error code the engine can return, raised through the real engine and explained in both languages.

function setUp(commands: readonly unknown[], kafkaVersion: ProfileName = 'classic'): SimState {
  let state = createSimulation({ seed: 7, kafkaVersion });
  for (const command of commands) {
    const result = applyCommand(state, command);
    if (result.error) throw new Error(`setup refused: ${result.error.message}`);
    state = result.state;
  }
  return state;
}

function refusal(commands: readonly unknown[], bad: unknown, kafkaVersion: ProfileName = 'classic'): SimError {
  const result = applyCommand(setUp(commands, kafkaVersion), bad);
  if (!result.error) throw new Error(`not refused: ${JSON.stringify(bad)}`);
  return result.error;
}

const SIZE = recordSizeInBytes(undefined, 'v0');
const BASE: Command[] = [
  { type: 'configureBroker', retentionCheckIntervalMs: 1000 },
  { type: 'createTopic', topic: 'orders', partitions: 3, segmentBytes: SIZE, retentionMs: 5000 },
  { type: 'addProducer', producer: 'p1' },
  { type: 'addConsumer', consumer: 'c1', group: 'g1', topics: ['orders'] },
  { type: 'poll', consumer: 'c1' },
];
const BIG = 'x'.repeat(1_048_576);
const produce = (n: number): Command[] => Array.from({ length: n }, () => ({ type: 'produce', producer: 'p1', topic: 'orders', value: 'v0', partition: 0 }));

interface Case { name: string; error: SimError; key: string; mentions: (string | number)[] }
const TXN: Command[] = [...BASE, { type: 'addProducer', producer: 'tp', transactionalId: 'tx-1' }];
const TXN_READY: Command[] = [...TXN, { type: 'initTransactions', producer: 'tp' }];
const TXN_FENCED: Command[] = [...TXN_READY, { type: 'addProducer', producer: 'tp2', transactionalId: 'tx-1' }, { type: 'initTransactions', producer: 'tp2' }, { type: 'commitTransaction', producer: 'tp' }];
// Transactions: the client's IllegalStateException cases, a fenced producer, an unknown group, a coordinator down.
const TRANSACTION_ERROR_CASES: Case[] = [
  { name: 'a transactional call without transactional.id', error: refusal(BASE, { type: 'initTransactions', producer: 'p1' }), key: 'error.NOT_TRANSACTIONAL', mentions: ['p1'] },
  { name: 'beginTransaction before initTransactions', error: refusal(TXN, { type: 'beginTransaction', producer: 'tp' }), key: 'error.INVALID_TXN_TRANSITION', mentions: ['tx-1', 'UNINITIALIZED', 'IN_TRANSACTION'] },
  { name: 'a send before initTransactions', error: refusal(TXN, { type: 'produce', producer: 'tp', topic: 'orders', value: 'v', partition: 0 }), key: 'error.TRANSACTIONS_NOT_INITIALIZED', mentions: ['tp', 'orders-0'] },
  { name: 'a send outside a transaction', error: refusal(TXN_READY, { type: 'produce', producer: 'tp', topic: 'orders', value: 'v', partition: 0 }), key: 'error.TRANSACTION_NOT_IN_PROGRESS', mentions: ['tp', 'READY'] },
  { name: 'a fenced producer beginning again', error: refusal(TXN_FENCED, { type: 'beginTransaction', producer: 'tp' }), key: 'error.PRODUCER_FENCED', mentions: ['tp', 'tx-1'] },
  { name: 'offsets of an unknown group', error: refusal([...TXN_READY, { type: 'beginTransaction', producer: 'tp' }], { type: 'sendOffsetsToTransaction', producer: 'tp', group: 'nope', offsets: [{ topic: 'orders', partition: 0, offset: 1 }] }), key: 'error.GROUP_ID_NOT_FOUND', mentions: ['nope'] },
  { name: 'initTransactions without a coordinator', error: refusal([...TXN, { type: 'stopBroker', broker: 1 }], { type: 'initTransactions', producer: 'tp' }), key: 'error.COORDINATOR_NOT_AVAILABLE.transaction', mentions: ['tx-1'] },
  { name: 'an admin abort with no open transaction at the offset', error: refusal([...TXN_READY], { type: 'adminAbortTransaction', topic: 'orders', partition: 0, startOffset: 0 }), key: 'error.NO_OPEN_TRANSACTION', mentions: ['orders-0', '0'] },
  { name: 'a late write to a partition without a live leader', error: refusal([...TXN_READY, { type: 'stopBroker', broker: 1 }], { type: 'lateProduce', producer: 'tp', topic: 'orders', partition: 0, value: 'v' }), key: 'error.LEADER_NOT_AVAILABLE', mentions: ['orders-0'] },
  { name: 'transactional.id with idempotence off', error: refusal([], { type: 'addProducer', producer: 'tp', transactionalId: 'tx-1', enableIdempotence: false }), key: 'error.CONFIG_EXCEPTION.transactionalId', mentions: ['transactional.id'] },
];
const CASES: Case[] = [
  { name: 'a non-integer field', error: refusal([], { type: 'createTopic', topic: 't', partitions: 1.5 }), key: 'error.INVALID_COMMAND', mentions: ['partitions'] },
  { name: 'a bound', error: refusal([], { type: 'createTopic', topic: 't', partitions: 1, segmentBytes: 3 }), key: 'error.INVALID_COMMAND', mentions: ['segmentBytes', 14] },
  { name: 'a choice', error: refusal([], { type: 'addProducer', producer: 'p', partitioner: 'random' }), key: 'error.INVALID_COMMAND', mentions: ['partitioner', 'uniform-sticky, sticky, legacy-default, round-robin'] },
  { name: 'no object', error: refusal([], 'produce'), key: 'error.INVALID_COMMAND.notObject', mentions: ['type'] },
  { name: 'unknown command', error: refusal([], { type: 'explode' }), key: 'error.UNKNOWN_COMMAND', mentions: ['explode', 'createTopic'] },
  { name: 'empty name', error: refusal([], { type: 'addProducer', producer: '   ' }), key: 'error.EMPTY_NAME', mentions: [] },
  { name: 'long name', error: refusal([], { type: 'addConsumer', consumer: 'x'.repeat(250), group: 'g', topics: ['t'] }), key: 'error.NAME_TOO_LONG', mentions: [249] },
  { name: 'illegal topic', error: refusal([], { type: 'createTopic', topic: 'my topic!', partitions: 1 }), key: 'error.INVALID_TOPIC', mentions: ['my topic!'] },
  { name: 'dot topic', error: refusal([], { type: 'createTopic', topic: '..', partitions: 1 }), key: 'error.INVALID_TOPIC.dots', mentions: ['..'] },
  { name: 'topic exists', error: refusal(BASE, { type: 'createTopic', topic: 'orders', partitions: 1 }), key: 'error.TOPIC_ALREADY_EXISTS', mentions: ['orders'] },
  { name: 'same partitions', error: refusal(BASE, { type: 'alterPartitions', topic: 'orders', partitions: 3 }), key: 'error.INVALID_PARTITIONS.same', mentions: ['orders', 3] },
  { name: 'fewer partitions', error: refusal(BASE, { type: 'alterPartitions', topic: 'orders', partitions: 2 }), key: 'error.INVALID_PARTITIONS.decrease', mentions: ['orders', 3, 2] },
  { name: 'unknown topic', error: refusal(BASE, { type: 'produce', producer: 'p1', topic: 'payments', value: 'v' }), key: 'error.UNKNOWN_TOPIC_OR_PARTITION', mentions: ['payments'] },
  { name: 'unknown partition', error: refusal(BASE, { type: 'produce', producer: 'p1', topic: 'orders', value: 'v', partition: 7 }), key: 'error.UNKNOWN_TOPIC_OR_PARTITION.partition', mentions: ['orders-7', 3, 2] },
  { name: 'unknown producer', error: refusal(BASE, { type: 'removeProducer', producer: 'p9' }), key: 'error.UNKNOWN_PRODUCER', mentions: ['p9'] },
  { name: 'producer exists', error: refusal(BASE, { type: 'addProducer', producer: 'p1' }), key: 'error.PRODUCER_EXISTS', mentions: ['p1'] },
  { name: 'huge record', error: refusal(BASE, { type: 'produce', producer: 'p1', topic: 'orders', value: BIG }), key: 'error.RECORD_TOO_LARGE', mentions: ['1,048,576', producerSizeEstimate(undefined, BIG).toLocaleString('en-US')] },
  { name: 'record larger than a segment', error: refusal([{ type: 'createTopic', topic: 'tiny', partitions: 1, segmentBytes: 50 }, { type: 'addProducer', producer: 'p1' }], { type: 'produce', producer: 'p1', topic: 'tiny', value: 'a' }), key: 'error.RECORD_BATCH_TOO_LARGE', mentions: ['tiny', 50, recordSizeInBytes(undefined, 'a')] },
  { name: 'a reserved name', error: refusal([], { type: 'addProducer', producer: 'constructor' }), key: 'error.RESERVED_NAME', mentions: ['constructor'] },
  { name: 'colliding topic names', error: refusal([{ type: 'createTopic', topic: 'a.b', partitions: 1 }], { type: 'createTopic', topic: 'a_b', partitions: 1 }), key: 'error.TOPIC_COLLISION', mentions: ['a_b', 'a.b'] },
  { name: 'session timeout out of range', error: refusal(BASE, { type: 'addConsumer', consumer: 'c5', group: 'g', topics: ['orders'], sessionTimeoutMs: 1000 }), key: 'error.INVALID_SESSION_TIMEOUT', mentions: ['session.timeout.ms'] },
  { name: 'heartbeat not below the session timeout', error: refusal(BASE, { type: 'addConsumer', consumer: 'c5', group: 'g', topics: ['orders'], heartbeatIntervalMs: 45_000 }), key: 'error.INVALID_HEARTBEAT_INTERVAL', mentions: ['heartbeat.interval.ms', 'session.timeout.ms'] },
  { name: 'static member id taken', error: refusal([...BASE, { type: 'addConsumer', consumer: 's1', group: 'g', topics: ['orders'], groupInstanceId: 'host-1' }], { type: 'addConsumer', consumer: 's2', group: 'g', topics: ['orders'], groupInstanceId: 'host-1' }), key: 'error.FENCED_INSTANCE_ID', mentions: ['s1', 'host-1', 'g'] },
  { name: 'poll while commitSync retries', error: refusal([...BASE, { type: 'crashBroker', broker: 1 }, { type: 'commit', consumer: 'c1', offsets: [{ topic: 'orders', partition: 0, offset: 0 }] }], { type: 'poll', consumer: 'c1' }, '4.0'), key: 'error.COMMIT_IN_PROGRESS', mentions: ['c1', 'default.api.timeout.ms'] },
  { name: 'unknown consumer', error: refusal(BASE, { type: 'poll', consumer: 'c9' }), key: 'error.UNKNOWN_CONSUMER', mentions: ['c9'] },
  { name: 'consumer exists', error: refusal(BASE, { type: 'addConsumer', consumer: 'c1', group: 'g2', topics: ['orders'] }), key: 'error.CONSUMER_EXISTS', mentions: ['c1'] },
  { name: 'crashed consumer', error: refusal([...BASE, { type: 'crashConsumer', consumer: 'c1' }], { type: 'commit', consumer: 'c1' }), key: 'error.CONSUMER_CRASHED', mentions: ['c1'] },
  {
    name: 'assignor mismatch',
    error: refusal(BASE, { type: 'addConsumer', consumer: 'c2', group: 'g1', topics: ['orders'], assignor: 'cooperative-sticky' }),
    key: 'error.INCONSISTENT_GROUP_PROTOCOL',
    mentions: ['g1', 'range', 'cooperative-sticky'],
  },
  {
    name: 'no offset',
    error: refusal([...BASE, { type: 'addConsumer', consumer: 'n1', group: 'gn', topics: ['orders'], autoOffsetReset: 'none' }], { type: 'poll', consumer: 'n1' }),
    key: 'error.NO_OFFSET_FOR_PARTITION',
    mentions: ['orders-0'],
  },
  {
    name: 'out of range',
    error: refusal([
      ...BASE, ...produce(4),
      { type: 'addConsumer', consumer: 'r1', group: 'gr', topics: ['orders'], autoOffsetReset: 'earliest', enableAutoCommit: false },
      { type: 'poll', consumer: 'r1', maxRecords: 1 }, { type: 'commit', consumer: 'r1' }, { type: 'removeConsumer', consumer: 'r1' },
      { type: 'advanceTime', ms: 6000 },
      { type: 'addConsumer', consumer: 'r2', group: 'gr', topics: ['orders'], autoOffsetReset: 'none' },
    ], { type: 'poll', consumer: 'r2' }),
    key: 'error.OFFSET_OUT_OF_RANGE',
    mentions: ['orders-0', 1, 4],
  },
  { name: 'an unknown field', error: refusal(BASE, { type: 'commit', consumer: 'c1', offset: 3 }), key: 'error.UNKNOWN_FIELD', mentions: ['commit', 'offset'] },
  { name: 'a negative seek', error: refusal(BASE, { type: 'seek', consumer: 'c1', topic: 'orders', partition: 0, offset: -1 }), key: 'error.NEGATIVE_OFFSET', mentions: ['offset'] },
  {
    name: 'a partition not assigned',
    error: refusal([...BASE, { type: 'addConsumer', consumer: 'c2', group: 'g1', topics: ['orders'] }], { type: 'pause', consumer: 'c2', partitions: [{ topic: 'orders', partition: 0 }] }),
    key: 'error.NO_CURRENT_ASSIGNMENT',
    mentions: ['c2', 'orders-0'],
  },
  { name: 'a late commit', error: refusal([...BASE, { type: 'advanceTime', ms: 300_000 }], { type: 'commit', consumer: 'c1' }), key: 'error.COMMIT_FAILED', mentions: ['c1', 'g1', 'max.poll.interval.ms'] },
  {
    name: 'a commit before the first poll',
    error: refusal([...BASE, { type: 'crashConsumer', consumer: 'c1' }, { type: 'restartConsumer', consumer: 'c1' }], { type: 'commit', consumer: 'c1', offsets: [{ topic: 'orders', partition: 0, offset: 0 }] }),
    key: 'error.COMMIT_FAILED.subscribed',
    mentions: ['c1', 'g1'],
  },
  { name: 'restarting a running consumer', error: refusal(BASE, { type: 'restartConsumer', consumer: 'c1' }), key: 'error.CONSUMER_NOT_CRASHED', mentions: ['c1'] },
  { name: 'too few brokers', error: refusal([{ type: 'addBroker', broker: 2 }], { type: 'createTopic', topic: 'r', partitions: 1, replicationFactor: 3 }), key: 'error.INVALID_REPLICATION_FACTOR', mentions: [3, 2] },
  { name: 'unknown broker', error: refusal([], { type: 'crashBroker', broker: 7 }), key: 'error.BROKER_NOT_REGISTERED', mentions: [7] },
  { name: 'broker exists', error: refusal([], { type: 'addBroker', broker: 1 }), key: 'error.DUPLICATE_BROKER_REGISTRATION', mentions: [1] },
  { name: 'too many brokers', error: refusal(Array.from({ length: 11 }, (_, i) => ({ type: 'addBroker', broker: i + 2 })), { type: 'addBroker', broker: 99 }), key: 'error.TOO_MANY_BROKERS', mentions: [12] },
  { name: 'stopping a stopped broker', error: refusal([{ type: 'addBroker', broker: 2 }, { type: 'stopBroker', broker: 2 }], { type: 'stopBroker', broker: 2 }), key: 'error.BROKER_NOT_RUNNING', mentions: [2, 'stopped'] },
  { name: 'starting a running broker', error: refusal([], { type: 'startBroker', broker: 1 }), key: 'error.BROKER_ALREADY_RUNNING', mentions: [1] },
  { name: 'isolating twice', error: refusal([{ type: 'isolateBroker', broker: 1 }], { type: 'isolateBroker', broker: 1 }), key: 'error.BROKER_ALREADY_ISOLATED', mentions: [1] },
  { name: 'reconnecting a connected broker', error: refusal([], { type: 'reconnectBroker', broker: 1 }), key: 'error.BROKER_NOT_ISOLATED', mentions: [1, 'online'] },
  { name: 'idempotence without acks=all', error: refusal([], { type: 'addProducer', producer: 'p', acks: 1, enableIdempotence: true }), key: 'error.CONFIG_EXCEPTION.acks', mentions: ['acks'] },
  { name: 'idempotence without retries', error: refusal([], { type: 'addProducer', producer: 'p', retries: 0, enableIdempotence: true }), key: 'error.CONFIG_EXCEPTION.retries', mentions: ['retries'] },
  { name: 'a delivery timeout below the request timeout', error: refusal([], { type: 'addProducer', producer: 'p', deliveryTimeoutMs: 1000 }), key: 'error.CONFIG_EXCEPTION.delivery', mentions: ['30,000'] },
  {
    name: 'too many replicas',
    error: refusal([{ type: 'addBroker', broker: 2 }, { type: 'addBroker', broker: 3 }, ...Array.from({ length: 4 }, (_, i): Command => ({ type: 'createTopic', topic: `r${i}`, partitions: 32, replicationFactor: 3 }))], { type: 'createTopic', topic: 'r9', partitions: 1, replicationFactor: 3 }),
    key: 'error.LIMIT_EXCEEDED.maxTotalReplicas',
    mentions: [387, 384],
  },
  {
    name: 'a full producer buffer',
    error: refusal([{ type: 'createTopic', topic: 't', partitions: 1, minInsyncReplicas: 2 }, { type: 'addProducer', producer: 'full' }, ...Array.from({ length: SIM_LIMITS.maxQueuedRequests }, (_, i): Command => ({ type: 'produce', producer: 'full', topic: 't', value: `v${i}` }))], { type: 'produce', producer: 'full', topic: 't', value: 'one more' }),
    key: 'error.BUFFER_EXHAUSTED',
    mentions: ['full', 512],
  },
  { name: 'losing an ack that never comes', error: refusal([{ type: 'addProducer', producer: 'p0', acks: 0 }], { type: 'loseNextAck', producer: 'p0' }), key: 'error.NO_ACKS', mentions: ['p0'] },
  { name: 'resetting the offsets of a group with members', error: refusal(BASE, { type: 'resetOffsets', group: 'g1', offsets: [{ topic: 'orders', partition: 0, offset: 0 }] }), key: 'error.NON_EMPTY_GROUP', mentions: ['g1'] },
  { name: 'a commit without a coordinator', error: refusal([...BASE, { type: 'stopBroker', broker: 1 }], { type: 'commit', consumer: 'c1' }), key: 'error.COORDINATOR_NOT_AVAILABLE', mentions: ['g1'] },
  { name: 'model time past its cap', error: refusal([{ type: 'advanceTime', ms: 315_360_000_000 }, ...Array.from({ length: 9 }, (): Command => ({ type: 'advanceTime', ms: 315_360_000_000 }))], { type: 'advanceTime', ms: 1 }), key: 'error.LIMIT_EXCEEDED.maxTimeMs', mentions: ['3,153,600,000,000'] },
  { name: 'too many members × partitions', error: refusal([{ type: 'createTopic', topic: 't', partitions: 32 }, ...Array.from({ length: 6 }, (_, i): Command => ({ type: 'addConsumer', consumer: `m${i}`, group: 'g', topics: ['t'] }))], { type: 'addConsumer', consumer: 'm9', group: 'g', topics: ['t'] }), key: 'error.LIMIT_EXCEEDED.maxAssignmentSize', mentions: [224, 192] },
  { name: 'an invisible character in a name', error: refusal([], { type: 'addProducer', producer: 'p\u200b1' }), key: 'error.NAME_INVISIBLE', mentions: ['U+200B', 2] },
  // The produce form's own limit, refused before the engine sees the command.
  { name: 'an over-long key typed in the form', error: { code: 'KEY_TOO_LONG', message: 'A key can be at most 100 characters here', params: { max: 100, length: 101 } }, key: 'error.KEY_TOO_LONG', mentions: [100, 101] },
  ...TRANSACTION_ERROR_CASES,
  // KIP-848 consumer protocol (BASE's g1 is a classic group with c1 in it).
  { name: 'group.protocol=consumer before 4.0', error: applyCommand(applyCommand(createSimulation({ seed: 1, kafkaVersion: '3.9' }), { type: 'createTopic', topic: 'orders', partitions: 1 }).state, { type: 'addConsumer', consumer: 'k', group: 'gk', topics: ['orders'], groupProtocol: 'consumer' }).error!, key: 'error.GROUP_PROTOCOL_NOT_IN_VERSION', mentions: ['3.9', '4.0'] },
  { name: 'a consumer-protocol member into a classic group', error: refusal(BASE, { type: 'addConsumer', consumer: 'k', group: 'g1', topics: ['orders'], groupProtocol: 'consumer' }), key: 'error.GROUP_ID_NOT_FOUND.notConsumerGroup', mentions: ['g1', 'k'] },
  { name: 'a classic member into a consumer group', error: refusal([...BASE, { type: 'addConsumer', consumer: 'k', group: 'gk', topics: ['orders'], groupProtocol: 'consumer' }], { type: 'addConsumer', consumer: 'm', group: 'gk', topics: ['orders'] }), key: 'error.INCONSISTENT_GROUP_PROTOCOL.mixed', mentions: ['gk', 'm'] },
  { name: 'partition.assignment.strategy with group.protocol=consumer', error: refusal(BASE, { type: 'addConsumer', consumer: 'k', group: 'gk', topics: ['orders'], groupProtocol: 'consumer', assignor: 'range' }), key: 'error.CONSUMER_PROTOCOL_CONFIG.strategy', mentions: [] },
  { name: 'a partitioner the version does not ship', error: applyCommand(createSimulation({ seed: 1, kafkaVersion: '4.0' }), { type: 'addProducer', producer: 'p', partitioner: 'sticky' }).error!, key: 'error.PARTITIONER_NOT_IN_VERSION', mentions: ['4.0', '2.8, 3.6, 3.9'] },
  { name: 'a keyless record on a compacted topic', error: refusal([{ type: 'createTopic', topic: 'kv', partitions: 1, cleanupPolicy: 'compact' }, { type: 'addProducer', producer: 'p1' }], { type: 'produce', producer: 'p1', topic: 'kv', value: 'v' }), key: 'error.INVALID_RECORD', mentions: ['kv'] },
  { name: 'min.compaction.lag.ms above max', error: refusal([], { type: 'createTopic', topic: 'kv', partitions: 1, minCompactionLagMs: 10, maxCompactionLagMs: 5 }), key: 'error.INVALID_CONFIG', mentions: [10, 5] },
  { name: 'a ratio out of range', error: refusal([], { type: 'createTopic', topic: 'kv', partitions: 1, minCleanableDirtyRatio: 1.5 }), key: 'error.INVALID_COMMAND', mentions: ['minCleanableDirtyRatio', 0, 1] },
];

/** Error codes in the engine's source: `simError('CODE'` literals outside tests. */
function engineErrorCodes(): string[] {
  const root = join(import.meta.dirname, '..', 'engine');
  const codes = new Set<string>();
  for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.ts') || file.endsWith('.test.ts')) continue;
    for (const m of readFileSync(join(root, file), 'utf8').matchAll(/simError\(\s*'([A-Z_]+)'/g)) codes.add(m[1]!);
  }
  return [...codes].sort();
}

/** A catalogue entry as a pattern that any filling of its placeholders matches. */
function entryPattern(template: string): RegExp {
  return templatePattern(template);
}

describe('describeError', () => {
  it('finds the engine\'s error codes in its source', () => {
    expect(engineErrorCodes().length).toBeGreaterThanOrEqual(17);
  });

  it('translates every error code the engine can return, and the scenarios raise each one', () => {
    const raised = new Set(CASES.map((c) => c.error.code));
    for (const code of engineErrorCodes()) {
      expect(Object.keys(MESSAGES).some((k) => k === `error.${code}` || k.startsWith(`error.${code}.`)), `no translation for ${code}`).toBe(true);
      expect(raised.has(code), `no scenario raises ${code}`).toBe(true);
    }
  });

  it.each(CASES)('explains $name in both languages', ({ error, key, mentions }) => {
    for (const lang of LANGS) {
      const line = describeError(error, lang);
      const label = `${lang} ${JSON.stringify(error)}\n${line}`;
      expect(line, label).toMatch(entryPattern(MESSAGES[key as keyof typeof MESSAGES][lang]));
      expect(line, label).not.toMatch(/\{\w+\}|undefined|NaN/);
      for (const m of mentions) expect(line, label).toContain(String(m));
      if (lang === 'ko') expect(line, label).toMatch(/[가-힣]/);
    }
    expect(describeError(error, 'ko')).not.toBe(describeError(error, 'en'));
  });

  it('uses every error sentence of the catalogue', () => {
    const pieces = /^error\.(rule|field)\.|^error\.unknown$/;
    const used = new Set(CASES.map((c) => c.key));
    for (const key of Object.keys(ERROR_MESSAGES)) if (!pieces.test(key)) expect(used.has(key), `${key} unused`).toBe(true);
  });

  it('names every SIM_LIMITS count the engine refuses in its own sentence', () => {
    const raised = readFileSync(join(import.meta.dirname, '..', 'engine', 'limits.ts'), 'utf8').matchAll(/limit\('(\w+)'/g);
    for (const [, name] of raised) {
      expect(Object.hasOwn(LIMIT_MESSAGES, `error.LIMIT_EXCEEDED.${name}`), name).toBe(true);
      for (const lang of LANGS) expect(describeError({ code: 'LIMIT_EXCEEDED', message: 'm', params: { limit: name!, max: 7, size: 9, total: 9, group: 'g' } }, lang)).toContain('7');
    }
  });

  it('speaks Korean about field names and rules', () => {
    expect(describeError(CASES[0]!.error, 'ko')).toBe('명령을 실행할 수 없습니다: partitions 값은 정수여야 합니다.');
    expect(describeError(CASES[5]!.error, 'ko')).toContain('프로듀서 이름이 비어 있습니다');
    expect(describeError(CASES[11]!.error, 'en')).toContain('cannot shrink from 3 partitions to 2 partitions');
  });

  it('falls back to the English message for an unknown code or missing parameters', () => {
    const odd = { code: 'BROKER_ON_FIRE', message: 'The broker is on fire' };
    expect(describeError(odd, 'en')).toBe('Refused: The broker is on fire');
    expect(describeError(odd, 'ko')).toBe('실행할 수 없습니다: The broker is on fire');
    expect(describeError({ code: 'UNKNOWN_PRODUCER', message: 'Unknown producer' }, 'ko')).toBe('실행할 수 없습니다: Unknown producer');
    expect(describeError({ code: 'INVALID_PARTITIONS', message: 'odd', params: { topic: 't', current: 2, requested: 5 } }, 'en')).toBe('Refused: odd');
  });

  it('treats fields and rules named like Object.prototype members as plain text', () => {
    for (const field of ['toString', 'valueOf', '__proto__', 'constructor']) {
      for (const code of ['EMPTY_NAME', 'NAME_TOO_LONG', 'INVALID_COMMAND']) {
        for (const lang of LANGS) expect(describeError({ code, message: 'msg', params: { field, rule: field } }, lang)).not.toMatch(/\{\w+\}/);
      }
    }
  });

  it('never shows a raw placeholder, whatever the params', () => {
    const codes = [...engineErrorCodes(), 'SOMETHING_ELSE'];
    const value = fc.oneof(fc.string({ maxLength: 8 }).filter((s) => !/[{}]/.test(s)), fc.integer({ min: -5, max: 300 }));
    const params = fc.dictionary(fc.constantFrom('topic', 'partition', 'partitions', 'current', 'requested', 'field', 'rule', 'max', 'size', 'consumer', 'group', 'type'), value);
    fc.assert(fc.property(fc.constantFrom(...codes), fc.option(params, { nil: undefined }), (code, p) => {
      const error: SimError = p === undefined ? { code, message: 'msg' } : { code, message: 'msg', params: p };
      for (const lang of LANGS) {
        const line = describeError(error, lang);
        if (line.length === 0 || /\{\w+\}/.test(line)) throw new Error(`${lang} ${JSON.stringify(error)}: ${line}`);
      }
    }));
  });
});

describe('durations in a refusal', () => {
  it('are written in the reader\'s units, not bare milliseconds', () => {
    const error = refusal(BASE, { type: 'addConsumer', consumer: 'c5', group: 'g', topics: ['orders'], sessionTimeoutMs: 1000 });
    expect(describeError(error, 'en')).toContain('A session timeout of 1 s is outside what the broker allows (6 s–30 min,');
    expect(describeError(error, 'ko')).toContain('세션 타임아웃(1초)이 브로커가 허용하는 범위(6초–30분,');
  });
});
