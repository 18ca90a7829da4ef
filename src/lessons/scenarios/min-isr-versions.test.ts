import { describe, expect, it } from 'vitest';
import { partitionState, records, runCommands, type ProfileName } from '../../engine/index.ts';
import { applyCommand, createSimulation, type Command, type SimEvent } from '../../engine/index.ts';
import { MIN_ISR_VERSIONS_COMPARED, MIN_ISR_VERSIONS_TOPIC, minIsrVersionsCommands } from './min-isr-versions.ts';

// The sandbox's "compare versions" example: the same commands, Kafka's answer under 3.6 and 4.1.

function play(kafkaVersion: ProfileName): { events: SimEvent[]; state: ReturnType<typeof createSimulation> } {
  let state = createSimulation({ seed: 1, kafkaVersion });
  const events: SimEvent[] = [];
  for (const command of minIsrVersionsCommands() as Command[]) {
    const result = applyCommand(state, command);
    expect(result.error).toBeUndefined();
    state = result.state;
    events.push(...result.events);
  }
  return { events, state };
}
const ofType = <T extends SimEvent['type']>(events: SimEvent[], type: T) => events.filter((e): e is Extract<SimEvent, { type: T }> => e.type === type);

describe('compare versions: min.insync.replicas 3 on a topic of replication factor 2 (KAFKA-15583)', () => {
  it('compares the last version without the cap (3.6) with the newest (4.1)', () => {
    expect(MIN_ISR_VERSIONS_COMPARED).toEqual(['3.6', '4.1']);
  });
  it('Kafka 3.6: the acks=all send is answered NOT_ENOUGH_REPLICAS until delivery.timeout.ms expires it, nothing is written or read', () => {
    const { events, state } = play('3.6');
    // Each attempt answers NOT_ENOUGH_REPLICAS (retriable); delivery.timeout.ms then expires the send.
    expect(new Set(ofType(events, 'produceErrored').map((e) => e.error))).toEqual(new Set(['NOT_ENOUGH_REPLICAS']));
    expect(ofType(events, 'produceFailed').map((e) => e.error)).toEqual(['REQUEST_TIMED_OUT']);
    expect(ofType(events, 'produceAcknowledged')).toEqual([]);
    expect(records(state, MIN_ISR_VERSIONS_TOPIC, 0)).toEqual([]);
    expect(partitionState(state, MIN_ISR_VERSIONS_TOPIC, 0)!.highWatermark).toBe(0);
    expect(ofType(events, 'recordsFetched').reduce((n, e) => n + e.count, 0)).toBe(0);
  });
  it('Kafka 3.7+ (4.1): Partition.effectiveMinIsr caps the minimum at 2 replicas, the send is acknowledged and the consumer reads it', () => {
    const { events, state } = play('4.1');
    expect(ofType(events, 'topicCreated')[0]).toMatchObject({ minInsyncReplicas: 3, effectiveMinInsyncReplicas: 2 });
    expect(ofType(events, 'produceAcknowledged').map((e) => e.offset)).toEqual([0]);
    expect(ofType(events, 'produceFailed')).toEqual([]);
    expect(ofType(events, 'produceErrored')).toEqual([]);
    expect(records(state, MIN_ISR_VERSIONS_TOPIC, 0).map((r) => r.value)).toEqual(['payment-1']);
    expect(partitionState(state, MIN_ISR_VERSIONS_TOPIC, 0)!.highWatermark).toBe(1);
    expect(ofType(events, 'recordsFetched').reduce((n, e) => n + e.count, 0)).toBe(1);
  });
  it('the scenario is the same commands under both versions (runCommands refuses none)', () => {
    for (const v of MIN_ISR_VERSIONS_COMPARED) expect(runCommands(minIsrVersionsCommands(), { seed: 1, kafkaVersion: v }).kafkaVersion).toBe(v);
  });
});
