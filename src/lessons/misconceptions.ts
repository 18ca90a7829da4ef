import { committedOffset, logEndOffset, logStartOffset, ownerOf, partitionState, position, tpKey, type Acks, type SimState } from '../engine/index.ts';
import { ownerRule } from '../practice/groups.ts';
import { outcomeMisconception, type Fault, type SendOutcome } from '../practice/producers.ts';
import { NOBODY, type StepContext } from './choices.ts';
import { isrLabel, OFFLINE } from './player-cluster.ts';
import { NO_COPY } from './player-clients.ts';
import { compactedReadBeliefs } from './compacted-reads.ts';
import { compactionMisconception } from './player-compaction.ts';
import type { Prediction } from './types.ts';

// The misconception each wrong choice of a lesson's prediction stands for (an id of
// `practice.misconception.<id>`, shared with the practice page). Read the same way the choices were
// picked (./choices.ts, ./player-cluster.ts, ./player-clients.ts): the belief that produces that
// value from the step's states, and otherwise the rule of that kind of question, so a wrong pick
// always gets an explanation, never only "wrong".

/** The choice a learner makes by marking segments that are not the oldest (src/practice/segments.ts). */
export const NOT_OLDEST = 'notOldest';

type Tagged = [value: string | number | undefined, id: string][];

function first(choice: string, tagged: Tagged, fallback: string): string {
  for (const [value, id] of tagged) if (value !== undefined && String(value) === choice) return id;
  return fallback;
}

function partitionMisconception(p: Extract<Prediction, { kind: 'nextRecordPartition' }>, choice: string, ctx: StepContext): string {
  const produce = ctx.commands.find((c) => c.type === 'produce' && c.topic === p.topic);
  if (produce?.type !== 'produce') return 'keyInTurn';
  const previous = [...ctx.history].reverse().find((e) => e.type === 'recordProduced' && e.topic === p.topic);
  const previousPartition = previous?.type === 'recordProduced' ? previous.partition : undefined;
  if (produce.key !== undefined) {
    const sameKey = [...ctx.history].reverse().find((e) => e.type === 'recordProduced' && e.topic === p.topic && e.key === produce.key);
    return first(choice, [[sameKey?.type === 'recordProduced' ? sameKey.partition : undefined, 'keyStaysAfterAdd'], [previousPartition, 'keyFollowsPrevious']], 'keyInTurn');
  }
  const partitioner = ctx.before.producers[produce.producer]?.partitioner;
  const inTurn = partitioner === 'legacy-default' || partitioner === 'round-robin';
  return first(choice, [[0, 'keylessFirstPartition']], inTurn ? 'keylessStickyBefore24' : 'keylessInTurnSince24');
}

function ownerMisconception(p: Extract<Prediction, { kind: 'ownerAfter' }>, choice: string, answer: string, ctx: StepContext): string {
  const previous = ownerOf(ctx.before, p.group, p.topic, p.partition);
  const crashes = ctx.commands.some((c) => c.type === 'crashConsumer');
  if (choice === NOBODY) return 'rebalanceLeavesNone';
  if (choice === previous) return crashes ? 'crashedKeepsPartitions' : ctx.commands.some((c) => c.type === 'removeConsumer') ? 'partitionsLeftBehind' : 'noRebalanceOnJoin';
  if (answer === previous && crashes) return 'crashNoticedAtOnce';
  const member = ctx.after.groups[p.group]?.members.includes(choice) ?? false;
  if (!member && ctx.after.consumers[choice]?.group === p.group) return 'joinsBeforePoll';
  // A classic group's client-side assignor names its rule; a KIP-848 group's is the broker's (generic).
  const group = ctx.after.groups[p.group];
  return group === undefined || group.consumerProtocol !== undefined ? 'ownerByAssignor' : ownerRule(group.assignor);
}

function offsetMisconception(p: Extract<Prediction, { kind: 'positionAfter' | 'firstOffsetRead' }>, choice: string, answer: number, ctx: StepContext): string {
  const { before, after } = ctx;
  const group = before.consumers[p.consumer]?.group ?? after.consumers[p.consumer]?.group;
  const reads = ctx.commands.some((c) => c.type === 'poll' && c.consumer === p.consumer);
  const others = group === undefined ? [] : (before.groups[group]?.members ?? []).filter((m) => m !== p.consumer);
  const delivered = group === undefined ? undefined : before.groups[group]?.delivered[tpKey(p.topic, p.partition)];
  const end = logEndOffset(before, p.topic, p.partition);
  const tagged: Tagged = [
    ...(p.kind === 'firstOffsetRead' ? compactedReadBeliefs(before, after, ctx.history, p.consumer, p.topic, p.partition) : []),
    [position(before, p.consumer, p.topic, p.partition), reads ? 'positionStays' : 'resumeFromPosition'],
    [reads ? answer - 1 : undefined, 'resumeAfterLastRead'],
    ...others.flatMap((m): Tagged => [[position(before, m, p.topic, p.partition), 'positionShared'], [(position(before, m, p.topic, p.partition) ?? 0) - 1, 'positionShared']]),
    [delivered, 'resumeFromPosition'],
    [delivered === undefined ? undefined : delivered - 1, 'resumeAfterLastRead'],
    [group === undefined ? undefined : committedOffset(before, group, p.topic, p.partition), 'positionIsCommitted'],
    [end, 'positionIsLogEnd'],
    [logEndOffset(after, p.topic, p.partition), 'positionIsLogEnd'],
    [end === undefined ? undefined : end - 1, 'positionIsLogEnd'],
    // Where it started reading (a poll moves it on), or, after a restart, the beginning of the log.
    [logStartOffset(before, p.topic, p.partition) ?? 0, reads ? 'positionStays' : 'resumeFromStart'],
    ...Object.keys(before.groups).filter((g) => g !== group).map((g): Tagged[number] => [committedOffset(before, g, p.topic, p.partition), 'groupsShareOffsets']),
  ];
  return first(choice, tagged, 'positionRule');
}

function sendMisconception(p: Extract<Prediction, { kind: 'sendOutcome' }>, choice: string, ctx: StepContext): string {
  const acks: Acks = ctx.before.producers[p.producer]?.acks ?? 'all';
  const fault: Fault = ctx.commands.some((c) => c.type === 'crashBroker' || c.type === 'stopBroker') ? 'crash-leader'
    : (partitionState(ctx.before, p.topic, 0)?.isr.length ?? 1) < (ctx.before.topics[p.topic]?.config.minInsyncReplicas ?? 1) ? 'follower-down' : 'none';
  return outcomeMisconception(choice as SendOutcome, acks, fault, ctx.before.topics[p.topic]?.config.minInsyncReplicas ?? 1);
}

function brokerCount(state: SimState, led: (p: { leader?: number; replicas: number[] }) => boolean): number {
  return Object.values(state.topics).flatMap((t) => t.partitions.map((_, i) => partitionState(state, t.name, i)!)).filter(led).length;
}

/** The misconception behind `choice`, a wrong choice of `prediction` whose answer is `answer`; undefined for the answer itself. */
export function choiceMisconception(prediction: Prediction, choice: string, answer: string, ctx: StepContext): string | undefined {
  if (choice === answer) return undefined;
  const p = prediction;
  switch (p.kind) {
    case 'nextRecordPartition': return partitionMisconception(p, choice, ctx);
    case 'ownerAfter': return ownerMisconception(p, choice, answer, ctx);
    case 'positionAfter':
    case 'firstOffsetRead': return offsetMisconception(p, choice, Number(answer), ctx);
    case 'leaderAfter': {
      const was = partitionState(ctx.before, p.topic, p.partition);
      if (choice === OFFLINE) return 'offlineTooSoon';
      if (answer === OFFLINE) return 'someoneAlwaysLeads';
      if (answer === String(was?.leader)) return 'crashSeenAtOnce';
      if (choice === String(was?.leader)) return 'oldLeaderStays';
      return was && !was.isr.includes(Number(choice)) ? 'outOfSyncLeads' : 'electionRule';
    }
    case 'isrAfter': {
      const was = partitionState(ctx.before, p.topic, p.partition);
      if (was && choice === isrLabel(was.replicas)) return 'isrIsAllReplicas';
      if (was && choice === isrLabel(was.isr)) return answer.split(',').length < was.isr.length ? 'isrKeepsFailed' : 'isrShrinksAtOnce';
      const leader = partitionState(ctx.after, p.topic, p.partition)?.leader;
      if (leader !== undefined && !choice.split(',').includes(String(leader))) return 'isrWithoutLeader';
      // A set marked on the figure: brokers left out that are still in sync, or failed ones kept in.
      const picked = choice === '' ? [] : choice.split(',');
      const right = answer.split(',');
      if (picked.every((b) => right.includes(b))) return 'isrShrinksAtOnce';
      if (right.every((b) => picked.includes(b))) return 'isrKeepsFailed';
      return 'isrRule';
    }
    case 'highWatermarkAfter': {
      const now = partitionState(ctx.after, p.topic, p.partition);
      const was = partitionState(ctx.before, p.topic, p.partition);
      return first(choice, [
        [now?.leader === undefined ? undefined : now.logEndOffsets[now.leader], 'hwIsLeaderEnd'],
        [Number(answer) - 1, 'hwIsLastRecord'],
        [was?.highWatermark, 'hwMovesOnFetch'],
        ...Object.values(now?.logEndOffsets ?? {}).map((e): Tagged[number] => [e, e < Number(answer) ? 'hwCountsOutOfSync' : 'hwIsLeaderEnd']),
      ], 'hwRule');
    }
    case 'producedOffset': return first(choice, [[Number(answer) - 1, 'offsetIsLastRecord']], 'offsetRule');
    case 'sendOutcome': return sendMisconception(p, choice, ctx);
    case 'offsetsOfKey': {
      if (choice === NO_COPY) return 'lostAckLosesRecord';
      return choice.split(',').length > answer.split(',').length ? 'idempotenceDuplicates' : 'retryNeverDuplicates';
    }
    case 'coordinatorAfter': {
      const topicLeaders = Object.values(ctx.before.topics).flatMap((t) => t.replication.map((r) => r.leader));
      return topicLeaders.includes(Number(choice)) ? 'coordinatorLeadsTopic' : 'coordinatorHashesBrokers';
    }
    case 'idleMemberAfter': return choice === NOBODY ? 'everyMemberWorks' : 'idleByAssignor';
    case 'logStartAfter': {
      // NOT_OLDEST: segments marked on the figure that are not the oldest ones.
      if (choice === NOT_OLDEST) return 'retentionOldestFirst';
      if (choice === String(logStartOffset(ctx.before, p.topic, p.partition))) return 'retentionNeverMoves';
      if (choice === String(logEndOffset(ctx.before, p.topic, p.partition))) return 'retentionDeletesAll';
      return 'retentionRule';
    }
    case 'leaderElectionsAfter': {
      if (choice === '1') return 'oneElectionPerBroker';
      const held = brokerCount(ctx.before, (x) => x.replicas.includes(p.broker));
      return Number(choice) === held ? 'electionPerCopy' : 'electionEverywhere';
    }
    case 'keptOffsetsOfKey': return compactionMisconception(p, choice, answer, ctx);
    default: {
      const never: never = p;
      return String(never);
    }
  }
}

/** Every wrong choice → its misconception id. */
export function predictionMisconceptions(prediction: Prediction, choices: readonly string[], answer: string, ctx: StepContext): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of choices) {
    const id = choiceMisconception(prediction, c, answer, ctx);
    if (id !== undefined) out[c] = id;
  }
  return out;
}
