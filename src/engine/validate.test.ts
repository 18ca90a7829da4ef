import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateByChecks, validateCommand } from './validate.ts';
import { applyCommand, createSimulation } from './apply.ts';
import { run } from './test-support/run.ts';

describe('malformed commands', () => {
  const { state } = run([{ type: 'createTopic', topic: 'orders', partitions: 3 }, { type: 'addProducer', producer: 'p' }]);
  const cases: [unknown, string, string?][] = [
    [null, 'INVALID_COMMAND'],
    ['produce', 'INVALID_COMMAND'],
    [[], 'INVALID_COMMAND'],
    [{}, 'UNKNOWN_COMMAND'],
    [{ type: 'deleteTopic', topic: 'orders' }, 'UNKNOWN_COMMAND'],
    [{ type: 'produce', producer: 'p', topic: 'orders' }, 'INVALID_COMMAND', 'value'],
    [{ type: 'produce', producer: 'p', topic: 'orders', value: 3 }, 'INVALID_COMMAND', 'value'],
    [{ type: 'produce', producer: 'p', topic: 'orders', value: 'v', key: 7 }, 'INVALID_COMMAND', 'key'],
    [{ type: 'produce', producer: 'p', topic: 'orders', value: 'v', partition: -1 }, 'INVALID_COMMAND', 'partition'],
    [{ type: 'addProducer', producer: '' }, 'EMPTY_NAME', 'producer'],
    [{ type: 'addProducer', producer: '   ' }, 'EMPTY_NAME', 'producer'],
    [{ type: 'addProducer', producer: 'q', partitioner: 'random' }, 'INVALID_COMMAND', 'partitioner'],
    [{ type: 'addConsumer', consumer: 'c', group: 'g', topics: [] }, 'INVALID_COMMAND', 'topics'],
    [{ type: 'addConsumer', consumer: 'c', group: '', topics: ['orders'] }, 'EMPTY_NAME', 'group'],
    [{ type: 'addConsumer', consumer: 'c', group: 'g', topics: ['orders'], autoOffsetReset: 'smallest' }, 'INVALID_COMMAND', 'autoOffsetReset'],
    [{ type: 'addConsumer', consumer: 'c', group: 'g', topics: ['orders'], assignor: 'magic' }, 'INVALID_COMMAND', 'assignor'],
    [{ type: 'poll', consumer: 'c', maxRecords: 0 }, 'INVALID_COMMAND', 'maxRecords'],
    [{ type: 'advanceTime', ms: -5 }, 'INVALID_COMMAND', 'ms'],
    [{ type: 'advanceTime', ms: 1.5 }, 'INVALID_COMMAND', 'ms'],
    [{ type: 'advanceTime', ms: Number.NaN }, 'INVALID_COMMAND', 'ms'],
    [{ type: 'alterPartitions', topic: 'orders', partitions: 2.5 }, 'INVALID_COMMAND', 'partitions'],
    [{ type: 'createTopic', topic: 'big', partitions: 100_000 }, 'LIMIT_EXCEEDED', 'partitions'],
    [{ type: 'alterPartitions', topic: 'orders', partitions: 33 }, 'LIMIT_EXCEEDED', 'partitions'],
    [{ type: 'createTopic', topic: 'constructor', partitions: 1 }, 'RESERVED_NAME', 'topic'],
    [{ type: 'addProducer', producer: '__proto__' }, 'RESERVED_NAME', 'producer'],
    [{ type: 'addConsumer', consumer: 'toString', group: 'g', topics: ['orders'] }, 'RESERVED_NAME', 'consumer'],
    [{ type: 'addConsumer', consumer: 'c', group: 'hasOwnProperty', topics: ['orders'] }, 'RESERVED_NAME', 'group'],
  ];
  it.each(cases)('refuses %j with %s, naming the field, and changes nothing', (command, code, field) => {
    const result = applyCommand(state, command);
    expect(result.error?.code).toBe(code);
    if (field) expect(result.error?.params?.['field']).toBe(field);
    expect(result.error?.message.length).toBeGreaterThan(5);
    expect(result.state).toBe(state);
    expect(result.events).toEqual([]);
  });

  it('a fresh simulation starts empty at model time 0 with the given seed', () => {
    const s = createSimulation({ seed: 99 });
    expect(s.time).toBe(0);
    expect(s.seed).toBe(99);
    expect(Object.keys(s.topics)).toEqual([]);
  });
});

describe('the produce shortcut (validateCommand) accepts exactly what the checks accept', () => {
  // Fields a produce may carry, each from valid and invalid values; plus a stray field sometimes.
  const nameLike = fc.oneof(fc.constantFrom('p', 'orders', ' ', '', 'toString', '__proto__', '.', '..', 'a b', 'x'.repeat(250), 'ok-1', '한글'), fc.string({ maxLength: 8 }), fc.integer());
  const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
  const produceLike = fc.record({
    type: fc.constantFrom('produce', 'produce', 'produce', 'poll'),
    producer: nameLike,
    topic: nameLike,
    key: optional(fc.oneof(fc.string({ maxLength: 4 }), fc.integer(), fc.constant(null))),
    value: fc.oneof(fc.string({ maxLength: 4 }), fc.constant(null), fc.integer(), fc.constant(undefined)),
    partition: optional(fc.oneof(fc.integer({ min: -2, max: 20 }), fc.double(), fc.constant(Number.MAX_SAFE_INTEGER + 2), fc.constant('1'))),
    flush: optional(fc.oneof(fc.boolean(), fc.constant('yes'))),
    offset: optional(fc.integer()),
  }, { requiredKeys: ['type'] });

  it('for any produce-like object, valid by one means valid by the other, and a refusal names the same problem', () => {
    fc.assert(fc.property(produceLike, (command) => {
      expect(validateCommand(command)).toEqual(validateByChecks(command));
    }), { numRuns: 2000 });
  });
});

// Kafka 3.4+ Topic.validate (clients/src/main/java/org/apache/kafka/common/internals/Topic.java,
// detectInvalidTopic lines 47-59, "Topic name is invalid: " at 67-71): its words, in its order;
// the codes stay the engine's own, so the view's explanations keep working.
describe("Topic.validate: 'Topic name is invalid: ' and the reason", () => {
  const long = 'x'.repeat(250);
  const cases: [string, string, string][] = [
    ['', 'EMPTY_NAME', 'Topic name is invalid: the empty string is not allowed'],
    ['.', 'INVALID_TOPIC', "Topic name is invalid: '.' is not allowed"],
    ['..', 'INVALID_TOPIC', "Topic name is invalid: '..' is not allowed"],
    [long, 'NAME_TOO_LONG', `Topic name is invalid: the length of '${long}' is longer than the max allowed length 249`],
    ['has space', 'INVALID_TOPIC', "Topic name is invalid: 'has space' contains one or more characters other than ASCII alphanumerics, '.', '_' and '-'"],
    ['주문', 'INVALID_TOPIC', "Topic name is invalid: '주문' contains one or more characters other than ASCII alphanumerics, '.', '_' and '-'"],
    ['   ', 'EMPTY_NAME', "Topic name is invalid: '   ' contains one or more characters other than ASCII alphanumerics, '.', '_' and '-'"],
  ];
  it.each(cases)('%j is refused with %s and Kafka 4.0\'s text', (topic, code, message) => {
    const error = validateCommand({ type: 'createTopic', topic, partitions: 1 });
    expect(error?.code).toBe(code);
    expect(error?.message).toBe(message);
  });

  it('a name of exactly MAX_NAME_LENGTH (249) characters is legal', () => {
    expect(validateCommand({ type: 'createTopic', topic: 'x'.repeat(249), partitions: 1 })).toBeUndefined();
  });

  it('Kafka has no partitions-per-topic bound: above SIM_LIMITS.maxPartitions is the simulator\'s LIMIT_EXCEEDED', () => {
    expect(validateCommand({ type: 'createTopic', topic: 't', partitions: 33 })?.params).toMatchObject({ limit: 'maxPartitions', max: 32, requested: 33 });
    expect(validateCommand({ type: 'createTopic', topic: 't', partitions: 0 })?.code).toBe('INVALID_COMMAND');
  });
});
