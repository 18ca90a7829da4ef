import { describe, expect, it } from 'vitest';
import { runCommands } from '../../../engine/index.ts';
import { complete } from './completion.ts';

const setup = [
  { type: 'createTopic', topic: 'orders', partitions: 3 },
  { type: 'createTopic', topic: 'orders-dlq', partitions: 1 },
  { type: 'createTopic', topic: 'payments', partitions: 1 },
  { type: 'addConsumer', consumer: 'c1', group: 'billing', topics: ['orders'] },
  { type: 'poll', consumer: 'c1' },
];
const state = runCommands(setup);

describe('complete', () => {
  it('completes the tool name, then its options', () => {
    expect(complete('kafka-top', state)).toEqual({ line: 'kafka-topics.sh ', candidates: [] });
    expect(complete('kafka-con', state).candidates).toEqual(['kafka-console-producer.sh', 'kafka-console-consumer.sh', 'kafka-consumer-groups.sh', 'kafka-configs.sh']);
    expect(complete('kafka-topics.sh --cr', state).line).toBe('kafka-topics.sh --create ');
    expect(complete('kafka-topics.sh --de', state).candidates).toEqual(['--delete', '--describe', '--delete-config']);
  });

  it('completes topic and group names after the options that take them', () => {
    expect(complete('kafka-topics.sh --describe --topic pa', state).line).toBe('kafka-topics.sh --describe --topic payments ');
    expect(complete('kafka-topics.sh --describe --topic or', state)).toEqual({ line: 'kafka-topics.sh --describe --topic orders', candidates: ['orders', 'orders-dlq'] });
    expect(complete('kafka-consumer-groups.sh --describe --group ', state).line).toBe('kafka-consumer-groups.sh --describe --group billing ');
    expect(complete('kafka-console-consumer.sh --consumer-property ', state).line).toBe('kafka-console-consumer.sh --consumer-property client.id=c1 ');
    expect(complete('kafka-configs.sh --alter --add-config retention.m', state).line).toBe('kafka-configs.sh --alter --add-config retention.ms=');
  });

  it('completes kafka-transactions\' subcommand, its options and transactional ids, and --isolation-level\'s values', () => {
    const txns = runCommands([...setup, { type: 'addProducer', producer: 'tp', transactionalId: 'billing-tx' }, { type: 'initTransactions', producer: 'tp' }]);
    const T = 'kafka-transactions.sh --bootstrap-server localhost:9092';
    expect(complete(`${T} l`, txns).line).toBe(`${T} list `);
    expect(complete(`${T} desc`, txns).candidates).toEqual(['describe', 'describe-producers']);
    expect(complete(`${T} describe --tr`, txns).line).toBe(`${T} describe --transactional-id `);
    expect(complete(`${T} describe --transactional-id b`, txns).line).toBe(`${T} describe --transactional-id billing-tx `);
    expect(complete('kafka-console-consumer.sh --isolation-level read_c', state).line).toBe('kafka-console-consumer.sh --isolation-level read_committed ');
  });

  it('leaves an unknown tool or word alone', () => {
    expect(complete('cat --x', state)).toEqual({ line: 'cat --x', candidates: [] });
    expect(complete('kafka-topics.sh --zzz', state)).toEqual({ line: 'kafka-topics.sh --zzz', candidates: [] });
  });
});
