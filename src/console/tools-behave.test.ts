import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCommand, type Command, type SimState } from '../engine/index.ts';
import { baseState } from './fixtures/scenario.ts';
import { producerLine, runLine } from './index.ts';
import { stderrOf, stdoutOf } from './result.ts';

// The console as Kafka 4.0's tools behave (issue 22 item 7): --max-messages, topic regexes, and the
// texts of refusals the controller gives.

const B = '--bootstrap-server localhost:9092';

function play(state: SimState, commands: readonly Command[]): SimState {
  let s = state;
  for (const c of commands) {
    const r = applyCommand(s, c);
    if (r.error) throw new Error(r.error.message);
    s = r.state;
  }
  return s;
}

function withRecords(n: number): SimState {
  const commands: Command[] = [{ type: 'createTopic', topic: 'many', partitions: 1 }, { type: 'addProducer', producer: 'pm' }];
  for (let i = 0; i < n; i++) commands.push({ type: 'produce', producer: 'pm', topic: 'many', value: `v${i}` });
  // linger.ms 5 (4.x): flush() sends the batch now.
  commands.push({ type: 'flush', producer: 'pm' });
  return play(baseState(), commands);
}

describe('kafka-console-consumer --max-messages (ConsoleConsumer.process: messageLimit == -1 || count < limit)', () => {
  const state = withRecords(30);
  it.each([
    ['2000', 30], ['-1', 30], ['5', 5], ['0', 0], ['-3', 0],
  ])('--max-messages %s over 30 records prints %i', (max, expected) => {
    const r = runLine(state, `kafka-console-consumer.sh ${B} --topic many --from-beginning --max-messages ${max}`);
    expect(stderrOf(r)).toBe(`Processed a total of ${expected} messages\n`);
    expect(stdoutOf(r).split('\n').filter((l) => l !== '')).toHaveLength(expected);
    expect(r.note).toBeUndefined();
  });

  it('prints min(available, limit) records, every record for -1 (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 40 }), fc.integer({ min: -2, max: 60 }), (n, limit) => {
      const r = runLine(withRecords(n), `kafka-console-consumer.sh ${B} --topic many --from-beginning --max-messages ${limit}`);
      const expected = limit === -1 ? n : Math.min(n, Math.max(0, limit));
      expect(stderrOf(r)).toBe(`Processed a total of ${expected} messages\n`);
    }), { numRuns: 25 });
  });

  it('without --max-messages reads every record that exists', () => {
    const r = runLine(state, `kafka-console-consumer.sh ${B} --topic many --from-beginning`);
    expect(stderrOf(r)).toBe('Processed a total of 30 messages\n');
  });
});

describe('kafka-topics --topic as a regular expression (TopicFilter.IncludeList)', () => {
  it('a catastrophic pattern against a 30-character name answers as Kafka does, without backtracking', () => {
    const name = 'a'.repeat(30);
    const state = play(baseState(), [{ type: 'createTopic', topic: name, partitions: 1 }]);
    const r = runLine(state, `kafka-topics.sh ${B} --describe --topic '(a+)+b'`);
    expect(stdoutOf(r)).toBe("Error while executing topic command : Topic 'Optional[(a+)+b]' does not exist as expected\n");
    expect(runLine(state, `kafka-topics.sh ${B} --list --topic '(a+)+'`).chunks.map((c) => c.text).join('')).toBe(`${name}\n`);
  });

  it('commas are alternatives and quotes are dropped, as TopicFilter does', () => {
    const r = runLine(baseState(), `kafka-topics.sh ${B} --list --topic '"orders,nothing"'`);
    expect(stdoutOf(r)).toBe('orders\n');
  });

  it('an invalid pattern prints TopicFilter\'s "is an invalid regex." and changes nothing', () => {
    const r = runLine(baseState(), `kafka-topics.sh ${B} --describe --topic '(ord'`);
    expect(stdoutOf(r)).toBe('Error while executing topic command : (ord is an invalid regex.\n');
    expect(r.commands).toEqual([]);
  });

  it('a backreference is refused by the simulator (no linear-time match), with its own note', () => {
    const r = runLine(baseState(), `kafka-topics.sh ${B} --list --topic '(o)\\1rders'`);
    expect(r.note).toEqual({ key: 'console.regexRefused', params: { feature: 'backreference' } });
    expect(r.chunks).toEqual([]);
  });
});

describe('kafka-topics --create refusals in the KRaft controller\'s words (4.0)', () => {
  it('a name colliding through . and _ says "collides with existing topic:" (ReplicationControlManager)', () => {
    const state = play(baseState(), [{ type: 'createTopic', topic: 'a.b', partitions: 1 }]);
    const r = runLine(state, `kafka-topics.sh ${B} --create --topic a_b`);
    expect(stdoutOf(r)).toBe("WARNING: Due to limitations in metric names, topics with a period ('.') or underscore ('_') could collide. To avoid issues it is best to use either, but not both.\nError while executing topic command : Topic 'a_b' collides with existing topic: a.b\n");
  });

  it('--replication-factor 13 prints StripedReplicaPlacer\'s text, not the engine\'s limit', () => {
    const r = runLine(baseState(), `kafka-topics.sh ${B} --create --topic big --replication-factor 13`);
    expect(stdoutOf(r)).toBe('Error while executing topic command : Unable to replicate the partition 13 time(s): The target replication factor of 13 cannot be reached because only 1 broker(s) are registered.\n');
    expect(r.commands).toEqual([]);
  });

  it('__consumer_offsets, once the coordinator made it, already exists; __transaction_state cannot be made by hand', () => {
    const state = baseState();
    expect(state.offsetsTopic).toBeDefined();
    expect(stdoutOf(runLine(state, `kafka-topics.sh ${B} --create --topic __consumer_offsets`))).toBe("Error while executing topic command : Topic '__consumer_offsets' already exists.\n");
    const r = runLine(state, `kafka-topics.sh ${B} --create --topic __transaction_state`);
    expect(r.commands).toEqual([]);
    expect(r.note).toEqual({ key: 'console.internalTopic', params: { topic: '__transaction_state' } });
  });
});

describe('kafka-console-producer null.marker (LineMessageReader)', () => {
  it('a value equal to the marker reaches the consumer as a null value, printed as null', () => {
    let state = baseState();
    const start = runLine(state, `kafka-console-producer.sh ${B} --topic orders --property null.marker=NULL`);
    state = play(state, start.commands);
    const line = producerLine(state, start.producer!, 'NULL');
    state = play(state, line.commands);
    const read = runLine(state, `kafka-console-consumer.sh ${B} --topic orders --from-beginning --max-messages -1`);
    expect(stdoutOf(read).split('\n')).toContain('null');
    expect(stdoutOf(read)).not.toContain('NULL');
  });

  it('a bootstrap list with an entry without a port is refused (ToolsUtils.validateBootstrapServer)', () => {
    expect(stderrOf(runLine(baseState(), 'kafka-console-producer.sh --bootstrap-server localhost:9092,broker2 --topic t'))).toBe('Please provide valid host:port like host1:9091,host2:9092\n\n');
    expect(runLine(baseState(), 'kafka-console-producer.sh --bootstrap-server localhost:9092,broker2:9093 --topic t').producer).toBeDefined();
  });
});
