import { describe, expect, it } from 'vitest';
import { runCommands, type Command } from '../engine/index.ts';
import { runLine } from './index.ts';
import { stderrOf, stdoutOf } from './result.ts';

// kafka-consumer-groups --describe on a KIP-848 group, as Kafka 4.x's ConsumerGroupCommand prints it
// (printMembers/printMembersHelper: CURRENT-EPOCH is the member epoch, TARGET-EPOCH the group's target
// assignment epoch, TARGET-ASSIGNMENT the member's target; printStates: GROUP-EPOCH, TARGET-ASSIGNMENT-EPOCH).

const BASE: Command[] = [
  { type: 'createTopic', topic: 'orders', partitions: 3 },
  { type: 'addConsumer', consumer: 'c1', group: 'g', topics: ['orders'], groupProtocol: 'consumer' }, { type: 'poll', consumer: 'c1' },
  { type: 'addConsumer', consumer: 'c2', group: 'g', topics: ['orders'], groupProtocol: 'consumer' }, { type: 'poll', consumer: 'c2' },
];
const reconciling = runCommands(BASE, { seed: 3, kafkaVersion: '4.1' });
const stable = runCommands([...BASE, { type: 'advanceTime', ms: 5_000 }], { seed: 3, kafkaVersion: '4.1' });
const cmd = (state: typeof stable, args: string) => runLine(state, `kafka-consumer-groups.sh --bootstrap-server localhost:9092 ${args}`);

describe('kafka-consumer-groups on a consumer-protocol group (ConsumerGroupCommand, 4.x)', () => {
  it('--members --verbose prints member epochs and current and target assignments', () => {
    const out = stdoutOf(cmd(reconciling, '--describe --group g --members --verbose'));
    const rows = out.split('\n').filter((l) => l.startsWith('g '));
    const row = (client: string) => rows.find((l) => l.includes(` ${client} `))!.trim().split(/\s+/);
    // GROUP CONSUMER-ID HOST CLIENT-ID #PARTITIONS CURRENT-EPOCH CURRENT-ASSIGNMENT TARGET-EPOCH TARGET-ASSIGNMENT
    expect(row('c1').slice(3)).toEqual(['c1', '3', '1', 'orders:0,1,2', '2', 'orders:0,1']);
    expect(row('c2').slice(3)).toEqual(['c2', '0', '2', '-', '2', 'orders:2']);
    expect(out).toContain('CURRENT-EPOCH   CURRENT-ASSIGNMENT   TARGET-EPOCH    TARGET-ASSIGNMENT');
  });

  it('member ids are Kafka Uuids (22 URL-safe base64 characters, no client.id in front), not the classic protocol\'s client.id-UUID', () => {
    const out = stdoutOf(cmd(stable, '--describe --group g --members'));
    const ids = out.split('\n').filter((l) => l.startsWith('g ')).map((l) => l.trim().split(/\s+/)[1]!);
    expect(ids).toHaveLength(2);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_][A-Za-z0-9_-]{21}$/);
    // The offsets view's CONSUMER-ID is the same member id.
    const offsets = stdoutOf(cmd(stable, '--describe --group g'));
    for (const id of ids) expect(offsets).toContain(id);
  });

  it('while members reconcile, --describe warns that the group is rebalancing', () => {
    expect(stderrOf(cmd(reconciling, '--describe --group g --members'))).toBe("\nWarning: Consumer group 'g' is rebalancing.\n");
    expect(stderrOf(cmd(stable, '--describe --group g --members'))).toBe('');
  });

  it('--state --verbose prints the server-side assignor, the state, GROUP-EPOCH and TARGET-ASSIGNMENT-EPOCH', () => {
    const out = stdoutOf(cmd(stable, '--describe --group g --state --verbose'));
    const last = out.trim().split('\n').at(-1)!.trim().split(/\s+/);
    expect(last).toEqual(['g', 'localhost:9092', '(1)', 'uniform', 'Stable', '2', '2', '2']);
  });
});
