import { partitionCount, partitionState, recordsInRange, type SimState } from '../engine/index.ts';
import { LESSONS } from './index.ts';
import { OFFLINE } from './player-cluster.ts';
import { predictionAnswer } from './player.ts';
import { playLesson } from './test-support/play-lesson.ts';
import { LESSON_IDS } from './types.ts';
import { targetChoice, yourTurnSteps, type YourTurnPrediction } from './your-turn.ts';
import type { YourTurnTarget } from '../view/hooks/your-turn.tsx';

// "Your turn" steps (issue 21): the object a learner must act on is the engine's answer, read after
// the step, for every such step of every lesson (iterated, never listed by hand).

const ALL = LESSON_IDS.flatMap((id) => yourTurnSteps(LESSONS[id]).map((s) => ({ id, ...s })));

/** Every object of the figure that could answer this kind of question. */
function targets(p: YourTurnPrediction, state: SimState): YourTurnTarget[] {
  if (p.kind === 'nextRecordPartition') {
    return Object.keys(state.topics).flatMap((topic) => Array.from({ length: partitionCount(state, topic) }, (_, partition) => ({ kind: 'partition' as const, topic, partition })));
  }
  return state.brokers.map((b) => ({ kind: 'broker' as const, broker: b.id }));
}

describe('your-turn steps', () => {
  it('exist in the keys and broker-failure lessons', () => {
    expect(yourTurnSteps(LESSONS.keys).length).toBeGreaterThan(0);
    expect(yourTurnSteps(LESSONS['broker-failure']).length).toBeGreaterThan(0);
  });

  it.each(ALL.map((s) => [`${s.id} step ${s.step}`, s] as const))('%s: the answer is what the engine did (DefaultPartitioner / controller election)', (_, s) => {
    const run = playLesson(LESSONS[s.id])[s.step - 1]!;
    expect(run.refused).toEqual([]);
    const answer = predictionAnswer(s.predict, run.state, run.events);
    if (s.predict.kind === 'nextRecordPartition') {
      // The record the step produced sits on that partition's log, appended in this step, and on no other.
      const step = LESSONS[s.id].steps[s.step - 1]!;
      const produce = step.commands.findLast((c) => c.type === 'produce' && c.topic === s.predict.topic);
      if (produce?.type !== 'produce') throw new Error('a nextRecordPartition step produces');
      const grew = Array.from({ length: partitionCount(run.state, s.predict.topic) }, (_, p) => p).filter((p) => {
        const from = run.before.topics[s.predict.topic]?.partitions[p]?.logEndOffset ?? 0;
        const to = run.state.topics[s.predict.topic]!.partitions[p]!.logEndOffset;
        return recordsInRange(run.state, s.predict.topic, p, from, to).some((r) => r.value === produce.value && r.key === produce.key);
      });
      expect(grew).toEqual([Number(answer)]);
    } else {
      const info = partitionState(run.state, s.predict.topic, s.predict.partition)!;
      expect(answer).toBe(info.leader === undefined ? OFFLINE : String(info.leader));
    }
    // Exactly one object on the figure stands for the answer (or none: the panel's "no leader").
    const before = playLesson(LESSONS[s.id])[s.step - 1]!.before;
    const right = targets(s.predict, before).filter((t) => targetChoice(s.predict, t) === answer);
    expect(right.length).toBe(answer === OFFLINE ? 0 : 1);
  });

  it('turns only objects that can answer into choices', () => {
    const p = { kind: 'nextRecordPartition', topic: 'orders' } as const;
    expect(targetChoice(p, { kind: 'partition', topic: 'orders', partition: 2 })).toBe('2');
    expect(targetChoice(p, { kind: 'partition', topic: 'other', partition: 2 })).toBeUndefined();
    expect(targetChoice(p, { kind: 'broker', broker: 2 })).toBeUndefined();
    expect(targetChoice({ kind: 'leaderAfter', topic: 'orders', partition: 0 }, { kind: 'broker', broker: 3 })).toBe('3');
  });
});
