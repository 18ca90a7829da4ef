import type { Entry } from '../entry.ts';

// "Act where you look": the menus that open on a producer, a consumer or a topic. Accessible
// names carry the object's name (a page has several producers) and contain the visible text.
// Korean names put the object first and use invariant particles (의, 에서), never 이/가, 을/를.
export const ACTION_MESSAGES = {
  'actions.for': { ko: '{object} 조작', en: 'Actions for {object}' },
  'actions.producer.object': { ko: '프로듀서 {producer}', en: 'producer {producer}' },
  'actions.producer.settings': { ko: '이 프로듀서의 설정: {config}', en: 'This producer’s settings: {config}' },
  'actions.producer.key': { ko: '키', en: 'Key' },
  'actions.producer.keyNamed': { ko: '{producer} 키', en: 'Key for {producer}' },
  'actions.producer.value': { ko: '값', en: 'Value' },
  'actions.producer.valueNamed': { ko: '{producer} 값', en: 'Value for {producer}' },
  'actions.producer.topic': { ko: '토픽', en: 'Topic' },
  'actions.producer.topicNamed': { ko: '{producer} 토픽', en: 'Topic for {producer}' },
  'actions.producer.send': { ko: '보내기', en: 'Send' },
  'actions.producer.sendNamed': { ko: '{producer}에서 보내기', en: 'Send from {producer}' },
  'actions.producer.noTopic': { ko: '보낼 토픽이 아직 없습니다.', en: 'There is no topic to send to yet.' },
  'actions.consumer.object': { ko: '컨슈머 {consumer}', en: 'consumer {consumer}' },
  'actions.topic.object': { ko: '토픽 {topic}', en: 'topic {topic}' },
  'actions.topic.total': { ko: '파티션 수 (합계)', en: 'Total partitions' },
  'actions.topic.totalNamed': { ko: '{topic} 파티션 수 (합계)', en: 'Total partitions of {topic}' },
  'actions.topic.add': { ko: '파티션 늘리기', en: 'Add partitions' },
  'actions.topic.addNamed': { ko: '{topic} 파티션 늘리기', en: 'Add partitions to {topic}' },
  'actions.topic.hint': { ko: '지금 {current}개. 파티션은 늘릴 수만 있습니다.', en: 'Now {current}. Partitions can only be added.' },
} satisfies Record<string, Entry>;
