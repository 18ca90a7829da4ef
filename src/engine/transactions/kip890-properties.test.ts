import fc from 'fast-check';
import { applyCommand, createSimulation } from '../apply.ts';
import type { Command } from '../commands.ts';
import { lastStableOffset, records } from '../queries.ts';
import { partitionState } from '../replication/queries.ts';
import type { SimState } from '../types.ts';

// Transaction version 2 (KIP-890 part 2, 4.0+) under random interleavings with late writes of
// ended transactions: a read_committed consumer never returns a record of an aborted transaction
// nor a late write, and the last stable offset never passes the first offset of a transaction whose
// marker is not yet written below the high watermark (read from the log, not from the model's index).

type Action =
  | { kind: 'send'; partition: number } | { kind: 'plain'; partition: number } | { kind: 'late'; partition: number }
  | { kind: 'commit' } | { kind: 'abort' }
  | { kind: 'advance'; ms: number }
  | { kind: 'poll' };

const PARTITIONS = 2;
const partition = fc.integer({ min: 0, max: PARTITIONS - 1 });
const actionArb: fc.Arbitrary<Action> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('send' as const), partition }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('plain' as const), partition }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('late' as const), partition }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'commit' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'abort' as const }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('advance' as const), ms: fc.constantFrom(0, 100, 600, 5000) }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'poll' as const }) },
);

/** Transactional records in the log whose producer has written no marker after them below the high watermark: their transaction is undecided. */
function undecidedFirstOffset(state: SimState, p: number): number | undefined {
  const highWatermark = partitionState(state, 'orders', p)!.highWatermark;
  const log = records(state, 'orders', p);
  for (const r of log) {
    if (r.control !== undefined || r.producerId === undefined) continue;
    const decided = log.some((m) => m.control !== undefined && m.producerId === r.producerId && m.offset > r.offset && m.offset < highWatermark);
    if (!decided) return r.offset;
  }
  return undefined;
}

function play(actions: readonly Action[], kafkaVersion: '4.0' | '4.1'): string[] {
  let state = createSimulation({ seed: 13, kafkaVersion });
  const violations: string[] = [];
  const outcome = new Map<number, 'open' | 'commit' | 'abort'>();
  let txn = -1;
  let inTxn = false;
  let n = 0;
  const apply = (command: Command) => {
    const result = applyCommand(state, command);
    if (result.error) throw new Error(`${command.type} refused: ${result.error.message}`);
    state = result.state;
    return result.events;
  };
  for (const c of [
    { type: 'createTopic', topic: 'orders', partitions: PARTITIONS }, { type: 'addProducer', producer: 'plain' },
    { type: 'addProducer', producer: 'tp', transactionalId: 'tx', transactionTimeoutMs: 900_000 }, { type: 'initTransactions', producer: 'tp' },
    { type: 'addConsumer', consumer: 'rc', group: 'g', topics: ['orders'], autoOffsetReset: 'earliest', isolationLevel: 'read_committed' },
  ] as Command[]) apply(c);
  for (const action of actions) {
    switch (action.kind) {
      case 'send':
        if (!inTxn) {
          apply({ type: 'beginTransaction', producer: 'tp' });
          outcome.set(++txn, 'open');
          inTxn = true;
        }
        apply({ type: 'produce', producer: 'tp', topic: 'orders', partition: action.partition, value: `t${txn}-${n++}`, flush: true });
        break;
      case 'plain':
        apply({ type: 'produce', producer: 'plain', topic: 'orders', partition: action.partition, value: `p${n++}`, flush: true });
        break;
      case 'late':
        // A write of the last ended transaction (only once one has ended).
        if (txn < 0 || (inTxn && txn === 0)) break;
        for (const e of apply({ type: 'lateProduce', producer: 'tp', topic: 'orders', partition: action.partition, value: `late${n++}` })) {
          if (e.type === 'lateWriteArrived' && e.outcome !== 'refused') violations.push(`late write ${e.outcome} at ${e.offset}`);
        }
        break;
      case 'commit': case 'abort':
        if (!inTxn) break;
        outcome.set(txn, action.kind);
        inTxn = false;
        apply({ type: action.kind === 'commit' ? 'commitTransaction' : 'abortTransaction', producer: 'tp' });
        break;
      case 'advance':
        apply({ type: 'advanceTime', ms: action.ms });
        break;
      case 'poll':
        for (const e of apply({ type: 'poll', consumer: 'rc' })) {
          if (e.type !== 'recordsFetched') continue;
          for (const r of e.batches.flatMap((b) => b.records)) {
            const m = /^t(\d+)-/.exec(r.value ?? '');
            if (m && outcome.get(Number(m[1])) === 'abort') violations.push(`${r.value} returned from an aborted transaction`);
            if (r.value?.startsWith('late')) violations.push(`${r.value} returned`);
          }
        }
        break;
    }
    for (let p = 0; p < PARTITIONS; p++) {
      const first = undecidedFirstOffset(state, p);
      const lso = lastStableOffset(state, 'orders', p)!;
      if (first !== undefined && lso > first) violations.push(`partition ${p}: LSO ${lso} passed the open transaction at ${first}`);
    }
  }
  return violations;
}

describe('transaction version 2 under random interleavings with late writes (fast-check)', () => {
  it.each(['4.0', '4.1'] as const)('%s: read_committed never reads an aborted record nor a late write, and the LSO never passes an open transaction', (version) => {
    fc.assert(fc.property(fc.array(actionArb, { maxLength: 40 }), (actions) => {
      expect(play(actions, version)).toEqual([]);
    }), { numRuns: 80 });
  });
});
