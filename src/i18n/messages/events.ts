import type { Entry } from '../entry.ts';
import { CLUSTER_EVENT_MESSAGES } from './events-cluster.ts';
import { CONSUMER_EVENT_MESSAGES } from './events-consumers.ts';
import { GROUP_PROTOCOL_EVENT_MESSAGES } from './events-group-protocol.ts';
import { METADATA_EVENT_MESSAGES } from './events-metadata.ts';

// Narration of engine events, one line each, for the event log. src/view/narrate.ts picks the key
// (and the variant, where a field changes the sentence) and fills the placeholders.
// Consumer and group events live in ./events-consumers.ts.
// Korean: a name is followed by its kind ("{topic} 토픽을") so the particle never depends on the name.
export const EVENT_MESSAGES = {
  // Pieces the sentences below are built from.
  'event.unit.partition.one': { ko: '파티션 {count}개', en: '{count} partition' },
  'event.unit.partition.other': { ko: '파티션 {count}개', en: '{count} partitions' },
  'event.unit.record.one': { ko: '레코드 {count}개', en: '{count} record' },
  'event.unit.record.other': { ko: '레코드 {count}개', en: '{count} records' },
  'event.unit.segment.one': { ko: '세그먼트 {count}개', en: '{count} segment' },
  'event.unit.segment.other': { ko: '세그먼트 {count}개', en: '{count} segments' },
  'event.list.none': { ko: '없음', en: 'none' },
  'event.list.more': { ko: '외 {count}개', en: '{count} more' },
  'event.record.keyed': { ko: '키가 "{key}"인 레코드', en: 'a record with key "{key}"' },
  'event.record.keyless': { ko: '키 없는 레코드', en: 'a record without a key' },
  'event.fetch.one': { ko: '{tp} 오프셋 {offset}', en: '{tp} offset {offset}' },
  'event.fetch.range': { ko: '{tp} 오프셋 {from}–{to}', en: '{tp} offsets {from}–{to}' },
  'event.unknown': { ko: '알 수 없는 이벤트입니다: {type}', en: 'Unknown event: {type}' },

  // Topics and partitions
  'event.topicCreated': {
    ko: '{topic} 토픽을 {partitions|로} 만들었습니다. 파티션 번호는 0부터 시작합니다.',
    en: 'Created topic {topic} with {partitions}, numbered from 0.',
  },
  'event.partitionsAdded': {
    ko: '{topic} 토픽의 파티션을 {from}개에서 {to}개로 늘렸습니다. 새 파티션({added})은 비어 있는 상태로 시작합니다.',
    en: 'Topic {topic} grew from {from} to {to, plural, one {# partition} other {# partitions}}. The new ones ({added}) start empty.',
  },
  'event.partitionsAdded.movedKeys': {
    ko: '{topic} 토픽의 파티션을 {from}개에서 {to}개로 늘렸습니다. 파티션 수가 바뀌어 일부 키의 새 레코드는 이제 다른 파티션으로 갑니다: {moves}. 이미 쓰인 레코드는 옮겨지지 않으므로, 이 키들은 변경 전후로 순서가 보장되지 않습니다.',
    en: 'Topic {topic} grew from {from} to {to, plural, one {# partition} other {# partitions}}. With the new count, new records of some keys now go to another partition: {moves}. Records already written stay where they are, so these keys lose their ordering across the change.',
  },

  // Producers
  'event.producerAdded.legacy-default': {
    ko: '{producer} 프로듀서가 준비되었습니다(카프카 2.3 이하의 DefaultPartitioner). 키 없는 레코드는 라운드 로빈으로 파티션을 하나씩 돌아가며 보냅니다. 카프카 3.3 이상의 기본 파티셔너는 키 없는 레코드를 배치 하나만큼 한 파티션에 모읍니다. {acks}',
    en: 'Producer {producer} is ready (the DefaultPartitioner of Kafka 2.3 and earlier). Records without a key go round-robin, one partition after another. Since Kafka 3.3 the default partitioner keeps keyless records on one partition for a batch instead. {acks}',
  },
  'event.producerAdded.round-robin': {
    ko: '{producer} 프로듀서가 준비되었습니다(RoundRobinPartitioner). 키가 있든 없든 모든 레코드가 파티션을 하나씩 돌아가며 갑니다. {acks}',
    en: 'Producer {producer} is ready (RoundRobinPartitioner). Every record, keyed or not, goes to the next partition in turn. {acks}',
  },
  'event.producerAdded.sticky': {
    ko: '{producer} 프로듀서가 준비되었습니다. 키 없는 레코드는 스티키 파티셔너가 한 파티션에 모아 보내다가, 배치({batchBytes}바이트)가 차면 다른 파티션으로 옮깁니다. {acks}',
    en: 'Producer {producer} is ready. Records without a key stick to one partition until a batch ({batchBytes, plural, one {# byte} other {# bytes}}) is full, then move to another partition. {acks}',
  },
  'event.producerAdded.uniform-sticky': {
    ko: '{producer} 프로듀서가 준비되었습니다. 키 없는 레코드는 한 파티션에 {batchBytes}바이트(batch.size)만큼 보낸 뒤 파티션을 무작위로 다시 고릅니다(균등 스티키 파티셔너, KIP-794). {acks}',
    en: 'Producer {producer} is ready. Records without a key go to one partition until {batchBytes, plural, one {# byte} other {# bytes}} (batch.size) were sent, then a partition is picked at random again (uniform sticky partitioner, KIP-794). {acks}',
  },
  'event.producerRemoved': {
    ko: '{producer} 프로듀서를 닫았습니다. 이미 쓴 레코드는 토픽에 그대로 남습니다.',
    en: 'Producer {producer} was closed. The records it wrote stay in their topics.',
  },
  'event.recordProduced.key': {
    ko: '{producer} 프로듀서가 {record|를} {tp} 파티션의 오프셋 {offset}에 썼습니다. 키 해시 {hash} % 파티션 수 {numPartitions} = {partition}: 파티션 수가 그대로인 한 같은 키는 언제나 이 파티션으로 갑니다.',
    en: 'Producer {producer} wrote {record} to {tp} at offset {offset}. Key hash {hash} % {numPartitions, plural, one {# partition} other {# partitions}} = {partition}: as long as the partition count stays the same, this key always lands here.',
  },
  'event.recordProduced.explicit': {
    ko: '{producer} 프로듀서가 {record|를} 직접 지정한 {tp} 파티션의 오프셋 {offset}에 썼습니다.',
    en: 'Producer {producer} wrote {record} to {tp}, the partition it asked for, at offset {offset}.',
  },
  'event.recordProduced.round-robin': {
    ko: '{producer} 프로듀서가 {record|를} 라운드 로빈으로 {tp} 파티션의 오프셋 {offset}에 썼습니다. 다음 키 없는 레코드는 다음 파티션으로 갑니다.',
    en: 'Producer {producer} wrote {record} to {tp} at offset {offset}, round-robin: the next record without a key goes to the next partition.',
  },
  'event.recordProduced.round-robin.keyIgnored': {
    ko: '{producer} 프로듀서가 {record|를} {tp} 파티션의 오프셋 {offset}에 썼습니다. RoundRobinPartitioner는 키를 보지 않고 다음 파티션을 고릅니다.',
    en: 'Producer {producer} wrote {record} to {tp} at offset {offset}. RoundRobinPartitioner ignores the key and takes the next partition.',
  },
  'event.recordProduced.sticky.stay': {
    ko: '{producer} 프로듀서가 {record|를} {tp} 파티션의 오프셋 {offset}에 썼습니다. 스티키 파티셔너는 배치가 찰 때까지 이 파티션에 머뭅니다({stickyBytes}/{batchBytes}바이트).',
    en: 'Producer {producer} wrote {record} to {tp} at offset {offset}. The sticky partitioner stays on this partition until the batch is full ({stickyBytes}/{batchBytes, plural, one {# byte} other {# bytes}}).',
  },
  'event.recordProduced.sticky.switch': {
    ko: '{producer} 프로듀서가 {record|를} {tp} 파티션의 오프셋 {offset}에 썼습니다. 스티키 파티셔너가 새 배치를 시작하며 이 파티션을 골랐습니다({stickyBytes}/{batchBytes}바이트).',
    en: 'Producer {producer} wrote {record} to {tp} at offset {offset}. The sticky partitioner started a new batch and picked this partition ({stickyBytes}/{batchBytes, plural, one {# byte} other {# bytes}}).',
  },

  'event.recordProduced.sticky.full': {
    ko: '{producer} 프로듀서가 {record|를} {tp} 파티션의 오프셋 {offset}에 썼습니다. 이제 배치가 찼으므로({stickyBytes}/{batchBytes}바이트), 다음 키 없는 레코드는 스티키 파티셔너가 새로 고른 파티션으로 갑니다.',
    en: 'Producer {producer} wrote {record} to {tp} at offset {offset}. The batch is now full ({stickyBytes}/{batchBytes, plural, one {# byte} other {# bytes}}), so the sticky partitioner picks a partition anew for the next record without a key.',
  },
  'event.recordProduced.only': {
    ko: '{producer} 프로듀서가 {record|를} {tp} 파티션의 오프셋 {offset}에 썼습니다. 이 토픽의 파티션은 하나뿐입니다.',
    en: 'Producer {producer} wrote {record} to {tp} at offset {offset}, the topic\'s only partition.',
  },

  // Segments and retention
  'event.segmentRolled.size': {
    ko: '{tp} 파티션의 활성 세그먼트가 segment.bytes만큼 차서, 오프셋 {baseOffset}부터 새 세그먼트에 씁니다.',
    en: 'The active segment of {tp} reached segment.bytes, so a new segment starts at offset {baseOffset}.',
  },
  'event.segmentRolled.time': {
    ko: '{tp} 파티션의 활성 세그먼트가 segment.ms보다 오래되어, 오프셋 {baseOffset}부터 새 세그먼트에 씁니다.',
    en: 'The active segment of {tp} is older than segment.ms, so a new segment starts at offset {baseOffset}.',
  },
  'event.segmentRolled.retention': {
    ko: '리텐션이 {tp} 파티션의 세그먼트를 모두 지우기 전에, 오프셋 {baseOffset}에서 빈 활성 세그먼트를 새로 엽니다.',
    en: 'Retention is about to delete every segment of {tp}, so an empty active segment opens first at offset {baseOffset}.',
  },
  'event.segmentsDeleted.retention.ms': {
    ko: '리텐션: {tp} 파티션에서 retention.ms보다 오래된 {segments}(오프셋 {fromOffset}–{toOffset}, {bytes}바이트)를 지웠습니다. 컨슈머가 읽었는지와는 상관없습니다. 이제 로그 시작 오프셋은 {logStartOffset}입니다.',
    en: 'Retention deleted {segments} of {tp} older than retention.ms (offsets {fromOffset}–{toOffset}, {bytes, plural, one {# byte} other {# bytes}}), whether or not anyone had read them. The log start offset is now {logStartOffset}.',
  },
  'event.segmentsDeleted.retention.bytes': {
    ko: '리텐션: {tp} 파티션이 retention.bytes를 넘지 않도록 가장 오래된 {segments}(오프셋 {fromOffset}–{toOffset}, {bytes}바이트)를 지웠습니다. 이제 로그 시작 오프셋은 {logStartOffset}입니다.',
    en: 'Retention deleted the oldest {segments} of {tp} (offsets {fromOffset}–{toOffset}, {bytes, plural, one {# byte} other {# bytes}}) to keep it within retention.bytes. The log start offset is now {logStartOffset}.',
  },
  'event.retentionChecked': {
    ko: '브로커가 주기적인 리텐션 검사를 실행했습니다(모델 시간 {time}).',
    en: 'The broker ran its periodic retention check (model time {time}).',
  },
  'event.topicConfigAltered': {
    ko: '{topic} 토픽의 설정을 바꿨습니다: {configs}. 다음 리텐션 검사와 다음 쓰기부터 적용됩니다.',
    en: 'Topic {topic} configs changed: {configs}. The next retention check and the next write use them.',
  },
  'event.brokerConfigured': {
    ko: '브로커 설정: log.retention.check.interval.ms = {interval}. 다음 리텐션 검사는 모델 시간 {next}에 실행됩니다.',
    en: 'Broker configured: log.retention.check.interval.ms = {interval}. The next retention check runs at model time {next}.',
  },
  'event.timeAdvanced': {
    ko: '시간을 {duration} 앞으로 보냈습니다: 모델 시간 {from} → {to}.',
    en: 'Time moved forward by {duration}: model time {from} → {to}.',
  },
  ...CONSUMER_EVENT_MESSAGES,
  ...GROUP_PROTOCOL_EVENT_MESSAGES,
  ...METADATA_EVENT_MESSAGES,
  ...CLUSTER_EVENT_MESSAGES,
} satisfies Record<string, Entry>;
