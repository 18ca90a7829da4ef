import type { MessageKey } from '../../i18n/catalog.ts';
import type { Answer, Exercise } from '../types.ts';

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

// An answer in words, by what the concept asks: a partition, an offset, a broker (or none), a set
// of brokers, an outcome, a number of copies, an assignment member by member.
export function answerLabel(t: T, exercise: Pick<Exercise, 'concept'>, value: Answer): string {
  switch (exercise.concept) {
    case 'keyPartition':
    case 'keylessPlacement':
      return t('practice.answer.partition', { value: String(value) });
    case 'lag':
      return value === null ? t('practice.answer.noLag') : t('practice.answer.lag', { value: String(value) });
    case 'offsetsAfterCrash':
    case 'retention':
    case 'highWatermark':
      return t('practice.answer.offset', { value: String(value) });
    case 'leaderAfterFault':
      return value === null ? t('practice.answer.noLeader') : t('practice.answer.broker', { value: String(value) });
    case 'coordinator':
      return value === null ? t('practice.answer.noCoordinator') : t('practice.answer.broker', { value: String(value) });
    case 'isrAfterFault':
      return t('practice.answer.brokers', { value: Array.isArray(value) ? value.join(', ') : String(value) });
    case 'acksOutcome':
      return t(`lessonUi.outcome.${String(value)}` as MessageKey);
    case 'idempotentRetry':
      return t('practice.answer.copies', { value: Number(value) });
    case 'assignment':
    case 'rebalance': {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return String(value);
      return Object.keys(value).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
        .map((member) => t('practice.answer.member', { member, partitions: value[member]!.length === 0 ? t('practice.answer.idle') : value[member]!.join(', ') }))
        .join(' · ');
    }
  }
}
