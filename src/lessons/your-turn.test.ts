import { logStartOffset, partitionCount, partitionState, position, recordsInRange, segments, type SimState } from '../engine/index.ts';
import { LESSONS } from './index.ts';
import { isrLabel, OFFLINE } from './player-cluster.ts';
import { NOBODY, predictionAnswer } from './player.ts';
import { playLesson } from './test-support/play-lesson.ts';
import { LESSON_IDS } from './types.ts';
import { markedChoice, targetChoice, YOUR_TURN_SETS, yourTurnSteps, type YourTurnPrediction } from './your-turn.ts';
import type { YourTurnTarget } from '../view/hooks/your-turn.tsx';

// "Your turn" steps (issue 21): the object a learner must act on is the engine's answer, read after
// the step, for every such step of every lesson (iterated, never listed by hand).

const ALL = LESSON_IDS.flatMap((id) => yourTurnSteps(LESSONS[id]).map((s) => ({ id, ...s })));

/** Every object of the figure that could answer this kind of question. */
function targets(p: YourTurnPrediction, state: SimState): YourTurnTarget[] {
  if (p.kind === 'nextRecordPartition') {
    return Object.keys(state.topics).flatMap((topic) => Array.from({ length: partitionCount(state, topic) }, (_, partition) => ({ kind: 'partition' as const, topic, partition })));
  }
  if (p.kind === 'leaderAfter' || p.kind === 'isrAfter') return state.brokers.map((b) => ({ kind: 'broker' as const, broker: b.id }));
  if (p.kind === 'ownerAfter' || p.kind === 'idleMemberAfter') return Object.keys(state.consumers).map((consumer) => ({ kind: 'member' as const, consumer }));
  // A cell per record on the log, and the log end (the panel's button).
  const log = state.topics[p.topic]?.partitions[p.partition];
  return log ? Array.from({ length: log.logEndOffset - log.logStartOffset + 1 }, (_, i) => ({ kind: 'offset' as const, topic: p.topic, partition: p.partition, offset: log.logStartOffset + i })) : [];
}

describe('your-turn steps', () => {
  it('exist in the keys and broker-failure lessons', () => {
    expect(yourTurnSteps(LESSONS.keys).length).toBeGreaterThan(0);
    expect(yourTurnSteps(LESSONS['broker-failure']).length).toBeGreaterThan(0);
  });

  it.each(ALL.map((s) => [`${s.id} step ${s.step}`, s] as const))('%s: the answer is what the engine did (DefaultPartitioner / controller election)', (_, s) => {
    const run = playLesson(LESSONS[s.id])[s.step - 1]!;
    expect(run.refused).toEqual([]);
    const p = s.predict;
    const answer = predictionAnswer(p, run.state, run.events);
    if (p.kind === 'nextRecordPartition') {
      // The record the step produced sits on that partition's log, appended in this step, and on no other.
      const step = LESSONS[s.id].steps[s.step - 1]!;
      const produce = step.commands.findLast((c) => c.type === 'produce' && c.topic === p.topic);
      if (produce?.type !== 'produce') throw new Error('a nextRecordPartition step produces');
      const grew = Array.from({ length: partitionCount(run.state, p.topic) }, (_, n) => n).filter((n) => {
        const from = run.before.topics[p.topic]?.partitions[n]?.logEndOffset ?? 0;
        const to = run.state.topics[p.topic]!.partitions[n]!.logEndOffset;
        return recordsInRange(run.state, p.topic, n, from, to).some((r) => r.value === produce.value && r.key === produce.key);
      });
      expect(grew).toEqual([Number(answer)]);
    } else if (p.kind === 'leaderAfter') {
      const info = partitionState(run.state, p.topic, p.partition)!;
      expect(answer).toBe(info.leader === undefined ? OFFLINE : String(info.leader));
    } else if (p.kind === 'ownerAfter') {
      const owner = Object.values(run.state.consumers).find((c) => c.group === p.group && c.assignment.some((tp) => tp.topic === p.topic && tp.partition === p.partition));
      expect(answer).toBe(owner?.id ?? NOBODY);
    } else if (p.kind === 'idleMemberAfter') {
      const idle = Object.values(run.state.consumers).filter((c) => c.group === p.group && c.membership === 'joined' && c.assignment.length === 0).map((c) => c.id);
      expect(answer === NOBODY ? [] : [answer]).toEqual(idle.slice(0, answer === NOBODY ? 0 : 1));
    } else if (p.kind === 'highWatermarkAfter') {
      expect(answer).toBe(String(partitionState(run.state, p.topic, p.partition)!.highWatermark));
    } else if (p.kind === 'logStartAfter') {
      expect(answer).toBe(String(logStartOffset(run.state, p.topic, p.partition)));
    } else if (p.kind === 'isrAfter') {
      expect(answer).toBe(isrLabel(partitionState(run.state, p.topic, p.partition)!.isr));
    } else if (p.kind === 'positionAfter') {
      expect(answer).toBe(String(position(run.state, p.consumer, p.topic, p.partition)));
    } else {
      // firstOffsetRead: the first record the consumer fetched in the step.
      const first = run.events.flatMap((e) => (e.type === 'recordsFetched' && e.consumer === p.consumer ? e.batches.filter((b) => b.topic === p.topic && b.partition === p.partition).flatMap((b) => b.records) : []))[0];
      expect(answer).toBe(String(first?.offset ?? position(run.state, p.consumer, p.topic, p.partition)));
    }
    const before = playLesson(LESSONS[s.id])[s.step - 1]!.before;
    if (p.kind === 'logStartAfter') {
      // Marking the segments that end at or below the answer leaves the engine's log start (retention deletes the oldest segments first).
      const segs = segments(before, p.topic, p.partition);
      const right = segs.filter((sg) => sg.endOffset <= Number(answer)).map((sg) => ({ kind: 'segment' as const, topic: p.topic, partition: p.partition, baseOffset: sg.baseOffset }));
      expect(right.length).toBeGreaterThan(0);
      expect(markedChoice(p, right, before)).toBe(answer);
      expect(markedChoice(p, right.slice(1), before)).toBe(right.length > 1 ? 'notOldest' : String(segs[0]!.baseOffset));
      return;
    }
    if (YOUR_TURN_SETS.has(p.kind)) {
      // Marked as a set: the ISR's brokers are all on the figure, and marking exactly them is the answer (ISR: Partition.isr, as the controller keeps it).
      const onFigure = targets(p, before);
      const right = onFigure.filter((t) => t.kind === 'broker' && answer.split(',').includes(String(t.broker)));
      expect(markedChoice(p, right)).toBe(answer);
      if (answer !== isrLabel(onFigure.map((t) => (t.kind === 'broker' ? t.broker : -1)))) expect(markedChoice(p, onFigure)).not.toBe(answer);
      return;
    }
    // Exactly one object on the figure stands for the answer (or none: the panel's "no leader").
    const right = targets(s.predict, before).filter((t) => targetChoice(s.predict, t) === answer);
    expect(right.length).toBe(answer === OFFLINE || answer === NOBODY ? 0 : 1);
  });

  it('turns only objects that can answer into choices', () => {
    const p = { kind: 'nextRecordPartition', topic: 'orders' } as const;
    expect(targetChoice(p, { kind: 'partition', topic: 'orders', partition: 2 })).toBe('2');
    expect(targetChoice(p, { kind: 'partition', topic: 'other', partition: 2 })).toBeUndefined();
    expect(targetChoice(p, { kind: 'broker', broker: 2 })).toBeUndefined();
    expect(targetChoice({ kind: 'leaderAfter', topic: 'orders', partition: 0 }, { kind: 'broker', broker: 3 })).toBe('3');
    // The ISR is a set: one broker is no answer; the marked brokers are, in id order, each once.
    const isr = { kind: 'isrAfter', topic: 'orders', partition: 0 } as const;
    expect(targetChoice(isr, { kind: 'broker', broker: 3 })).toBeUndefined();
    expect(markedChoice(isr, [{ kind: 'broker', broker: 3 }, { kind: 'broker', broker: 1 }, { kind: 'broker', broker: 3 }])).toBe('1,3');
  });
});
