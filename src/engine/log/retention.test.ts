import { applyCommand } from '../apply.ts';
import type { Command } from '../commands.ts';
import { recordSizeInBytes } from '../placement/record-size.ts';
import { logEndOffset, logStartOffset, records, segments } from '../queries.ts';
import { eventsOf, run } from '../test-support/run.ts';

const SIZE = recordSizeInBytes(undefined, 'v0');

function produceAt(n: number, partition = 0): Command[] {
  return Array.from({ length: n }, (_, i) => ({ type: 'produce' as const, producer: 'p', topic: 't', value: `v${i % 10}`, partition }));
}

describe('segments', () => {
  it('roll when the next record would overflow segment.bytes; an empty segment never rolls', () => {
    const { state, events } = run([
      { type: 'createTopic', topic: 't', partitions: 1, segmentBytes: SIZE * 3 },
      { type: 'addProducer', producer: 'p' },
      ...produceAt(7),
    ]);
    expect(segments(state, 't', 0).map((s) => [s.baseOffset, s.endOffset])).toEqual([[0, 3], [3, 6], [6, 7]]);
    expect(eventsOf(events, 'segmentRolled').map((e) => e.baseOffset)).toEqual([3, 6]);
    expect(segments(state, 't', 0).at(-1)!.active).toBe(true);
  });

  it('segment.ms counts from the first record in the segment, not from when the segment was created', () => {
    const { state } = run([
      { type: 'createTopic', topic: 't', partitions: 1, segmentMs: 60_000 },
      { type: 'addProducer', producer: 'p' },
      { type: 'advanceTime', ms: 50_000 },
      ...produceAt(1),
      { type: 'advanceTime', ms: 20_000 },
      ...produceAt(1),
    ]);
    expect(segments(state, 't', 0)).toHaveLength(1);
  });

  it('refuses a record larger than segment.bytes', () => {
    const { state } = run([{ type: 'createTopic', topic: 't', partitions: 1, segmentBytes: 50 }, { type: 'addProducer', producer: 'p' }]);
    const result = applyCommand(state, { type: 'produce', producer: 'p', topic: 't', value: 'a' });
    expect(result.error?.code).toBe('RECORD_BATCH_TOO_LARGE');
    expect(result.state).toBe(state);
  });

  it('roll by segment.ms on the next append', () => {
    const { state } = run([
      { type: 'createTopic', topic: 't', partitions: 1, segmentMs: 1000 },
      { type: 'addProducer', producer: 'p' },
      ...produceAt(2),
      { type: 'advanceTime', ms: 1001 },
      ...produceAt(1),
    ]);
    expect(segments(state, 't', 0).map((s) => s.baseOffset)).toEqual([0, 2]);
  });
});

describe('retention by time', () => {
  const base: Command[] = [
    { type: 'configureBroker', retentionCheckIntervalMs: 1000 },
    { type: 'createTopic', topic: 't', partitions: 1, segmentBytes: SIZE * 2, retentionMs: 5000 },
    { type: 'addProducer', producer: 'p' },
  ];

  it('deletes whole segments once their newest record is older than retention.ms, on a check', () => {
    const { state, events } = run([...base, ...produceAt(2), { type: 'advanceTime', ms: 3000 }, ...produceAt(3), { type: 'advanceTime', ms: 3000 }]);
    // Segment [0,2) has newest timestamp 0; checks run every 1000 ms; 5000 - 0 is not > 5000, 6000 - 0 is.
    const deleted = eventsOf(events, 'segmentsDeleted');
    expect(deleted).toHaveLength(1);
    expect(deleted[0]!.at).toBe(6000);
    expect(deleted[0]!.segments.map((s) => [s.baseOffset, s.endOffset])).toEqual([[0, 2]]);
    expect(logStartOffset(state, 't', 0)).toBe(2);
    expect(records(state, 't', 0).map((r) => r.offset)).toEqual([2, 3, 4]);
  });

  it('never deletes a single record, and never before the check runs', () => {
    const { state } = run([...base, ...produceAt(3), { type: 'advanceTime', ms: 5000 }]);
    // 5000 - 0 is not > 5000: nothing is gone yet.
    expect(logStartOffset(state, 't', 0)).toBe(0);
    const later = applyCommand(state, { type: 'advanceTime', ms: 999 }).state;
    expect(logStartOffset(later, 't', 0)).toBe(0); // breached at 5001, but the next check is at 6000
    const after = applyCommand(later, { type: 'advanceTime', ms: 1 }).state;
    expect(logStartOffset(after, 't', 0)).toBe(3);
  });

  it('rolls a new empty active segment when every segment expires; offsets are never reused', () => {
    const { state, events } = run([...base, ...produceAt(3), { type: 'advanceTime', ms: 10_000 }, ...produceAt(1)]);
    expect(eventsOf(events, 'segmentRolled').some((e) => e.reason === 'retention' && e.baseOffset === 3)).toBe(true);
    expect(logStartOffset(state, 't', 0)).toBe(3);
    expect(records(state, 't', 0).map((r) => r.offset)).toEqual([3]);
    expect(logEndOffset(state, 't', 0)).toBe(4);
  });
});

describe('retention by bytes', () => {
  it('deletes oldest segments while what remains stays at least retention.bytes', () => {
    const { state, events } = run([
      { type: 'configureBroker', retentionCheckIntervalMs: 1000 },
      { type: 'createTopic', topic: 't', partitions: 1, segmentBytes: SIZE * 2, retentionBytes: SIZE * 3 },
      { type: 'addProducer', producer: 'p' },
      ...produceAt(7),
      { type: 'advanceTime', ms: 1000 },
    ]);
    // segments [0,2) [2,4) [4,6) [6,7): 7 records; keep >= 3 records' bytes → delete [0,2) and [2,4)
    expect(eventsOf(events, 'segmentsDeleted')[0]!.reason).toBe('retention.bytes');
    expect(logStartOffset(state, 't', 0)).toBe(4);
    expect(records(state, 't', 0).map((r) => r.offset)).toEqual([4, 5, 6]);
  });

  it('does nothing while the log is within retention.bytes, and the log start only moves forward', () => {
    const { state } = run([
      { type: 'configureBroker', retentionCheckIntervalMs: 1000 },
      { type: 'createTopic', topic: 't', partitions: 1, segmentBytes: SIZE * 2, retentionBytes: SIZE * 10 },
      { type: 'addProducer', producer: 'p' },
      ...produceAt(6),
      { type: 'advanceTime', ms: 5000 },
    ]);
    expect(logStartOffset(state, 't', 0)).toBe(0);
  });

  it('runs on log.retention.check.interval.ms, 5 minutes by default', () => {
    const { state } = run([
      { type: 'createTopic', topic: 't', partitions: 1, segmentBytes: SIZE, retentionBytes: 0 },
      { type: 'addProducer', producer: 'p' },
      ...produceAt(3),
      { type: 'advanceTime', ms: 299_999 },
    ]);
    expect(logStartOffset(state, 't', 0)).toBe(0);
    const after = applyCommand(state, { type: 'advanceTime', ms: 1 });
    expect(logStartOffset(after.state, 't', 0)).toBe(3);
    expect(eventsOf(after.events, 'retentionChecked')).toHaveLength(1);
  });

  it('advancing a long time with nothing to delete stays cheap', () => {
    const { state, events } = run([
      { type: 'configureBroker', retentionCheckIntervalMs: 1 },
      { type: 'createTopic', topic: 't', partitions: 1 },
      { type: 'advanceTime', ms: 365 * 24 * 3600 * 1000 },
    ]);
    expect(state.time).toBe(365 * 24 * 3600 * 1000);
    expect(events.length).toBeLessThan(10);
  });
});
