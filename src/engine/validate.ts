import { COMMAND_TYPES, TOPIC_CONFIG_FIELDS, type Command } from './commands.ts';
import { SIM_LIMITS } from './defaults.ts';
import { simError, type SimError } from './errors.ts';
import { CLEANUP_POLICIES, KEYLESS_PARTITIONERS } from './types.ts';
import { offsetList, partitionList, seekOffset, unknownField, unknownFieldError } from './validate-lists.ts';

// Shape checks for commands that arrive as untrusted JSON (scenario files, URLs, forms).
// Each returns the first problem found, naming the field, or undefined.

type Fields = Record<string, unknown>;
/** A check knows the field it reads, so the fields a command may carry follow from its checks. */
type Check = ((fields: Fields) => SimError | undefined) & { field: string };

function check(field: string, fn: (fields: Fields) => SimError | undefined): Check {
  return Object.assign(fn, { field });
}

const LEGAL_TOPIC = /^[a-zA-Z0-9._-]+$/;
/** Topic.MAX_NAME_LENGTH: Kafka's own limit, not the simulator's. */
const TOPIC_MAX_NAME_LENGTH = 249;

function invalid(field: string, rule: string): SimError {
  return simError('INVALID_COMMAND', `${field} ${rule}`, { field, rule });
}

/** What is wrong with a name (a string that keys the state), or undefined: the rules name() and the produce shortcut share. */
function nameProblem(field: string, v: string): SimError | undefined {
  if (v.trim().length === 0) return simError('EMPTY_NAME', `${field} must not be empty`, { field });
  if (v.length > SIM_LIMITS.maxNameLength) return simError('NAME_TOO_LONG', `${field} must be at most ${SIM_LIMITS.maxNameLength} characters`, { field, max: SIM_LIMITS.maxNameLength });
  // Names key plain objects in the state; one that Object.prototype already has would alias it.
  if (v in Object.prototype || v === '__proto__') return simError('RESERVED_NAME', `"${v}" is reserved in this simulator; choose another name`, { field, name: v });
  return undefined;
}

/**
 * A topic's name: Kafka's Topic.validate, in its order and words (clients/src/main/java/org/apache/
 * kafka/common/internals/Topic.java, detectInvalidTopic lines 47-59, the "Topic name is invalid: "
 * prefix at lines 41-43 and 67-71; the controller sends it back from ReplicationControlManager.
 * validateNewTopicNames, line 849). Then the simulator's own reserved names.
 */
function topicProblem(field: string, v: string): SimError | undefined {
  const invalidTopic = (reason: string) => `Topic name is invalid: ${reason}`;
  if (v.length === 0) return simError('EMPTY_NAME', invalidTopic('the empty string is not allowed'), { field });
  if (v === '.' || v === '..') return simError('INVALID_TOPIC', invalidTopic(`'${v}' is not allowed`), { topic: v });
  // Java's String.length counts UTF-16 units, as JavaScript does.
  if (v.length > TOPIC_MAX_NAME_LENGTH) {
    return simError('NAME_TOO_LONG', invalidTopic(`the length of '${v}' is longer than the max allowed length ${TOPIC_MAX_NAME_LENGTH}`), { field, max: TOPIC_MAX_NAME_LENGTH });
  }
  if (!LEGAL_TOPIC.test(v)) {
    const reason = `'${v}' contains one or more characters other than ASCII alphanumerics, '.', '_' and '-'`;
    // A blank name keeps its code (the view explains it as an empty name); Kafka's words are the same.
    return simError(v.trim().length === 0 ? 'EMPTY_NAME' : 'INVALID_TOPIC', invalidTopic(reason), v.trim().length === 0 ? { field } : { topic: v });
  }
  return nameProblem(field, v);
}

function name(field: string, optional = false): Check {
  return check(field, (f) => {
    const v = f[field];
    if (v === undefined && optional) return undefined;
    return typeof v === 'string' ? nameProblem(field, v) : invalid(field, 'must be a string');
  });
}

function topicName(field: string): Check {
  return check(field, (f) => {
    const v = f[field];
    return typeof v === 'string' ? topicProblem(field, v) : invalid(field, 'must be a string');
  });
}

function integer(field: string, min: number, optional = false, max = Number.MAX_SAFE_INTEGER): Check {
  return check(field, (f) => {
    const v = f[field];
    if (v === undefined && optional) return undefined;
    if (typeof v !== 'number' || !Number.isInteger(v)) return invalid(field, 'must be an integer');
    if (v < min) return invalid(field, min === 1 ? 'must be a positive integer' : `must be at least ${min}`);
    if (v > max) return invalid(field, `must be at most ${max}`);
    return undefined;
  });
}

function oneOf(field: string, values: readonly string[], optional = true): Check {
  return check(field, (f) => {
    const v = f[field];
    if (v === undefined && optional) return undefined;
    if (typeof v !== 'string' || !values.includes(v)) return invalid(field, `must be one of ${values.join(', ')}`);
    return undefined;
  });
}

function text(field: string, optional = false): Check {
  return check(field, (f) => {
    const v = f[field];
    if (v === undefined && optional) return undefined;
    return typeof v === 'string' ? undefined : invalid(field, 'must be a string');
  });
}

/** A string or null: a produce's value, where null is a tombstone. */
function nullableText(field: string): Check {
  return check(field, (f) => (typeof f[field] === 'string' || f[field] === null ? undefined : invalid(field, 'must be a string or null')));
}

/**
 * An integer of at least `min` and at most SIM_LIMITS[limit]: a bound Kafka does not have (partitions
 * per topic, min.insync.replicas), so going past it is LIMIT_EXCEEDED, the simulator's limit, not a bad value.
 */
function simBounded(field: string, min: number, limit: 'maxPartitions' | 'maxMinInsyncReplicas', optional = false): Check {
  const shape = integer(field, min, optional);
  const max = SIM_LIMITS[limit];
  return check(field, (f) => shape(f) ?? (typeof f[field] === 'number' && f[field] > max
    ? simError('LIMIT_EXCEEDED', `${field} must be at most ${max} in this simulator`, { limit, max, field, requested: f[field] })
    : undefined));
}

/** A number in [min, max], not only integers (min.cleanable.dirty.ratio: ConfigDef.Range.between(0, 1)). */
function ratio(field: string, min: number, max: number): Check {
  return check(field, (f) => {
    const v = f[field];
    if (v === undefined) return undefined;
    if (typeof v !== 'number' || !Number.isFinite(v)) return invalid(field, 'must be a number');
    if (v < min || v > max) return invalid(field, `must be between ${min} and ${max}`);
    return undefined;
  });
}

/** LogConfig's ranges for the log cleaner's topic configs. */
const COMPACTION_CHECKS: Check[] = [oneOf('cleanupPolicy', CLEANUP_POLICIES), ratio('minCleanableDirtyRatio', 0, 1),
  integer('minCompactionLagMs', 0, true), integer('maxCompactionLagMs', 1, true), integer('deleteRetentionMs', 0, true)];

function bool(field: string): Check {
  return check(field, (f) => (f[field] === undefined || typeof f[field] === 'boolean' ? undefined : invalid(field, 'must be true or false')));
}

function topicList(field: string): Check {
  return check(field, (f) => {
    const v = f[field];
    if (!Array.isArray(v) || v.length === 0) return invalid(field, 'must be a non-empty list of topic names');
    for (let i = 0; i < v.length; i++) {
      const problem = topicName(`${field}[${i}]`)({ [`${field}[${i}]`]: v[i] });
      if (problem) return problem;
    }
    return undefined;
  });
}

/** alterTopicConfig's deleteConfigs: topic config names, none also set by the same command. */
function configFieldList(field: string): Check {
  return check(field, (f) => {
    const v = f[field];
    if (v === undefined) return undefined;
    if (!Array.isArray(v) || v.length === 0) return invalid(field, 'must be a non-empty list of topic configs');
    for (let i = 0; i < v.length; i++) {
      if (!(TOPIC_CONFIG_FIELDS as readonly unknown[]).includes(v[i])) return invalid(`${field}[${i}]`, `must be one of ${TOPIC_CONFIG_FIELDS.join(', ')}`);
      if (f[v[i] as string] !== undefined) return invalid(`${field}[${i}]`, 'is also set by this command');
    }
    return undefined;
  });
}

const MAX_MS = 10 * 365 * 24 * 3600 * 1000;
/** transaction.max.timeout.ms (15 min): the broker refuses a longer transaction.timeout.ms at InitProducerId. */
const TRANSACTION_MAX_TIMEOUT_MS = 900_000;

function acks(field: string): Check {
  return check(field, (f) => {
    const v = f[field];
    if (v === undefined || v === 0 || v === 1 || v === 'all') return undefined;
    return invalid(field, 'must be one of 0, 1, all');
  });
}

const broker = integer('broker', 1, false, SIM_LIMITS.maxBrokerId);

const CHECKS: Record<Command['type'], Check[]> = {
  createTopic: [topicName('topic'), simBounded('partitions', 1, 'maxPartitions'), integer('retentionMs', -1, true), integer('retentionBytes', -1, true), integer('segmentBytes', 14, true), integer('segmentMs', 1, true),
    integer('replicationFactor', 1, true, SIM_LIMITS.maxBrokers), simBounded('minInsyncReplicas', 1, 'maxMinInsyncReplicas', true), bool('uncleanLeaderElection'), ...COMPACTION_CHECKS],
  alterPartitions: [topicName('topic'), simBounded('partitions', 1, 'maxPartitions')],
  addProducer: [name('producer'), oneOf('partitioner', KEYLESS_PARTITIONERS), integer('batchBytes', 1, true),
    acks('acks'), bool('enableIdempotence'), integer('retries', 0, true, 2_147_483_647), integer('deliveryTimeoutMs', 1, true, SIM_LIMITS.maxDeliveryTimeoutMs),
    name('transactionalId', true), integer('transactionTimeoutMs', 1, true, TRANSACTION_MAX_TIMEOUT_MS), integer('metadataMaxAgeMs', 0, true)],
  removeProducer: [name('producer')],
  produce: [name('producer'), topicName('topic'), text('key', true), nullableText('value'), integer('partition', 0, true), bool('flush')],
  addConsumer: [name('consumer'), name('group'), topicList('topics'), oneOf('autoOffsetReset', ['earliest', 'latest', 'none']), oneOf('assignor', ['range', 'roundrobin', 'sticky', 'cooperative-sticky']), bool('enableAutoCommit'), integer('autoCommitIntervalMs', 1, true), integer('sessionTimeoutMs', 1, true),
    integer('maxPollIntervalMs', 1, true), integer('heartbeatIntervalMs', 1, true), name('groupInstanceId', true), integer('defaultApiTimeoutMs', 1, true), oneOf('isolationLevel', ['read_uncommitted', 'read_committed']),
    oneOf('groupProtocol', ['classic', 'consumer']), oneOf('groupRemoteAssignor', ['uniform', 'range']), integer('metadataMaxAgeMs', 0, true)],
  poll: [name('consumer'), integer('maxRecords', 1, true)],
  commit: [name('consumer'), offsetList('offsets', topicName), bool('sync')],
  removeConsumer: [name('consumer')],
  crashConsumer: [name('consumer')],
  advanceTime: [integer('ms', 0, false, MAX_MS)],
  configureBroker: [integer('retentionCheckIntervalMs', 1, true)],
  seek: [name('consumer'), topicName('topic'), integer('partition', 0), seekOffset('offset')],
  seekToBeginning: [name('consumer'), partitionList('partitions', true, topicName)],
  seekToEnd: [name('consumer'), partitionList('partitions', true, topicName)],
  pause: [name('consumer'), partitionList('partitions', false, topicName)],
  resume: [name('consumer'), partitionList('partitions', false, topicName)],
  restartConsumer: [name('consumer')],
  addBroker: [broker],
  stopBroker: [broker],
  crashBroker: [broker],
  startBroker: [broker],
  isolateBroker: [broker],
  reconnectBroker: [broker],
  loseNextAck: [name('producer')],
  flush: [name('producer')],
  resetOffsets: [name('group'), check('offsets', (f) => (f['offsets'] === undefined ? invalid('offsets', 'must not be empty') : offsetList('offsets', topicName)(f)))], alterTopicConfig: [topicName('topic'), integer('retentionMs', -1, true), integer('retentionBytes', -1, true), integer('segmentBytes', 14, true), integer('segmentMs', 1, true), simBounded('minInsyncReplicas', 1, 'maxMinInsyncReplicas', true), ...COMPACTION_CHECKS, configFieldList('deleteConfigs')],
  initTransactions: [name('producer')],
  beginTransaction: [name('producer')],
  sendOffsetsToTransaction: [name('producer'), name('group'), check('offsets', (f) => (f['offsets'] === undefined ? invalid('offsets', 'must not be empty') : offsetList('offsets', topicName)(f)))],
  commitTransaction: [name('producer')],
  abortTransaction: [name('producer')],
  lateProduce: [name('producer'), topicName('topic'), integer('partition', 0), text('value')],
  adminAbortTransaction: [topicName('topic'), integer('partition', 0), integer('startOffset', 0)],
};

/** The fields each command may carry: `type` and what its checks read (built once, not per command). */
const ALLOWED_FIELDS = Object.fromEntries(Object.entries(CHECKS).map(([type, checks]) => [type, ['type', ...checks.map((c) => c.field)]])) as unknown as Record<Command['type'], readonly string[]>;

/** Names and topic names already found valid (pure checks, so the answer never changes); bounded, cleared when full. */
const validNames = new Set<string>();
const validTopics = new Set<string>();

/** A name every check of name() passes: non-blank, short, not Object.prototype's. */
function isValidName(v: unknown): v is string {
  return typeof v === 'string' && remembered(validNames, v, nameProblem);
}

/** A name topicName() passes, remembered the same way. */
function isValidTopicName(v: unknown): v is string {
  return typeof v === 'string' && remembered(validTopics, v, topicProblem);
}

/** Whether `rule` finds nothing wrong with `v`, asked once per name (bounded: cleared when full). */
function remembered(valid: Set<string>, v: string, rule: (field: string, v: string) => SimError | undefined): boolean {
  if (valid.has(v)) return true;
  if (rule('', v) !== undefined) return false;
  if (valid.size >= 1024) valid.clear();
  valid.add(v);
  return true;
}

/**
 * produce, the command replays and live play send most: true when every check of CHECKS.produce
 * passes, without calling them (no closure, no array). Anything else goes through the checks, which
 * name the problem.
 */
function isValidProduce(f: Fields): boolean {
  const topic = f['topic'];
  if (!isValidName(f['producer']) || !isValidTopicName(topic)) return false;
  const key = f['key'];
  const value = f['value'];
  const partition = f['partition'];
  const flush = f['flush'];
  if ((key !== undefined && typeof key !== 'string') || (value !== null && typeof value !== 'string')) return false;
  if (partition !== undefined && (typeof partition !== 'number' || !Number.isSafeInteger(partition) || partition < 0)) return false;
  if (flush !== undefined && typeof flush !== 'boolean') return false;
  for (const k in f) {
    if (Object.hasOwn(f, k) && !PRODUCE_FIELDS.has(k)) return false;
  }
  return true;
}
const PRODUCE_FIELDS: ReadonlySet<string> = new Set(ALLOWED_FIELDS.produce);

export function validateCommand(input: unknown): SimError | undefined {
  if (typeof input === 'object' && input !== null && (input as Fields)['type'] === 'produce' && !Array.isArray(input) && isValidProduce(input as Fields)) return undefined;
  return validateByChecks(input);
}

/** Every command's checks in order, the first problem named (validateCommand without its produce shortcut; exported for its test). */
export function validateByChecks(input: unknown): SimError | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return simError('INVALID_COMMAND', 'A command must be an object with a "type"', { field: 'type', rule: 'missing' });
  }
  const fields = input as Fields;
  const type = fields['type'];
  if (typeof type !== 'string' || !(COMMAND_TYPES as readonly string[]).includes(type)) {
    return simError('UNKNOWN_COMMAND', `Unknown command type ${JSON.stringify(type)}`, { type: String(type) });
  }
  const checks = CHECKS[type as Command['type']];
  for (const c of checks) {
    const problem = c(fields);
    if (problem) return problem;
  }
  // A field no check reads is a typo or a misunderstanding (commit's `offset` for `offsets`): refuse it.
  const unknown = unknownField(fields, ALLOWED_FIELDS[type as Command['type']]);
  return unknown === undefined ? undefined : unknownFieldError(type, unknown);
}
