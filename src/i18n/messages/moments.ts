import type { Entry } from '../entry.ts';

// Badges over the diagram for the moments of one step (view/layout/moments.ts chooses them).
// Short: the event log says the full sentence. Korean terms as in the glossary (events-cluster.ts).
export const MOMENT_MESSAGES = {
  'moment.crashed': { ko: '비정상 종료됨', en: 'Crashed' },
  'moment.fenced': { ko: '펜싱됨', en: 'Fenced' },
  'moment.stopped': { ko: '정상 종료됨', en: 'Stopped' },
  'moment.started': { ko: '다시 시작됨', en: 'Back online' },
  'moment.isrShrunk': { ko: 'ISR 축소 → [{isr}]', en: 'ISR shrank → [{isr}]' },
  'moment.isrExpanded': { ko: 'ISR 확장 → [{isr}]', en: 'ISR grew → [{isr}]' },
  'moment.elected': { ko: '리더 선출: 브로커 {leader} · 리더 에포크 {epoch}', en: 'Leader election: broker {leader} · epoch {epoch}' },
  'moment.newLeader': { ko: '새 리더 · 리더 에포크 {epoch}', en: 'New leader · epoch {epoch}' },
  'moment.unclean': { ko: '언클린 리더 선출: 브로커 {leader} · 리더 에포크 {epoch}', en: 'Unclean election: broker {leader} · epoch {epoch}' },
  'moment.offline': { ko: '오프라인: 리더 없음', en: 'Offline: no leader' },
  'moment.truncated.one': { ko: '잘라내기(truncation): 브로커 {broker}, 오프셋 1개', en: 'Truncation: broker {broker} cut 1 offset' },
  'moment.truncated': { ko: '잘라내기(truncation): 브로커 {broker}, 오프셋 {count}개', en: 'Truncation: broker {broker} cut {count} offsets' },
  'moment.retry': { ko: '재시도 {attempt}번째', en: 'Retry {attempt}' },
  'moment.duplicate': { ko: '중복 버림(시퀀스 번호 {sequence})', en: 'Duplicate dropped (sequence {sequence})' },
  'moment.refused': { ko: '거부: {error}', en: 'Refused: {error}' },
  'moment.failed': { ko: '전송 실패: {error}', en: 'Send failed: {error}' },
  'moment.hw': { ko: '하이 워터마크 → {offset}', en: 'High watermark → {offset}' },
  'moment.acked': { ko: '응답(ack) 받음: 오프셋 {offset}', en: 'Ack received: offset {offset}' },
  'moment.ackLost': { ko: '응답(ack) 사라짐: 오프셋 {offset}', en: 'Ack lost: offset {offset}' },
  'moment.copied': { ko: '팔로워 복제 +{count}', en: 'Follower copied +{count}' },
} satisfies Record<string, Entry>;
