import { applyCommand, createSimulation, logEndOffset, logStartOffset, type SimEventType } from '../../engine/index.ts';
import { HEAVY } from './heavy.ts';
import { heavyReplicatedCommand, heavyReplicatedSetup } from './heavy-replicated.ts';

describe('replicated heavy scenario', () => {
  it('runs over 60 s of model time without refusals: brokers crash and return, retention deletes, records stay acknowledged', () => {
    let state = createSimulation({ seed: 1, kafkaVersion: 'classic' });
    const counts: Partial<Record<SimEventType, number>> = {};
    const setup = heavyReplicatedSetup();
    for (let step = 0; step < setup.length + 8_000; step++) {
      const command = step < setup.length ? setup[step]! : heavyReplicatedCommand(step);
      const result = applyCommand(state, command);
      expect(result.error, JSON.stringify(command)).toBeUndefined();
      for (const e of result.events) counts[e.type] = (counts[e.type] ?? 0) + 1;
      state = result.state;
    }
    expect(state.time).toBeGreaterThanOrEqual(60_000);
    // One crash per 30 s, back 15 s later; the controller fences it and moves its leaders.
    expect(counts.brokerCrashed).toBe(Math.floor(state.time / 30_000));
    expect(counts.brokerStarted).toBe(Math.floor((state.time - 15_000) / 30_000));
    expect(counts.leaderElected).toBeGreaterThan(0);
    expect(counts.segmentsDeleted).toBeGreaterThan(0);
    expect(counts.produceAcknowledged).toBeGreaterThan(0.9 * counts.recordProduced!);
    let retained = 0;
    for (let p = 0; p < HEAVY.partitions; p++) retained += (logEndOffset(state, 'events', p) ?? 0) - (logStartOffset(state, 'events', p) ?? 0);
    expect(retained).toBeGreaterThanOrEqual(3000);
    expect(Object.keys(state.producers).length).toBe(4);
    expect(state.brokers.length).toBe(3);
  }, 30_000); // ~15,000 commands: seconds on a loaded machine
});
