import { describe, expect, it } from 'vitest';
import { applyCommand, createSimulation, type Command, type ProfileName, type SimEvent } from '../engine/index.ts';
import { describeEvent } from './narrate.ts';

// Issue 18 item 3: the event log names the version's rule wherever the versions differ.

function eventsUnder(kafkaVersion: ProfileName, commands: readonly Command[]): SimEvent[] {
  let state = createSimulation({ seed: 3, kafkaVersion });
  const events: SimEvent[] = [];
  for (const command of commands) {
    const r = applyCommand(state, command);
    expect(r.error).toBeUndefined();
    state = r.state;
    events.push(...r.events);
  }
  return events;
}

const ADD: Command[] = [{ type: 'createTopic', topic: 'orders', partitions: 1 }, { type: 'addProducer', producer: 'p' }];
const addedText = (v: ProfileName, lang: 'en' | 'ko') => describeEvent(eventsUnder(v, ADD).find((e) => e.type === 'producerAdded')!, lang);

describe('the event log names the version behind a producer\'s defaults', () => {
  it('before 3.0 the defaults acks=1 and idempotence off are named as that version\'s (ProducerConfig, KIP-679)', () => {
    expect(addedText('2.8', 'en')).toContain('Kafka 2.8: acks=1 and idempotence off are this version\'s defaults (acks=all and idempotence on since 3.0, KIP-679).');
    expect(addedText('2.3', 'ko')).toContain('Kafka 2.3: acks=1과 멱등성 꺼짐이 이 버전의 기본값입니다(3.0부터 acks=all, 멱등성 켜짐, KIP-679).');
  });
  it('an acks the user chose is not a default: no note', () => {
    const events = eventsUnder('2.8', [{ type: 'addProducer', producer: 'p', acks: 1 }]);
    expect(describeEvent(events[0]!, 'en')).not.toContain('KIP-679');
  });
  it('4.0+ names linger.ms 5 (KIP-1030); 3.x and classic name no version rule', () => {
    expect(addedText('4.0', 'en')).toContain('Kafka 4.0+: linger.ms is 5 ms by default (KIP-1030), so records sent to one partition within it go in one batch and one request.');
    expect(addedText('4.1', 'ko')).toContain('Kafka 4.0+: linger.ms 기본값이 5ms라서(KIP-1030)');
    for (const v of ['3.6', '3.9', 'classic'] as const) expect(addedText(v, 'en')).not.toMatch(/KIP-679|KIP-1030/);
  });
  it('a batch sent after linger.ms says how many records went in one request, in both languages', () => {
    const events = eventsUnder('4.1', [...ADD, { type: 'produce', producer: 'p', topic: 'orders', value: 'a' }, { type: 'produce', producer: 'p', topic: 'orders', value: 'b' }, { type: 'advanceTime', ms: 5 }]);
    const sent = events.find((e) => e.type === 'batchSent')!;
    expect(describeEvent(sent, 'en')).toBe('Producer p sent its batch for orders-0 as one produce request after linger.ms (5 ms): 2 records.');
    expect(describeEvent(sent, 'ko')).toBe('p 프로듀서가 linger.ms(5ms)가 지나 orders-0 파티션의 배치를 프로듀스 요청 하나로 보냈습니다: 레코드 2개.');
    const held = events.find((e) => e.type === 'recordAccumulated')!;
    expect(describeEvent(held, 'en')).toContain('Kafka 4.0+: linger.ms is 5 ms by default (KIP-1030)');
  });
});
