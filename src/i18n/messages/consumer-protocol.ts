import type { Entry } from '../entry.ts';

// KIP-848 consumer protocol (src/engine/groups/consumer-protocol): its events and refusals.
export const CONSUMER_PROTOCOL_MESSAGES = {
  'event.consumerJoined.consumer': {
    ko: '{consumer} 컨슈머가 {group} 컨슈머 그룹에 들어왔습니다. group.protocol=consumer(KIP-848): 하트비트로 참여하고, 파티션은 브로커의 그룹 코디네이터가 할당합니다(auto.offset.reset={reset}).',
    en: 'Consumer {consumer} joined consumer group {group} with group.protocol=consumer (KIP-848): it joins through heartbeats, and the broker\'s group coordinator assigns the partitions (auto.offset.reset={reset}).',
  },
  'event.groupEpochBumped.member-joined': {
    ko: '{consumer} 컨슈머가 들어와 {group} 그룹의 그룹 에포크가 올랐습니다(이제 {groupEpoch}). 코디네이터가 목표 할당을 다시 계산합니다.',
    en: 'Consumer {consumer} joined: group {group}\'s group epoch went up to {groupEpoch}, and the coordinator computes a new target assignment.',
  },
  'event.groupEpochBumped.member-left': {
    ko: '{consumer} 컨슈머가 떠나(멤버 에포크 -1 하트비트) {group} 그룹의 그룹 에포크가 올랐습니다(이제 {groupEpoch}). 남은 멤버의 다음 하트비트에서 목표 할당이 다시 계산될 때까지 그룹은 Assigning 상태입니다.',
    en: 'Consumer {consumer} left (a heartbeat with member epoch -1): group {group}\'s group epoch went up to {groupEpoch}. The group is Assigning until a remaining member\'s next heartbeat recomputes the target assignment.',
  },
  'event.groupEpochBumped.member-expired': {
    ko: '{consumer} 컨슈머의 세션이 만료되어 {group} 그룹의 그룹 에포크가 올랐습니다(이제 {groupEpoch}). 그 컨슈머가 쥐고 있던 파티션을 이제 다른 멤버가 받을 수 있습니다.',
    en: 'Consumer {consumer}\'s session expired: group {group}\'s group epoch went up to {groupEpoch}, and the partitions it held can now go to other members.',
  },
  'event.groupEpochBumped.poll-timeout': {
    ko: '{consumer} 컨슈머가 max.poll.interval.ms 안에 poll()을 하지 않아 그룹을 떠났고, {group} 그룹의 그룹 에포크가 올랐습니다(이제 {groupEpoch}).',
    en: 'Consumer {consumer} left after max.poll.interval.ms without a poll(): group {group}\'s group epoch went up to {groupEpoch}.',
  },
  'event.groupEpochBumped.member-restarted': {
    ko: '{consumer} 컨슈머가 다시 시작되어 이전 멤버를 대신합니다. {group} 그룹의 그룹 에포크가 올랐습니다(이제 {groupEpoch}).',
    en: 'Consumer {consumer} restarted and replaces its old member: group {group}\'s group epoch went up to {groupEpoch}.',
  },
  'event.groupEpochBumped.partitions-added': {
    ko: '{group} 그룹의 코디네이터가 하트비트를 받으며 구독한 토픽의 파티션이 늘어난 것을 보고 그룹 에포크를 올렸습니다(이제 {groupEpoch}).',
    en: 'At a heartbeat, the coordinator of group {group} saw new partitions in the subscribed topics and raised the group epoch to {groupEpoch}.',
  },
  'event.targetAssignmentComputed': {
    ko: '{group} 그룹의 코디네이터가 그룹 에포크 {groupEpoch}의 목표 할당을 서버 할당 전략 {assignor|로} 계산했습니다: {assignment}. 각 멤버는 자기 하트비트에서 이 목표로 다가갑니다.',
    en: 'The coordinator of group {group} computed the target assignment of group epoch {groupEpoch} with the {assignor} assignor: {assignment}. Each member moves towards it on its own heartbeats.',
  },
  'event.memberReconciled.STABLE': {
    ko: '{consumer} 컨슈머가 멤버 에포크 {memberEpoch}에 도달했습니다({group} 그룹, 목표와 일치): 할당 {assigned}.',
    en: 'Consumer {consumer} reached member epoch {memberEpoch} in group {group}, matching its target: assigned {assigned}.',
  },
  'event.memberReconciled.UNREVOKED_PARTITIONS': {
    ko: '{group} 그룹의 코디네이터가 {consumer} 컨슈머에게 {revoking} 파티션을 돌려 달라고 합니다. 컨슈머는 poll()을 기다리지 않고 백그라운드에서 내려놓은 뒤 바로 알리며, 그때까지 멤버 에포크 {memberEpoch}에 머뭅니다.',
    en: 'The coordinator of group {group} asks consumer {consumer} to revoke {revoking}. The consumer lets go in the background, without waiting for poll(), and acknowledges at once; until then it stays at member epoch {memberEpoch}.',
  },
  'event.memberReconciled.UNRELEASED_PARTITIONS': {
    ko: '{consumer} 컨슈머가 멤버 에포크 {memberEpoch}에 도달했지만({group} 그룹), {unreleased} 파티션은 이전 주인이 아직 내려놓지 않아 기다립니다. 지금 할당: {assigned}.',
    en: 'Consumer {consumer} reached member epoch {memberEpoch} in group {group}, but waits for {unreleased}: their previous owner has not revoked them yet. Assigned now: {assigned}.',
  },
  'error.GROUP_PROTOCOL_NOT_IN_VERSION': {
    ko: 'Kafka {version} 클라이언트에는 group.protocol=consumer(KIP-848)가 없습니다. Kafka {since}부터 정식으로 쓸 수 있습니다.',
    en: 'Kafka {version} clients have no group.protocol=consumer (KIP-848); it is generally available since Kafka {since}.',
  },
  'error.CONSUMER_PROTOCOL_CONFIG.strategy': {
    ko: 'group.protocol=consumer에서는 partition.assignment.strategy를 쓸 수 없습니다. 할당은 브로커가 합니다(group.remote.assignor: uniform 또는 range).',
    en: 'partition.assignment.strategy is not supported with group.protocol=consumer: the broker assigns (group.remote.assignor: uniform or range).',
  },
  'error.CONSUMER_PROTOCOL_CONFIG.remote': {
    ko: 'group.remote.assignor는 group.protocol=consumer일 때만 쓸 수 있습니다.',
    en: 'group.remote.assignor is only supported with group.protocol=consumer.',
  },
  'error.GROUP_ID_NOT_FOUND.notConsumerGroup': {
    ko: '{group} 그룹은 컨슈머 그룹(group.protocol=consumer)이 아닙니다. classic 프로토콜 멤버가 있는 그룹에 {consumer} 컨슈머는 들어갈 수 없습니다(GROUP_ID_NOT_FOUND). 카프카 4.0은 group.consumer.migration.policy에 따라 그룹을 온라인으로 바꾸기도 하지만, 시뮬레이터는 두 프로토콜이 섞인 그룹을 거부합니다.',
    en: 'Group {group} is not a consumer group (group.protocol=consumer): consumer {consumer} cannot join a group with classic-protocol members (GROUP_ID_NOT_FOUND). Kafka 4.0 may convert a group online under group.consumer.migration.policy; the simulator refuses groups that mix the two protocols.',
  },
  'error.INCONSISTENT_GROUP_PROTOCOL.mixed': {
    ko: '{group} 그룹의 멤버는 group.protocol=consumer를 씁니다. classic 프로토콜의 {consumer} 컨슈머는 들어갈 수 없습니다(INCONSISTENT_GROUP_PROTOCOL). 시뮬레이터는 두 프로토콜이 섞인 그룹을 거부합니다.',
    en: 'The members of group {group} use group.protocol=consumer: the classic-protocol consumer {consumer} cannot join (INCONSISTENT_GROUP_PROTOCOL). The simulator refuses groups that mix the two protocols.',
  },
} satisfies Record<string, Entry>;
