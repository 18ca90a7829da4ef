import { createSimulation } from '../apply.ts';
import type { Command } from '../commands.ts';
import { recordTransactionState, transactionalIds, transactionState } from '../queries.ts';
import { run } from '../test-support/run.ts';

// A record's transaction as its partition's leader knows it (ProducerStateManager's ongoing
// transactions, the AbortedTxn index), and what DescribeTransactions reports of a transactional id.

const begin = (producer: string): Command => ({ type: 'beginTransaction', producer });
const send = (producer: string, value: string): Command => ({ type: 'produce', producer, topic: 't', value, partition: 0 });
const setup: Command[] = [
  { type: 'createTopic', topic: 't', partitions: 1 },
  { type: 'addProducer', producer: 'plain' },
  { type: 'addProducer', producer: 'tp', transactionalId: 'tx' },
  { type: 'initTransactions', producer: 'tp' },
];

describe('recordTransactionState: open until its marker, then committed or aborted (AbortedTxn)', () => {
  it('marks each transactional record by its own transaction, and none for plain records or markers', () => {
    const { state } = run([
      ...setup,
      begin('tp'), send('tp', 'a'), { type: 'commitTransaction', producer: 'tp' }, { type: 'advanceTime', ms: 1000 },
      begin('tp'), send('tp', 'b'), { type: 'abortTransaction', producer: 'tp' }, { type: 'advanceTime', ms: 1000 },
      begin('tp'), send('tp', 'c'), send('plain', 'd'),
    ], createSimulation({ seed: 3 }));
    // 0 a (committed), 1 commit marker, 2 b (aborted), 3 abort marker, 4 c (open), 5 d (plain).
    expect([0, 1, 2, 3, 4, 5, 6].map((o) => recordTransactionState(state, 't', 0, o))).toEqual(['committed', undefined, 'aborted', undefined, 'open', undefined, undefined]);
  });
});

describe('transactionState: what kafka-transactions describe reads (DescribeTransactions)', () => {
  it('has the start time only while a transaction of this epoch started; a new epoch clears it (prepareIncrementProducerEpoch: -1)', () => {
    const first = run([...setup, { type: 'advanceTime', ms: 500 }, begin('tp'), send('tp', 'a')], createSimulation({ seed: 3 }));
    expect(transactionState(first.state, 'tx')).toMatchObject({ state: 'Ongoing', transactionStartTimeMs: 500, transactionTimeoutMs: 60_000 });
    const committed = run([{ type: 'commitTransaction', producer: 'tp' }, { type: 'advanceTime', ms: 1000 }], first.state);
    expect(transactionState(committed.state, 'tx')).toMatchObject({ state: 'CompleteCommit', transactionStartTimeMs: 500, partitions: [] });
    const fencing = run([{ type: 'addProducer', producer: 'tp-2', transactionalId: 'tx' }, { type: 'initTransactions', producer: 'tp-2' }], committed.state);
    const described = transactionState(fencing.state, 'tx')!;
    expect(described.state).toBe('Empty');
    expect(described.transactionStartTimeMs).toBeUndefined();
    expect(transactionalIds(fencing.state)).toEqual(['tx']);
  });
});
