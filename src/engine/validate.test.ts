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
    [{ type: 'createTopic', topic: 'big', partitions: 100_000 }, 'INVALID_COMMAND', 'partitions'],
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
