import { createSimulation, partitionState, replicaRecords, type SimEvent } from '../engine/index.ts';
import { LESSONS } from './index.ts';
import { playLesson, type LessonStepRun } from './test-support/play-lesson.ts';
import { ACKS_ZERO_OUTCOME, clusterAnswer, clusterChoices, isClusterPrediction, offsetChoices, OFFLINE, SEND_OUTCOMES } from './player-cluster.ts';
import { predictionAnswer, predictionChoices } from './player.ts';
import type { LessonId } from './types.ts';

// The replication lessons (brokers, broker-failure, acks): the story each narration tells, read
// from the engine step by step, and the choices their predictions offer.

type StepRun = LessonStepRun;

function play(id: LessonId): StepRun[] {
  const runs = playLesson(LESSONS[id]);
  const refused = runs.flatMap((r) => r.refused);
  if (refused.length > 0) throw new Error(`${id}: refused ${refused.join('; ')}`);
  return runs;
}

const IDS = ['brokers', 'broker-failure', 'acks'] as const;
const RUNS = Object.fromEntries(IDS.map((id) => [id, play(id)])) as Record<(typeof IDS)[number], StepRun[]>;

function at(id: (typeof IDS)[number], n: number): StepRun {
  return RUNS[id][n - 1]!;
}

function of<T extends SimEvent['type']>(run: StepRun, type: T): Extract<SimEvent, { type: T }>[] {
  return run.events.filter((e): e is Extract<SimEvent, { type: T }> => e.type === type);
}

function part(run: StepRun, topic = 'orders') {
  const info = partitionState(run.state, topic, 0)!;
  return { leader: info.leader, epoch: info.leaderEpoch, isr: [...info.isr].sort(), hw: info.highWatermark, leo: info.logEndOffsets };
}

function values(run: StepRun, topic: string, broker: number): string[] {
  return replicaRecords(run.state, topic, 0, broker).map((r) => `${r.offset}:${r.value}`);
}

describe('lesson brokers', () => {
  it('places the replicas on brokers 2, 3, 1 and starts with all three in sync', () => {
    expect(partitionState(at('brokers', 1).state, 'orders', 0)!.replicas).toEqual([2, 3, 1]);
    expect(part(at('brokers', 1))).toMatchObject({ leader: 2, isr: [1, 2, 3], hw: 0 });
  });

  it('shows records on the leader only, a consumer reading nothing below a high watermark of 0', () => {
    expect(part(at('brokers', 2))).toMatchObject({ hw: 0, leo: { 1: 0, 2: 3, 3: 0 } });
    expect(of(at('brokers', 3), 'recordsFetched').map((e) => e.count)).toEqual([0]);
    expect(part(at('brokers', 4))).toMatchObject({ hw: 0, leo: { 1: 3, 2: 3, 3: 3 } });
    const step5 = at('brokers', 5);
    expect(part(step5).hw).toBe(3);
    expect(of(step5, 'recordsFetched').flatMap((e) => e.batches.flatMap((b) => b.records.map((r) => r.offset)))).toEqual([0, 1, 2]);
  });

  it('keeps a cut-off follower in the ISR for 30 s, holding the high watermark, then drops it', () => {
    expect(part(at('brokers', 6))).toMatchObject({ isr: [1, 2, 3], hw: 3, leo: { 1: 3, 2: 5, 3: 5 } });
    expect(of(at('brokers', 7), 'isrShrunk').map((e) => [e.removed, e.reason])).toEqual([[[1], 'lagging']]);
    expect(part(at('brokers', 7))).toMatchObject({ isr: [2, 3], hw: 5 });
    expect(of(at('brokers', 8), 'recordsFetched').flatMap((e) => e.batches.flatMap((b) => b.records.map((r) => r.offset)))).toEqual([3, 4]);
    expect(of(at('brokers', 9), 'isrExpanded').map((e) => e.added)).toEqual([1]);
    expect(part(at('brokers', 10))).toMatchObject({ isr: [1, 2, 3], hw: 5, leo: { 1: 5, 2: 5, 3: 5 } });
  });
});

describe('lesson broker-failure', () => {
  it('places both topics alike and elects broker 3 from the ISR in epoch 1', () => {
    for (const topic of ['payments', 'clicks']) expect(partitionState(at('broker-failure', 1).state, topic, 0)!.replicas).toEqual([2, 3, 1]);
    const elected = of(at('broker-failure', 2), 'leaderElected');
    expect(elected.map((e) => [e.topic, e.leader, e.leaderEpoch, e.unclean])).toEqual([['payments', 3, 1, false], ['clicks', 3, 1, false]]);
  });

  it('one idea per step: payments goes offline when broker 3 is fenced; the same fencing elects broker 1 for clicks uncleanly, losing offsets 3-4', () => {
    expect(part(at('broker-failure', 3), 'payments')).toMatchObject({ isr: [3], hw: 5, leo: { 1: 3, 2: 3, 3: 5 } });
    const step4 = at('broker-failure', 4);
    expect(of(step4, 'partitionOffline').map((e) => e.topic)).toEqual(['payments']);
    expect(of(step4, 'leaderElected').map((e) => [e.topic, e.leader, e.leaderEpoch, e.unclean, e.lostOffsets])).toEqual([['clicks', 1, 2, true, { from: 3, to: 5 }]]);
    expect(values(step4, 'clicks', 3)).toEqual(['0:click-1', '1:click-2', '2:click-3', '3:click-4', '4:click-5']);
    // Step 5 reads the unclean election the figure already shows: nothing runs.
    expect(at('broker-failure', 5).events).toEqual([]);
  });

  it('reuses offset 3, brings payments back under broker 3, truncates broker 3 on clicks, grows the ISRs, then returns leadership to the preferred broker 2', () => {
    expect(values(at('broker-failure', 6), 'clicks', 1)).toEqual(['0:click-1', '1:click-2', '2:click-3', '3:click-6']);
    const step7 = at('broker-failure', 7);
    expect(of(step7, 'leaderElected').map((e) => [e.topic, e.leader, e.leaderEpoch])).toEqual([['payments', 3, 3]]);
    expect(of(step7, 'logTruncated')).toEqual([]);
    const step8 = at('broker-failure', 8);
    expect(of(step8, 'logTruncated').map((e) => [e.topic, e.broker, e.from, e.to])).toEqual([['clicks', 3, 3, 5]]);
    expect(of(step8, 'isrExpanded')).toEqual([]);
    expect(values(step8, 'clicks', 3)).toEqual(['0:click-1', '1:click-2', '2:click-3', '3:click-6']);
    expect(of(at('broker-failure', 9), 'isrExpanded').map((e) => [e.topic, e.added])).toEqual([['payments', 1], ['clicks', 3]]);
    const step10 = at('broker-failure', 10);
    expect(of(step10, 'logTruncated')).toEqual([]);
    expect(part(step10, 'payments')).toMatchObject({ leader: 3, isr: [1, 2, 3] });
    expect(part(step10, 'clicks')).toMatchObject({ leader: 1, isr: [1, 2, 3] });
    // leader.imbalance.check.interval.seconds: the preferred leader (first in the replica list) leads again.
    const step11 = at('broker-failure', 11);
    expect(of(step11, 'leaderElected').map((e) => [e.topic, e.leader, e.reason])).toEqual([['payments', 2, 'preferred'], ['clicks', 2, 'preferred']]);
  });
});

describe('lesson acks', () => {
  it('answers acks=1 at the append and acks=all when the high watermark passes', () => {
    const step2 = at('acks', 2);
    expect(of(step2, 'produceAcknowledged').map((e) => [e.producer, e.offset])).toEqual([['fast', 1]]);
    expect(of(at('acks', 3), 'produceAcknowledged').map((e) => [e.producer, e.offset])).toEqual([['safe', 2]]);
  });

  it('loses acks=1 order-4 and keeps acks=all order-5 in the same leader crash', () => {
    const step4 = at('acks', 4);
    expect(part(step4)).toMatchObject({ leader: 3, isr: [1, 3] });
    expect(values(step4, 'orders', 3)).not.toContain('3:order-4');
    expect(of(at('acks', 5), 'logTruncated').map((e) => [e.broker, e.from, e.to])).toEqual([[2, 3, 4]]);
    const step6 = at('acks', 6);
    expect(of(step6, 'produceErrored').map((e) => e.error)).toEqual(['NETWORK_EXCEPTION']);
    expect(of(step6, 'produceAcknowledged').map((e) => [e.producer, e.offset, e.attempts])).toEqual([['safe', 3, 2]]);
    expect(values(step6, 'orders', 2)).toContain('3:order-5');
  });

  it('refuses with NOT_ENOUGH_REPLICAS below min.insync.replicas, then loses an acks=all record at 1', () => {
    expect(part(at('acks', 7))).toMatchObject({ leader: 2, isr: [2] });
    const step8 = at('acks', 8);
    expect(new Set(of(step8, 'produceErrored').map((e) => e.error))).toEqual(new Set(['NOT_ENOUGH_REPLICAS']));
    expect(of(step8, 'recordProduced')).toEqual([]);
    expect(of(at('acks', 9), 'produceAcknowledged').map((e) => [e.producer, e.offset])).toEqual([['safe', 4]]);
    const elected = of(at('acks', 10), 'leaderElected');
    expect(elected.map((e) => [e.leader, e.leaderEpoch, e.unclean, e.lostOffsets])).toEqual([[1, 3, true, { from: 4, to: 5 }]]);
  });
});

function isCentredRun(choices: string[], answer: string): boolean {
  const nums = choices.map(Number);
  if (nums.some((n) => !Number.isInteger(n))) return false;
  const consecutive = nums.every((n, i) => i === 0 || n === nums[i - 1]! + 1);
  return consecutive && nums.length % 2 === 1 && choices[(nums.length - 1) / 2] === answer;
}

describe('replication predictions', () => {
  const cases = IDS.flatMap((id) => LESSONS[id].steps.flatMap((s, i) => (s.predict ? [[id, i + 1, s.predict] as const] : [])));

  it('are asked at least twice in each lesson', () => {
    for (const id of IDS) expect(cases.filter(([lesson]) => lesson === id).length, id).toBeGreaterThanOrEqual(2);
  });

  it.each(cases)('%s step %i offers the answer, two wrong answers or more, in an order that does not give it away', (id, n, prediction) => {
    const run = at(id, n);
    const answer = predictionAnswer(prediction, run.state, run.events);
    const choices = predictionChoices(prediction, run.before, answer, { after: run.state, commands: [], history: [] });
    expect(choices).toContain(answer);
    expect(new Set(choices).size).toBe(choices.length);
    expect(choices.filter((c) => c !== answer).length).toBeGreaterThanOrEqual(2);
    expect(isCentredRun(choices, answer)).toBe(false);
    // The order is fixed by value: the same list whatever the answer is.
    if (isClusterPrediction(prediction)) {
      const numeric = choices.filter((c) => /^\d+$/.test(c)).map(Number);
      expect(numeric).toEqual([...numeric].sort((a, b) => a - b));
    }
  });

  it('offer the old leader and an offline partition when asking who leads', () => {
    const run = at('broker-failure', 2);
    const p = LESSONS['broker-failure'].steps[1]!.predict!;
    expect(predictionChoices(p, run.before, '3', { after: run.state, commands: [], history: [] })).toEqual(['1', '2', '3', OFFLINE]);
  });

  it('offer every replica (the post’s ISR) and the leader alone when asking for the ISR', () => {
    const run = at('brokers', 6);
    const p = LESSONS.brokers.steps[5]!.predict!;
    const choices = predictionChoices(p, run.before, '1,2,3', { after: run.state, commands: [], history: [] });
    expect(choices).toEqual(expect.arrayContaining(['2', '2,3', '1,2', '1,2,3']));
  });

  it('offer the leader’s log end when asking for the high watermark', () => {
    const run = at('brokers', 2);
    const p = LESSONS.brokers.steps[1]!.predict!;
    expect(predictionChoices(p, run.before, '0', { after: run.state, commands: [], history: [] })).toEqual(['0', '2', '3']);
  });

  it('offer every send outcome, always in the same order', () => {
    const run = at('acks', 4);
    const p = LESSONS.acks.steps[3]!.predict!;
    expect(predictionChoices(p, run.before, 'acked-lost', { after: run.state, commands: [], history: [] })).toEqual([...SEND_OUTCOMES]);
  });

  it('Sender, the acks = 0 case: fire\'s send completed as a success with no answer (offset -1), not "no answer yet", and is offered', () => {
    const run = at('acks', 2);
    const p = { kind: 'sendOutcome', producer: 'fire', topic: 'orders', value: 'order-1' } as const;
    expect(clusterAnswer(p, run.state, run.events)).toBe(ACKS_ZERO_OUTCOME);
    expect(clusterChoices(p, run.before, run.state, ACKS_ZERO_OUTCOME)).toEqual([...SEND_OUTCOMES, ACKS_ZERO_OUTCOME]);
    // safe (acks=all) in the same step still waits: the four outcomes, no acks=0 one.
    expect(clusterAnswer({ ...p, producer: 'safe', value: 'order-3' }, run.state, run.events)).toBe('unanswered');
  });

  it('never offer both neighbours of an offset answer, and fill up to three choices', () => {
    const choices = offsetChoices(4, [3, 5, 8]);
    expect(choices).toContain('4');
    expect(choices.includes('3') && choices.includes('5')).toBe(false);
    expect(choices).toEqual(['3', '4', '8']);
    expect(offsetChoices(0, [0]).length).toBe(3);
    expect(isCentredRun(offsetChoices(1, [0, 2]), '1')).toBe(false);
  });

  it('answer "?" for a partition or record that is not there', () => {
    const state = createSimulation();
    expect(clusterAnswer({ kind: 'leaderAfter', topic: 'nope', partition: 0 }, state, [])).toBe('?');
    expect(clusterAnswer({ kind: 'producedOffset', topic: 'nope', partition: 0 }, state, [])).toBe('?');
    expect(clusterAnswer({ kind: 'sendOutcome', producer: 'p', topic: 'nope', value: 'v' }, state, [])).toBe('unanswered');
    expect(clusterChoices({ kind: 'leaderAfter', topic: 'nope', partition: 0 }, state, state, '?')).toEqual([OFFLINE]);
  });
});
