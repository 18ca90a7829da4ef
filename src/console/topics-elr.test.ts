import { describe, expect, it } from 'vitest';
import { applyCommand, createSimulation, type Command, type ProfileName } from '../engine/index.ts';
import { runLine } from './index.ts';
import { stdoutOf } from './result.ts';

// kafka-topics --describe prints Elr / LastKnownElr after Isr (TopicCommand.PartitionDescription.printDescription,
// TopicCommand.java:374-388). With ELR off (every profile but 4.1, KIP-966) the broker answers empty lists.

const SETUP: Command[] = [{ type: 'addBroker', broker: 2 }, { type: 'addBroker', broker: 3 },
  { type: 'createTopic', topic: 'ledger', partitions: 1, replicationFactor: 3, minInsyncReplicas: 2 },
  { type: 'advanceTime', ms: 1000 }, { type: 'stopBroker', broker: 2 }, { type: 'stopBroker', broker: 3 }];

function describeLine(kafkaVersion: ProfileName): string {
  let state = createSimulation({ seed: 42, kafkaVersion });
  for (const c of SETUP) state = applyCommand(state, c).state;
  const out = stdoutOf(runLine(state, 'kafka-topics.sh --bootstrap-server localhost:9092 --describe --topic ledger'));
  return out.split('\n')[1]!;
}

describe('kafka-topics --describe Elr / LastKnownElr columns by version (KIP-966)', () => {
  it('4.1: the replica that left the ISR below min.insync.replicas is printed in Elr', () => {
    expect(describeLine('4.1')).toMatch(/\tIsr: 1\tElr: 3\tLastKnownElr: $/);
  });
  it('4.0, 3.9 and classic: the same cluster prints both columns empty', () => {
    for (const v of ['4.0', '3.9', 'classic'] as const) expect(describeLine(v)).toMatch(/\tIsr: 1\tElr: \tLastKnownElr: $/);
  });
});
