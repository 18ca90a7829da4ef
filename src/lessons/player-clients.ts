import { brokers, coordinator, groupMembers, logEndOffset, logStartOffset, partitionCount, partitionState, records, segments, topicNames, type SimEvent, type SimState } from '../engine/index.ts';
import type { ClientPrediction } from './types.ts';

// Answers and choices of the producer, consumer and features lessons' predictions, read from the
// engine. Kept apart from ./player.ts, which delegates these kinds here. Wrong choices are the
// answers a student plausibly holds (the record lost, or written twice; the broker leading the
// topic; the member that waited before; one election per failed broker), never answer ± 1.

export const NO_COPY = 'none';
const NOBODY = 'nobody';

const byNumber = (a: string, b: string) => Number(a) - Number(b);

/** The members of `group` owning nothing, in name order (Kafka sorts member ids the same way here). */
function idleMembers(state: SimState, group: string): string[] {
  const members = groupMembers(state, group);
  return members.filter((m) => (state.consumers[m]?.assignment.length ?? 0) === 0).sort();
}

/** Every partition of the user topics, as partitionState gives it. */
function partitionsOf(state: SimState) {
  return topicNames(state).flatMap((topic) => Array.from({ length: partitionCount(state, topic) }, (_, p) => partitionState(state, topic, p)!));
}

export function clientPredictionAnswer(prediction: ClientPrediction, after: SimState, stepEvents: readonly SimEvent[]): string {
  switch (prediction.kind) {
    case 'offsetsOfKey': {
      const offsets = records(after, prediction.topic, prediction.partition).filter((r) => r.key === prediction.key).map((r) => r.offset);
      return offsets.length === 0 ? NO_COPY : offsets.join(',');
    }
    case 'coordinatorAfter':
      return String(coordinator(after, prediction.group) ?? '?');
    case 'idleMemberAfter':
      return idleMembers(after, prediction.group)[0] ?? NOBODY;
    case 'leaderElectionsAfter':
      return String(stepEvents.filter((e) => e.type === 'leaderElected').length);
    case 'logStartAfter':
      return String(logStartOffset(after, prediction.topic, prediction.partition) ?? '?');
    default: {
      const never: never = prediction;
      return String(never);
    }
  }
}

export function clientPredictionChoices(prediction: ClientPrediction, before: SimState, answer: string): string[] {
  switch (prediction.kind) {
    case 'offsetsOfKey': {
      // Lost, written once where it already is (or would land), or written again at the log end.
      const end = logEndOffset(before, prediction.topic, prediction.partition) ?? 0;
      const first = records(before, prediction.topic, prediction.partition).find((r) => r.key === prediction.key)?.offset ?? end;
      const choices = new Set([NO_COPY, String(first), first === end ? `${first},${end + 1}` : `${first},${end}`, answer]);
      return [...choices].sort((a, b) => (a === NO_COPY ? 0 : a.split(',').length) - (b === NO_COPY ? 0 : b.split(',').length) || a.localeCompare(b));
    }
    case 'coordinatorAfter': {
      // Every running broker: the one leading the group's topic is the wrong answer students hold.
      const running = brokers(before).filter((b) => b.status === 'online' || b.status === 'isolated').map((b) => String(b.id));
      return [...new Set([...running, answer])].filter((b) => b !== '?').sort(byNumber);
    }
    case 'idleMemberAfter': {
      // The members, the consumers about to join, and "nobody" (the post's picture: every consumer works).
      const members = groupMembers(before, prediction.group);
      const joining = Object.values(before.consumers).filter((c) => c.group === prediction.group).map((c) => c.id);
      const names = [...new Set([...members, ...joining, answer])].filter((m) => m !== NOBODY).sort();
      return [...names, NOBODY];
    }
    case 'leaderElectionsAfter': {
      // One per failed broker; one per partition it leads (the answer); one per copy it holds; every partition.
      const all = partitionsOf(before);
      const led = all.filter((p) => p.leader === prediction.broker).length;
      const held = all.filter((p) => p.replicas.includes(prediction.broker)).length;
      return [...new Set(['1', String(led), String(held), String(all.length), answer])].sort(byNumber);
    }
    case 'logStartAfter': {
      // Retention deletes whole segments from the start: every segment's base offset and the log end
      // (everything gone) are the log starts it can leave; the answer is one of them.
      const bases = segments(before, prediction.topic, prediction.partition).map((s) => String(s.baseOffset));
      const end = String(logEndOffset(before, prediction.topic, prediction.partition) ?? 0);
      return [...new Set([...bases, end, answer])].filter((c) => c !== '?').sort(byNumber);
    }
    default: {
      const never: never = prediction;
      return [String(never)];
    }
  }
}

/** The words of a choice, or undefined for a kind this file does not own. */
export function clientChoiceLabel(
  t: (key: 'lessonUi.copies.none' | 'lessonUi.copies.one' | 'lessonUi.copies.many' | 'cluster.broker' | 'lessonUi.elections.one' | 'lessonUi.elections.many', params?: Record<string, string | number>) => string,
  prediction: { kind: string },
  choice: string,
): string | undefined {
  switch (prediction.kind) {
    case 'offsetsOfKey': {
      if (choice === NO_COPY) return t('lessonUi.copies.none');
      const offsets = choice.split(',');
      return offsets.length === 1 ? t('lessonUi.copies.one', { offsets: choice }) : t('lessonUi.copies.many', { count: offsets.length, offsets: offsets.join(', ') });
    }
    case 'coordinatorAfter':
      return t('cluster.broker', { broker: choice });
    case 'leaderElectionsAfter':
      return t(choice === '1' ? 'lessonUi.elections.one' : 'lessonUi.elections.many', { count: choice });
    default:
      return undefined;
  }
}
