import { records, type Command, type CommittedOffsetSpec, type SimState } from '../engine/index.ts';
import { committedOffsets, groupState, hashOrder, logEndOffset, logStartOffset, type TP, tpKeyOf, tpName } from './group-info.ts';
import type { Opts } from './options.ts';
import { topicPartitionHash } from '../engine/groups/assignors/java-hash.ts';
import { applyAll, chunks, javaHashOrder, log4jWarn, notModelled, output, pad, simulatorLimit, usage, type ToolResult } from './result.ts';

// kafka-consumer-groups --reset-offsets: ConsumerGroupService.resetOffsets, prepareOffsetsToReset,
// checkOffsetsRange and printOffsetsToReset.

const printError = (message: string) => `\nError: ${message}\n`;
const SCENARIOS = '[to-offset], [shift-by], [to-datetime], [by-duration], [to-earliest], [to-latest], [to-current], [from-file]';

/** Plans (and with --execute applies) a reset of the groups' committed offsets; groups with members are refused. */
export function resetOffsets(state: SimState, opts: Opts, groups: readonly string[]): ToolResult {
  let err = '';
  if (!opts.has('dry-run') && !opts.has('execute')) {
    err += 'WARN: No action will be performed as the --execute option is missing.In a future major release, the default behavior of this command will be to prompt the user before executing the reset rather than doing a dry run. You should add the --dry-run option explicitly if you are scripting this command and want to keep the current default behavior without prompting.\n';
  }
  for (const o of ['by-duration', 'from-file', 'export']) if (opts.has(o)) return notModelled(`--${o}`);
  let out = '';
  const plans: { group: string; offsets: CommittedOffsetSpec[] }[] = [];
  for (const group of groups) {
    const s = groupState(state, group);
    if (s !== 'Empty' && s !== 'Dead') {
      out += printError(`Assignments can only be reset if the group '${group}' is inactive, but the current state is ${s}.`);
      plans.push({ group, offsets: [] });
      continue;
    }
    const partitions = partitionsToReset(state, opts, group);
    if (!Array.isArray(partitions)) return { ...partitions, chunks: [...chunks(['err', err]), ...partitions.chunks] };
    const prepared = prepare(state, opts, group, partitions);
    if ('chunks' in prepared) return { ...prepared, chunks: [...chunks(['err', err]), ...prepared.chunks] };
    out += prepared.warnings;
    err += prepared.logged;
    plans.push({ group, offsets: prepared.offsets });
  }
  const format = (c: (string | number)[]) => `\n${pad(c[0]!, 30)} ${pad(c[1]!, 30)} ${pad(c[2]!, 10)} ${pad(c[3]!, 15)}`;
  if (plans.length > 0) out += format(['GROUP', 'TOPIC', 'PARTITION', 'NEW-OFFSET']);
  for (const plan of plans) for (const o of plan.offsets) out += format([plan.group, o.topic, o.partition, o.offset]);
  out += '\n';
  const commands: Command[] = opts.has('execute')
    ? plans.filter((p) => p.offsets.length > 0).map((p) => ({ type: 'resetOffsets', group: p.group, offsets: p.offsets }))
    : [];
  const applied = applyAll(state, commands);
  if (applied.error) return simulatorLimit(applied.error) ?? { commands: [], chunks: chunks(['err', err], ['out', printError(`Executing consumer group command failed due to ${applied.error.message}`)]) };
  return { commands, chunks: chunks(['err', err], ['out', out]) };
}

function partitionsToReset(state: SimState, opts: Opts, group: string): TP[] | ToolResult {
  if (opts.has('all-topics')) return [...committedOffsets(state, group).keys()].map((k) => ({ topic: k.slice(0, k.lastIndexOf(':')), partition: Number(k.slice(k.lastIndexOf(':') + 1)) }));
  if (!opts.has('topic')) return usage('One of the reset scopes should be defined: --all-topics, --topic.');
  const specified: TP[] = [];
  const whole: TP[] = [];
  for (const arg of opts.valuesOf('topic')) {
    if (arg.includes(':')) {
      const [topic, list] = arg.split(':') as [string, string?];
      if (!list) return usage(`Invalid topic arg '${arg}', expected topic name and partitions`);
      for (const p of list.split(',')) {
        if (!/^\d+$/.test(p.trim())) return usage(`Invalid partition '${p}' specified in topic arg '${arg}''`);
        specified.push({ topic, partition: Number(p.trim()) });
      }
    } else {
      const t = state.topics[arg];
      if (!t) return output(printError('Executing consumer group command failed due to java.util.concurrent.ExecutionException: org.apache.kafka.common.errors.UnknownTopicOrPartitionException: This server does not host this topic-partition.'));
      whole.push(...t.partitions.map((_, partition) => ({ topic: arg, partition })));
    }
  }
  return [...specified, ...whole];
}

/** Utils.getDateTime: yyyy-MM-dd'T'HH:mm:ss.SSS with an optional zone (Z or ±hh:mm); none means the local zone, here UTC. */
function parseDateTime(text: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\.(\d{3})(Z|[+-]\d{2}:?\d{2})?$/.exec(text);
  if (!m) return undefined;
  const zone = m[8] === undefined || m[8] === 'Z' ? 'Z' : m[8].length === 5 ? `${m[8].slice(0, 3)}:${m[8].slice(3)}` : m[8];
  const ms = Date.parse(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}${zone}`);
  return Number.isNaN(ms) ? undefined : ms;
}

function prepare(state: SimState, opts: Opts, group: string, partitions: TP[]): { offsets: CommittedOffsetSpec[]; warnings: string; logged: string } | ToolResult {
  const committed = committedOffsets(state, group);
  const requested = new Map<string, number>();
  const missed = new Set<string>();
  let clamp = false;
  for (const tp of partitions) {
    if (!state.topics[tp.topic]?.partitions[tp.partition]) {
      return output(printError(`Executing consumer group command failed due to java.util.concurrent.ExecutionException: org.apache.kafka.common.errors.UnknownTopicOrPartitionException: This server does not host this topic-partition.`));
    }
    const key = tpKeyOf(tp);
    let offset: number | undefined;
    if (opts.has('to-offset')) { offset = Number(opts.value('to-offset')); clamp = true; }
    else if (opts.has('to-earliest')) offset = logStartOffset(state, tp);
    else if (opts.has('to-latest')) offset = logEndOffset(state, tp);
    else if (opts.has('shift-by')) {
      const current = committed.get(key);
      if (current === undefined) return usage(`Cannot shift offset for partition ${tpName(tp)} since there is no current committed offset`);
      offset = current + Number(opts.value('shift-by'));
      clamp = true;
    } else if (opts.has('to-current')) offset = committed.get(key) ?? logEndOffset(state, tp);
    else if (opts.has('to-datetime')) {
      const at = parseDateTime(opts.value('to-datetime')!);
      if (at === undefined) return output(printError(`Executing consumer group command failed due to java.text.ParseException: Unparseable date: "${opts.value('to-datetime')!}"`));
      offset = offsetForTime(state, tp, at);
      if (offset === undefined) {
        missed.add(tpKeyOf(tp));
        offset = logEndOffset(state, tp);
      }
    } else return usage(`Option '[reset-offsets]' requires one of the following scenarios: ${SCENARIOS}`);
    if (offset === undefined) return usage(`Error getting ending offset of topic partition: ${tpName(tp)}`);
    requested.set(key, offset);
  }
  // getLogTimestampOffsets warns per partition as it walks the ListOffsets answer, a HashMap sized for the request.
  const warnings = javaHashOrder(partitions, (tp) => topicPartitionHash(tp.topic, tp.partition), partitions.length)
    .filter((tp) => missed.has(tpKeyOf(tp)))
    .map((tp) => `\nWarn: Partition ${tp.partition} from topic ${tp.topic} is empty. Falling back to latest known offset.\n`)
    .join('');
  // OffsetsUtils.checkOffsetsRange: a requested offset outside the log is moved to its nearest end,
  // with a WARN from its logger, walking the requested offsets' HashMap.
  let logged = '';
  const offsets = hashOrder(partitions).map((tp) => {
    let offset = requested.get(tpKeyOf(tp))!;
    if (clamp) {
      const end = logEndOffset(state, tp);
      const start = logStartOffset(state, tp);
      const name = tpName(tp);
      if (end !== undefined && offset > end) {
        logged += log4jWarn(state.time, `New offset (${offset}) is higher than latest offset for topic partition ${name}. Value will be set to ${end}`, 'org.apache.kafka.tools.OffsetsUtils');
        offset = end;
      } else if (start !== undefined && offset < start) {
        logged += log4jWarn(state.time, `New offset (${offset}) is lower than earliest offset for topic partition ${name}. Value will be set to ${start}`, 'org.apache.kafka.tools.OffsetsUtils');
        offset = start;
      }
    }
    return { topic: tp.topic, partition: tp.partition, offset };
  });
  return { offsets, warnings, logged };
}

// ListOffsets by timestamp: the first offset whose record timestamp is at least `at`, below the high watermark.
function offsetForTime(state: SimState, tp: TP, at: number): number | undefined {
  const log = state.topics[tp.topic]!.partitions[tp.partition]!;
  return records(state, tp.topic, tp.partition).find((r) => r.timestamp >= at && r.offset < log.highWatermark)?.offset;
}
