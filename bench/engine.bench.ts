// npm run bench (engine part), run on the engine as the browser builds it (bench/run-built.mjs).
// Per command (applyCommand, one at a time, as live play and the forms do) and replayed
// (runCommands of the whole timeline, as a file or link load does), unreplicated and replicated,
// each against its plain mutable baseline in the same process; CPU time (process.cpuUsage: the
// machine is shared, and wall time counts the other tenants' work) and wall time; medians of
// alternating runs. Then heap per retained record, and short-lived allocation per record.
import { loadavg } from 'node:os';
import { GCProfiler } from 'node:v8';
import { applyCommand, createSimulation, runCommands, type Command, type SimState } from '../src/engine/index.ts';
import { replicatedBaseline, unreplicatedBaseline, type BaselineResult } from './baselines.ts';
import { PARTITIONS, produceCommand, setupCommands, timeline } from './workload.ts';

const RECORDS = Number(process.env.BENCH_RECORDS ?? 1_000_000);
const RUNS = Math.max(3, Number(process.env.BENCH_RUNS ?? 3));

interface Timed<T> { cpu: number; wall: number; value: T }

function timed<T>(work: () => T): Timed<T> {
  gc();
  const cpu = process.cpuUsage();
  const wall = performance.now();
  const value = work();
  const used = process.cpuUsage(cpu);
  return { cpu: (used.user + used.system) / 1000, wall: performance.now() - wall, value };
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function heapUsed(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** applyCommand one command at a time; counts what the consumers fetched and the acks returned. */
function perCommand(commands: readonly Command[]): BaselineResult & { state: SimState } {
  let state = createSimulation({ seed: 1 });
  let fetched = 0;
  let acked = 0;
  for (const command of commands) {
    const result = applyCommand(state, command);
    if (result.error) throw new Error(`${command.type}: ${result.error.message}`);
    state = result.state;
    for (const e of result.events) {
      if (e.type === 'recordsFetched') fetched += e.count;
      else if (e.type === 'produceAcknowledged' && e.acks === 'all') acked++;
    }
  }
  return { fetched, acked, state };
}

function retained(state: SimState): number {
  return state.topics['orders']!.partitions.reduce((n, log) => n + log.logEndOffset - log.logStartOffset, 0);
}

const fmt = (n: number) => n.toFixed(0);
const ratios: string[] = [];

function compare(label: string, replicated: boolean): void {
  const commands = timeline(RECORDS, replicated);
  const baseline = replicated ? replicatedBaseline : unreplicatedBaseline;
  const rows = { baseline: [] as Timed<BaselineResult>[], command: [] as Timed<BaselineResult>[], replay: [] as Timed<SimState>[] };
  for (let run = 0; run < RUNS; run++) {
    rows.baseline.push(timed(() => baseline(RECORDS)));
    rows.command.push(timed(() => perCommand(commands)));
    rows.replay.push(timed(() => runCommands(commands, { seed: 1 })));
  }
  const b = rows.baseline[0]!.value;
  const e = rows.command[0]!.value;
  const replayed = retained(rows.replay[0]!.value);
  if (replayed !== RECORDS) throw new Error(`the replay kept ${replayed} records, not ${RECORDS}`);
  const what = replicated ? '3 brokers, replication factor 3, acks=all, a fetch round every 400 records' : 'one replica';
  console.log(`${label} (${what}): ${RECORDS.toLocaleString('en')} records, ${PARTITIONS} partitions, 3 groups x 4 consumers polling + committing every 1,200 records (${commands.length.toLocaleString('en')} commands), ${RUNS} runs`);
  console.log(`  engine fetched ${e.fetched.toLocaleString('en')}${replicated ? ` and acknowledged ${e.acked.toLocaleString('en')}` : ''}; baseline ${b.fetched.toLocaleString('en')}${replicated ? ` and ${b.acked.toLocaleString('en')}` : ''}`);
  const base = median(rows.baseline.map((r) => r.cpu));
  const goal = replicated ? 3 : 2;
  const line = (name: string, runs: Timed<unknown>[]) => {
    const cpu = median(runs.map((r) => r.cpu));
    const wall = median(runs.map((r) => r.wall));
    const ratio = cpu / base;
    const verdict = name === 'baseline' ? '' : `  ${ratio.toFixed(2)}x baseline CPU (goal <= ${goal}x${ratio <= goal ? ', met' : ', NOT met'})`;
    console.log(`  ${name.padEnd(12)} CPU median ${fmt(cpu).padStart(6)} ms, wall ${fmt(wall).padStart(6)} ms  (CPU runs ${runs.map((r) => fmt(r.cpu)).join(', ')})${verdict}`);
    if (name !== 'baseline') ratios.push(`${label} ${name}: ${ratio.toFixed(2)}x`);
  };
  line('baseline', rows.baseline);
  line('per command', rows.command);
  line('replayed', rows.replay);
}

/** Heap per retained record of a growing log, at three sizes (flat means linear growth). */
function heapPerRecord(replicated: boolean): number[] {
  const counts = [RECORDS / 4, RECORDS / 2, RECORDS];
  const out: number[] = [];
  const commands = setupCommands(replicated);
  const before = heapUsed();
  let state = runCommands(commands, { seed: 1 });
  for (let i = 1; i <= RECORDS; i++) {
    state = applyCommand(state, produceCommand(i)).state;
    if (replicated && i % 400 === 0) state = applyCommand(state, { type: 'advanceTime', ms: 1000 }).state;
    if (counts.includes(i)) out.push((heapUsed() - before) / i);
  }
  // linger.ms (the default profile) holds the last open batches until a flush.
  state = applyCommand(state, { type: 'flush', producer: 'p' }).state;
  if (replicated) state = applyCommand(state, { type: 'advanceTime', ms: 1000 }).state;
  if (retained(state) !== RECORDS) throw new Error('records went missing');
  return out;
}

/**
 * Bytes allocated per record by one per-command run, from V8's own GC statistics: what every
 * collection freed plus what is still in use at the end. Minus the retained heap, what remains
 * was short-lived (garbage made per record).
 */
function allocationPerRecord(work: () => unknown): { allocated: number; kept: number } {
  const start = heapUsed();
  const profiler = new GCProfiler();
  profiler.start();
  const kept = work();
  const stats = profiler.stop();
  const end = process.memoryUsage().heapUsed;
  let freed = 0;
  for (const gcRun of stats.statistics) freed += gcRun.beforeGC.heapStatistics.usedHeapSize - gcRun.afterGC.heapStatistics.usedHeapSize;
  const allocated = (end - start + freed) / RECORDS;
  const retainedBytes = (heapUsed() - start) / RECORDS;
  void kept;
  return { allocated, kept: retainedBytes };
}

function retentionHeap(): void {
  const base = heapUsed();
  let state = createSimulation({ seed: 1, retentionCheckIntervalMs: 1000 });
  state = applyCommand(state, { type: 'createTopic', topic: 'orders', partitions: PARTITIONS, segmentBytes: 100_000, retentionBytes: 1_000_000 }).state;
  state = applyCommand(state, { type: 'addProducer', producer: 'p' }).state;
  console.log('engine heap under retention.bytes (retained records stay bounded, so should the heap):');
  for (let i = 1; i <= RECORDS; i++) {
    state = applyCommand(state, produceCommand(i)).state;
    if (i % 10_000 === 0) state = applyCommand(state, { type: 'advanceTime', ms: 1000 }).state;
    if (i % (RECORDS / 4) === 0) console.log(`  produced ${i.toLocaleString('en')}: retained ${retained(state).toLocaleString('en')}, heap +${((heapUsed() - base) / 1e6).toFixed(1)} MB`);
  }
}

const load = loadavg()[0]!;
console.log(`engine bench, built as the browser builds it; load average at start ${load.toFixed(1)} (1 min)`);
compare('unreplicated', false);
compare('replicated', true);
for (const replicated of [false, true]) {
  const perRecord = heapPerRecord(replicated);
  console.log(`engine heap with every record retained${replicated ? ', 3 replicas' : ''}: ${perRecord.map(fmt).join(', ')} bytes/record at ${[RECORDS / 4, RECORDS / 2, RECORDS].map((n) => n.toLocaleString('en')).join(', ')} records`);
}
retentionHeap();
for (const replicated of [false, true]) {
  const commands = timeline(RECORDS, replicated);
  const engine = allocationPerRecord(() => perCommand(commands).state);
  const base = allocationPerRecord(() => (replicated ? replicatedBaseline : unreplicatedBaseline)(RECORDS));
  const shortLived = (a: { allocated: number; kept: number }) => `${(Math.max(0, a.allocated - a.kept) / 1024).toFixed(2)} KB`;
  console.log(`short-lived allocation per record, ${replicated ? 'replicated' : 'unreplicated'}, per command: engine ${shortLived(engine)} (${fmt(engine.allocated)} B allocated), baseline ${shortLived(base)} (${fmt(base.allocated)} B)`);
}
console.log(`ratios (CPU): ${ratios.join('; ')}; load average at end ${loadavg()[0]!.toFixed(1)}`);
