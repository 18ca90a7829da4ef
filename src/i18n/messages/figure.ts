import type { Entry } from '../entry.ts';

// The replication figure (view/components/cluster/): replica logs as cells, its marks and its key.
// Korean terms as in the glossary (레플리카, 리더, 팔로워, 하이 워터마크, 로그 끝 오프셋, 리더 에포크).
export const FIGURE_MESSAGES = {
  'figure.brokers': { ko: '브로커', en: 'Brokers' },
  'figure.partition': { ko: '{tp}의 레플리카 로그', en: 'Replica logs of {tp}' },
  'figure.replica.label': {
    ko: '브로커 {broker}의 {tp}, {role}, {sync}, 로그 끝 {leo}, 하이 워터마크 {hw}, 리더 에포크 {epoch}',
    en: '{tp} on broker {broker}, {role}, {sync}, log end {leo}, high watermark {hw}, leader epoch {epoch}',
  },
  'figure.record.keyed': { ko: '키 {key}, 값 {value}', en: 'key {key}, value {value}' },
  'figure.record.noKey': { ko: '값 {value}(키 없음)', en: 'value {value} (no key)' },
  'figure.cell': { ko: '오프셋 {offset}: {record}, 리더 에포크 {epoch}에 쓰임', en: 'offset {offset}: {record}, written in leader epoch {epoch}' },
  'figure.cell.committed': { ko: '커밋됨(하이 워터마크 아래)', en: 'committed (below the high watermark)' },
  'figure.cell.uncommitted': { ko: '아직 커밋되지 않음(하이 워터마크 위)', en: 'not committed yet (above the high watermark)' },
  'figure.cell.truncated': { ko: '이 단계에서 잘라내기(truncation)로 지워짐', en: 'truncated in this step: cut from this copy' },
  // A phone's figure: the row label is "B1" (its tooltip and the row's name say "broker 1").
  'figure.brokerShort': { ko: 'B{broker}', en: 'B{broker}' },
  'figure.outOfIsrShort': { ko: '∉ISR', en: '∉ISR' },
  'figure.key.brokerShort': { ko: '브로커 1', en: 'broker 1' },
  'figure.epochShort': { ko: 'E{epoch}', en: 'E{epoch}' },
  'figure.leo': { ko: '로그 끝 오프셋 {leo}: 다음 레코드가 들어갈 자리', en: 'log end offset {leo}: where the next record goes' },
  'figure.leoShort': { ko: '끝 {leo}', en: 'end {leo}' },
  'figure.hw': { ko: '하이 워터마크 {hw}: 컨슈머는 이 선 앞의 오프셋만 읽습니다', en: 'high watermark {hw}: consumers read only the offsets before this line' },
  'figure.hwShort': { ko: '하이 워터마크 {hw}', en: 'high watermark {hw}' },
  'figure.gap': { ko: '오프셋 {from}–{last}, {count}개는 그리지 않음', en: '{count} offsets ({from}–{last}) not drawn' },
  'figure.cutRow': { ko: '브로커 {broker}의 {tp}에서 잘려 나간 레코드', en: 'Records cut from {tp} on broker {broker}' },
  'figure.cutShort': { ko: '잘림', en: 'cut' },
  'figure.mark.leader': { ko: '리더: 쓰기를 받고 팔로워가 여기서 복제합니다', en: 'leader: takes the writes; the followers copy from it' },
  'figure.mark.follower': { ko: '팔로워: 리더의 로그를 복제합니다', en: 'follower: copies the leader\'s log' },
  'figure.mark.offline': { ko: '오프라인: 파티션에 리더가 없어 읽고 쓸 수 없습니다', en: 'offline: the partition has no leader, so nothing can be read or written' },
  'figure.mark.outOfIsr': {
    ko: 'ISR 밖: 이 레플리카는 뒤처졌거나 브로커가 멈췄습니다. acks=all은 이 레플리카를 기다리지 않습니다',
    en: 'out of the ISR: this copy fell behind or its broker is down; acks=all does not wait for it',
  },
  'figure.mark.truncated': { ko: '잘라내기(truncation): 새 리더의 로그와 갈라진 레코드를 지웠습니다', en: 'truncation: records that diverged from the new leader\'s log were cut' },
  'figure.key': { ko: '그림의 표시', en: 'Key to the figure' },
  'figure.key.leader': { ko: '리더', en: 'leader' },
  'figure.key.follower': { ko: '팔로워', en: 'follower' },
  'figure.key.epoch': { ko: '레코드를 쓴 리더 에포크(색과 번호)', en: 'leader epoch that wrote the record (colour and number)' },
  'figure.key.uncommitted': { ko: '흐림 = 아직 커밋되지 않음', en: 'faint = not committed yet' },
  'figure.key.truncated': { ko: '취소선 = 잘려 나감', en: 'struck out = truncated' },
  'figure.key.hw': { ko: '하이 워터마크', en: 'high watermark' },
  'figure.key.leo': { ko: '로그 끝', en: 'log end' },
  'figure.key.outOfIsr': { ko: 'ISR에서 빠진 레플리카', en: 'out of the ISR' },
  'figure.key.offline': { ko: '오프라인(리더 없음)', en: 'offline (no leader)' },
  'figure.key.gap': { ko: '그리지 않은 오프셋', en: 'offsets not drawn' },
} satisfies Record<string, Entry>;
