import type { Entry } from '../entry.ts';

// Narration of clients' metadata refreshes (metadata.max.age.ms, issue 19); merged into EVENT_MESSAGES
// by ./events.ts. A reason piece opens each sentence ("{reason} ...").
export const METADATA_EVENT_MESSAGES = {
  'event.piece.metadataReason.maxAge': {
    ko: 'metadata.max.age.ms({age})가 지나',
    en: 'its metadata.max.age.ms ({age}) had passed',
  },
  'event.piece.metadataReason.error': {
    ko: '오류(NOT_LEADER_OR_FOLLOWER 또는 끊긴 연결)로 메타데이터가 낡은 것이 드러나',
    en: 'an error (NOT_LEADER_OR_FOLLOWER or a lost connection) showed its metadata was stale',
  },
  'event.piece.metadataReason.unknownPartition': {
    ko: '알지 못하는 파티션 번호로 보내려 해서',
    en: 'a send named a partition it did not know',
  },
  'event.piece.metadataReason.newTopics': {
    ko: '그룹 리더로서 멤버들이 구독한 토픽을 가져오면서',
    en: 'as group leader it fetched the topics its members subscribe to',
  },
  'event.metadataUpdated.producer': {
    ko: '{reason} {client} 프로듀서가 메타데이터를 새로 받았습니다. {topic} 토픽의 파티션은 {previous}개가 아니라 {partitions}개입니다. 이제부터 키는 파티션 {partitions}개를 기준으로 해시되고, 키 없는 레코드도 새 파티션으로 갈 수 있습니다.',
    en: 'Producer {client} refreshed its metadata because {reason}: topic {topic} has {partitions, plural, one {# partition} other {# partitions}}, not {previous}. From now on keys hash over {partitions} and records without a key can go to the new partitions too.',
  },
  'event.metadataUpdated.consumer.leader': {
    ko: '{reason} {client} 컨슈머가 메타데이터를 새로 받았습니다. {topic} 토픽의 파티션이 {previous}개에서 {partitions}개로 늘어난 것을 이제 압니다. 그룹 리더인 이 컨슈머는 자기가 계산한 할당이 메타데이터와 맞지 않으므로, 다음 poll()에서 그룹에 다시 참여합니다(리밸런스).',
    en: 'Consumer {client} refreshed its metadata because {reason}: topic {topic} now has {partitions, plural, one {# partition} other {# partitions}} (it knew {previous}). As its group\'s leader it sees that its assignment no longer matches, so it rejoins the group at its next poll() (a rebalance).',
  },
  'event.metadataUpdated.consumer.member': {
    ko: '{reason} {client} 컨슈머가 메타데이터를 새로 받았습니다. {topic} 토픽의 파티션이 {previous}개에서 {partitions}개로 늘어난 것을 이제 압니다. 새 파티션에 반응하는 것은 그룹 리더뿐이라, 이 멤버는 리더가 리밸런스를 시작하기를 기다립니다.',
    en: 'Consumer {client} refreshed its metadata because {reason}: topic {topic} now has {partitions, plural, one {# partition} other {# partitions}} (it knew {previous}). Only the group leader acts on new partitions; this member waits for the leader\'s rebalance.',
  },
  'event.metadataUpdated.consumer.assigning': {
    ko: '{reason} {client} 컨슈머가 메타데이터를 새로 받았습니다. {topic} 토픽의 파티션은 {previous}개가 아니라 {partitions}개이며, 리더는 이 수로 할당을 계산합니다.',
    en: 'Consumer {client} refreshed its metadata because {reason}: topic {topic} has {partitions, plural, one {# partition} other {# partitions}}, not {previous}, and the leader assigns from that count.',
  },
} satisfies Record<string, Entry>;
