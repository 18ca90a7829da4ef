import { describe, expect, it } from 'vitest';
import { applyCommand, createSimulation, partitionState, type Command, type ProfileName, type SimEvent, type SimState } from '../engine/index.ts';
import { describeEvent } from './narrate.ts';

// The event log names the version's rule behind a result (issue 18): KAFKA-9965's skipped counter
// and KAFKA-15583's held high watermark, and says nothing of them where the version has no such rule.

function play(kafkaVersion: ProfileName, commands: Command[], from?: SimState): { state: SimState; events: SimEvent[] } {
  let state = from ?? createSimulation({ seed: 7, kafkaVersion });
  const events: SimEvent[] = [];
  for (const command of commands) {
    const result = applyCommand(state, command);
    expect(result.error).toBeUndefined();
    state = result.state;
    events.push(...result.events);
  }
  return { state, events };
}

describe('RoundRobinPartitioner skips (KAFKA-9965, 2.4-3.9.0): event.piece.roundRobinSkipped', () => {
  const produced = (v: ProfileName) => play(v, [{ type: 'createTopic', topic: 'orders', partitions: 4 }, { type: 'addProducer', producer: 'p', partitioner: 'round-robin' },
    { type: 'produce', producer: 'p', topic: 'orders', value: 'a' }, { type: 'produce', producer: 'p', topic: 'orders', value: 'b' }]).events.filter((e) => e.type === 'recordProduced');
  it('Kafka 2.8: each placement says which counter value the second partition() call threw away, in both languages', () => {
    const events = produced('2.8');
    expect(events.map((e) => describeEvent(e, 'en'))).toEqual([
      expect.stringContaining('skipped counter 0 (KAFKA-9965)'), expect.stringContaining('skipped counter 2 (KAFKA-9965)'),
    ]);
    expect(describeEvent(events[0]!, 'ko')).toContain('카운터 값 0을 건너뛰었습니다(KAFKA-9965)');
  });
  it('Kafka 4.0 (fixed) and classic: no skip, nothing said', () => {
    for (const v of ['4.0', 'classic'] as const) for (const e of produced(v)) expect(describeEvent(e, 'en')).not.toContain('KAFKA-9965');
  });
});

describe('high watermark held while the ISR is below min.insync.replicas (KAFKA-15583, Partition.maybeIncrementLeaderHW, 3.7+): event.piece.hwHeld', () => {
  const shrink = (v: ProfileName) => {
    const base = play(v, [{ type: 'addBroker', broker: 2 }, { type: 'addBroker', broker: 3 },
      { type: 'createTopic', topic: 'orders', partitions: 1, replicationFactor: 3, minInsyncReplicas: 3 }, { type: 'addProducer', producer: 'p' }, { type: 'advanceTime', ms: 1000 }]).state;
    const info = partitionState(base, 'orders', 0)!;
    const follower = info.replicas.find((b) => b !== info.leader)!;
    return play(v, [{ type: 'isolateBroker', broker: follower }, { type: 'produce', producer: 'p', topic: 'orders', value: 'a' }, { type: 'advanceTime', ms: 31_000 }], base);
  };
  it('Kafka 3.9: the ISR shrink below min ISR is marked and narrated as holding the high watermark', () => {
    const { state, events } = shrink('3.9');
    const shrunk = events.filter((e) => e.type === 'isrShrunk');
    expect(shrunk).toHaveLength(1);
    expect(shrunk[0]).toMatchObject({ highWatermarkHeld: true });
    expect(describeEvent(shrunk[0]!, 'en')).toContain('Kafka 3.7+: the ISR is below min.insync.replicas, so the high watermark stays put (KAFKA-15583).');
    expect(describeEvent(shrunk[0]!, 'ko')).toContain('하이 워터마크가 멈춰 있습니다(KAFKA-15583)');
    expect(partitionState(state, 'orders', 0)!.highWatermark).toBe(0);
  });
  it('Kafka 3.6 and classic: the same shrink carries no such field (the high watermark moves on) and says nothing of it', () => {
    for (const v of ['3.6', 'classic'] as const) {
      const { state, events } = shrink(v);
      const shrunk = events.filter((e) => e.type === 'isrShrunk');
      expect(shrunk).toHaveLength(1);
      expect(shrunk[0]).not.toHaveProperty('highWatermarkHeld');
      expect(describeEvent(shrunk[0]!, 'en')).not.toContain('KAFKA-15583');
      expect(partitionState(state, 'orders', 0)!.highWatermark).toBe(1);
    }
  });
});
