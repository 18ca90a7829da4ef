import { SIM_LIMITS } from '../engine/index.ts';
import { parseScenario, serializeScenario, type Scenario } from './scenario-file.ts';
import { replayScenario } from './scenario-replay.ts';
import { worstCases } from './scenarios/worst-case.ts';

const SMALL: Scenario = { seed: 4, commands: [{ type: 'createTopic', topic: 't', partitions: 2 }, { type: 'addProducer', producer: 'p' }, { type: 'produce', producer: 'p', topic: 't', value: 'a' }], cursor: 2 };

describe('replayScenario', () => {
  it('builds the timeline the file describes, standing at its cursor', async () => {
    const result = await replayScenario(SMALL);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.timeline.commands.length).toBe(3);
    expect(result.timeline.cursor).toBe(2);
    expect(result.timeline.options.seed).toBe(4);
  });

  it('stops at the first refused command, naming it', async () => {
    const result = await replayScenario({ seed: 1, commands: [{ type: 'produce', producer: 'nobody', topic: 't', value: 'v' }] });
    expect(result).toMatchObject({ ok: false, problems: [{ code: 'UNKNOWN_PRODUCER', path: 'commands[0]' }] });
  });

  it('reports progress in slices and can be cancelled between them', async () => {
    const { scenario } = worstCases()[0]!;
    const progress: number[] = [];
    const controller = new AbortController();
    const result = await replayScenario(scenario, {
      sliceMs: 0,
      onProgress: (done, total) => {
        progress.push(done);
        expect(total).toBe(scenario.commands.length);
        if (progress.length === 3) controller.abort();
      },
      signal: controller.signal,
      yieldToPage: () => Promise.resolve(),
    });
    expect(result).toEqual({ ok: false, cancelled: true });
    expect(progress).toHaveLength(3);
    expect(progress[0]!).toBeLessThan(progress[2]!);
    expect(progress[2]!).toBeLessThan(scenario.commands.length);
  });

  it('refuses issue 22\'s empty-groups file at the first group past maxGroups, naming the limit', async () => {
    const hostile = worstCases().find((c) => c.refused)!;
    const result = await replayScenario(hostile.scenario, { yieldToPage: async () => {} });
    expect(result).toMatchObject({ ok: false, problems: [{ code: 'LIMIT_EXCEEDED', path: `commands[${SIM_LIMITS.maxGroups + 1}]` }] });
  });

  it('every worst case built from the limits is a file the app accepts', () => {
    for (const { name, scenario } of worstCases()) {
      // Shape and size here; npm run bench replays each one in full and fails on a refusal.
      const parsed = parseScenario(serializeScenario(scenario), { replay: false });
      expect(parsed.ok, name).toBe(true);
    }
  });
});
