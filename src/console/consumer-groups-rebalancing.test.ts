import { describe, expect, it } from 'vitest';
import { applyCommand, createSimulation, type Command, type SimState } from '../engine/index.ts';
import { runLine } from './index.ts';
import { stderrOf, stdoutOf } from './result.ts';

// kafka-consumer-groups while a classic group waits at its join barrier (Kafka 4.0):
// ConsumerGroupCommand.shouldPrintMemberState warns "Warning: Consumer group 'g' is rebalancing."
// on stderr for PreparingRebalance/CompletingRebalance, DescribeGroups gives members without their
// assignment outside Stable (ClassicGroup describeNoMetadata), and GroupOffsetsResetter refuses a
// reset unless the group is Empty or Dead.

const B = '--bootstrap-server localhost:9092';

function play(commands: readonly Command[]): SimState {
  let s = createSimulation({ seed: 3, kafkaVersion: '4.0' });
  for (const c of commands) {
    const r = applyCommand(s, c);
    if (r.error) throw new Error(r.error.message);
    s = r.state;
  }
  return s;
}

const REBALANCING = play([
  { type: 'createTopic', topic: 'orders', partitions: 2 },
  { type: 'addProducer', producer: 'p' },
  { type: 'produce', producer: 'p', topic: 'orders', value: 'v', partition: 0, flush: true },
  { type: 'addConsumer', consumer: 'busy', group: 'g', topics: ['orders'], autoOffsetReset: 'earliest' },
  { type: 'poll', consumer: 'busy' },
  { type: 'commit', consumer: 'busy' },
  { type: 'addConsumer', consumer: 'late', group: 'g', topics: ['orders'] },
  { type: 'poll', consumer: 'late' },
]);

describe('ConsumerGroupCommand while the group is PreparingRebalance', () => {
  it('--describe warns that the group is rebalancing, on stderr, and lists the committed offsets without owners', () => {
    const r = runLine(REBALANCING, `kafka-consumer-groups.sh ${B} --describe --group g`);
    expect(stderrOf(r)).toBe("\nWarning: Consumer group 'g' is rebalancing.\n");
    const rows = stdoutOf(r).split('\n').filter((l) => l.startsWith('g '));
    expect(rows).toHaveLength(2);
    expect(rows.find((row) => /^g\s+orders\s+0\s/.test(row))).toMatch(/^g\s+orders\s+0\s+1\s+1\s+0\s+-\s+-\s+-$/);
    for (const row of rows) expect(row).toMatch(/\s-\s+-\s+-$/);
  });

  it('--describe --state prints the state PreparingRebalance and no assignment strategy', () => {
    const r = runLine(REBALANCING, `kafka-consumer-groups.sh ${B} --describe --group g --state`);
    expect(stderrOf(r)).toBe("\nWarning: Consumer group 'g' is rebalancing.\n");
    const row = stdoutOf(r).split('\n').find((l) => l.startsWith('g '))!;
    expect(row.split(/\s+/).slice(-3)).toEqual(['-', 'PreparingRebalance', '2']);
  });

  it('--describe --members lists both members with no partitions', () => {
    const r = runLine(REBALANCING, `kafka-consumer-groups.sh ${B} --describe --group g --members`);
    const rows = stdoutOf(r).split('\n').filter((l) => l.startsWith('g '));
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row.trim().split(/\s+/).at(-1)).toBe('0');
  });

  it('--reset-offsets is refused with the current state PreparingRebalance', () => {
    const r = runLine(REBALANCING, `kafka-consumer-groups.sh ${B} --reset-offsets --group g --topic orders --to-earliest --execute`);
    expect(stdoutOf(r)).toContain("\nError: Assignments can only be reset if the group 'g' is inactive, but the current state is PreparingRebalance.\n");
    expect(r.commands).toEqual([]);
  });

  it('once the busy member polls, the group is Stable and --describe warns no more', () => {
    const r0 = applyCommand(REBALANCING, { type: 'poll', consumer: 'busy' });
    const r = runLine(r0.state, `kafka-consumer-groups.sh ${B} --describe --group g --state`);
    expect(stderrOf(r)).toBe('');
    expect(stdoutOf(r)).toMatch(/range\s+Stable\s+2/);
  });
});
