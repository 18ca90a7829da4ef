import type { Entry } from '../entry.ts';

// Consumer lag as kafka-consumer-groups shows it, the per-step lag chart, redelivered records, and
// the legend of every mark on the page. Column headers stay Kafka's English names in both languages.
export const LAG_MESSAGES = {
  'lag.heading': { ko: '컨슈머 랙(lag)', en: 'Consumer lag' },
  'lag.table.caption': {
    ko: 'kafka-consumer-groups --describe가 보여 주는 그대로의 랙',
    en: 'Lag as kafka-consumer-groups --describe prints it',
  },
  'lag.table.help': {
    ko: 'CURRENT-OFFSET은 그룹의 커밋된 오프셋, LOG-END-OFFSET은 하이 워터마크(컨슈머가 읽을 수 있는 끝), LAG은 그 둘의 차이입니다. "-"는 알 수 없다는 뜻입니다: 아직 커밋이 없거나, 파티션에 리더가 없거나, 그 파티션을 맡은 컨슈머가 없습니다.',
    en: 'CURRENT-OFFSET is the group’s committed offset, LOG-END-OFFSET the high watermark (as far as consumers may read), LAG the difference. "-" means not known: no commit yet, no leader for the partition, or no consumer owns it.',
  },
  'lag.table.none': { ko: '커밋된 오프셋이나 파티션을 맡은 컨슈머가 있는 그룹이 아직 없습니다.', en: 'No group has committed offsets or owned partitions yet.' },
  'lag.chart.title': { ko: '그룹별 랙, 단계마다 (최근 {count}단계)', en: 'Lag per group at every step (last {count, plural, one {# step} other {# steps}})' },
  'lag.chart.axis': { ko: '단계', en: 'step' },
  'lag.chart.summary': {
    ko: '{group}: {step}단계에서 랙 {lag}, 최근 {count}단계 중 최대 {max}.',
    en: '{group}: lag {lag} at step {step}, at most {max} in the last {count, plural, one {# step} other {# steps}}.',
  },
  'lag.chart.none': { ko: '컨슈머 그룹이 없습니다.', en: 'No consumer groups.' },

  // ", redelivered" follows "offset O key K": the record's name keeps its start.
  'record.redelivered': { ko: ', 다시 전달됨', en: ', redelivered' },
  'consumer.redelivered': { ko: '다시 전달됨: {ranges}', en: 'redelivered: {ranges}' },

  'legend.title': { ko: '범례', en: 'Legend' },
  'legend.committed': { ko: '커밋된 오프셋: 그룹이 다시 읽기 시작할 곳(다음에 읽을 오프셋)', en: 'committed offset: where the group resumes (the next offset to read)' },
  'legend.position': { ko: '위치: 이 컨슈머가 다음에 가져올 오프셋', en: 'position: the next offset this consumer fetches' },
  'legend.logStart': { ko: '로그 시작 오프셋: 남아 있는 가장 오래된 레코드(리텐션이 그 앞을 지움)', en: 'log start offset: the oldest record kept (retention deleted what was before it)' },
  'legend.logEnd': { ko: '로그 끝 오프셋: 다음 레코드가 받을 오프셋', en: 'log end offset: the offset the next record gets' },
  'legend.highWatermark': { ko: '하이 워터마크: ISR(동기화된 레플리카) 모두에 있는 끝; 컨슈머는 그 앞까지만 읽음', en: 'high watermark: every in-sync replica has the records before it; consumers read only up to it' },
  'legend.leader': { ko: '리더: 쓰기와 읽기를 받는 레플리카(채운 막대)', en: 'leader: the replica that takes writes and serves reads (filled bar)' },
  'legend.follower': { ko: '팔로워: 리더를 복사하는 레플리카(테두리 막대)', en: 'follower: a replica copying the leader (outlined bar)' },
  'legend.isr': { ko: 'ISR 안: 리더를 따라잡은 레플리카', en: 'in the ISR (in-sync replicas): caught up with the leader' },
  'legend.outOfIsr': { ko: 'ISR 밖: 뒤처진 레플리카(빗금, ✗)', en: 'out of the ISR: fell behind (hatched, ✗)' },
  'legend.offline': { ko: '∅ 오프라인: 리더가 없는 파티션의 레플리카', en: '∅ offline: a replica of a partition with no leader' },
  'legend.lag': { ko: '랙: 로그 끝 오프셋 − 그룹의 커밋된 오프셋', en: 'lag: log end offset − the group’s committed offset' },
  'legend.redelivered': { ko: '다시 전달됨: 그룹이 전에 받았던 레코드를 이번 poll()에서 다시 받음', en: 'redelivered: this poll() fetched a record the group had received before' },
  'legend.segments': { ko: '세그먼트 색: 세그먼트마다 번갈아 칠함; 진한 왼쪽 선은 세그먼트의 첫 레코드', en: 'segment colours: alternate per segment; a dark left edge marks a segment’s first record' },
  'legend.noKey': { ko: '∅ 키 없음: 키 없이 보낸 레코드', en: '∅ no key: a record sent without a key' },
  'legend.fresh': { ko: '주황 테두리: 이번 단계에 쓰인 레코드', en: 'orange ring: written in this step' },
  'legend.read': { ko: '보라 밑줄: 이번 단계에 읽힌 레코드', en: 'purple underline: read in this step' },
} satisfies Record<string, Entry>;
