import { describe, expect, it } from 'vitest';
import { applyCommand, records, type Command, type SimState } from '../engine/index.ts';
import { baseState } from './fixtures/scenario.ts';
import { runLine } from './index.ts';
import { stderrOf, stdoutOf } from './result.ts';

// The log cleaner's topic configs through kafka-topics --config and kafka-configs --add-config
// (TopicConfig names; LogConfig's types: cleanup.policy a list, min.cleanable.dirty.ratio a double).

const B = '--bootstrap-server localhost:9092';

function apply(state: SimState, commands: readonly Command[] | undefined): SimState {
  let s = state;
  for (const c of commands ?? []) {
    const r = applyCommand(s, c);
    if (r.error) throw new Error(r.error.message);
    s = r.state;
  }
  return s;
}

describe('kafka-topics / kafka-configs with compaction configs', () => {
  it('kafka-topics --create --config cleanup.policy=compact makes a compacted topic', () => {
    const r = runLine(baseState(), `kafka-topics.sh ${B} --create --topic kv --config cleanup.policy=compact --config min.cleanable.dirty.ratio=0.1 --config delete.retention.ms=1000`);
    expect(stderrOf(r)).toBe('');
    const state = apply(baseState(), r.commands);
    expect(state.topics['kv']!.config).toMatchObject({ cleanupPolicy: 'compact', minCleanableDirtyRatio: 0.1, deleteRetentionMs: 1000 });
  });

  it('kafka-configs --alter --add-config takes cleanup.policy as a bracketed list, and --describe lists the compaction configs', () => {
    const created = apply(baseState(), runLine(baseState(), `kafka-topics.sh ${B} --create --topic kv`).commands);
    const r = runLine(created, `kafka-configs.sh ${B} --alter --entity-type topics --entity-name kv --add-config cleanup.policy=[delete,compact],min.compaction.lag.ms=5000`);
    expect(stdoutOf(r)).toBe('Completed updating config for topic kv.\n');
    const state = apply(created, r.commands);
    expect(state.topics['kv']!.config).toMatchObject({ cleanupPolicy: 'compact,delete', minCompactionLagMs: 5000 });
    const described = stdoutOf(runLine(state, `kafka-configs.sh ${B} --describe --entity-type topics --entity-name kv`));
    expect(described).toContain('  cleanup.policy=compact,delete sensitive=false synonyms={DYNAMIC_TOPIC_CONFIG:cleanup.policy=compact,delete}\n');
    expect(described).toContain('  min.compaction.lag.ms=5000 sensitive=false');
  });

  it('refuses a policy that is not compact or delete with ConfigDef\'s words, and changes nothing', () => {
    const r = runLine(baseState(), `kafka-topics.sh ${B} --create --topic kv --config cleanup.policy=shred`);
    expect(stdoutOf(r)).toContain('Invalid value shred for configuration cleanup.policy: String must be one of: compact, delete');
    expect(r.commands ?? []).toEqual([]);
  });

  it('the console consumer prints a tombstone\'s null value as null', () => {
    let state = apply(baseState(), runLine(baseState(), `kafka-topics.sh ${B} --create --topic kv --config cleanup.policy=compact`).commands);
    state = apply(state, [{ type: 'addProducer', producer: 'tp' }, { type: 'produce', producer: 'tp', topic: 'kv', key: 'a', value: null, flush: true }]);
    expect(records(state, 'kv', 0)[0]!.value).toBeNull();
    const read = runLine(state, `kafka-console-consumer.sh ${B} --topic kv --from-beginning --property print.key=true`);
    expect(stdoutOf(read)).toBe('a\tnull\n');
  });
});
