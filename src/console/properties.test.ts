import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../engine/index.ts';
import { BASE_COMMANDS, baseState } from './fixtures/scenario.ts';
import { CONFIG_OPTIONS } from './configs.ts';
import { CONSUMER_OPTIONS } from './console-consumer.ts';
import { PRODUCER_OPTIONS } from './console-producer.ts';
import { GROUP_OPTIONS } from './consumer-groups.ts';
import { producerLine, runLine } from './index.ts';
import type { OptionSpecs } from './options.ts';
import { TOPIC_OPTIONS } from './topics.ts';

// Whatever is typed, a tool answers with text and never throws; the commands it hands the timeline
// are all accepted by the engine, so a console command never half-happens.

const WORDS = [
  'kafka-topics.sh', 'kafka-console-producer.sh', 'kafka-console-consumer.sh', 'kafka-consumer-groups.sh', 'kafka-configs.sh', 'kafka-nope.sh',
  '--bootstrap-server', 'localhost:9092', '--create', '--alter', '--list', '--describe', '--delete', '--topic', 'orders', 'fresh', 'a.b', '',
  '--partitions', '--replication-factor', '0', '1', '3', '-1', '99999999999', 'x', '--config', 'retention.ms=1000', 'retention.bytes=-1',
  'segment.bytes=10', 'min.insync.replicas=2', 'foo=bar', '--group', 'billing', 'g', '--from-beginning', '--max-messages', '--property',
  'print.key=true', 'parse.key=true', 'key.separator=:', '--members', '--verbose', '--state', '--reset-offsets', '--to-earliest', '--to-latest',
  '--to-offset', '--shift-by', '--to-datetime', '1970-01-01T00:00:00.000', '--execute', '--dry-run', '--all-topics', 'orders:0,2',
  '--entity-type', 'topics', '--entity-name', '--add-config', '--delete-config', '--producer-property', 'acks=all', 'acks=7', '"quoted word"', "'",
];

const SPECS: Record<string, OptionSpecs> = {
  'kafka-topics.sh': TOPIC_OPTIONS, 'kafka-console-producer.sh': PRODUCER_OPTIONS, 'kafka-console-consumer.sh': CONSUMER_OPTIONS,
  'kafka-consumer-groups.sh': GROUP_OPTIONS, 'kafka-configs.sh': CONFIG_OPTIONS,
};
// A real tool with --bootstrap-server and some of its own options (values from a shared pool, so
// some fit and some do not), with a stray word now and then: the lines reach the tools' actions.
const line = fc.constantFrom(...Object.keys(SPECS)).chain((tool) => {
  const names = Object.keys(SPECS[tool]!).filter((n) => n !== 'help' && n !== 'version');
  const option = fc.tuple(fc.constantFrom(...names), fc.constantFrom(...WORDS)).map(([name, value]) => (SPECS[tool]![name] === 'flag' ? `--${name}` : `--${name} ${value}`));
  return fc.tuple(fc.array(fc.oneof({ weight: 5, arbitrary: option }, { weight: 1, arbitrary: fc.constantFrom(...WORDS) }), { maxLength: 7 }), fc.boolean())
    .map(([parts, bootstrap]) => [tool, bootstrap ? '--bootstrap-server localhost:9092' : '', ...parts].join(' '));
});

describe('any typed line', () => {
  it('prints, never throws, and hands over only commands the engine accepts', () => {
    const emptied = baseState([...BASE_COMMANDS, { type: 'removeConsumer', consumer: 'c1' }, { type: 'removeConsumer', consumer: 'c2' }]);
    const stable = baseState();
    fc.assert(fc.property(line, fc.boolean(), fc.array(fc.string({ maxLength: 12 }), { maxLength: 4 }), (typed, empty, records) => {
      let state = empty ? emptied : stable;
      const result = runLine(state, typed);
      for (const command of result.commands) {
        const r = applyCommand(state, command);
        expect(r.error, `${typed} → ${JSON.stringify(command)}`).toBeUndefined();
        state = r.state;
      }
      let session = result.producer;
      for (const text of records) {
        if (!session) break;
        const r = producerLine(state, session, text);
        for (const command of r.commands) {
          const applied = applyCommand(state, command);
          expect(applied.error, `${text} → ${JSON.stringify(command)}`).toBeUndefined();
          state = applied.state;
        }
        session = r.producer;
      }
    }), { numRuns: 1500 });
  });
});
