import type { Entry } from '../entry.ts';

// Kafka version profiles (src/engine/versions): the version picker, refusals and the version notes
// the event log adds wherever a result depends on the version.
export const VERSION_MESSAGES = {
  'error.PARTITIONER_NOT_IN_VERSION': {
    ko: 'Kafka {version}에는 {partitioner} 파티셔너가 없습니다. 이 파티셔너가 있는 버전: Kafka {versions}.',
    en: 'Kafka {version} does not ship the {partitioner} partitioner; it exists in Kafka {versions}.',
  },
  'event.configScaledDown': {
    ko: '축소된 설정: {topic} 토픽의 {config}={value|는} Kafka {version}의 최솟값({minimum})보다 작습니다. 실제 카프카라면 거부되지만, 작은 세그먼트를 보여 주려고 그대로 받아들였습니다.',
    en: 'Scaled down: {config}={value} on topic {topic} is below Kafka {version}\'s minimum ({minimum}). Real Kafka refuses it; the simulator accepts it to show small segments.',
  },
  'event.piece.preKip679': {
    ko: 'Kafka {version}: acks=1과 멱등성 꺼짐이 이 버전의 기본값입니다(3.0부터 acks=all, 멱등성 켜짐, KIP-679).',
    en: 'Kafka {version}: acks=1 and idempotence off are this version\'s defaults (acks=all and idempotence on since 3.0, KIP-679).',
  },
  'event.piece.lingerDefault': {
    ko: 'Kafka 4.0+: linger.ms 기본값이 {linger}ms라서(KIP-1030) 한 파티션으로 그 안에 보낸 레코드는 배치 하나, 요청 하나로 갑니다.',
    en: 'Kafka 4.0+: linger.ms is {linger} ms by default (KIP-1030), so records sent to one partition within it go in one batch and one request.',
  },
  'producer.lingerNote': { ko: 'linger.ms={linger} (Kafka 4.0+)', en: 'linger.ms={linger} (Kafka 4.0+)' },
  'producer.batched': { ko: '배치에서 기다리는 레코드 {count}개', en: 'records waiting in a batch: {count}' },
  'producer.preKip679': { ko: 'Kafka {version} 기본값 (3.0 이전, KIP-679)', en: 'Kafka {version} defaults (before 3.0, KIP-679)' },
  'event.recordAccumulated': {
    ko: 'Kafka 4.0+: linger.ms 기본값이 {linger}ms라서(KIP-1030) {producer} 프로듀서가 레코드를 {tp} 파티션의 배치에 담아 {sendAt}까지 모읍니다(배치에 레코드 {count}개).',
    en: 'Kafka 4.0+: linger.ms is {linger} ms by default (KIP-1030), so producer {producer} holds the record in its batch for {tp} until {sendAt} ({count, plural, one {# record} other {# records}} in the batch).',
  },
  'event.batchSent.linger': {
    ko: '{producer} 프로듀서가 linger.ms({linger}ms)가 지나 {tp} 파티션의 배치를 프로듀스 요청 하나로 보냈습니다: 레코드 {count}개.',
    en: 'Producer {producer} sent its batch for {tp} as one produce request after linger.ms ({linger} ms): {count, plural, one {# record} other {# records}}.',
  },
  'event.batchSent.full': {
    ko: '{producer} 프로듀서의 {tp} 배치가 batch.size에 다다라 linger.ms를 기다리지 않고 프로듀스 요청 하나로 보냈습니다: 레코드 {count}개.',
    en: 'Producer {producer}\'s batch for {tp} reached batch.size, so it went as one produce request without waiting for linger.ms: {count, plural, one {# record} other {# records}}.',
  },
  'event.batchSent.flush': {
    ko: '{producer} 프로듀서가 flush()로 {tp} 파티션의 배치를 linger.ms를 기다리지 않고 프로듀스 요청 하나로 보냈습니다: 레코드 {count}개.',
    en: 'Producer {producer} flushed its batch for {tp}: sent as one produce request without waiting for linger.ms, {count, plural, one {# record} other {# records}}.',
  },
  'event.piece.minIsrCapped': {
    ko: 'Kafka 3.7+: min.insync.replicas를 레플리카 {effective}개로 낮춰 적용합니다(KAFKA-15583).',
    en: 'Kafka 3.7+: min.insync.replicas capped at {effective, plural, one {# replica} other {# replicas}} (KAFKA-15583).',
  },
  'event.piece.roundRobinSkipped': {
    ko: 'Kafka 2.4–3.9.0: RoundRobinPartitioner가 새 배치마다 두 번 불려 카운터 값 {skipped|을} 건너뛰었습니다(KAFKA-9965).',
    en: 'Kafka 2.4–3.9.0: RoundRobinPartitioner was called twice for the new batch and skipped counter {skipped} (KAFKA-9965).',
  },
  'event.piece.electedFromElr': {
    ko: 'Kafka 4.1: ISR이 비어 ELR(적격 리더 레플리카)에서 골랐습니다(KIP-966).',
    en: 'Kafka 4.1: the ISR was empty, so the leader came from the ELR (eligible leader replicas, KIP-966).',
  },
  'event.piece.hwHeld': {
    ko: 'Kafka 3.7+: ISR이 min.insync.replicas보다 작아 하이 워터마크가 멈춰 있습니다(KAFKA-15583).',
    en: 'Kafka 3.7+: the ISR is below min.insync.replicas, so the high watermark stays put (KAFKA-15583).',
  },
  'versionCompare.title': { ko: '버전 비교: 같은 시나리오, 두 Kafka 버전', en: 'Compare versions: one scenario, two Kafka versions' },
  'versionCompare.link': { ko: '버전 비교', en: 'Compare versions' },
  'versionCompare.minIsr.scenario': {
    ko: '{topic} 토픽은 복제 계수 2에 min.insync.replicas 3입니다. producer-1이 acks=all로 레코드 하나를 보내고, consumer-1이 읽으려 합니다.',
    en: 'Topic {topic} has replication factor 2 and min.insync.replicas 3. producer-1 sends one record with acks=all, and consumer-1 tries to read it.',
  },
  'versionCompare.minIsr.before': {
    ko: 'Kafka 3.6까지: 레플리카가 2개뿐이라 ISR이 3이 될 수 없으므로 acks=all 쓰기는 모두 NOT_ENOUGH_REPLICAS로 실패합니다(delivery.timeout.ms까지 재시도).',
    en: 'Up to Kafka 3.6: with only 2 replicas the ISR can never reach 3, so every acks=all write fails with NOT_ENOUGH_REPLICAS (retried until delivery.timeout.ms).',
  },
  'versionCompare.minIsr.after': {
    ko: 'Kafka 3.7부터: 실제로 적용되는 min.insync.replicas는 레플리카 수로 낮춰지므로(KAFKA-15583, Partition.effectiveMinIsr) 같은 쓰기가 승인되고 읽힙니다. 이벤트 로그가 어느 버전의 규칙인지 알려 줍니다.',
    en: 'Since Kafka 3.7: the effective min.insync.replicas is capped at the replica count (KAFKA-15583, Partition.effectiveMinIsr), so the same write is acknowledged and read. The event log names the version\'s rule.',
  },
  'versionCompare.run': { ko: 'Kafka {version} 규칙으로 실행', en: 'Run under Kafka {version}' },
  'versionCompare.outcome.readable': {
    ko: 'Kafka {version}: {topic}-0의 하이 워터마크가 {highWatermark}이므로 쓰기가 승인되었고 컨슈머가 읽을 수 있습니다.',
    en: 'Kafka {version}: {topic}-0\'s high watermark is {highWatermark}, so the write was acknowledged and the consumer can read it.',
  },
  'versionCompare.outcome.nothing': {
    ko: 'Kafka {version}: {topic}-0의 하이 워터마크가 0입니다. 승인된 쓰기도, 읽을 레코드도 없습니다(이벤트 로그 참고).',
    en: 'Kafka {version}: {topic}-0\'s high watermark is 0: nothing acknowledged, nothing to read (see the event log).',
  },
  'version.label': { ko: 'Kafka 버전', en: 'Kafka version' },
  'version.option': { ko: 'Kafka {version}', en: 'Kafka {version}' },
  'version.classic': { ko: '클래식(버전 이전 파일)', en: 'Classic (files from before versions)' },
  'version.replayed': {
    ko: '같은 명령 {count}개를 Kafka {version} 규칙으로 다시 재생했습니다.',
    en: 'Replayed the same {count, plural, one {# command} other {# commands}} under Kafka {version}\'s rules.',
  },
  'version.refused': {
    ko: 'Kafka {version}에서는 {index}번째 명령이 거부되어 버전을 바꾸지 않았습니다: {reason}',
    en: 'Under Kafka {version} command {index} is refused, so the version did not change: {reason}',
  },
} satisfies Record<string, Entry>;
