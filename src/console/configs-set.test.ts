import { describe, expect, it } from 'vitest';
import { applyCommand, type Command, type SimState } from '../engine/index.ts';
import { baseState } from './fixtures/scenario.ts';
import { runLine } from './index.ts';
import { stdoutOf } from './result.ts';

// A topic config set to a value equal to its default is still a topic config: the controller stores
// it (ConfigurationControlManager), DescribeConfigs reports it with source DYNAMIC_TOPIC_CONFIG, and
// ConfigCommand.describeResourceConfig (ConfigCommand.scala:594, `DYNAMIC_TOPIC_CONFIG` filter) and
// TopicCommand's "Configs:" column list it, until --delete-config removes it.

const B = '--bootstrap-server localhost:9092';

function apply(state: SimState, commands: readonly Command[]): SimState {
  let s = state;
  for (const c of commands) {
    const r = applyCommand(s, c);
    if (r.error) throw new Error(r.error.message);
    s = r.state;
  }
  return s;
}
const run = (state: SimState, line: string) => {
  const r = runLine(state, line);
  return { out: stdoutOf(r), state: apply(state, r.commands) };
};

describe('a topic config set equal to its default is still listed (DYNAMIC_TOPIC_CONFIG)', () => {
  it('kafka-configs --alter --add-config retention.ms=604800000 (the default) is listed by kafka-configs --describe and kafka-topics --describe', () => {
    const altered = run(baseState(), `kafka-configs.sh ${B} --alter --entity-type topics --entity-name orders --add-config retention.ms=604800000`).state;
    expect(altered.topics['orders']!.setConfigs).toEqual(['retentionMs']);
    expect(run(altered, `kafka-configs.sh ${B} --describe --entity-type topics --entity-name orders`).out)
      .toBe('Dynamic configs for topic orders are:\n  retention.ms=604800000 sensitive=false synonyms={DYNAMIC_TOPIC_CONFIG:retention.ms=604800000}\n');
    expect(run(altered, `kafka-topics.sh ${B} --describe --topic orders`).out).toContain('Configs: retention.ms=604800000');
  });

  it('kafka-topics --create --config min.insync.replicas=1 (the default) lists it; --delete-config removes it', () => {
    const created = run(baseState(), `kafka-topics.sh ${B} --create --topic audit --partitions 1 --config min.insync.replicas=1`).state;
    expect(run(created, `kafka-topics.sh ${B} --describe --topic audit`).out).toContain('Configs: min.insync.replicas=1');
    const deleted = run(created, `kafka-configs.sh ${B} --alter --entity-type topics --entity-name audit --delete-config min.insync.replicas`).state;
    expect(deleted.topics['audit']!.setConfigs).toBeUndefined();
    expect(run(deleted, `kafka-configs.sh ${B} --describe --entity-type topics --entity-name audit`).out).toBe('Dynamic configs for topic audit are:\n');
  });

  it('a topic created with no config lists none; the engine refuses a config both set and deleted by one command', () => {
    expect(run(baseState(), `kafka-configs.sh ${B} --describe --entity-type topics --entity-name orders`).out).toBe('Dynamic configs for topic orders are:\n');
    const r = applyCommand(baseState(), { type: 'alterTopicConfig', topic: 'orders', retentionMs: 5, deleteConfigs: ['retentionMs'] });
    expect(r.error?.params).toMatchObject({ field: 'deleteConfigs[0]', rule: 'is also set by this command' });
  });
});
