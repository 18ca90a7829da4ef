import type { SimState } from '../engine/index.ts';
import { committedLeaderEpoch, committedOffsets, coordinatorText, describedState, hashOrder, listedGroups, logEndOffset, members, type TP, tpKeyOf } from './group-info.ts';
import { cannotBeUsedWith, missingRequired, multipleArguments, Opts, parseOptions, type OptionSpecs } from './options.ts';
import { resetOffsets } from './reset-offsets.ts';
import { type Chunk, chunks, notModelled, output, pad, printVersion, usage, type ToolResult } from './result.ts';

// kafka-consumer-groups.sh as Kafka 4.0 prints it: tools/src/main/java/org/apache/kafka/tools/consumer/group/
// ConsumerGroupCommand.java (printOffsets, printMembers, printStates, collectGroupsOffsets; the 4.0
// columns of KAFKA-17750, PR #18141) and ConsumerGroupCommandOptions.checkArgs.

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
  // ConsumerGroupCommandOptions.checkArgs: CommandLineUtils.maybePrintHelpOrVersion (no arguments or --help).
  if (args.length === 0 || opts.has('help')) return usage('This tool helps to list all consumer groups, describe a consumer group, delete consumer group info, or reset consumer group offsets.');
  if (opts.has('version')) return printVersion(state);
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
  // run() builds ConsumerGroupService first, whose createAdminClient reads --command-config and
  // --bootstrap-server with OptionSet.valueOf: a repeated one is jopt-simple's exception, caught by run().
  const repeated = multipleArguments(opts, ['command-config', 'bootstrap-server']);
  if (repeated !== undefined) {
    return { commands: [], chunks: chunks(['out', printError(`Executing consumer group command failed due to ${repeated}`)], ['err', `joptsimple.MultipleArgumentsForOptionException: ${repeated}\n`]) };
  }
  const groups = opts.has('all-groups') ? listedGroups(state) : opts.valuesOf('group');
  if (opts.has('list')) {
    if (opts.has('state') || opts.has('type')) return notModelled('kafka-consumer-groups.sh --list --state/--type');
    return output(listedGroups(state).map((g) => `${g}\n`).join(''));
  }
  if (opts.has('describe')) {
    // describeConsumerGroups fails as a whole on the first group the coordinator does not have.
    const unknown = groups.find((g) => describedState(state, g) === undefined);
    if (unknown !== undefined) return groupNotFound(unknown);
    const verbose = opts.has('verbose');
    const printed = opts.has('members') ? describeMembers(state, groups, verbose) : opts.has('state') ? describeState(state, groups, verbose) : describeOffsets(state, groups, verbose);
    return { commands: [], chunks: printed };
  }
  if (opts.has('reset-offsets')) return resetOffsets(state, opts, groups);
  return notModelled(opts.has('delete') ? 'kafka-consumer-groups.sh --delete' : 'kafka-consumer-groups.sh --delete-offsets');
}

/**
 * run()'s catch: printError("Executing consumer group command failed due to " + e.getMessage()) on
 * stdout, then the stack trace on stderr (its first line here). The ExecutionException's message is
 * its cause, GroupIdNotFoundException("Group g not found.") from the 4.0 group coordinator.
 */
function groupNotFound(group: string): ToolResult {
  const cause = `org.apache.kafka.common.errors.GroupIdNotFoundException: Group ${group} not found.`;
  return { commands: [], chunks: chunks(['out', printError(`Executing consumer group command failed due to ${cause}`)], ['err', `java.util.concurrent.ExecutionException: ${cause}\n`]) };
}

/** One row of `--describe --offsets`; an absent field prints as MISSING. */
export interface Row { group: string; topic?: string; partition?: number; offset?: number; end?: number; lag?: number; leaderEpoch?: number; consumerId: string; host: string; clientId: string }

// shouldPrintMemberState: Empty says so on stderr, a rebalance in progress warns there; nothing is printed without rows.
function memberState(state: SimState, group: string, rows: number): { said: Chunk[]; print: boolean } {
  const s = describedState(state, group);
  if (s === 'Empty') return { said: chunks(['err', `\nConsumer group '${group}' has no active members.\n`]), print: rows > 0 };
  // A KIP-848 group still assigning or reconciling counts as rebalancing too.
  if (s === 'PreparingRebalance' || s === 'CompletingRebalance' || s === 'Assigning' || s === 'Reconciling') return { said: chunks(['err', `\nWarning: Consumer group '${group}' is rebalancing.\n`]), print: rows > 0 };
  return { said: [], print: rows > 0 };
}

/**
 * The rows `--describe` prints for a group (collectGroupsOffsets): assigned partitions by member
 * (members with the most partitions first, a stable sort over the coordinator's order), then
 * partitions with a commit but no owner. LAG (getLag) is LOG-END-OFFSET − CURRENT-OFFSET when both are known.
 */
export function offsetRows(state: SimState, group: string): Row[] {
  const committed = committedOffsets(state, group);
  const row = (tp: TP, who: { consumerId: string; host: string; clientId: string }): Row => {
    const offset = committed.get(tpKeyOf(tp));
    const end = logEndOffset(state, tp);
    const r: Row = { group, topic: tp.topic, partition: tp.partition, ...who };
    if (offset !== undefined) {
      r.offset = offset;
      const epoch = committedLeaderEpoch(state, tp, offset);
      if (epoch !== undefined) r.leaderEpoch = epoch;
    }
    if (end !== undefined) r.end = end;
    if (offset !== undefined && end !== undefined) r.lag = end - offset;
    return r;
  };
  const withPartitions = members(state, group).filter((m) => m.assignment.length > 0).sort((a, b) => b.assignment.length - a.assignment.length);
  const assigned = new Set<string>();
  const rows: Row[] = [];
  for (const m of withPartitions) {
    for (const tp of m.assignment) assigned.add(tpKeyOf(tp));
    // Sorted by partition, then getLogEndOffsets' HashMap yields them in its order.
    const sorted = [...m.assignment].sort((a, b) => a.partition - b.partition);
    rows.push(...hashOrder(sorted).map((tp) => row(tp, m)));
  }
  const unassigned = [...committed.keys()].filter((k) => !assigned.has(k)).map((k) => ({ topic: k.slice(0, k.lastIndexOf(':')), partition: Number(k.slice(k.lastIndexOf(':') + 1)) }));
  const sorted = hashOrder(unassigned).sort((a, b) => a.partition - b.partition);
  rows.push(...hashOrder(sorted).map((tp) => row(tp, { consumerId: MISSING, host: MISSING, clientId: MISSING })));
  return rows;
}

const cell = (v: string | number | undefined) => (v === undefined ? MISSING : v);

// printOffsets with printOffsetFormat's widths (at least 15, or the longest value); --verbose adds LEADER-EPOCH.
function describeOffsets(state: SimState, groups: readonly string[], verbose: boolean): Chunk[] {
  const printed: Chunk[] = [];
  for (const group of [...groups].sort()) {
    const rows = offsetRows(state, group);
    const s = memberState(state, group, rows.length);
    printed.push(...s.said);
    if (!s.print) continue;
    const w = { group: 15, topic: 15, consumerId: 15, host: 15 };
    for (const r of rows) {
      w.group = Math.max(w.group, r.group.length);
      w.topic = Math.max(w.topic, (r.topic ?? MISSING).length);
      w.consumerId = Math.max(w.consumerId, r.consumerId.length);
      w.host = Math.max(w.host, r.host.length);
    }
    const line = (c: (string | number)[]) => {
      const fixed = verbose ? [10, 15, 15, 15, 15] : [10, 15, 15, 15];
      const middle = fixed.map((width, i) => pad(c[2 + i]!, width)).join(' ');
      const at = 2 + fixed.length;
      return `\n${pad(c[0]!, w.group)} ${pad(c[1]!, w.topic)} ${middle} ${pad(c[at]!, w.consumerId)} ${pad(c[at + 1]!, w.host)} ${c[at + 2]!}`;
    };
    let out = line(['GROUP', 'TOPIC', 'PARTITION', ...(verbose ? ['LEADER-EPOCH'] : []), 'CURRENT-OFFSET', 'LOG-END-OFFSET', 'LAG', 'CONSUMER-ID', 'HOST', 'CLIENT-ID']);
    for (const r of rows) {
      out += line([r.group, cell(r.topic), cell(r.partition), ...(verbose ? [cell(r.leaderEpoch)] : []), cell(r.offset), cell(r.end), cell(r.lag), r.consumerId, r.host, r.clientId]);
    }
    printed.push({ stream: 'out', text: `${out}\n` });
  }
  return printed;
}

/**
 * printMembers and printMembersHelper (4.0). A classic-protocol group's members have no epochs and no
 * target assignment (DescribeGroups carries neither), so --verbose prints `-` for CURRENT-EPOCH,
 * TARGET-EPOCH and TARGET-ASSIGNMENT, and CURRENT-ASSIGNMENT as `topic:p,p;topic:p` (getAssignmentString).
 */
function describeMembers(state: SimState, groups: readonly string[], verbose: boolean): Chunk[] {
  const printed: Chunk[] = [];
  for (const group of [...groups].sort()) {
    const list = members(state, group);
    const s = memberState(state, group, list.length);
    printed.push(...s.said);
    const w = { group: 15, consumerId: 15, host: 15, clientId: 15, current: 20, target: 20 };
    if (s.print) {
      for (const m of list) {
        w.group = Math.max(w.group, group.length);
        w.consumerId = Math.max(w.consumerId, m.consumerId.length);
        w.host = Math.max(w.host, m.host.length);
        w.clientId = Math.max(w.clientId, m.clientId.length);
        w.current = Math.max(w.current, assignmentText(m.assignment).length);
        w.target = Math.max(w.target, assignmentText(m.targetAssignment ?? []).length);
      }
    }
    const line = (c: (string | number)[]) => `${pad(c[0]!, w.group)} ${pad(c[1]!, w.consumerId)} ${pad(c[2]!, w.host)} ${pad(c[3]!, w.clientId)} ${pad(c[4]!, 15)} `;
    const epochs = (c: string[]) => `${pad(c[0]!, 15)} ${pad(c[1]!, w.current)} ${pad(c[2]!, 15)} ${pad(c[3]!, w.target)}`;
    // printMembers prints the header after shouldPrintMemberState whatever it said.
    let out = `\n${line(['GROUP', 'CONSUMER-ID', 'HOST', 'CLIENT-ID', '#PARTITIONS'])}${verbose ? epochs(['CURRENT-EPOCH', 'CURRENT-ASSIGNMENT', 'TARGET-EPOCH', 'TARGET-ASSIGNMENT']) : ''}\n`;
    for (const m of list) {
      out += line([group, m.consumerId, m.host, m.clientId, m.assignment.length]);
      // A KIP-848 member has epochs and a target; a classic one has neither.
      if (verbose) out += epochs([m.currentEpoch === undefined ? MISSING : String(m.currentEpoch), assignmentText(m.assignment), m.targetEpoch === undefined ? MISSING : String(m.targetEpoch), m.targetAssignment === undefined ? MISSING : assignmentText(m.targetAssignment)]);
      out += '\n';
    }
    printed.push({ stream: 'out', text: out });
  }
  return printed;
}

// getAssignmentString (4.0): per topic `topic:` and its partitions sorted as text, topics sorted, joined by ';'.
function assignmentText(assignment: readonly TP[]): string {
  if (assignment.length === 0) return MISSING;
  const byTopic = new Map<string, string[]>();
  for (const tp of assignment) byTopic.set(tp.topic, [...(byTopic.get(tp.topic) ?? []), String(tp.partition)]);
  return [...byTopic.entries()].map(([topic, ps]) => `${topic}:${[...ps].sort().join(',')}`).sort().join(';');
}

/**
 * printStates (4.0): GROUP at least 15 wide, COORDINATOR (ID) at least 25, ASSIGNMENT-STRATEGY and
 * STATE 20, `-` for an empty strategy (an Empty group has none); --verbose adds GROUP-EPOCH and
 * TARGET-ASSIGNMENT-EPOCH, which a classic group does not have (`-`).
 */
function describeState(state: SimState, groups: readonly string[], verbose: boolean): Chunk[] {
  const printed: Chunk[] = [];
  for (const group of [...groups].sort()) {
    const s = memberState(state, group, 1);
    printed.push(...s.said);
    const coordinator = coordinatorText(state, group);
    const stateName = describedState(state, group)!;
    const g = state.groups[group]!;
    // A KIP-848 group always names its server-side assignor (ConsumerGroup.asDescribedGroup).
    const cg = g.consumerProtocol;
    const strategy = cg ? cg.assignor : stateName === 'Stable' ? g.assignor : MISSING;
    const head = (c: (string | number)[]) => `\n${pad(c[0]!, Math.max(15, group.length))} ${pad(c[1]!, Math.max(25, coordinator.length))} ${pad(c[2]!, 20)} ${pad(c[3]!, 20)}`;
    let out: string;
    if (verbose) {
      const line = (c: (string | number)[]) => `${head(c)} ${pad(c[4]!, 15)} ${pad(c[5]!, 25)} ${c[6]!}`;
      out = line(['GROUP', 'COORDINATOR (ID)', 'ASSIGNMENT-STRATEGY', 'STATE', 'GROUP-EPOCH', 'TARGET-ASSIGNMENT-EPOCH', '#MEMBERS'])
        + line([group, coordinator, strategy, stateName, cg ? cg.groupEpoch : MISSING, cg ? cg.targetAssignmentEpoch : MISSING, g.members.length]);
    } else {
      const line = (c: (string | number)[]) => `${head(c)} ${c[4]!}`;
      out = line(['GROUP', 'COORDINATOR (ID)', 'ASSIGNMENT-STRATEGY', 'STATE', '#MEMBERS']) + line([group, coordinator, strategy, stateName, g.members.length]);
    }
    printed.push({ stream: 'out', text: `${out}\n` });
  }
  return printed;
}
