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
} satisfies Record<string, Entry>;
