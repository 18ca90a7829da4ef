import {
  brokers, committedOffset, coordinator, coordinatorPartition, fetchedRecords, partitionState, records,
  type SimEvent, type SimState,
} from '../engine/index.ts';
import { LESSONS } from './index.ts';
import { playLesson, type LessonStepRun } from './test-support/play-lesson.ts';
import { NOBODY, predictionAnswer, predictionChoices } from './player.ts';
import { NO_COPY } from './player-clients.ts';
import type { LessonId } from './types.ts';

// The producer, consumer and features lessons: the story each tells, checked against the engine,
// and choice lists that hold the answer among plausible wrong answers without giving it away.

const IDS = ['producer-retries', 'consumer-side', 'features'] as const satisfies readonly LessonId[];

type StepRun = LessonStepRun;

function play(id: LessonId): StepRun[] {
  const runs = playLesson(LESSONS[id]);
  expect(runs.flatMap((r) => r.refused), id).toEqual([]);
  return runs;
}

const RUNS = Object.fromEntries(IDS.map((id) => [id, play(id)])) as Record<(typeof IDS)[number], StepRun[]>;
const step = (id: (typeof IDS)[number], n: number) => RUNS[id][n - 1]!;
const ofType = <T extends SimEvent['type']>(run: StepRun, type: T) => run.events.filter((e): e is Extract<SimEvent, { type: T }> => e.type === type);
const keys = (state: SimState, topic: string, partition: number) => records(state, topic, partition).map((r) => `${r.offset}:${r.key ?? '-'}`);
const owned = (state: SimState, consumer: string) => state.consumers[consumer]!.assignment.map((tp) => tp.partition);

/** True when the sorted numeric choices are consecutive (3 or more) with the answer in the middle. */
function centredRun(choices: string[], answer: string): boolean {
  const numbers = choices.map(Number);
  if (choices.length < 3 || numbers.some((n) => !Number.isInteger(n))) return false;
  const sorted = [...numbers].sort((a, b) => a - b);
  const consecutive = sorted.every((n, i) => i === 0 || n === sorted[i - 1]! + 1);
  return consecutive && sorted.length % 2 === 1 && sorted[(sorted.length - 1) / 2] === Number(answer);
}

describe.each(IDS)('lesson %s: predictions', (id) => {
  it('has at least two, each answered by the engine, with the answer and at least two wrong choices', () => {
    const asked = LESSONS[id].steps.flatMap((s, i) => (s.predict ? [{ predict: s.predict, run: RUNS[id][i]!, n: i + 1 }] : []));
    expect(asked.length).toBeGreaterThanOrEqual(2);
    for (const { predict, run, n } of asked) {
      const answer = predictionAnswer(predict, run.state, run.events);
      expect(answer, `step ${n}`).not.toBe('?');
      const choices = predictionChoices(predict, run.before, answer);
      expect(choices, `step ${n}`).toContain(answer);
      expect(new Set(choices).size, `step ${n}: no repeats`).toBe(choices.length);
      expect(choices.filter((c) => c !== answer).length, `step ${n}`).toBeGreaterThanOrEqual(2);
      expect(centredRun(choices, answer), `step ${n}: ${choices.join(' ')}`).toBe(false);
    }
  });
});

describe('choice lists name the wrong answers students hold', () => {
  const choicesAt = (id: (typeof IDS)[number], n: number) => {
    const predict = LESSONS[id].steps[n - 1]!.predict!;
    const run = step(id, n);
    return predictionChoices(predict, run.before, predictionAnswer(predict, run.state, run.events));
  };

  it('offsetsOfKey: lost, written once, written twice; in that order whatever the answer', () => {
    expect(choicesAt('producer-retries', 4)).toEqual([NO_COPY, '1', '1,3']);
    expect(choicesAt('producer-retries', 8)).toEqual([NO_COPY, '5', '5,7']);
  });

  it('coordinatorAfter: every running broker, so the leaders of the topic read are there too', () => {
    const s1 = step('consumer-side', 1).state;
    const leaders = [0, 1].map((p) => String(partitionState(s1, 'orders', p)!.leader));
    const choices = choicesAt('consumer-side', 2);
    expect(choices).toEqual(['1', '2', '3']);
    for (const leader of leaders) expect(choices).toContain(leader);
  });

  it('idleMemberAfter: the members, the one joining, and nobody', () => {
    expect(choicesAt('consumer-side', 4)).toEqual(['ship-1', 'ship-2', 'ship-3', NOBODY]);
    // Before growing, c3 was the idle one: the wrong answer a student carries over.
    expect(choicesAt('features', 5)).toEqual(['c1', 'c2', 'c3', NOBODY]);
  });

  it('leaderElectionsAfter: one per broker, per partition led (the answer), per copy held, per partition', () => {
    const before = step('features', 6).before;
    const all = Array.from({ length: 9 }, (_, p) => partitionState(before, 'clicks', p)!);
    expect(all.filter((p) => p.leader === 1).length).toBe(3);
    expect(all.filter((p) => p.replicas.includes(1)).length).toBe(6);
    expect(choicesAt('features', 6)).toEqual(['1', '3', '6', '9']);
  });
});

describe('the stories', () => {
  it('producer-retries: a lost ack, a duplicate after the timeout, a dropped duplicate with idempotence', () => {
    expect(ofType(step('producer-retries', 1), 'produceAcknowledged').map((e) => e.offset)).toEqual([0]);
    const lost = ofType(step('producer-retries', 2), 'ackLost');
    expect(lost.map((e) => [e.producer, e.offset])).toEqual([['pay-v1', 1]]);
    expect(keys(step('producer-retries', 3).state, 'payments', 0)).toEqual(['0:p1', '1:p2', '2:p3']);
    const s4 = step('producer-retries', 4);
    expect(ofType(s4, 'produceErrored').map((e) => [e.error, e.at])).toEqual([['REQUEST_TIMED_OUT', 30_000]]);
    expect(ofType(s4, 'produceRetried').map((e) => e.at)).toEqual([30_100]);
    expect(keys(s4.state, 'payments', 0)).toEqual(['0:p1', '1:p2', '2:p3', '3:p2']);
    expect(s4.state.producers['pay-v1']!.enableIdempotence).toBe(false);
    expect(s4.state.producers['pay-v2']).toBeUndefined();

    expect(step('producer-retries', 6).state.producers['pay-v2']!.enableIdempotence).toBe(true);
    expect(ofType(step('producer-retries', 7), 'ackLost').map((e) => e.offset)).toEqual([5]);
    const s8 = step('producer-retries', 8);
    expect(ofType(s8, 'duplicateDropped').map((e) => [e.sequence, e.offset])).toEqual([[1, 5]]);
    expect(ofType(s8, 'recordProduced')).toEqual([]);
    expect(keys(s8.state, 'payments', 0)).toEqual(['0:p1', '1:p2', '2:p3', '3:p2', '4:p4', '5:p5', '6:p6']);
  });

  it('consumer-side: coordinators from the group id hash, one member per partition, the extra one waits and takes over', () => {
    const s1 = step('consumer-side', 1).state;
    expect(brokers(s1).map((b) => b.id)).toEqual([1, 2, 3]);
    expect([0, 1].map((p) => partitionState(s1, 'orders', p)!.leader)).toEqual([1, 2]);
    expect(keys(s1, 'orders', 0)).toEqual(['0:lee', '1:lee']);
    expect(keys(s1, 'orders', 1)).toEqual(['0:kim', '1:kim']);

    const s2 = step('consumer-side', 2).state;
    expect(coordinatorPartition('shipping')).toBe(8);
    expect(s2.offsetsTopic![8]!.leader).toBe(3);
    expect(coordinator(s2, 'shipping')).toBe(3);
    expect(committedOffset(s2, 'shipping', 'orders', 1)).toBe(2);

    const s3 = step('consumer-side', 3).state;
    expect([owned(s3, 'ship-1'), owned(s3, 'ship-2')]).toEqual([[0], [1]]);
    expect(owned(step('consumer-side', 4).state, 'ship-3')).toEqual([]);

    const s6 = step('consumer-side', 6);
    expect([owned(s6.state, 'ship-1'), owned(s6.state, 'ship-3')]).toEqual([[0], [1]]);
    const read = ofType(s6, 'recordsFetched').filter((e) => e.consumer === 'ship-3').flatMap((e) => fetchedRecords(e));
    expect(read.map((r) => [r.partition, r.offset, r.value])).toEqual([[1, 3, 'order-7']]);

    const s7 = step('consumer-side', 7);
    expect(coordinatorPartition('analytics')).toBe(10);
    expect(coordinator(s7.state, 'analytics')).toBe(1);
    expect(ofType(s7, 'recordsFetched').flatMap((e) => fetchedRecords(e)).length).toBe(8);
    expect([0, 1].map((p) => committedOffset(s7.state, 'analytics', 'orders', p))).toEqual([4, 4]);
    expect([0, 1].map((p) => committedOffset(s7.state, 'shipping', 'orders', p))).toEqual([3, 3]);
  });

  it('features: a batch per partition, parallelism by partitions, one election per partition led', () => {
    const produced = ofType(step('features', 2), 'recordProduced');
    expect(produced.map((e) => [e.partition, e.offset])).toEqual([[0, 0], [0, 1], [0, 2], [1, 0], [1, 1], [1, 2]]);
    expect(produced.every((e) => e.size === 75)).toBe(true);
    expect(step('features', 1).state.producers.web!.batchBytes).toBe(225);
    expect(ofType(step('features', 2), 'produceAcknowledged')).toHaveLength(6);

    const s4 = step('features', 4).state;
    expect(['c1', 'c2', 'c3'].map((c) => owned(s4, c))).toEqual([[0], [1], []]);
    const s5 = step('features', 5).state;
    expect(['c1', 'c2', 'c3'].map((c) => owned(s5, c))).toEqual([[0, 1, 2], [3, 4, 5], [6, 7, 8]]);

    const s6 = step('features', 6);
    const elected = ofType(s6, 'leaderElected');
    expect(elected.map((e) => [e.partition, e.previousLeader, e.at, e.unclean])).toEqual([[0, 1, 10_000, false], [2, 1, 10_000, false], [6, 1, 10_000, false]]);
    expect(ofType(s6, 'brokerFenced').map((e) => [e.broker, e.at])).toEqual([[1, 10_000]]);
  });
});
