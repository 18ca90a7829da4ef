import type { Entry } from '../entry.ts';

// Labels of the replication predictions' choices (src/lessons/player-cluster.ts).
export const LESSON_BROKERS_UI_MESSAGES = {
  'lessonUi.brokerChoice': { ko: '브로커 {broker}', en: 'broker {broker}' },
  'lessonUi.offlineChoice': { ko: '리더 없음(오프라인)', en: 'no leader (offline)' },
  'lessonUi.isrChoice': { ko: '브로커 {brokers}', en: 'brokers {brokers}' },
  'lessonUi.isrChoiceOne': { ko: '브로커 {broker}', en: 'broker {broker}' },
  'lessonUi.outcome.acked-kept': { ko: '응답(ack)을 받았고, 레코드도 남아 있음', en: 'acknowledged, and the record is kept' },
  'lessonUi.outcome.acked-lost': { ko: '응답(ack)을 받았지만, 레코드는 사라짐', en: 'acknowledged, but the record is lost' },
  'lessonUi.outcome.error': { ko: 'ack 대신 오류가 돌아옴', en: 'an error came back instead of an ack' },
  'lessonUi.outcome.unanswered': { ko: '아직 아무 응답 없음', en: 'no answer yet' },
} satisfies Record<string, Entry>;
