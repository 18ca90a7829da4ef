import { describe, expect, it } from 'vitest';
import { applyCommand, type Command, type SimState } from '../engine/index.ts';
import { CONFIGS_FIXTURES } from './fixtures/kafka-configs.ts';
import { CONSUMER_FIXTURES } from './fixtures/kafka-console-consumer.ts';
import { PRODUCER_FIXTURES } from './fixtures/kafka-console-producer.ts';
import { GROUPS_FIXTURES } from './fixtures/kafka-consumer-groups.ts';
import { TOPICS_FIXTURES } from './fixtures/kafka-topics.ts';
import { BASE_COMMANDS, baseState, type Fixture } from './fixtures/scenario.ts';
import { producerLine, runLine } from './index.ts';
import { stderrOf, stdoutOf, type ToolResult } from './result.ts';

// Each command form of the five tools against a fixture of what the real tool prints, character for character.

function applyAll(state: SimState, commands: readonly Command[]): SimState {
  let s = state;
  for (const c of commands) {
    const r = applyCommand(s, c);
    expect(r.error, `${c.type} is refused: ${r.error?.message ?? ''}`).toBeUndefined();
    s = r.state;
  }
  return s;
}

function play(f: Fixture): { results: ToolResult[]; before: SimState; after: SimState } {
  let state = baseState(f.emptyGroup ? [...BASE_COMMANDS, { type: 'removeConsumer', consumer: 'c1' }, { type: 'removeConsumer', consumer: 'c2' }] : BASE_COMMANDS);
  state = applyAll(state, f.setup ?? []);
  for (const line of f.before ?? []) state = applyAll(state, runLine(state, line).commands);
  const before = state;
  const first = runLine(state, f.line);
  const results = [first];
  state = applyAll(state, first.commands);
  let session = first.producer;
  for (const line of f.input ?? []) {
    expect(session, `the producer still reads lines at "${line}"`).toBeDefined();
    const r = producerLine(state, session!, line);
    results.push(r);
    state = applyAll(state, r.commands);
    session = r.producer;
  }
  return { results, before, after: state };
}

const TOOLS: [string, Fixture[]][] = [
  ['kafka-topics.sh', TOPICS_FIXTURES],
  ['kafka-console-producer.sh', PRODUCER_FIXTURES],
  ['kafka-console-consumer.sh', CONSUMER_FIXTURES],
  ['kafka-consumer-groups.sh', GROUPS_FIXTURES],
  ['kafka-configs.sh', CONFIGS_FIXTURES],
];

it('every fixture names the Kafka 4.0 source file and method it was derived from', () => {
  for (const [, fixtures] of TOOLS) {
    for (const f of fixtures) {
      expect(f.file, f.name).toMatch(/\.(java|scala|properties)$/);
      expect(f.source, f.name).toMatch(/[A-Z][A-Za-z]+/);
    }
  }
});

for (const [tool, fixtures] of TOOLS) {
  describe(tool, () => {
    it.each(fixtures.map((f) => [f.name, f] as const))('%s', (_, f) => {
      const { results, before, after } = play(f);
      expect(results.map(stdoutOf).join('')).toBe(f.stdout);
      expect(results.map(stderrOf).join('')).toBe(f.stderr);
      expect(results.flatMap((r) => r.commands.map((c) => c.type))).toEqual(f.commands);
      // A refusal or a read-only command leaves the cluster exactly as it was.
      if (f.commands.length === 0) expect(after).toBe(before);
    });
  });
}
