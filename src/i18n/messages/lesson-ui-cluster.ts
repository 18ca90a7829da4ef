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
  // acks=0: Sender.handleProduceResponse completes the batch with Errors.NONE and no offset (-1).
  'lessonUi.outcome.completed-unacked': { ko: '곧바로 성공으로 끝남(오프셋 -1, 저장됐는지는 끝내 모름)', en: 'completed at once as a success, offset -1 (whether it was stored is never known)' },
} satisfies Record<string, Entry>;
