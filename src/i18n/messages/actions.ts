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
  'actions.consumer.pollHelp': { ko: 'poll(): 위치부터 레코드를 가져옵니다', en: 'poll(): fetch records from its position' },
  'actions.consumer.commitHelp': { ko: 'commitSync(): 지금 위치를 커밋합니다', en: 'commitSync(): commit its positions' },
  'actions.consumer.rewindHelp': { ko: 'seekToBeginning(): 로그 시작 오프셋부터 다시 읽습니다', en: 'seekToBeginning(): read again from the log start offset' },
  'actions.consumer.closeHelp': { ko: 'close(): 그룹을 떠나고, 파티션은 다른 멤버에게 갑니다', en: 'close(): leave the group; its partitions go to the others' },
  'actions.consumer.crashHelp': { ko: '커밋도 탈퇴도 없이 멈춥니다. 그룹은 session.timeout.ms 뒤에 알아챕니다', en: 'stops with no commit and no leave; the group notices after session.timeout.ms' },
  'actions.consumer.restartHelp': { ko: '다시 시작해 다음 poll()에서 그룹에 참여합니다', en: 'starts again and joins in its next poll()' },
  'actions.producer.loseAckHelp': { ko: '다음 응답(ack)이 돌아오는 길에 사라집니다. 프로듀서는 재시도합니다', en: 'the next acknowledgement is lost on its way back; the producer retries' },
  'actions.consumer.object': { ko: '컨슈머 {consumer}', en: 'consumer {consumer}' },
  'actions.topic.object': { ko: '토픽 {topic}', en: 'topic {topic}' },
  'actions.topic.total': { ko: '파티션 수 (합계)', en: 'Total partitions' },
  'actions.topic.totalNamed': { ko: '{topic} 파티션 수 (합계)', en: 'Total partitions of {topic}' },
  'actions.topic.add': { ko: '파티션 늘리기', en: 'Add partitions' },
  'actions.topic.addNamed': { ko: '{topic} 파티션 늘리기', en: 'Add partitions to {topic}' },
  'actions.topic.hint': { ko: '지금 {current}개. 파티션은 늘릴 수만 있습니다.', en: 'Now {current}. Partitions can only be added.' },
} satisfies Record<string, Entry>;
