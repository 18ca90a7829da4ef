import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCommand, createSimulation, partitionState, replicaRecords, type Command, type SimEvent, type SimState } from '../../engine/index.ts';
import { clusterScenario } from '../../engine/test-support/cluster-scenario.ts';
import { boundaryOf, replicaFigure, shortText, windowColumns, type Column } from './replica-logs.ts';

interface Step { events: SimEvent[]; state: SimState; before: SimState }

function play(commands: Command[], seed = 1): Step[] {
  let state = createSimulation({ seed });
  return commands.map((command) => {
    const before = state;
    const result = applyCommand(state, command);
    if (result.error) throw new Error(result.error.message);
    state = result.state;
    return { events: result.events, state, before };
  });
}

const offsets = (columns: readonly Column[]) => columns.flatMap((c) => (c.kind === 'offset' ? [c.offset] : []));
const covered = (columns: readonly Column[]) => columns.reduce((n, c) => n + (c.kind === 'offset' ? 1 : c.to - c.from), 0);

describe('windowColumns: a long log keeps the offsets worth seeing and labels what it leaves out', () => {
  it('draws every offset when they fit', () => {
    expect(offsets(windowColumns(0, 5, [4], 8))).toEqual([0, 1, 2, 3, 4]);
  });

  it('keeps the high watermark and the log ends of a long log, in order, the rest as gaps', () => {
    const columns = windowColumns(0, 1000, [399, 400, 999], 10);
    const drawn = offsets(columns);
    expect(drawn).toContain(400);
    expect(drawn).toContain(399);
    expect(drawn).toContain(999);
    expect(drawn.length).toBeLessThanOrEqual(10);
    expect(columns[0]).toEqual({ kind: 'gap', from: 0, to: expect.any(Number) });
  });

  it('property: columns run in order, cover [start, end) exactly once, and never exceed the budget of cells', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 400 }), fc.array(fc.integer({ min: 0, max: 500 }), { maxLength: 8 }), fc.integer({ min: 3, max: 16 }),
      (start, length, points, max) => {
        const end = start + length;
        const columns = windowColumns(start, end, points, max);
        expect(covered(columns)).toBe(length);
        let at = start;
        for (const c of columns) {
          if (c.kind === 'offset') expect(c.offset).toBe(at++);
          else { expect(c.from).toBe(at); expect(c.to - c.from).toBeGreaterThanOrEqual(1); at = c.to; }
        }
        // The budget is a width: a phone's figure has no room for one cell more.
        expect(offsets(columns).length).toBeLessThanOrEqual(Math.max(3, max));
        // Two gaps never touch (they would be one).
        columns.forEach((c, i) => { if (c.kind === 'gap') expect(columns[i + 1]?.kind).not.toBe('gap'); });
      }));
  });

  it('places a boundary at the left edge of its offset, at the end after the last, inside a gap at x.5', () => {
    const columns: Column[] = [{ kind: 'offset', offset: 0 }, { kind: 'gap', from: 1, to: 9 }, { kind: 'offset', offset: 9 }];
    expect(boundaryOf(columns, 0)).toBe(0);
    expect(boundaryOf(columns, 1)).toBe(1);
    expect(boundaryOf(columns, 5)).toBe(1.5);
    expect(boundaryOf(columns, 9)).toBe(2);
    expect(boundaryOf(columns, 10)).toBe(3);
  });

  it('shortens a record to its head and tail, where the numbers are', () => {
    expect(shortText('payment-4')).toBe('payment-4');
    expect(shortText('payment-1234')).toBe('paym…1234');
  });
});

describe('replicaFigure: each copy a row of records lined up by offset, with the leader epoch that wrote each', () => {
  const steps = play(clusterScenario(7));

  it('every row of a partition has one entry per column, and the record in it is the one that copy holds at that offset', () => {
    for (const step of steps) {
      for (const f of replicaFigure(step.state, { maxColumns: 12, events: step.events })) {
        for (const row of f.rows) {
          expect(row.cells).toHaveLength(f.columns.length);
          const held = new Map(replicaRecords(step.state, f.topic, f.partition, row.broker).map((r) => [r.offset, r.value]));
          f.columns.forEach((c, i) => {
            const cell = row.cells[i];
            if (c.kind === 'gap') expect(cell).toBeUndefined();
            else expect(cell?.value).toBe(held.get(c.offset));
          });
        }
      }
    }
  });

  it('cells below the high watermark are committed, those at or above it are not (Kafka: consumers read below the high watermark)', () => {
    for (const step of steps) {
      for (const f of replicaFigure(step.state, { maxColumns: 12, events: step.events })) {
        for (const c of f.rows.flatMap((r) => r.cells)) if (c) expect(c.committed).toBe(c.offset < f.highWatermark);
        expect(f.hwBoundary).toBe(boundaryOf(f.columns, partitionState(step.state, f.topic, f.partition)!.highWatermark));
      }
    }
  });

  it('a truncation step keeps the cut records, struck out, in the columns of their offsets, with the epoch that wrote them', () => {
    const step = steps.find((s) => s.events.some((e) => e.type === 'logTruncated' && e.to > e.from));
    expect(step).toBeDefined();
    const cut = step!.events.find((e) => e.type === 'logTruncated' && e.to > e.from) as Extract<SimEvent, { type: 'logTruncated' }>;
    const f = replicaFigure(step!.state, { maxColumns: 12, events: step!.events, before: step!.before })
      .find((x) => x.topic === cut.topic && x.partition === cut.partition)!;
    const row = f.rows.find((r) => r.broker === cut.broker)!;
    const gone = row.truncated!.filter((c) => c !== undefined);
    expect(gone.map((c) => c.offset)).toEqual(Array.from({ length: cut.to - cut.from }, (_, i) => cut.from + i).filter((o) => offsets(f.columns).includes(o)));
    for (const c of gone) expect(c.truncated).toBe(true);
    // An unclean or diverged record was written in an older epoch than the new leader's.
    for (const c of gone) expect(c.leaderEpoch).toBeLessThan(f.leaderEpoch);
  });

  it('after a leader change the new records carry the new epoch, the old ones keep theirs', () => {
    const last = steps[steps.length - 1]!;
    for (const f of replicaFigure(last.state, { maxColumns: 64, events: [] })) {
      const leaderRow = f.rows.find((r) => r.broker === f.leader);
      if (!leaderRow) continue;
      const epochs = leaderRow.cells.filter((c) => c !== undefined).map((c) => c.leaderEpoch);
      // Epochs never go down along a log (LeaderEpochFileCache is monotonic).
      expect([...epochs].sort((a, b) => a - b)).toEqual(epochs);
    }
  });
});
