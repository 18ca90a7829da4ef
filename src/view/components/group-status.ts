import { groupMembers, groupState, type GroupStateName, type SimState, type TopicPartition } from '../../engine/index.ts';
import { nextHeartbeatAt } from '../../engine/groups/consumer-protocol/timers.ts';

// What the group panel says about a rebalance in progress (issue 19), read from the coordinator's
// view (groupState). Classic protocol: the join barrier waits for every member's JoinGroup, sent from
// inside its poll (ClassicGroup, AbstractCoordinator), until the rebalance timeout. KIP-848 consumer
// protocol: no barrier; each member moves to its target assignment at its own heartbeats
// (CurrentAssignmentBuilder), as kafka-consumer-groups --describe --members --verbose lists them.

/** One member during a classic rebalance: whether its JoinGroup is in, and whether it revokes eagerly. */
export interface ClassicMemberStatus {
  protocol: 'classic';
  rejoined: boolean;
  /** range, roundrobin, sticky revoke everything on rejoining; cooperative-sticky keeps reading. */
  eager: boolean;
}

/** One member of a consumer-protocol group: CURRENT-EPOCH, TARGET-ASSIGNMENT and what is in between. */
export interface ConsumerMemberStatus {
  protocol: 'consumer';
  memberEpoch: number;
  target: string[];
  /** Asked back by the coordinator, not yet acknowledged as revoked. */
  revoking: string[];
  /** In its target but still held by another member (unreleased), or not yet handed over. */
  awaiting: string[];
  /** Model time of the member's next heartbeat, while it is not yet at its target. */
  nextHeartbeat?: number;
}

export type MemberStatus = ClassicMemberStatus | ConsumerMemberStatus;

export interface GroupStatus {
  protocol: 'classic' | 'consumer';
  state: GroupStateName;
  /** Classic: the generation; consumer protocol: the group epoch. */
  epoch: number;
  /** Classic: members whose JoinGroup the barrier still waits for; consumer: members not yet at their target. */
  waitingFor: string[];
  /** Classic: when the rebalance timeout (the largest max.poll.interval.ms) ends the barrier. */
  deadline?: number;
  /** Classic: the follow-up round cooperative-sticky members ask for after revoking (KIP-429). */
  followUp?: boolean;
  /** The server-side assignor of a consumer-protocol group (group.remote.assignor). */
  remoteAssignor?: string;
  /** Per member, during a classic rebalance or always under the consumer protocol. */
  members: Record<string, MemberStatus>;
}

const names = (list: readonly TopicPartition[]) => list.map((tp) => `${tp.topic}-${tp.partition}`);

export function groupStatus(state: SimState, group: string): GroupStatus {
  const info = groupState(state, group);
  const g = state.groups[group];
  const members: Record<string, MemberStatus> = {};
  const cg = g?.consumerProtocol;
  if (info.protocol === 'consumer' && cg) {
    const waitingFor: string[] = [];
    for (const m of info.members) {
      const target = names(m.target ?? []);
      const assigned = names(m.assigned);
      const revoking = names(m.revoking ?? []);
      const awaiting = target.filter((p) => !assigned.includes(p));
      const settled = m.memberEpoch === cg.targetAssignmentEpoch && revoking.length === 0 && awaiting.length === 0 && assigned.length === target.length;
      const status: ConsumerMemberStatus = { protocol: 'consumer', memberEpoch: m.memberEpoch ?? 0, target, revoking, awaiting };
      const member = cg.members[m.consumer];
      if (!settled) {
        waitingFor.push(m.consumer);
        if (member) status.nextHeartbeat = nextHeartbeatAt(member, state.time);
      }
      members[m.consumer] = status;
    }
    return { protocol: 'consumer', state: info.state, epoch: info.groupEpoch ?? 0, waitingFor, remoteAssignor: cg.assignor, members };
  }
  const status: GroupStatus = { protocol: 'classic', state: info.state, epoch: info.generation ?? 0, waitingFor: [], members };
  const rebalance = g?.rebalance;
  if (!g || !rebalance) return status;
  const ids = groupMembers(state, group);
  status.waitingFor = ids.filter((m) => !rebalance.joined.includes(m));
  status.deadline = rebalance.deadline;
  if (rebalance.reason === 'cooperative-follow-up') status.followUp = true;
  for (const id of ids) members[id] = { protocol: 'classic', rejoined: rebalance.joined.includes(id), eager: g.assignor !== 'cooperative-sticky' };
  return status;
}

/** data-member-state: 'rejoined' | 'not-rejoined' (classic barrier), 'stable' | 'reconciling' (KIP-848). */
export function memberStateOf(status: MemberStatus): Record<string, string> {
  if (status.protocol === 'classic') return { 'data-member-state': status.rejoined ? 'rejoined' : 'not-rejoined' };
  const settled = status.nextHeartbeat === undefined;
  return { 'data-member-state': settled ? 'stable' : 'reconciling', 'data-member-epoch': String(status.memberEpoch) };
}
