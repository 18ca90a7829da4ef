import { describe, expect, it } from 'vitest';
import { runCommands, type Command } from '../engine/index.ts';
import { decodeScenarioFromUrl, encodeScenarioForUrl, parseScenario, scenarioProfile, serializeScenario } from './scenario-file.ts';
import { replayScenario } from './scenario-replay.ts';

// kafkaVersion in scenario files and links; files from before versions replay under 'classic'.

const COMMANDS: Command[] = [
  { type: 'createTopic', topic: 'orders', partitions: 1, minInsyncReplicas: 2 },
  { type: 'addProducer', producer: 'p', partitioner: 'sticky' },
  { type: 'produce', producer: 'p', topic: 'orders', value: 'a' },
  { type: 'advanceTime', ms: 130_000 },
];
const OLD_FILE = JSON.stringify({ format: 'kafka-sim-scenario', version: 2, seed: 3, commands: COMMANDS });

describe('scenario files and links with kafkaVersion', () => {
  it('a file without kafkaVersion replays exactly as before versions existed (classic): same state as the old engine rules', async () => {
    const parsed = parseScenario(OLD_FILE);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.scenario.kafkaVersion).toBeUndefined();
    expect(scenarioProfile(parsed.scenario)).toBe('classic');
    const replayed = await replayScenario(parsed.scenario, { yieldToPage: async () => undefined });
    expect(replayed.ok && replayed.timeline.state).toEqual(runCommands(COMMANDS, { seed: 3, kafkaVersion: 'classic' }));
    // min.insync.replicas 2 on one replica: every acks=all write fails, as it always did here.
    expect(replayed.ok && replayed.timeline.state.topics['orders']!.partitions[0]!.logEndOffset).toBe(0);
    expect(serializeScenario(parsed.scenario)).not.toContain('kafkaVersion');
  });

  it('an old share link loads and plays as before', () => {
    const link = encodeScenarioForUrl({ seed: 3, commands: COMMANDS });
    const decoded = decodeScenarioFromUrl(link);
    expect(decoded.ok && scenarioProfile(decoded.scenario)).toBe('classic');
  });

  it('kafkaVersion round-trips and the replay follows it; a partitioner the version lacks stops the load at its command', () => {
    const text = serializeScenario({ seed: 3, kafkaVersion: '3.9', commands: COMMANDS });
    const parsed = parseScenario(text);
    expect(parsed.ok && parsed.scenario.kafkaVersion).toBe('3.9');
    const refused = parseScenario(serializeScenario({ seed: 3, kafkaVersion: '4.1', commands: COMMANDS }));
    expect(!refused.ok && refused.problems[0]).toMatchObject({ code: 'PARTITIONER_NOT_IN_VERSION', path: 'commands[1]' });
  });

  it('an unknown kafkaVersion is an invalid field naming the versions', () => {
    const bad = parseScenario(JSON.stringify({ format: 'kafka-sim-scenario', version: 2, seed: 3, kafkaVersion: '5.0', commands: [] }));
    expect(!bad.ok && bad.problems[0]).toMatchObject({ code: 'invalidField', path: 'kafkaVersion', params: { rule: 'oneOf', values: '2.3, 2.8, 3.6, 3.9, 4.0, 4.1' } });
  });
});
