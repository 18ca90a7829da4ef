import fc from 'fast-check';
import { applyCommand, createSimulation, runCommands } from '../apply.ts';
import type { Command } from '../commands.ts';
import type { SimEvent } from '../events.ts';
import { lastStableOffset, records } from '../queries.ts';
import type { SimState } from '../types.ts';

// Invariants of transactions under random interleavings (KIP-98): a read_committed consumer never
// returns a record of an aborted or still open transaction, and a committed transaction becomes
// visible to read_committed readers in all its partitions at once (below each partition's LSO).

type Action =
  | { kind: 'send'; partition: number }
  | { kind: 'plain'; partition: number }
  | { kind: 'commit' } | { kind: 'abort' } | { kind: 'fence' }
  | { kind: 'advance'; ms: number }
  | { kind: 'poll'; max: number };

const PARTITIONS = 3;
const actionArb: fc.Arbitrary<Action> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('send' as const), partition: fc.integer({ min: 0, max: PARTITIONS - 1 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('plain' as const), partition: fc.integer({ min: 0, max: PARTITIONS - 1 }) }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'commit' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'abort' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'fence' as const }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('advance' as const), ms: fc.constantFrom(0, 50, 100, 600, 5000, 70_000) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('poll' as const), max: fc.integer({ min: 1, max: 4 }) }) },
);

const setup = (brokers: number): Command[] => [
  ...Array.from({ length: brokers - 1 }, (_, i): Command => ({ type: 'addBroker', broker: i + 2 })),
  { type: 'createTopic', topic: 'orders', partitions: PARTITIONS, replicationFactor: brokers },
  { type: 'addProducer', producer: 'plain' },
  { type: 'addProducer', producer: 'tp0', transactionalId: 'tx' },
  { type: 'initTransactions', producer: 'tp0' },
  { type: 'addConsumer', consumer: 'rc', group: 'g', topics: ['orders'], autoOffsetReset: 'earliest', isolationLevel: 'read_committed' },
];

interface Run { state: SimState; commands: Command[]; events: SimEvent[]; violations: string[]; outcome: Map<number, 'open' | 'commit' | 'abort'> }

/** Plays the actions, turning them into commands as a client would (begin before the first send, a new producer after fencing). */
function play(actions: readonly Action[], brokers: number): Run {
  let state = createSimulation({ seed: 11 });
  const commands: Command[] = [];
  const events: SimEvent[] = [];
  const violations: string[] = [];
  const outcome = new Map<number, 'open' | 'commit' | 'abort'>();
  let producer = 0;
  let txn = -1;
  let inTxn = false;
  let sent = 0;
  const apply = (command: Command): SimEvent[] => {
    const result = applyCommand(state, command);
    if (result.error) throw new Error(`${command.type} refused: ${result.error.message}`);
    state = result.state;
    commands.push(command);
    events.push(...result.events);
    // The coordinator aborted the open transaction on its own (transaction.timeout.ms): the producer is fenced.
    if (result.events.some((e) => e.type === 'transactionStateChanged' && e.reason === 'timeout')) {
      if (inTxn) outcome.set(txn, 'abort');
      inTxn = false;
      producer++;
      apply({ type: 'addProducer', producer: `tp${producer}`, transactionalId: 'tx' });
      apply({ type: 'initTransactions', producer: `tp${producer}` });
    }
    return result.events;
  };
  for (const c of setup(brokers)) apply(c);
  for (const action of actions) {
    const tp = `tp${producer}`;
    switch (action.kind) {
      case 'send':
        if (!inTxn) {
          // commitTransaction/abortTransaction block until the records are answered: the client waits.
          for (let i = 0; i < 200 && state.producers[`tp${producer}`]?.transactional?.pendingEnd !== undefined; i++) apply({ type: 'advanceTime', ms: 500 });
          apply({ type: 'beginTransaction', producer: `tp${producer}` });
          txn++;
          outcome.set(txn, 'open');
          inTxn = true;
        }
        apply({ type: 'produce', producer: `tp${producer}`, topic: 'orders', partition: action.partition, value: `t${txn}-${sent++}` });
        break;
      case 'plain':
        apply({ type: 'produce', producer: 'plain', topic: 'orders', partition: action.partition, value: `p${sent++}` });
        break;
      case 'commit': case 'abort':
        if (!inTxn) break;
        outcome.set(txn, action.kind);
        inTxn = false;
        apply({ type: action.kind === 'commit' ? 'commitTransaction' : 'abortTransaction', producer: tp });
        break;
      case 'fence':
        if (inTxn) outcome.set(txn, 'abort');
        inTxn = false;
        producer++;
        apply({ type: 'addProducer', producer: `tp${producer}`, transactionalId: 'tx' });
        apply({ type: 'initTransactions', producer: `tp${producer}` });
        break;
      case 'advance':
        apply({ type: 'advanceTime', ms: action.ms });
        break;
      case 'poll':
        for (const e of apply({ type: 'poll', consumer: 'rc', maxRecords: action.max })) {
          if (e.type !== 'recordsFetched') continue;
          for (const r of e.batches.flatMap((b) => b.records)) {
            const m = /^t(\d+)-/.exec(r.value ?? '');
            if (r.control !== undefined) violations.push(`marker at ${r.offset} returned`);
            if (m && outcome.get(Number(m[1])) !== 'commit') violations.push(`${r.value} returned while its transaction is ${outcome.get(Number(m[1]))}`);
          }
        }
        break;
    }
    violations.push(...visibilityViolations(state, outcome));
  }
  return { state, commands, events, violations, outcome };
}

/** All-or-nothing: each transaction's records are either all below their partitions' LSO, or none is. */
function visibilityViolations(state: SimState, outcome: Map<number, string>): string[] {
  const below = new Map<number, { visible: number; total: number }>();
  for (let p = 0; p < PARTITIONS; p++) {
    const lso = lastStableOffset(state, 'orders', p)!;
    for (const r of records(state, 'orders', p)) {
      const m = /^t(\d+)-/.exec(r.value ?? '');
      if (!m || r.control !== undefined) continue;
      const counts = below.get(Number(m[1])) ?? { visible: 0, total: 0 };
      counts.total++;
      if (r.offset < lso) counts.visible++;
      below.set(Number(m[1]), counts);
    }
  }
  const out: string[] = [];
  for (const [txn, { visible, total }] of below) {
    if (visible !== 0 && visible !== total) out.push(`transaction ${txn} (${outcome.get(txn)}) half visible: ${visible}/${total}`);
  }
  return out;
}

describe('transactions under random interleavings (fast-check)', () => {
  it.each([1, 3])('a read_committed consumer never returns an aborted or open transaction\'s record nor a marker (%i brokers)', (brokers) => {
    fc.assert(fc.property(fc.array(actionArb, { maxLength: 40 }), (actions) => {
      expect(play(actions, brokers).violations).toEqual([]);
    }), { numRuns: brokers === 1 ? 150 : 60 });
  });

  it('committed transactions are atomic across partitions: at the end the reader has every committed record once, and nothing else', () => {
    fc.assert(fc.property(fc.array(actionArb, { maxLength: 40 }), (actions) => {
      const run = play([...actions, { kind: 'advance', ms: 2000 }, ...Array.from({ length: 40 }, () => ({ kind: 'poll' as const, max: 4 }))], 1);
      expect(run.violations).toEqual([]);
      const seen = run.events.filter((e): e is Extract<SimEvent, { type: 'recordsFetched' }> => e.type === 'recordsFetched').flatMap((e) => e.batches.flatMap((b) => b.records.map((r) => r.value ?? ''))).filter((v) => v.startsWith('t'));
      const expected = [0, 1, 2].flatMap((p) => records(run.state, 'orders', p)).filter((r) => r.control === undefined && /^t\d+-/.test(r.value ?? '') && run.outcome.get(Number(/^t(\d+)-/.exec(r.value ?? '')![1])) === 'commit').map((r) => r.value);
      expect([...seen].sort()).toEqual([...expected].sort());
    }), { numRuns: 100 });
  });

  it('same seed and commands, same run: states and events are equal', () => {
    fc.assert(fc.property(fc.array(actionArb, { maxLength: 30 }), (actions) => {
      const first = play(actions, 3);
      const second = play(actions, 3);
      expect(JSON.stringify(second.events)).toBe(JSON.stringify(first.events));
      expect(runCommands(first.commands, { seed: 11 })).toEqual(first.state);
    }), { numRuns: 40 });
  });
});
