import { committedOffset, fetchedRecords, lastStableOffset, recordTransactionState, records, type SimEvent } from '../engine/index.ts';
import { LESSONS } from './index.ts';
import { playLesson } from './test-support/play-lesson.ts';

// The exactly-once lesson's story, checked against the engine: what each step's narration says the
// figure shows (markers, aborted records, the last stable offset) and what each reader got.

const runs = playLesson(LESSONS['exactly-once']);
const step = (n: number) => runs[n - 1]!;
const invoices = (n: number) => records(step(n).state, 'invoices', 0).map((r) => `${r.offset}:${r.control ?? r.key}:${recordTransactionState(step(n).state, 'invoices', 0, r.offset) ?? '-'}`);
const read = (events: readonly SimEvent[], consumer: string) => events.flatMap((e) => (e.type === 'recordsFetched' && e.consumer === consumer ? fetchedRecords(e) : [])).map((r) => r.offset);
const allRead = (consumer: string) => runs.flatMap((r) => read(r.events, consumer));

describe('exactly-once lesson (KIP-98 transactions, KIP-447 sendOffsetsToTransaction)', () => {
  it('step 5: the open transaction holds the last stable offset at 0 below the high watermark 3', () => {
    expect(invoices(5)).toEqual(['0:o1:open', '1:o2:open', '2:o3:open']);
    expect(lastStableOffset(step(5).state, 'invoices', 0)).toBe(0);
    expect(step(5).state.topics.invoices!.partitions[0]!.highWatermark).toBe(3);
    expect(read(step(5).events, 'audit-ru')).toEqual([0, 1, 2]);
    expect(read(step(5).events, 'audit-rc')).toEqual([]);
  });

  it('step 6: the new instance\'s initTransactions aborts the open transaction; the abort marker takes offset 3; no offset is committed', () => {
    expect(invoices(6)).toEqual(['0:o1:aborted', '1:o2:aborted', '2:o3:aborted', '3:abort:-']);
    expect(committedOffset(step(6).state, 'billing', 'orders', 0)).toBeUndefined();
  });

  it('step 8: the redone work commits with its input offset; the commit marker takes offset 7', () => {
    expect(invoices(8).slice(4)).toEqual(['4:o1:committed', '5:o2:committed', '6:o3:committed', '7:commit:-']);
    expect(committedOffset(step(8).state, 'billing', 'orders', 0)).toBe(3);
  });

  it('read_committed gets each invoice once and never an aborted one; read_uncommitted got each twice', () => {
    expect(allRead('audit-rc')).toEqual([4, 5, 6]);
    expect(allRead('audit-ru')).toEqual([0, 1, 2, 4, 5, 6]);
  });

  it('step 10: after a crash past the commit, billing resumes at the committed offset and reads nothing again', () => {
    expect(read(step(10).events, 'billing')).toEqual([]);
  });

  it('step 11: the zombie with the old epoch is fenced (INVALID_PRODUCER_EPOCH) and writes nothing', () => {
    const failed = step(11).events.filter((e) => e.type === 'produceFailed');
    expect(failed.map((e) => e.type === 'produceFailed' && [e.producer, e.error])).toEqual([['billing-2', 'INVALID_PRODUCER_EPOCH']]);
    expect(step(11).events.some((e) => e.type === 'producerFenced')).toBe(true);
    expect(records(step(11).state, 'invoices', 0)).toHaveLength(8);
  });
});
