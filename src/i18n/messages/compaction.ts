import type { Entry } from '../entry.ts';

// Log compaction (engine/log/cleaner.ts): the cleaner's events, tombstones on the figure, refusals.
// Korean terms: 컴팩션 (log compaction), 툼스톤 (tombstone), 로그 클리너 (the log cleaner), 더티 비율 (dirty ratio).
export const COMPACTION_MESSAGES = {
  'event.logCleaned.ratio': {
    ko: '브로커 {broker}의 로그 클리너가 {tp} 파티션을 오프셋 {cleanedUpTo} 앞까지 정리했습니다(더티 비율 {ratio} > min.cleanable.dirty.ratio {min}). 키마다 마지막 레코드만 남기고 {removed|를} 지웠습니다{list}. 남은 레코드는 오프셋이 그대로라서 오프셋 사이에 빈칸이 생깁니다. 활성 세그먼트(오프셋 {cleanedUpTo}부터)는 정리하지 않습니다.',
    en: 'The log cleaner on broker {broker} cleaned {tp} below offset {cleanedUpTo} (dirty ratio {ratio} > min.cleanable.dirty.ratio {min}): it kept the latest record of each key and removed {removed}{list}. Kept records keep their offsets, so gaps appear. The active segment (from offset {cleanedUpTo}) is never cleaned.',
  },
  'event.logCleaned.forced': {
    ko: '브로커 {broker}의 로그 클리너가 {tp} 파티션을 오프셋 {cleanedUpTo} 앞까지 정리했습니다. 더티 비율({ratio})이 min.cleanable.dirty.ratio({min}) 이하지만, 가장 오래된 더티 레코드가 max.compaction.lag.ms를 넘겼기 때문입니다. {removed|를} 지웠습니다{list}. 남은 레코드의 오프셋은 그대로입니다.',
    en: 'The log cleaner on broker {broker} cleaned {tp} below offset {cleanedUpTo}: its dirty ratio {ratio} is not above min.cleanable.dirty.ratio {min}, but its oldest dirty record had waited longer than max.compaction.lag.ms. It removed {removed}{list}; kept records keep their offsets.',
  },
  'event.logCleaned.tombstones': {
    ko: '툼스톤(값 null) {count}개(오프셋 {offsets})는 남겨 두었습니다. delete.retention.ms({retention})가 지난 뒤의 첫 정리에서 지워집니다.',
    en: 'It kept {count, plural, one {# tombstone} other {# tombstones}} (value null; offsets {offsets}) until the first cleaning after delete.retention.ms ({retention}) has passed.',
  },
  'event.logCleaned.list': { ko: ': {items}', en: ': {items}' },
  'event.logCleaned.superseded': { ko: '오프셋 {offset}(키 {key}, 새 값이 있음)', en: 'offset {offset} (key {key}, superseded)' },
  'event.logCleaned.tombstone-expired': { ko: '오프셋 {offset}(키 {key}의 툼스톤, delete.retention.ms 지남)', en: 'offset {offset} (tombstone of key {key}, past delete.retention.ms)' },
  'event.logCleaned.no-key': { ko: '오프셋 {offset}(키 없음)', en: 'offset {offset} (no key)' },
  'event.unit.removedRecord.one': { ko: '레코드 {count}개', en: '{count} record' },
  'event.unit.removedRecord.other': { ko: '레코드 {count}개', en: '{count} records' },
  'topic.compaction': {
    ko: 'cleanup.policy {policy} · min.cleanable.dirty.ratio {ratio} · delete.retention.ms {deleteRetention} · 로그 클리너는 {backoff}마다 확인',
    en: 'cleanup.policy {policy} · min.cleanable.dirty.ratio {ratio} · delete.retention.ms {deleteRetention} · log cleaner checks every {backoff}',
  },
  'figure.record.tombstone': { ko: '키 {key}의 툼스톤(값 null)', en: 'tombstone of key {key} (value null)' },
  'record.tombstone': { ko: '툼스톤(값 null): 컴팩션에게 이 키를 지우라고 알리는 레코드', en: 'tombstone (value null): tells compaction to delete this key' },
  'record.tombstoneMark': { ko: ', 툼스톤', en: ', tombstone' },
  'partition.compactedGap': { ko: '오프셋 {from}–{to}: 컴팩션으로 지워짐(오프셋은 다시 쓰이지 않음)', en: 'offsets {from}–{to}: removed by compaction (offsets are never reused)' },
  'partition.compactedOne': { ko: '오프셋 {offset}: 컴팩션으로 지워짐(오프셋은 다시 쓰이지 않음)', en: 'offset {offset}: removed by compaction (offsets are never reused)' },
  // The partition drawing of a compacted topic (PartitionLog): Kafka's cleaner point (the docs' "Log Compaction Basics"
  // figure: a cleaned tail, then the dirty head), the active segment, the dirty ratio, records a later one supersedes.
  'marker.cleanerPointShort': { ko: '클리너 포인트 (더티 →)', en: 'cleaner point (dirty →)' },
  'marker.cleanerPoint': {
    ko: '클리너 포인트 오프셋 {offset}: 그 앞은 정리된 구간, 오프셋 {offset}부터는 아직 정리되지 않은 더티 구간',
    en: 'cleaner point at offset {offset}: the log is cleaned below it and dirty (not yet cleaned) from offset {offset} on',
  },
  'marker.activeSegmentShort': { ko: '활성 세그먼트', en: 'active segment' },
  'marker.activeSegment': {
    ko: '활성 세그먼트는 오프셋 {offset}부터: 아직 쓰이고 있어 클리너가 정리하지 않음',
    en: 'active segment from offset {offset}: still being written, so the cleaner never cleans it',
  },
  'partition.dirtyRatio': { ko: '더티 비율 {ratio}', en: 'dirty ratio {ratio}' },
  'partition.dirtyRatioHelp': {
    ko: '더티 비율: 닫힌 세그먼트 가운데 아직 정리되지 않은 바이트의 비율. min.cleanable.dirty.ratio({ratio})보다 커야 클리너가 이 로그를 정리합니다.',
    en: 'Dirty ratio: the bytes of the closed segments not yet cleaned, over all their bytes. The cleaner cleans this log when it is above min.cleanable.dirty.ratio ({ratio}).',
  },
  'record.supersededMark': { ko: ', 오프셋 {offset}의 새 값에 밀림', en: ', superseded by offset {offset}' },
  'error.INVALID_RECORD': {
    ko: '{topic} 토픽은 컴팩션 토픽(cleanup.policy에 compact)이라 키 없는 레코드를 받지 않습니다. 컴팩션은 키마다 마지막 값을 남기므로 키가 있어야 합니다.',
    en: 'Topic {topic} is compacted (cleanup.policy includes compact), so it refuses a record without a key: compaction keeps the latest value per key, so every record needs one.',
  },
  'error.INVALID_CONFIG': {
    ko: 'min.compaction.lag.ms({min})가 max.compaction.lag.ms({max})보다 클 수 없습니다.',
    en: 'min.compaction.lag.ms ({min}) may not be larger than max.compaction.lag.ms ({max}).',
  },
  'error.rule.nullableString': { ko: '문자열 또는 null이어야 합니다', en: 'must be a string or null' },
  'error.rule.number': { ko: '숫자여야 합니다', en: 'must be a number' },
  'error.rule.between': { ko: '{min}에서 {max} 사이여야 합니다', en: 'must be between {min} and {max}' },
} satisfies Record<string, Entry>;
