// npm run bench: engine throughput against a plain mutable baseline doing the same appends and
// offset moves, and heap per retained record. Figures are medians of several alternating runs,
// because this machine is shared and noisy.
import { applyCommand, createSimulation, partitionForKey, type Command, type SimState } from '../src/engine/index.ts';

const RECORDS = Number(process.env.BENCH_RECORDS ?? 1_000_000);
const PARTITIONS = 12;
const GROUPS = 3;
const MEMBERS = 4;
const POLL_EVERY = 1_200; // records produced between two rounds of poll + commit by every consumer
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

const keys = Array.from({ length: 1000 }, (_, i) => `customer-${i}`);
const consumerIds = Array.from({ length: GROUPS }, (_, g) => Array.from({ length: MEMBERS }, (_, m) => `g${g}-c${m}`)).flat();

function setupCommands(): Command[] {
  const commands: Command[] = [
    { type: 'createTopic', topic: 'orders', partitions: PARTITIONS },
    { type: 'addProducer', producer: 'p' },
  ];
  for (let g = 0; g < GROUPS; g++) {
    for (let m = 0; m < MEMBERS; m++) {
      commands.push({ type: 'addConsumer', consumer: `g${g}-c${m}`, group: `g${g}`, topics: ['orders'], autoOffsetReset: 'earliest', enableAutoCommit: false });
    }
  }
  // Members join in their first poll; joining before the timed run keeps it to reads and commits.
  for (const consumer of consumerIds) commands.push({ type: 'poll', consumer });
  return commands;
}

function must(state: SimState, command: Command): SimState {
  const result = applyCommand(state, command);
  if (result.error) throw new Error(result.error.message);
  return result.state;
}

function runEngine(): { ms: number; fetched: number; state: SimState } {
  let state = createSimulation({ seed: 1 });
  for (const c of setupCommands()) state = must(state, c);
  let fetched = 0;
  const start = performance.now();
  for (let i = 0; i < RECORDS; i++) {
    state = must(state, { type: 'produce', producer: 'p', topic: 'orders', key: keys[i % keys.length]!, value: `order #${i}` });
    if ((i + 1) % POLL_EVERY === 0) {
      for (const consumer of consumerIds) {
        const polled = applyCommand(state, { type: 'poll', consumer });
        state = polled.state;
        for (const e of polled.events) if (e.type === 'recordsFetched') fetched += e.count;
        state = must(state, { type: 'commit', consumer });
      }
    }
  }
  return { ms: performance.now() - start, fetched, state };
}

interface BaselineRecord { offset: number; key: string; value: string; timestamp: number; producer: string }

/** The same work with plain mutable arrays and maps: what the engine's immutability costs is the ratio. */
function runBaseline(): { ms: number; fetched: number } {
  const logs: BaselineRecord[][] = Array.from({ length: PARTITIONS }, () => []);
  // Range assignment of 12 partitions over 4 members: 3 each.
  const owned = (m: number) => [m * 3, m * 3 + 1, m * 3 + 2];
  const positions = consumerIds.map(() => new Map<number, number>());
  const committed = Array.from({ length: GROUPS }, () => new Map<number, number>());
  let fetched = 0;
  const start = performance.now();
  for (let i = 0; i < RECORDS; i++) {
    const key = keys[i % keys.length]!;
    const p = partitionForKey(key, PARTITIONS);
    const log = logs[p]!;
    log.push({ offset: log.length, key, value: `order #${i}`, timestamp: 0, producer: 'p' });
    if ((i + 1) % POLL_EVERY === 0) {
      consumerIds.forEach((_, c) => {
        const g = Math.floor(c / MEMBERS);
        let budget = 500;
        const out: BaselineRecord[] = [];
        for (const partition of owned(c % MEMBERS)) {
          const from = positions[c]!.get(partition) ?? 0;
          const batch = logs[partition]!.slice(from, from + budget);
          out.push(...batch);
          budget -= batch.length;
          positions[c]!.set(partition, from + batch.length);
        }
        fetched += out.length;
        for (const [partition, offset] of positions[c]!) committed[g]!.set(partition, offset);
      });
    }
  }
  return { ms: performance.now() - start, fetched };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function heapUsed(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

function memoryPerRecord(): { counts: number[]; mb: number[]; bytesPerRecord: number[] } {
  // One growing log, measured at checkpoints: linear growth means the bytes per record stay flat.
  const counts = [RECORDS / 4, RECORDS / 2, RECORDS];
  const mb: number[] = [];
  const bytesPerRecord: number[] = [];
  const before = heapUsed();
  let state = createSimulation({ seed: 1 });
  state = must(state, { type: 'createTopic', topic: 'orders', partitions: PARTITIONS });
  state = must(state, { type: 'addProducer', producer: 'p' });
  for (let i = 1; i <= RECORDS; i++) {
    state = must(state, { type: 'produce', producer: 'p', topic: 'orders', key: keys[i % keys.length]!, value: `order #${i}` });
    if (counts.includes(i)) {
      const used = heapUsed() - before;
      mb.push(used / 1e6);
      bytesPerRecord.push(used / i);
    }
  }
  return { counts, mb, bytesPerRecord };
}

function retainedHeapUnderRetention(): { produced: number; retained: number; mb: number }[] {
  const out: { produced: number; retained: number; mb: number }[] = [];
  const base = heapUsed();
  let state = createSimulation({ seed: 1, retentionCheckIntervalMs: 1000 });
  state = must(state, { type: 'createTopic', topic: 'orders', partitions: PARTITIONS, segmentBytes: 100_000, retentionBytes: 1_000_000 });
  state = must(state, { type: 'addProducer', producer: 'p' });
  for (let i = 1; i <= RECORDS; i++) {
    state = must(state, { type: 'produce', producer: 'p', topic: 'orders', key: keys[i % keys.length]!, value: `order #${i}` });
    if (i % 10_000 === 0) state = must(state, { type: 'advanceTime', ms: 1000 });
    if (i % (RECORDS / 4) === 0) {
      const retained = Object.values(state.topics['orders']!.partitions).reduce((n, log) => n + log.logEndOffset - log.logStartOffset, 0);
      out.push({ produced: i, retained, mb: (heapUsed() - base) / 1e6 });
    }
  }
  return out;
}

const engineMs: number[] = [];
const baselineMs: number[] = [];
let fetchedCheck = '';
for (let run = 0; run < RUNS; run++) {
  gc();
  const b = runBaseline();
  gc();
  const e = runEngine();
  engineMs.push(e.ms);
  baselineMs.push(b.ms);
  fetchedCheck = `engine fetched ${e.fetched.toLocaleString('en')} records, baseline ${b.fetched.toLocaleString('en')}`;
}
const engineMedian = median(engineMs);
const baselineMedian = median(baselineMs);
const fmt = (n: number) => n.toFixed(0);
console.log(`engine throughput: ${RECORDS.toLocaleString('en')} produced records, ${PARTITIONS} partitions, ${GROUPS} groups x ${MEMBERS} consumers polling + committing every ${POLL_EVERY} records; ${RUNS} runs`);
console.log(`  ${fetchedCheck}`);
console.log(`  engine   median ${fmt(engineMedian)} ms  (${fmt(RECORDS / (engineMedian / 1000))} records/s)  runs: ${engineMs.map(fmt).join(', ')}`);
console.log(`  baseline median ${fmt(baselineMedian)} ms  (${fmt(RECORDS / (baselineMedian / 1000))} records/s)  runs: ${baselineMs.map(fmt).join(', ')}`);
console.log(`  ratio engine/baseline: ${(engineMedian / baselineMedian).toFixed(2)}x  (goal: within 4x)`);

const memory = memoryPerRecord();
console.log('engine heap with every record retained (linear means bytes/record stays flat):');
memory.counts.forEach((count, i) => console.log(`  ${count.toLocaleString('en')} records: ${memory.mb[i]!.toFixed(1)} MB, ${memory.bytesPerRecord[i]!.toFixed(0)} bytes/record`));
console.log('engine heap under retention.bytes (retained records stay bounded, so should the heap):');
for (const row of retainedHeapUnderRetention()) console.log(`  produced ${row.produced.toLocaleString('en')}: retained ${row.retained.toLocaleString('en')}, heap +${row.mb.toFixed(1)} MB`);
