import type { Entry } from '../entry.ts';

// Narration of the classic group protocol's join barrier and of commitSync's retries (issue 19);
// merged into EVENT_MESSAGES by ./events.ts.
export const GROUP_PROTOCOL_EVENT_MESSAGES = {
  'event.groupStateChanged': {
    ko: '{group} 그룹의 상태: {from} → {to} (제너레이션 {generation}).',
    en: 'Group {group} went from {from} to {to} (generation {generation}).',
  },
  'event.joinGroup': {
    ko: '{consumer} 컨슈머가 poll() 안에서 JoinGroup을 보냈습니다. {group} 그룹은 아직 {waiting} 멤버를 기다립니다.',
    en: 'Consumer {consumer} sent JoinGroup from inside poll(); group {group} is still waiting for {waiting}.',
  },
  'event.joinGroup.complete': {
    ko: '{consumer} 컨슈머가 poll() 안에서 JoinGroup을 보냈습니다. {group} 그룹이 기다리던 멤버가 모두 모였습니다.',
    en: 'Consumer {consumer} sent JoinGroup from inside poll(); group {group} now has every member it was waiting for.',
  },
  'event.syncGroup': {
    ko: 'SyncGroup: {group} 그룹의 제너레이션 {generation}에서 {consumer} 컨슈머의 몫은 {partitions}입니다.',
    en: 'SyncGroup: in generation {generation} of group {group}, consumer {consumer} gets {partitions}.',
  },
  'event.syncGroup.leader': {
    ko: 'SyncGroup: {consumer} 컨슈머가 그룹 리더로서 {group} 그룹의 할당을 계산했습니다. 제너레이션 {generation}에서 자기 몫은 {partitions}입니다.',
    en: 'SyncGroup: consumer {consumer}, the group leader, computed the assignment of group {group}; in generation {generation} it gets {partitions}.',
  },
  'event.memberExpired.rebalance-timeout': {
    ko: '리밸런스 타임아웃(가장 큰 max.poll.interval.ms)이 지나도록 {consumer} 컨슈머가 다시 참여하지 않아 {group} 그룹이 그 멤버를 빼고 리밸런스를 마칩니다.',
    en: 'Consumer {consumer} did not rejoin within the rebalance timeout (the largest max.poll.interval.ms), so group {group} removes it and completes the rebalance without it.',
  },
  'event.commitRetried': {
    ko: '{consumer} 컨슈머의 commitSync가 {group} 그룹의 코디네이터를 찾지 못했습니다(COORDINATOR_NOT_AVAILABLE). 호출은 끝나지 않고 {retryAt}에 다시 시도합니다({attempt}번째 시도).',
    en: 'Consumer {consumer}\'s commitSync found no coordinator for group {group} (COORDINATOR_NOT_AVAILABLE); the call keeps waiting and tries again at {retryAt} (attempt {attempt}).',
  },
  'event.commitFailed.TIMEOUT': {
    ko: '{consumer} 컨슈머의 commitSync가 default.api.timeout.ms({timeout}) 동안 재시도했지만 {group} 그룹의 코디네이터가 돌아오지 않아 TimeoutException으로 끝났습니다. 오프셋은 커밋되지 않았습니다.',
    en: 'Consumer {consumer}\'s commitSync retried for default.api.timeout.ms ({timeout}) but group {group}\'s coordinator did not come back: it ends with a TimeoutException and the offsets were not committed.',
  },
  'event.commitFailed.COMMIT_FAILED': {
    ko: '{consumer} 컨슈머의 commitSync가 재시도하는 동안 {group} 그룹에서 빠졌으므로 CommitFailedException으로 끝났습니다. 오프셋은 커밋되지 않았습니다.',
    en: 'Consumer {consumer} left group {group} while its commitSync was retrying, so it ends with a CommitFailedException; the offsets were not committed.',
  },
  'event.offsetsCommitted.afterRetries': {
    ko: 'commitSync는 코디네이터가 옮겨 간 뒤 {attempts}번째 시도에서야 돌아왔습니다.',
    en: 'commitSync returned only at attempt {attempts}, once the coordinator had moved.',
  },
} satisfies Record<string, Entry>;
