import { groupAssignor, groupMembers, type SimState } from '../engine/index.ts';
import { committedOffsets, coordinatorText, groupNames, groupState, hashOrder, logEndOffset, members, type TP, tpKeyOf } from './group-info.ts';
import { cannotBeUsedWith, missingRequired, Opts, parseOptions, type OptionSpecs } from './options.ts';
import { resetOffsets } from './reset-offsets.ts';
import { type Chunk, chunks, notModelled, output, pad, usage, type ToolResult } from './result.ts';

// kafka-consumer-groups.sh: org.apache.kafka.tools.consumer.group.ConsumerGroupCommand
// (printOffsets, printMembers, printStates, collectGroupOffsets) and ConsumerGroupCommandOptions.checkArgs.

export const GROUP_OPTIONS: OptionSpecs = {
  'bootstrap-server': 'value', group: 'value', topic: 'value', 'all-topics': 'flag', list: 'flag', describe: 'flag', 'all-groups': 'flag',
  delete: 'flag', timeout: 'long', 'command-config': 'value', 'reset-offsets': 'flag', 'delete-offsets': 'flag', 'dry-run': 'flag',
  execute: 'flag', export: 'flag', 'to-offset': 'long', 'from-file': 'value', 'to-datetime': 'value', 'by-duration': 'value',
  'to-earliest': 'flag', 'to-latest': 'flag', 'to-current': 'flag', 'shift-by': 'long', members: 'flag', verbose: 'flag', offsets: 'flag',
  state: 'flag', type: 'flag', help: 'flag', version: 'flag',
};

/** ConsumerGroupCommand.MISSING_COLUMN_VALUE: a column with nothing to say. */
export const MISSING = '-';
// ConsumerGroupCommand.printError: to stdout, after an empty line.
const printError = (message: string) => `\nError: ${message}\n`;

/** Runs `kafka-consumer-groups.sh args…` against the state. */
export function kafkaConsumerGroups(state: SimState, args: readonly string[]): ToolResult {
  const parsed = parseOptions(args, GROUP_OPTIONS);
  if ('error' in parsed) return usage(parsed.error);
  const opts = new Opts(parsed);
  if (opts.has('help') || args.length === 0) return usage('This tool helps to list all consumer groups, describe a consumer group, delete consumer group info, or reset consumer group offsets.');
  if (!opts.has('bootstrap-server')) return usage(missingRequired('bootstrap-server'));
  const scope = '[group], [all-groups]';
  if (opts.has('describe')) {
    if (!opts.has('group') && !opts.has('all-groups')) return usage(`Option [describe] takes one of these options: ${scope}`);
    if (['members', 'offsets', 'state'].filter((o) => opts.has(o)).length > 1) return usage('Option [describe] takes at most one of these options: [members], [offsets], [state]');
  }
  if (opts.has('reset-offsets')) {
    if (opts.has('dry-run') && opts.has('execute')) return usage('Option [reset-offsets] only accepts one of [execute] and [dry-run]');
    if (!opts.has('group') && !opts.has('all-groups')) return usage(`Option [reset-offsets] takes one of these options: ${scope}`);
    // checkArgs checks each scenario in this order against the others.
    const scenarios = ['to-offset', 'to-datetime', 'by-duration', 'to-earliest', 'to-latest', 'to-current', 'shift-by', 'from-file'];
    const given = scenarios.filter((s) => opts.has(s));
    if (given.length > 1) return usage(cannotBeUsedWith(given[0]!, given[1]!));
  }
  if (opts.has('group') && opts.has('all-groups')) return usage(cannotBeUsedWith('group', 'all-groups'));
  if (opts.has('group') && opts.has('list')) return usage(cannotBeUsedWith('group', 'list'));
  if (opts.has('topic') && (opts.has('list') || opts.has('describe'))) return usage(cannotBeUsedWith('topic', opts.has('list') ? 'list' : 'describe'));
  const actions = ['list', 'describe', 'delete', 'reset-offsets', 'delete-offsets'].filter((a) => opts.has(a));
  if (actions.length !== 1) return usage('Command must include exactly one action: --list, --describe, --delete, --reset-offsets, --delete-offsets');
  const groups = opts.has('all-groups') ? groupNames(state) : opts.valuesOf('group');
  if (opts.has('list')) return output(groupNames(state).map((g) => `${g}\n`).join(''));
  if (opts.has('describe')) {
    const printed = opts.has('members') ? describeMembers(state, groups, opts.has('verbose')) : opts.has('state') ? describeState(state, groups) : describeOffsets(state, groups);
    return { commands: [], chunks: printed };
  }
  if (opts.has('reset-offsets')) return resetOffsets(state, opts, groups);
  return notModelled(opts.has('delete') ? 'kafka-consumer-groups.sh --delete' : 'kafka-consumer-groups.sh --delete-offsets');
}

/** One row of `--describe --offsets`; an absent field prints as MISSING. */
export interface Row { group: string; topic?: string; partition?: number; offset?: number; end?: number; lag?: number; consumerId: string; host: string; clientId: string }

// shouldPrintMemberState: Dead prints an error, Empty a note on stderr; nothing is printed without rows.
function memberState(state: SimState, group: string, rows: number): { said: Chunk[]; print: boolean } {
  const s = groupState(state, group);
  if (s === 'Dead') return { said: chunks(['out', printError(`Consumer group '${group}' does not exist.`)]), print: false };
  if (s === 'Empty') return { said: chunks(['err', `\nConsumer group '${group}' has no active members.\n`]), print: rows > 0 };
  return { said: [], print: rows > 0 };
}

/**
 * The rows `--describe` prints for a group (collectGroupOffsets): assigned partitions by member, then
 * partitions with a commit but no owner. LAG (getLag) is LOG-END-OFFSET − CURRENT-OFFSET when both are known.
 */
export function offsetRows(state: SimState, group: string): Row[] {
  const committed = committedOffsets(state, group);
  const row = (tp: TP, who: { consumerId: string; host: string; clientId: string }): Row => {
    const offset = committed.get(tpKeyOf(tp));
    const end = logEndOffset(state, tp);
    const r: Row = { group, topic: tp.topic, partition: tp.partition, ...who };
    if (offset !== undefined) r.offset = offset;
    if (end !== undefined) r.end = end;
    if (offset !== undefined && end !== undefined) r.lag = end - offset;
    return r;
  };
  // Members with partitions, most partitions first (a stable sort); each member's partitions by number, then as a HashMap yields them.
  const withPartitions = members(state, group).filter((m) => m.assignment.length > 0).sort((a, b) => b.assignment.length - a.assignment.length);
  const assigned = new Set<string>();
  const rows: Row[] = [];
  for (const m of withPartitions) {
    for (const tp of m.assignment) assigned.add(tpKeyOf(tp));
    const sorted = [...m.assignment].sort((a, b) => a.partition - b.partition);
    rows.push(...hashOrder(sorted).map((tp) => row(tp, m)));
  }
  const unassigned = [...committed.keys()].filter((k) => !assigned.has(k)).map((k) => ({ topic: k.slice(0, k.lastIndexOf(':')), partition: Number(k.slice(k.lastIndexOf(':') + 1)) }));
  const sorted = hashOrder(unassigned).sort((a, b) => a.partition - b.partition);
  rows.push(...hashOrder(sorted).map((tp) => row(tp, { consumerId: MISSING, host: MISSING, clientId: MISSING })));
  return rows;
}

function describeOffsets(state: SimState, groups: readonly string[]): Chunk[] {
  const printed: Chunk[] = [];
  for (const group of [...groups].sort()) {
    const rows = offsetRows(state, group);
    const s = memberState(state, group, rows.length);
    printed.push(...s.said);
    let out = '';
    if (!s.print) continue;
    const w = { group: 15, topic: 15, consumerId: 15, host: 15 };
    for (const r of rows) {
      w.group = Math.max(w.group, r.group.length);
      w.topic = Math.max(w.topic, (r.topic ?? MISSING).length);
      w.consumerId = Math.max(w.consumerId, r.consumerId.length);
      w.host = Math.max(w.host, r.host.length);
    }
    const line = (c: (string | number)[]) =>
      `\n${pad(c[0]!, w.group)} ${pad(c[1]!, w.topic)} ${pad(c[2]!, 10)} ${pad(c[3]!, 15)} ${pad(c[4]!, 15)} ${pad(c[5]!, 15)} ${pad(c[6]!, w.consumerId)} ${pad(c[7]!, w.host)} ${c[8]!}`;
    out += line(['GROUP', 'TOPIC', 'PARTITION', 'CURRENT-OFFSET', 'LOG-END-OFFSET', 'LAG', 'CONSUMER-ID', 'HOST', 'CLIENT-ID']);
    for (const r of rows) out += line([r.group, r.topic ?? MISSING, r.partition ?? MISSING, r.offset ?? MISSING, r.end ?? MISSING, r.lag ?? MISSING, r.consumerId, r.host, r.clientId]);
    out += '\n';
    printed.push({ stream: 'out', text: out });
  }
  return printed;
}

function describeMembers(state: SimState, groups: readonly string[], verbose: boolean): Chunk[] {
  const printed: Chunk[] = [];
  for (const group of [...groups].sort()) {
    const list = members(state, group);
    const s = memberState(state, group, list.length);
    printed.push(...s.said);
    let out = '';
    const w = { group: 15, consumerId: 15, host: 15, clientId: 15 };
    if (s.print) {
      for (const m of list) {
        w.group = Math.max(w.group, group.length);
        w.consumerId = Math.max(w.consumerId, m.consumerId.length);
        w.host = Math.max(w.host, m.host.length);
        w.clientId = Math.max(w.clientId, m.clientId.length);
      }
    }
    const line = (c: (string | number)[]) => `${pad(c[0]!, w.group)} ${pad(c[1]!, w.consumerId)} ${pad(c[2]!, w.host)} ${pad(c[3]!, w.clientId)} ${pad(c[4]!, 15)} `;
    // printMembers prints the header after shouldPrintMemberState whatever it said, even for a Dead group.
    out += `\n${line(['GROUP', 'CONSUMER-ID', 'HOST', 'CLIENT-ID', '#PARTITIONS'])}${verbose ? 'ASSIGNMENT' : ''}\n`;
    for (const m of list) {
      out += line([group, m.consumerId, m.host, m.clientId, m.assignment.length]);
      if (verbose) out += assignmentText(m.assignment);
      out += '\n';
    }
    printed.push({ stream: 'out', text: out });
  }
  return printed;
}

// The Java tool groups partitions by topic and prints only the partition numbers, sorted as text.
function assignmentText(assignment: readonly TP[]): string {
  if (assignment.length === 0) return MISSING;
  const byTopic = new Map<string, string[]>();
  for (const tp of assignment) byTopic.set(tp.topic, [...(byTopic.get(tp.topic) ?? []), String(tp.partition)]);
  return [...byTopic.values()].map((ps) => `(${[...ps].sort().join(',')})`).sort().join(', ');
}

function describeState(state: SimState, groups: readonly string[]): Chunk[] {
  const printed: Chunk[] = [];
  for (const group of [...groups].sort()) {
    const s = memberState(state, group, 1);
    printed.push(...s.said);
    let out = '';
    if (!s.print) continue;
    const coordinator = coordinatorText(state, group);
    const w = Math.max(25, coordinator.length);
    const stateName = groupState(state, group);
    const line = (c: (string | number)[]) => `\n${pad(c[0]!, w)} ${pad(c[1]!, 25)} ${pad(c[2]!, 20)} ${pad(c[3]!, 15)} ${c[4]!}`;
    out += line(['GROUP', 'COORDINATOR (ID)', 'ASSIGNMENT-STRATEGY', 'STATE', '#MEMBERS']);
    out += line([group, coordinator, stateName === 'Stable' ? groupAssignor(state, group) ?? '' : '', stateName, groupMembers(state, group).length]);
    out += '\n';
    printed.push({ stream: 'out', text: out });
  }
  return printed;
}
