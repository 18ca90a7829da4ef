// npm run bench (compaction part), on the engine as the browser builds it (bench/run-built.mjs):
// a compacted topic of one partition takes BENCH_COMPACTION_RECORDS records (1,000,000) over 10,000
// keys, 1 MiB segments (Kafka 4.0's smallest), and model time moves 15 s (log.cleaner.backoff.ms)
// every 10,000 records, so the cleaner runs whenever the dirty ratio passes 0.5. Measured per
// command (applyCommand) and replayed (runCommands), against a plain mutable baseline doing the
// same appends, segment rolls and cleanings (a Map of key -> latest offset over the dirty section,
// closed segments rewritten and grouped by size) in the same process. CPU time, medians of 3 runs.
import { applyCommand, createSimulation, recordSizeInBytes, records, runCommands, type Command, type SimState } from '../src/engine/index.ts';

const RECORDS = Number(process.env.BENCH_COMPACTION_RECORDS ?? 1_000_000);
const KEYS = 10_000;
const PASS_EVERY = 10_000;
const SEGMENT_BYTES = 1_048_576;
const RUNS = 3;

const keyOf = (i: number) => `key-${(i * 7919) % KEYS}`;

function timeline(): Command[] {
  const commands: Command[] = [
    { type: 'createTopic', topic: 'kv', partitions: 1, cleanupPolicy: 'compact', segmentBytes: SEGMENT_BYTES },
    { type: 'addProducer', producer: 'p', acks: 1 },
  ];
  for (let i = 0; i < RECORDS; i++) {
    commands.push({ type: 'produce', producer: 'p', topic: 'kv', key: keyOf(i), value: `value ${i}` });
    if ((i + 1) % PASS_EVERY === 0) commands.push({ type: 'advanceTime', ms: 15_000 });
  }
  return commands;
}

interface PlainRecord { offset: number; key: string; value: string; timestamp: number }
interface PlainSegment { base: number; records: PlainRecord[]; bytes: number; cleaned: boolean }

/** The same work with arrays and a Map changed in place. Returns the records kept. */
function baseline(): number {
  const closed: PlainSegment[] = [];
  let active: PlainSegment = { base: 0, records: [], bytes: 0, cleaned: false };
  let cleanings = 0;
  for (let i = 0; i < RECORDS; i++) {
    const key = keyOf(i);
    const value = `value ${i}`;
    const size = recordSizeInBytes(key, value);
    if (active.bytes > 0 && active.bytes > SEGMENT_BYTES - size) {
      closed.push(active);
      active = { base: i, records: [], bytes: 0, cleaned: false };
    }
    active.records.push({ offset: i, key, value, timestamp: 0 });
    active.bytes += size;
    if ((i + 1) % PASS_EVERY !== 0) continue;
    let clean = 0;
    let dirty = 0;
    for (const s of closed) if (s.cleaned) clean += s.bytes; else dirty += s.bytes;
    if (dirty === 0 || dirty / (clean + dirty) <= 0.5) continue;
    cleanings++;
    const latest = new Map<string, number>();
    for (const s of closed) if (!s.cleaned) for (const r of s.records) latest.set(r.key, r.offset);
    const rewritten: PlainSegment[] = [];
    let group: PlainSegment | undefined;
    let groupSize = 0;
    for (const s of closed) {
      if (!group || groupSize + s.bytes > SEGMENT_BYTES) {
        group = { base: s.base, records: [], bytes: 0, cleaned: true };
        groupSize = 0;
        rewritten.push(group);
      }
      groupSize += s.bytes;
      for (const r of s.records) {
        if ((latest.get(r.key) ?? -1) > r.offset) continue;
        group.records.push(r);
        group.bytes += recordSizeInBytes(r.key, r.value);
      }
    }
    closed.length = 0;
    closed.push(...rewritten);
  }
  if (cleanings === 0) throw new Error('the baseline never cleaned');
  return closed.reduce((n, s) => n + s.records.length, 0) + active.records.length;
}

function perCommand(commands: readonly Command[]): SimState {
  let state = createSimulation({ seed: 1 });
  for (const command of commands) {
    const result = applyCommand(state, command);
    if (result.error) throw new Error(`${command.type}: ${result.error.message}`);
    state = result.state;
  }
  return state;
}

function cpu<T>(work: () => T): { ms: number; value: T } {
  (globalThis as { gc?: () => void }).gc?.();
  const start = process.cpuUsage();
  const value = work();
  const used = process.cpuUsage(start);
  return { ms: (used.user + used.system) / 1000, value };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

const commands = timeline();
const rows = { baseline: [] as number[], command: [] as number[], replay: [] as number[] };
let keptEngine = 0;
let keptBaseline = 0;
for (let run = 0; run < RUNS; run++) {
  const b = cpu(baseline);
  rows.baseline.push(b.ms);
  keptBaseline = b.value;
  const c = cpu(() => perCommand(commands));
  rows.command.push(c.ms);
  keptEngine = records(c.value, 'kv', 0).length;
  rows.replay.push(cpu(() => runCommands(commands, { seed: 1 })).ms);
}
const base = median(rows.baseline);
console.log(`compaction: ${RECORDS.toLocaleString('en')} records over ${KEYS.toLocaleString('en')} keys, 1 MiB segments, a cleaner pass every ${PASS_EVERY.toLocaleString('en')} records (${commands.length.toLocaleString('en')} commands), ${RUNS} runs`);
console.log(`  records kept: engine ${keptEngine.toLocaleString('en')}, baseline ${keptBaseline.toLocaleString('en')}`);
for (const [name, runs] of [['baseline', rows.baseline], ['per command', rows.command], ['replayed', rows.replay]] as const) {
  const ms = median(runs);
  console.log(`  ${name.padEnd(12)} CPU median ${ms.toFixed(0).padStart(6)} ms  (runs ${runs.map((r) => r.toFixed(0)).join(', ')})${name === 'baseline' ? '' : `  ${(ms / base).toFixed(2)}x baseline CPU`}`);
}
