import type { Entry } from '../entry.ts';

// The cluster diagram: its lanes, the two views of its middle, and the links drawn between objects.
// Korean terms as in the glossary (레플리카, 리더, 팔로워, 하이 워터마크, 로그 끝 오프셋).
export const DIAGRAM_MESSAGES = {
  'diagram.label': { ko: '클러스터 그림: 왼쪽 프로듀서, 가운데 클러스터, 오른쪽 컨슈머 그룹', en: 'Cluster diagram: producers on the left, the cluster in the middle, consumer groups on the right' },
  'diagram.brokerStrip': { ko: '브로커 상태', en: 'Brokers and their state' },
  'diagram.cluster': { ko: '클러스터', en: 'Cluster' },
  'diagram.topicLogs': { ko: '토픽의 파티션 로그 보기', en: 'Show the topics\' partition logs' },
  'diagram.view': { ko: '클러스터 보기', en: 'Show the cluster as' },
  'diagram.view.topics': { ko: '토픽', en: 'Topics' },
  'diagram.view.brokers': { ko: '브로커', en: 'Brokers' },
  'diagram.unknownView': {
    ko: '주소에 알 수 없는 보기가 있습니다: "{view}". 토픽 보기를 보여 줍니다.',
    en: 'Unknown view "{view}" in the address; showing the topics view.',
  },
  'diagram.singleBroker': {
    ko: '브로커가 하나뿐이면 브로커 보기는 토픽 보기와 같습니다: 파티션마다 복사본이 하나입니다. 브로커를 더하고 복제 계수 2 이상인 토픽을 만들면 레플리카가 보입니다.',
    en: 'With one broker the brokers view is the topics view: each partition has a single copy. Add brokers and create a topic with a replication factor of 2 or more to see the replicas.',
  },
  'diagram.replicated': { ko: '브로커 3대, 복제 계수 3', en: '3 brokers, RF 3' },
  'diagram.replicatedName': {
    ko: '브로커 3대, 복제 계수 3: 브로커를 3대로 늘리고 복제 계수 3인 {topic} 토픽을 만듭니다',
    en: '3 brokers, RF 3: add brokers up to three and create topic {topic} with replication factor 3',
  },
  'sandbox.hint': {
    ko: '처음이라면: 브로커 보기에서 "브로커 3대, 복제 계수 3"을 누르고, 레코드를 보낸 뒤(acks=all) 재생을 누르세요. 그다음 리더 브로커를 비정상 종료해 보세요.',
    en: 'First try: in the brokers view press "3 brokers, RF 3", produce a record (acks=all), then press Play. Then crash the leader\'s broker.',
  },
  'sandbox.hintDismiss': { ko: '알겠습니다', en: 'Got it' },
  'diagram.leaderCopies': {
    ko: '로그는 파티션 리더의 복사본입니다. 모든 레플리카는 브로커 보기에서 보입니다.',
    en: 'Each log is the partition leader\'s copy; the Brokers view shows every replica.',
  },
  'diagram.simplification.broker': {
    ko: '단순화: 레코드 하나를 배치 하나로 저장합니다(배치마다 61바이트 헤더). 모든 세그먼트가 만료되면 카프카처럼 빈 활성 세그먼트를 새로 만든 뒤 지웁니다.',
    en: 'Simplified: each record is stored as a batch of one (a 61-byte batch header each). When every segment has expired, a new empty active segment is rolled first and the old ones deleted, as Kafka does.',
  },
  'diagram.hw': { ko: '하이 워터마크 {hw}', en: 'high watermark {hw}' },
  'diagram.hwShort': { ko: 'HW {hw}', en: 'HW {hw}' },
  'diagram.leo': { ko: '로그 끝 {leo}', en: 'log end {leo}' },
  'diagram.epoch': { ko: '에포크 {epoch}', en: 'epoch {epoch}' },
  'diagram.partitionRow': { ko: '{tp}: 리더 {leader}, ISR {isr}, 하이 워터마크 {hw}', en: '{tp}: leader {leader}, ISR {isr}, high watermark {hw}' },
  'diagram.noLeader': { ko: '없음', en: 'none' },
} satisfies Record<string, Entry>;
