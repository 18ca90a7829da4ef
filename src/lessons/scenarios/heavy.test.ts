import { applyCommand, createSimulation, logEndOffset, logStartOffset } from '../../engine/index.ts';
import { HEAVY, heavyCommand, heavySetup } from './heavy.ts';

describe('heavy scenario', () => {
  it('runs without refusals, keeps thousands of records retained and deletes older segments', () => {
    let state = createSimulation({ seed: 1, kafkaVersion: 'classic' });
    let deleted = 0;
    const setup = heavySetup();
    const live = Array.from({ length: 2000 }, (_, i) => heavyCommand(setup.length + i));
    for (const command of [...setup, ...live]) {
      const result = applyCommand(state, command);
      expect(result.error, JSON.stringify(command)).toBeUndefined();
      deleted += result.events.filter((e) => e.type === 'segmentsDeleted').length;
      state = result.state;
    }
    let retained = 0;
    for (let p = 0; p < HEAVY.partitions; p++) retained += (logEndOffset(state, 'events', p) ?? 0) - (logStartOffset(state, 'events', p) ?? 0);
    expect(retained).toBeGreaterThanOrEqual(5000);
    expect(deleted).toBeGreaterThan(0);
    // 200 records per second of model time
    const produced = [...setup, ...live].filter((c) => c.type === 'produce').length;
    expect(produced / (state.time / 1000)).toBeCloseTo(200, 0);
  });
});
