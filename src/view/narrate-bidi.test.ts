import fc from 'fast-check';
import { applyCommand, createSimulation, type Command, type SimEvent } from '../engine/index.ts';
import { describeEvent, isolate } from './narrate.ts';

// Names and keys are isolated in narrated sentences, so none can reorder the words around them.

function eventsOf(commands: Command[]): SimEvent[] {
  let state = createSimulation({ seed: 1, kafkaVersion: 'classic' });
  let events: SimEvent[] = [];
  for (const command of commands) {
    const r = applyCommand(state, command);
    if (r.error) throw new Error(r.error.message);
    state = r.state;
    events = r.events;
  }
  return events;
}

describe('names in narration', () => {
  it('isolates a right-to-left consumer and group name', () => {
    const [joined] = eventsOf([{ type: 'createTopic', topic: 't', partitions: 1 }, { type: 'addConsumer', consumer: 'عامل', group: 'קבוצה', topics: ['t'] }]);
    const line = describeEvent(joined!, 'en');
    expect(line).toContain('\u2068عامل\u2069');
    expect(line).toContain('\u2068קבוצה\u2069');
  });

  it('isolates a key carrying a right-to-left override, so the rest of the sentence keeps its order', () => {
    const events = eventsOf([{ type: 'createTopic', topic: 't', partitions: 1 }, { type: 'addProducer', producer: 'p' }, { type: 'produce', producer: 'p', topic: 't', key: 'a\u202eb', value: 'v' }]);
    const line = describeEvent(events[0]!, 'ko');
    expect(line).toContain('\u2068a\u202eb\u2069');
  });

  it('leaves ASCII names as they are', () => {
    expect(isolate('consumer-1')).toBe('consumer-1');
  });

  it('any key appears in its sentence exactly once, whole, inside one isolate when not ASCII', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }), (key) => {
      const events = eventsOf([{ type: 'createTopic', topic: 't', partitions: 2 }, { type: 'addProducer', producer: 'p' }, { type: 'produce', producer: 'p', topic: 't', key, value: 'v' }]);
      const line = describeEvent(events[0]!, 'en');
      const ascii = /^[\x20-\x7e]*$/.test(key);
      expect(line).toContain(ascii ? `"${key}"` : `"\u2068${key}\u2069"`);
      // Outside the isolate, the sentence is the one any ASCII key gives.
      const plain = describeEvent(eventsOf([{ type: 'createTopic', topic: 't', partitions: 2 }, { type: 'addProducer', producer: 'p' }, { type: 'produce', producer: 'p', topic: 't', key: 'K', value: 'v' }])[0]!, 'en');
      const strip = (s: string, k: string) => s.replace(/^[\x20-\x7e]*$/.test(k) ? `"${k}"` : `"\u2068${k}\u2069"`, '""').replace(/Key hash \d+ % 2 partitions = \d/, '').replace(/orders?-?\S*|t-\d/g, '');
      expect(strip(line, key)).toBe(strip(plain, 'K'));
    }), { numRuns: 200 });
  });
});
