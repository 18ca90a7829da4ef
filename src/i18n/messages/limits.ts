import type { Entry } from '../entry.ts';

// The simulator's own limits (SIM_LIMITS in src/engine/defaults.ts, checked in src/engine/limits.ts):
// error.LIMIT_EXCEEDED.<limit>, filled from SimError.params, and invisible characters in names.
export const LIMIT_MESSAGES = {
  'error.LIMIT_EXCEEDED.maxTimeMs': {
    ko: '모델 시간은 100년({max} ms)을 넘을 수 없습니다. 시뮬레이터가 시간을 정확히 계산할 수 있는 한도입니다.',
    en: 'Model time cannot go past 100 years ({max} ms), the limit within which this simulator keeps time exact.',
  },
  'error.LIMIT_EXCEEDED.maxTopics': {
    ko: '이 시뮬레이터에서는 토픽을 {max}개까지 만들 수 있습니다.',
    en: 'This simulator allows at most {max, plural, one {# topic} other {# topics}}.',
  },
  'error.LIMIT_EXCEEDED.maxPartitions': {
    ko: '이 시뮬레이터에서는 토픽 하나에 파티션을 {max}개까지 둘 수 있습니다(요청한 수: {requested}개).',
    en: 'This simulator allows at most {max, plural, one {# partition} other {# partitions}} per topic (asked for {requested}).',
  },
  'error.LIMIT_EXCEEDED.maxMinInsyncReplicas': {
    ko: '이 시뮬레이터에서는 min.insync.replicas를 {max}까지 둘 수 있습니다(브로커 최대 수보다 하나 많은 값, 요청한 값: {requested}).',
    en: 'This simulator allows min.insync.replicas of at most {max}, one more than its most brokers (asked for {requested}).',
  },
  'error.LIMIT_EXCEEDED.maxTotalPartitions': {
    ko: '모든 토픽의 파티션을 합쳐 {max}개까지 만들 수 있습니다(이 명령 뒤에는 {total}개).',
    en: 'This simulator allows at most {max, plural, one {# partition} other {# partitions}} across all topics (this would make {total}).',
  },
  'error.LIMIT_EXCEEDED.maxTotalReplicas': {
    ko: '모든 토픽의 (파티션 수 × 복제 계수) 합이 {size|이} 됩니다. 복제와 장애 조치 비용을 묶어 두려고 {max}까지만 허용합니다.',
    en: 'Partitions × replication factor, summed over all topics, would be {size}; this simulator allows at most {max} to keep replication and failover cheap.',
  },
  'error.LIMIT_EXCEEDED.maxProducers': {
    ko: '이 시뮬레이터에서는 프로듀서를 {max}개까지 둘 수 있습니다.',
    en: 'This simulator allows at most {max, plural, one {# producer} other {# producers}}.',
  },
  'error.LIMIT_EXCEEDED.maxConsumers': {
    ko: '이 시뮬레이터에서는 컨슈머를 {max}개까지 둘 수 있습니다.',
    en: 'This simulator allows at most {max, plural, one {# consumer} other {# consumers}}.',
  },
  'error.LIMIT_EXCEEDED.maxGroups': {
    ko: '이 시뮬레이터에서는 컨슈머 그룹을 {max}개까지 둘 수 있습니다. 멤버가 없는 그룹도 커밋된 오프셋을 간직하므로 셉니다. {group} 그룹은 만들지 않았습니다.',
    en: 'This simulator allows at most {max, plural, one {# consumer group} other {# consumer groups}}; empty groups count, since they keep their committed offsets. Group {group} was not created.',
  },
  'error.LIMIT_EXCEEDED.maxGroupMembers': {
    ko: '{group} 그룹에는 멤버를 {max}개까지 둘 수 있습니다(비정상 종료되었지만 아직 세션이 끝나지 않은 멤버 포함).',
    en: 'Group {group} can have at most {max, plural, one {# member} other {# members}} (crashed members whose session has not yet expired count too).',
  },
  'error.LIMIT_EXCEEDED.maxAssignmentSize': {
    ko: '모든 컨슈머 그룹의 (멤버 수 × 구독한 파티션 수) 합이 {size|이} 됩니다. 리밸런스 비용을 묶어 두려고 {max}까지만 허용합니다.',
    en: 'Members × subscribed partitions, summed over all consumer groups, would be {size}; this simulator allows at most {max} to keep rebalances cheap.',
  },
  'error.LIMIT_EXCEEDED.maxPollRecords': {
    ko: '한 번의 poll()은 레코드를 {max}개까지 가져올 수 있습니다(maxRecords).',
    en: 'One poll can return at most {max, plural, one {# record} other {# records}} (maxRecords).',
  },
  'error.LIMIT_EXCEEDED': {
    ko: '이 시뮬레이터의 한도({limit} = {max})를 넘습니다.',
    en: 'This goes past a limit of this simulator ({limit} = {max}).',
  },
  'error.NAME_INVISIBLE': {
    ko: '{field} 이름의 {position}번째 글자({codePoint})는 보이지 않거나 글의 방향을 바꾸는 문자입니다. 다른 이름과 똑같아 보이거나 문장을 뒤섞을 수 있어 쓸 수 없습니다(앞뒤 공백도 마찬가지).',
    en: 'Character {position} of the {field} name ({codePoint}) is invisible or changes text direction; it could make the name look like another or reorder a sentence, so it is refused (as are leading and trailing spaces).',
  },
} satisfies Record<string, Entry>;
