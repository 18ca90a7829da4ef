// npm run bench (replicated part): 1,000,000 records on 12 partitions with replication factor 3
// over 3 brokers, acks=all, 3 groups x 4 consumers polling and committing, against a plain
// mutable baseline doing the same appends on three replicas and the same offset moves. Model time
// advances 500 ms (one fetch round) before each round of polls, so followers copy, the high
// watermark moves and acknowledgements return. Medians of alternating runs, in CPU time (this machine
// is shared, and wall time counts the other tenants' work).
import { applyCommand, createSimulation, partitionForKey, partitionState, type Command, type SimState } from '../src/engine/index.ts';

const RECORDS = Number(process.env.BENCH_RECORDS ?? 1_000_000);
const PARTITIONS = 12;
const GROUPS = 3;
const MEMBERS = 4;
const POLL_EVERY = 1_200;
// A fetch round (model time) every 400 records keeps the records awaiting acks=all below the
// simulator's cap on unacknowledged records per producer (maxPendingRequests, 512).
const ADVANCE_EVERY = 400;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const keys = Array.from({ length: 1000 }, (_, i) => `customer-${i}`);
const consumerIds = Array.from({ length: GROUPS }, (_, g) => Array.from({ length: MEMBERS }, (_, m) => `g${g}-c${m}`)).flat();

/** CPU time of this process (user + system) in ms: steadier than wall time on a shared machine. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function must(state: SimState, command: Command): SimState {
  const result = applyCommand(state, command);
  if (result.error) throw new Error(result.error.message);
  return result.state;
}

function setup(replicationFactor: number): SimState {
  let state = createSimulation({ seed: 1 });
  const commands: Command[] = [
    { type: 'addBroker', broker: 2 }, { type: 'addBroker', broker: 3 },
    { type: 'createTopic', topic: 'orders', partitions: PARTITIONS, replicationFactor },
    { type: 'addProducer', producer: 'p' },
  ];
  for (let g = 0; g < GROUPS; g++) {
    for (let m = 0; m < MEMBERS; m++) commands.push({ type: 'addConsumer', consumer: `g${g}-c${m}`, group: `g${g}`, topics: ['orders'], autoOffsetReset: 'earliest', enableAutoCommit: false });
  }
  for (const c of commands) state = must(state, c);
  return state;
}

function runEngine(): { ms: number; fetched: number; acked: number } {
  let state = setup(3);
  let fetched = 0;
  let acked = 0;
  const start = cpuMs();
  for (let i = 0; i < RECORDS; i++) {
    state = must(state, { type: 'produce', producer: 'p', topic: 'orders', key: keys[i % keys.length]!, value: `order #${i}` });
    if ((i + 1) % ADVANCE_EVERY === 0) {
      const advanced = applyCommand(state, { type: 'advanceTime', ms: 1000 });
      state = advanced.state;
      for (const e of advanced.events) if (e.type === 'produceAcknowledged') acked++;
    }
    if ((i + 1) % POLL_EVERY === 0) {
      for (const consumer of consumerIds) {
        const polled = applyCommand(state, { type: 'poll', consumer });
        state = polled.state;
        for (const e of polled.events) if (e.type === 'recordsFetched') fetched += e.count;
        state = must(state, { type: 'commit', consumer });
      }
    }
  }
  return { ms: cpuMs() - start, fetched, acked };
}

interface BaselineRecord { offset: number; key: string; value: string; timestamp: number; producer: string }

/** The same appends on a leader and two follower copies, the high watermark, acks and offset moves, with mutable arrays. */
function runBaseline(): { ms: number; fetched: number; acked: number } {
  const leaders: BaselineRecord[][] = Array.from({ length: PARTITIONS }, () => []);
  const followers: BaselineRecord[][][] = Array.from({ length: 2 }, () => Array.from({ length: PARTITIONS }, () => []));
  const highWatermark = new Array<number>(PARTITIONS).fill(0);
  const pending: { partition: number; offset: number }[] = [];
  const owned = (m: number) => [m * 3, m * 3 + 1, m * 3 + 2];
  const positions = consumerIds.map(() => new Map<number, number>());
  const committed = Array.from({ length: GROUPS }, () => new Map<number, number>());
  let fetched = 0;
  let acked = 0;
  const start = cpuMs();
  for (let i = 0; i < RECORDS; i++) {
    const key = keys[i % keys.length]!;
    const p = partitionForKey(key, PARTITIONS);
    const log = leaders[p]!;
    log.push({ offset: log.length, key, value: `order #${i}`, timestamp: 0, producer: 'p' });
    pending.push({ partition: p, offset: log.length - 1 });
    if ((i + 1) % ADVANCE_EVERY === 0) {
      for (const copies of followers) copies.forEach((copy, part) => { for (let o = copy.length; o < leaders[part]!.length; o++) copy.push(leaders[part]![o]!); });
      for (let part = 0; part < PARTITIONS; part++) highWatermark[part] = Math.min(leaders[part]!.length, ...followers.map((f) => f[part]!.length));
      acked += pending.filter((r) => r.offset < highWatermark[r.partition]!).length;
      pending.length = 0;
    }
    if ((i + 1) % POLL_EVERY === 0) {
      consumerIds.forEach((_, c) => {
        const g = Math.floor(c / MEMBERS);
        let budget = 500;
        for (const partition of owned(c % MEMBERS)) {
          const from = positions[c]!.get(partition) ?? 0;
          const batch = leaders[partition]!.slice(from, Math.min(highWatermark[partition]!, from + budget));
          budget -= batch.length;
          fetched += batch.length;
          positions[c]!.set(partition, from + batch.length);
        }
        for (const [partition, offset] of positions[c]!) committed[g]!.set(partition, offset);
      });
    }
  }
  return { ms: cpuMs() - start, fetched, acked };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function heapUsed(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
}

/** Heap per record of a growing log, with and without replication (followers copied every 1,200 records). */
function bytesPerRecord(replicationFactor: number): number {
  const before = heapUsed();
  let state = setup(replicationFactor);
  for (let i = 1; i <= RECORDS; i++) {
    state = must(state, { type: 'produce', producer: 'p', topic: 'orders', key: keys[i % keys.length]!, value: `order #${i}` });
    if (i % ADVANCE_EVERY === 0) state = must(state, { type: 'advanceTime', ms: 1000 });
  }
  state = must(state, { type: 'advanceTime', ms: 2000 });
  const used = heapUsed() - before;
  if (partitionState(state, 'orders', 0)!.highWatermark === 0) throw new Error('nothing replicated');
  return used / RECORDS;
}

const engineMs: number[] = [];
const baselineMs: number[] = [];
let check = '';
for (let run = 0; run < RUNS; run++) {
  const b = runBaseline();
  const e = runEngine();
  engineMs.push(e.ms);
  baselineMs.push(b.ms);
  check = `engine fetched ${e.fetched.toLocaleString('en')} and acknowledged ${e.acked.toLocaleString('en')}; baseline ${b.fetched.toLocaleString('en')} and ${b.acked.toLocaleString('en')}`;
}
const fmt = (n: number) => n.toFixed(0);
const ratio = median(engineMs) / median(baselineMs);
console.log(`replicated engine: ${RECORDS.toLocaleString('en')} records, ${PARTITIONS} partitions x replication factor 3 on 3 brokers, acks=all, ${GROUPS} groups x ${MEMBERS} consumers; ${RUNS} runs`);
console.log(`  ${check}`);
console.log(`  engine   median ${fmt(median(engineMs))} ms  runs: ${engineMs.map(fmt).join(', ')}`);
console.log(`  baseline median ${fmt(median(baselineMs))} ms  runs: ${baselineMs.map(fmt).join(', ')}`);
console.log(`  ratio engine/baseline: ${ratio.toFixed(2)}x  (goal: within 3x)`);
const unreplicated = bytesPerRecord(1);
const replicated = bytesPerRecord(3);
console.log(`  heap: ${fmt(replicated)} bytes/record with 3 replicas vs ${fmt(unreplicated)} with 1: ${(replicated / unreplicated).toFixed(2)}x  (goal: at most 1.5x)`);
