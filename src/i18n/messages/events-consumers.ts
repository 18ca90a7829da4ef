import type { Entry } from '../entry.ts';

// Narration of consumer and consumer-group events; merged into EVENT_MESSAGES by ./events.ts.
export const CONSUMER_EVENT_MESSAGES = {
  'event.consumerJoined': {
    ko: '{consumer} 컨슈머가 {group} 컨슈머 그룹에 들어왔습니다(할당 전략 {assignor}, auto.offset.reset={reset}).',
    en: 'Consumer {consumer} joined consumer group {group} (assignor {assignor}, auto.offset.reset={reset}).',
  },
  'event.consumerLeft': {
    ko: '{consumer} 컨슈머가 {group} 그룹에 LeaveGroup을 보내고 정상적으로 떠났습니다. 그룹은 바로 리밸런스합니다.',
    en: 'Consumer {consumer} sent LeaveGroup and left group {group} cleanly, so the group rebalances right away.',
  },
  'event.consumerLeft.notMember': {
    ko: '{consumer} 컨슈머가 닫혔습니다. {group} 그룹의 멤버가 아니었으므로 커밋도 LeaveGroup도 없고 리밸런스도 일어나지 않습니다.',
    en: 'Consumer {consumer} was closed. It was not a member of group {group}, so there is no commit, no LeaveGroup and no rebalance.',
  },
  'event.consumerCrashed': {
    ko: '{consumer} 컨슈머가 갑자기 비정상 종료되었습니다. 커밋도 LeaveGroup도 없었으니, {group} 그룹은 세션 타임아웃({sessionTimeout})이 지나는 모델 시간 {expiresAt}에야 알아챕니다. 그때까지 이 컨슈머의 파티션은 아무도 읽지 않습니다.',
    en: 'Consumer {consumer} crashed: no commit, no LeaveGroup. Group {group} only notices when its session timeout ({sessionTimeout}) runs out at model time {expiresAt}; until then nobody reads its partitions.',
  },
  'event.memberExpired': {
    ko: '세션 타임아웃이 지나 {group} 그룹이 하트비트가 끊긴 {consumer} 컨슈머를 멤버에서 뺐습니다.',
    en: 'The session timeout ran out: group {group} removed consumer {consumer}, whose heartbeats had stopped.',
  },
  'event.memberExpired.rebalance': {
    ko: '{group} 그룹이 리밸런스하면서 비정상 종료된 {consumer} 컨슈머를 뺐습니다(다시 참여할 수 없으므로; 시뮬레이터는 세션 타임아웃을 기다리지 않고 바로 뺍니다).',
    en: 'Group {group} dropped crashed consumer {consumer} while rebalancing, since it cannot rejoin (the simulator does not wait for its session timeout here).',
  },
  'event.rebalanceStarted.join': {
    ko: '새 멤버가 들어와 {group} 그룹이 리밸런스를 시작합니다(제너레이션 {generation}, 멤버: {members}).',
    en: 'A new member joined, so group {group} starts a rebalance (generation {generation}, members: {members}).',
  },
  'event.rebalanceStarted.leave': {
    ko: '멤버가 떠나 {group} 그룹이 리밸런스를 시작합니다(제너레이션 {generation}, 멤버: {members}).',
    en: 'A member left, so group {group} starts a rebalance (generation {generation}, members: {members}).',
  },
  'event.rebalanceStarted.session-timeout': {
    ko: '멤버의 세션 타임아웃이 지나 {group} 그룹이 리밸런스를 시작합니다(제너레이션 {generation}, 멤버: {members}).',
    en: 'A member\'s session timed out, so group {group} starts a rebalance (generation {generation}, members: {members}).',
  },
  'event.rebalanceStarted.partitions-added': {
    ko: '구독한 토픽에 파티션이 늘어 {group} 그룹이 리밸런스를 시작합니다(제너레이션 {generation}, 멤버: {members}).',
    en: 'A subscribed topic gained partitions, so group {group} starts a rebalance (generation {generation}, members: {members}).',
  },
  'event.rebalanceStarted.cooperative-follow-up': {
    ko: '지난 라운드에서 회수한 파티션을 넘겨주려고 {group} 그룹이 후속 리밸런스를 시작합니다(협력적 리밸런스, 제너레이션 {generation}, 멤버: {members}).',
    en: 'Group {group} starts a follow-up rebalance to hand over the partitions revoked in the last round (cooperative rebalancing, generation {generation}, members: {members}).',
  },
  'event.partitionsRevoked': {
    ko: '{group} 그룹 리밸런스: {consumer} 컨슈머가 {partitions} 파티션을 내려놓았습니다.',
    en: 'Rebalance of {group}: consumer {consumer} gave up {partitions}.',
  },
  'event.partitionsAssigned': {
    ko: '{group} 그룹 리밸런스: {consumer} 컨슈머에게 {partitions} 파티션이 할당되었습니다.',
    en: 'Rebalance of {group}: consumer {consumer} was assigned {partitions}.',
  },
  'event.partitionsAssigned.none': {
    ko: '{group} 그룹 리밸런스: {consumer} 컨슈머는 이번에 새로 받은 파티션이 없습니다.',
    en: 'Rebalance of {group}: consumer {consumer} got no new partitions this time.',
  },
  'event.rebalanceCompleted': {
    ko: '{group} 그룹의 리밸런스가 끝났습니다(제너레이션 {generation}). 할당: {assignment}.',
    en: 'Group {group} finished rebalancing (generation {generation}). Assignment: {assignment}.',
  },
  'event.offsetReset.no-committed-offset.earliest': {
    ko: '{tp} 파티션에 {group} 그룹의 커밋된 오프셋이 없어서, {consumer} 컨슈머는 auto.offset.reset=earliest에 따라 로그 시작 오프셋 {to}에서 읽기 시작합니다.',
    en: 'Group {group} has no committed offset for {tp}, so consumer {consumer} starts at the log start offset {to} (auto.offset.reset=earliest).',
  },
  'event.offsetReset.no-committed-offset.latest': {
    ko: '{tp} 파티션에 {group} 그룹의 커밋된 오프셋이 없어서, {consumer} 컨슈머는 auto.offset.reset=latest에 따라 로그 끝 오프셋 {to}에서 시작합니다. 이미 있는 레코드는 건너뜁니다.',
    en: 'Group {group} has no committed offset for {tp}, so consumer {consumer} starts at the log end offset {to} (auto.offset.reset=latest), skipping the records already there.',
  },
  'event.offsetReset.out-of-range.earliest': {
    ko: '{tp} 파티션에서 {consumer} 컨슈머의 위치(오프셋 {from})가 로그 범위를 벗어났습니다. 리텐션이 지웠을 수 있습니다. auto.offset.reset=earliest에 따라 로그 시작 오프셋 {to}에서 다시 읽습니다.',
    en: 'Consumer {consumer}\'s position on {tp} (offset {from}) is outside the log, perhaps deleted by retention; auto.offset.reset=earliest moves it to the log start offset {to}.',
  },
  'event.offsetReset.out-of-range.latest': {
    ko: '{tp} 파티션에서 {consumer} 컨슈머의 위치(오프셋 {from})가 로그 범위를 벗어났습니다. 리텐션이 지웠을 수 있습니다. auto.offset.reset=latest에 따라 로그 끝 오프셋 {to|로} 건너뜁니다.',
    en: 'Consumer {consumer}\'s position on {tp} (offset {from}) is outside the log, perhaps deleted by retention; auto.offset.reset=latest moves it to the log end offset {to}.',
  },
  'event.positionRestored': {
    ko: '{consumer} 컨슈머가 {tp} 파티션을 {group} 그룹의 커밋된 오프셋 {offset}에서 이어서 읽습니다.',
    en: 'Consumer {consumer} resumes {tp} from group {group}\'s committed offset {offset}.',
  },
  'event.recordsFetched': {
    ko: '{consumer} 컨슈머가 poll()로 {records|를} 가져왔습니다: {ranges}.',
    en: 'Consumer {consumer} polled and fetched {records}: {ranges}.',
  },
  'event.recordsFetched.redelivered': {
    ko: '{consumer} 컨슈머가 poll()로 {records|를} 가져왔습니다: {ranges}. 이 중 {redelivered|는} 그룹이 이미 한 번 받았던 레코드입니다. 커밋된 오프셋이 그보다 뒤에 있었기 때문에 다시 전달되었습니다.',
    en: 'Consumer {consumer} polled and fetched {records}: {ranges}. Of these, {redelivered} had reached the group before: the committed offset was behind them, so they are delivered again.',
  },
  'event.recordsFetched.idle': {
    ko: '{consumer} 컨슈머가 poll()을 했지만 새 레코드가 없습니다.',
    en: 'Consumer {consumer} polled, but there were no new records.',
  },
  'event.offsetsCommitted.manual': {
    ko: '{consumer} 컨슈머가 {group} 그룹의 오프셋을 커밋했습니다: {offsets}. 커밋된 오프셋은 다음에 읽을 오프셋이라, 재시작이나 리밸런스 뒤에는 여기서부터 읽습니다.',
    en: 'Consumer {consumer} committed offsets for group {group}: {offsets}. A committed offset is the next one to read, so after a restart or rebalance reading resumes there.',
  },
  'event.offsetsCommitted.auto': {
    ko: '{consumer} 컨슈머가 자동 커밋(enable.auto.commit)으로 {group} 그룹의 오프셋을 커밋했습니다: {offsets}. 자동 커밋은 poll() 안에서(또는 리밸런스 직전과 close 때) 일어나며, 직전 poll()이 돌려준 레코드까지를 커밋합니다.',
    en: 'Consumer {consumer} auto-committed offsets for group {group} (enable.auto.commit): {offsets}. Auto-commit happens inside poll() (and before a rebalance and on close) and commits what the previous poll() returned.',
  },
  'event.offsetsCommitted.manual.empty': {
    ko: '{consumer} 컨슈머가 커밋을 요청했지만, 아직 커밋할 위치가 없어 {group} 그룹의 커밋된 오프셋은 그대로입니다.',
    en: 'Consumer {consumer} asked to commit, but it has no positions yet, so group {group}\'s committed offsets stay as they were.',
  },
  'event.offsetsCommitted.explicit': {
    ko: '{consumer} 컨슈머가 {group} 그룹에 고른 오프셋을 커밋했습니다(commitSync(Map)): {offsets}. 브로커는 멤버와 제너레이션만 확인하고 오프셋 값은 확인하지 않습니다. 커밋된 오프셋은 다음에 읽을 오프셋이어야 하므로, 처리한 레코드의 오프셋 + 1을 커밋해야 합니다.',
    en: 'Consumer {consumer} committed chosen offsets for group {group} (commitSync(Map)): {offsets}. The broker checks the member and its generation, not the offsets. A committed offset is the next one to read, so commit the processed record\'s offset + 1.',
  },
  'event.offsetsCommitted.belowPosition': {
    ko: '{tp}에 커밋한 {offset|은} 이 컨슈머의 위치 {position}보다 뒤에 있습니다. 재시작이나 리밸런스 뒤에는 오프셋 {offset}부터 {last}까지를 다시 읽습니다(처리한 레코드의 오프셋 + 1을 커밋해야 합니다).',
    en: 'The {offset} committed on {tp} is behind this consumer\'s position {position}: after a restart or rebalance, offsets {offset} to {last} are read again (commit the processed record\'s offset + 1).',
  },
  'event.consumerSubscribed': {
    ko: '{consumer} 컨슈머가 {topics} 토픽을 구독했습니다(subscribe). 아직 {group} 그룹의 멤버는 아닙니다: 첫 poll()에서 그룹에 참여하고, 그때 파티션을 받고 auto.offset.reset이 적용됩니다.',
    en: 'Consumer {consumer} subscribed to {topics}. It is not a member of group {group} yet: it joins in its first poll(), and only then gets partitions and applies auto.offset.reset.',
  },
  'event.memberPollTimeout': {
    ko: '{consumer} 컨슈머가 max.poll.interval.ms({interval}) 동안 poll()을 하지 않았습니다(마지막 poll: 모델 시간 {lastPoll}). 하트비트 스레드가 LeaveGroup을 보내 {group} 그룹을 스스로 떠났고, 커밋은 하지 않았습니다. 파티션은 다른 멤버에게 넘어가고, 이 컨슈머의 커밋은 이제 CommitFailedException으로 거부됩니다. 다음 poll()에서 다시 참여합니다.',
    en: 'Consumer {consumer} did not call poll() within max.poll.interval.ms ({interval}; last poll at model time {lastPoll}). Its heartbeat thread sent LeaveGroup: it left group {group} on its own, without committing. Its partitions go to other members, its commits now fail with CommitFailedException, and its next poll() rejoins.',
  },
  'event.rebalanceStarted.poll-timeout': {
    ko: '멤버가 max.poll.interval.ms를 넘겨 떠났으므로 {group} 그룹이 리밸런스를 시작합니다(제너레이션 {generation}, 멤버: {members}).',
    en: 'A member exceeded max.poll.interval.ms and left, so group {group} starts a rebalance (generation {generation}, members: {members}).',
  },
  'event.positionSought': {
    ko: '{consumer} 컨슈머가 {tp}의 위치를 {from}에서 {to|로} 옮겼습니다(seek). 다음 poll()은 오프셋 {to}부터 읽습니다. {group} 그룹의 커밋된 오프셋은 그대로입니다.',
    en: 'Consumer {consumer} moved its position on {tp} from {from} to {to} (seek). The next poll() reads from offset {to}; group {group}\'s committed offset is unchanged.',
  },
  'event.offsetResetRequested.earliest': {
    ko: '{group} 그룹의 {consumer} 컨슈머가 {partitions}에 seekToBeginning을 요청했습니다. 로그 시작 오프셋은 다음 poll()에서 정해집니다.',
    en: 'Consumer {consumer} (group {group}) asked to seekToBeginning on {partitions}; the log start offset is looked up at the next poll().',
  },
  'event.offsetResetRequested.latest': {
    ko: '{group} 그룹의 {consumer} 컨슈머가 {partitions}에 seekToEnd를 요청했습니다. 로그 끝 오프셋은 다음 poll()에서 정해지므로, 그 사이에 쓰인 레코드도 건너뜁니다.',
    en: 'Consumer {consumer} (group {group}) asked to seekToEnd on {partitions}; the log end offset is looked up at the next poll(), so records written until then are skipped too.',
  },
  'event.offsetReset.requested.earliest': {
    ko: '{group} 그룹의 {consumer} 컨슈머의 {tp} 위치가 요청대로 {from}에서 로그 시작 오프셋 {to|로} 옮겨졌습니다(seekToBeginning).',
    en: 'Consumer {consumer} (group {group}) moved its position on {tp} from {from} to the log start offset {to}, as requested (seekToBeginning).',
  },
  'event.offsetReset.requested.latest': {
    ko: '{group} 그룹의 {consumer} 컨슈머의 {tp} 위치가 요청대로 {from}에서 로그 끝 오프셋 {to|로} 옮겨졌습니다(seekToEnd).',
    en: 'Consumer {consumer} (group {group}) moved its position on {tp} from {from} to the log end offset {to}, as requested (seekToEnd).',
  },
  'event.partitionsPaused': {
    ko: '{group} 그룹의 {consumer} 컨슈머가 {partitions|를} 일시 정지했습니다(pause). 할당은 그대로지만 poll()이 이 파티션에서는 가져오지 않습니다.',
    en: 'Consumer {consumer} (group {group}) paused {partitions}: they stay assigned, but poll() fetches nothing from them.',
  },
  'event.partitionsResumed': {
    ko: '{group} 그룹의 {consumer} 컨슈머가 {partitions|를} 다시 읽기 시작합니다(resume).',
    en: 'Consumer {consumer} (group {group}) resumed {partitions}: poll() fetches from them again.',
  },
  'event.groupOffsetsReset': {
    ko: '관리 도구가 멤버가 없는 {group} 그룹의 커밋된 오프셋을 바꿨습니다: {offsets}. 그룹의 컨슈머는 다음에 참여하면 이 오프셋부터 읽습니다.',
    en: 'An admin tool set the committed offsets of group {group}, which has no members: {offsets}. Its consumers read from these offsets when they next join.',
  },
  'event.consumerRestarted': {
    ko: '비정상 종료되었던 {consumer} 컨슈머 프로세스가 같은 이름, 같은 설정으로 다시 시작했습니다. 옛 멤버는 {group} 그룹에서 빠졌고, 새 컨슈머는 첫 poll()에서 그룹에 참여합니다.',
    en: 'The crashed {consumer} process started again with the same name and settings. The old member is dropped from group {group}; the new consumer joins in its first poll().',
  },
} satisfies Record<string, Entry>;
