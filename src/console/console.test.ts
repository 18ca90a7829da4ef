import { describe, expect, it } from 'vitest';
import { applyCommand, committedOffset, createSimulation, partitionForKey, partitionState, records, type SimState } from '../engine/index.ts';
import { javaStringHash, javaStringSet } from '../engine/groups/assignors/java-hash.ts';
import { memberId, randomUuid, topicId } from './ids.ts';
import { producerLine, runLine, toolName } from './index.ts';
import { parseOptions } from './options.ts';
import { javaHashOrder, stderrOf, stdoutOf } from './result.ts';
import { tokenize } from './tokenize.ts';

const B = '--bootstrap-server localhost:9092';

function run(state: SimState, line: string): { state: SimState; out: string; err: string } {
  const r = runLine(state, line);
  let s = state;
  for (const c of r.commands) s = applyCommand(s, c).state;
  return { state: s, out: stdoutOf(r), err: stderrOf(r) };
}

describe('tokenize', () => {
  it('splits like a shell: quotes keep blanks, backslashes escape', () => {
    expect(tokenize(`a "b c" 'd "e"' f\\ g "h\\"i"`)).toEqual({ args: ['a', 'b c', 'd "e"', 'f g', 'h"i'] });
    expect(tokenize('  ')).toEqual({ args: [] });
    expect(tokenize(`x ''`)).toEqual({ args: ['x', ''] });
  });
  it('an unclosed quote is bash\'s error', () => {
    expect(tokenize('a "b')).toEqual({ error: "bash: unexpected EOF while looking for matching `\"'" });
  });
});

describe('parseOptions (jopt-simple)', () => {
  const specs = { topic: 'value', partitions: 'int', create: 'flag', 'consumer-property': 'value', 'consumer.config': 'value' } as const;
  it('takes --name value, --name=value and a unique prefix; repeats keep every value', () => {
    const r = parseOptions(['--top', 'a', '--partitions=3', '--cr', '--topic', 'b'], specs);
    expect('error' in r ? r.error : [...r.values]).toEqual([['topic', ['a', 'b']], ['partitions', ['3']], ['create', []]]);
  });
  it('an ambiguous prefix is not recognized; a negative number is a value', () => {
    expect(parseOptions(['--consumer', 'x'], specs)).toEqual({ error: 'consumer is not a recognized option' });
    expect(parseOptions(['--partitions', '-1'], specs)).not.toHaveProperty('error');
  });
});

describe('seeded stand-ins for random values', () => {
  it('look like Kafka\'s and follow the seed', () => {
    expect(topicId(42, 'orders')).toMatch(/^[A-Za-z0-9_][A-Za-z0-9_-]{21}$/);
    expect(topicId(42, 'orders')).toBe(topicId(42, 'orders'));
    expect(topicId(43, 'orders')).not.toBe(topicId(42, 'orders'));
    expect(randomUuid(1, 'c1')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(memberId(1, 'c1').startsWith('c1-')).toBe(true);
  });
});

describe('javaHashOrder', () => {
  it('is java.util.HashMap\'s iteration order (as the assignors\' JavaHashMap, checked against Java)', () => {
    // "Aa" and "BB" collide in Java (hash 2112, bucket 0): insertion order within the bucket.
    expect(javaHashOrder(['b', 'BB', 'a', 'Aa'], javaStringHash)).toEqual(['BB', 'Aa', 'a', 'b']);
    const keys = Array.from({ length: 40 }, (_, i) => `topic-${i * 7}`);
    const map = javaStringSet(keys);
    expect(javaHashOrder(keys, javaStringHash)).toEqual([...map.keys()]);
  });
});

describe('the tools and the picture agree', () => {
  it('tool names as typed in many ways', () => {
    expect(['bin/kafka-topics.sh', './kafka-topics.sh', 'kafka-topics'].map(toolName)).toEqual(['kafka-topics.sh', 'kafka-topics.sh', 'kafka-topics.sh']);
    expect(stderrOf(runLine(createSimulation(), 'kafak-topics.sh --list'))).toBe('bash: kafak-topics.sh: command not found\n');
  });

  it('keyed lines land where murmur2 puts them; a group read commits; a reset moves the committed offset', () => {
    let s = run(createSimulation({ seed: 5, kafkaVersion: 'classic' }), `kafka-topics.sh ${B} --create --topic orders --partitions 3`).state;
    const session = runLine(s, `kafka-console-producer.sh ${B} --topic orders --property parse.key=true --property key.separator=:`);
    for (const c of session.commands) s = applyCommand(s, c).state;
    let producer = session.producer!;
    for (const line of ['alice:1', 'bob:2', 'carol:3']) {
      const r = producerLine(s, producer, line);
      for (const c of r.commands) s = applyCommand(s, c).state;
      producer = r.producer!;
    }
    for (const key of ['alice', 'bob', 'carol']) {
      expect(records(s, 'orders', partitionForKey(key, 3)).some((r) => r.key === key)).toBe(true);
    }
    const read = run(s, `kafka-console-consumer.sh ${B} --topic orders --group g --from-beginning --property print.key=true`);
    expect(read.out.split('\n').filter(Boolean).sort()).toEqual(['alice\t1', 'bob\t2', 'carol\t3']);
    s = read.state;
    const p = partitionForKey('alice', 3);
    expect(committedOffset(s, 'g', 'orders', p)).toBe(records(s, 'orders', p).length);
    const described = run(s, `kafka-consumer-groups.sh ${B} --describe --group g`).out;
    expect(described).toContain(`g               orders          ${p}          ${committedOffset(s, 'g', 'orders', p)}  `);
    s = run(s, `kafka-consumer-groups.sh ${B} --reset-offsets --group g --topic orders --to-earliest --execute`).state;
    for (let q = 0; q < 3; q++) expect(committedOffset(s, 'g', 'orders', q)).toBe(0);
  });

  it('--describe shows the leader, replicas and ISR the engine has, and none for an offline partition', () => {
    let s = createSimulation({ seed: 9, kafkaVersion: 'classic' });
    for (const b of [2, 3]) s = applyCommand(s, { type: 'addBroker', broker: b }).state;
    s = run(s, `kafka-topics.sh ${B} --create --topic t --partitions 1 --replication-factor 3`).state;
    s = applyCommand(s, { type: 'crashBroker', broker: partitionState(s, 't', 0)!.leader! }).state;
    s = applyCommand(s, { type: 'advanceTime', ms: 40_000 }).state;
    const info = partitionState(s, 't', 0)!;
    const line = run(s, `kafka-topics.sh ${B} --describe --topic t`).out.split('\n')[1]!;
    expect(line).toBe(`\tTopic: t\tPartition: 0\tLeader: ${info.leader ?? 'none'}\tReplicas: ${info.replicas.join(',')}\tIsr: ${info.isr.join(',')}\tElr: \tLastKnownElr: `);
    expect(info.isr.length).toBe(2);
  });
});
