import { applyCommand } from '../apply.ts';
import type { Command, CreateTopicCommand } from '../commands.ts';
import { KAFKA_DEFAULTS } from '../defaults.ts';
import { recordSizeInBytes } from '../placement/record-size.ts';
import fc from 'fast-check';
import { logRecordCount, logRecordsInRange, logStartOffset, records, segments } from '../queries.ts';
import { eventsOf, run } from '../test-support/run.ts';

// Log compaction, rule by rule, named after Kafka's classes and configs (LogCleaner, Cleaner,
// LogCleanerManager, TopicConfig), with Kafka's defaults unless a test says otherwise.

const SIZE = recordSizeInBytes('a', 'v0');
/** Three records a segment: the fourth rolls a new one (every record here is at most SIZE bytes). */
const SEGMENT = SIZE * 3;
const DAY = 86_400_000;

function topic(extra: Partial<CreateTopicCommand> = {}): Command[] {
  return [{ type: 'createTopic', topic: 'kv', partitions: 1, cleanupPolicy: 'compact', segmentBytes: SEGMENT, ...extra }, { type: 'addProducer', producer: 'p' }];
}

/** `a=v1` sends key a with value v1; `a=` sends a tombstone (value null). */
function send(...pairs: string[]): Command[] {
  return pairs.map((pair) => {
    const [key, value] = pair.split('=') as [string, string];
    return { type: 'produce', producer: 'p', topic: 'kv', key, value: value === '' ? null : value };
  });
}

const kept = (state: Parameters<typeof records>[0]) => records(state, 'kv', 0).map((r) => `${r.offset}:${r.key}=${r.value ?? 'null'}`);

describe('LogCleaner (cleanup.policy=compact)', () => {
  it('defaults: cleanup.policy=delete, min.cleanable.dirty.ratio 0.5, min.compaction.lag.ms 0, delete.retention.ms 1 day, log.cleaner.backoff.ms 15 s', () => {
    expect(KAFKA_DEFAULTS.cleanupPolicy).toBe('delete');
    expect(KAFKA_DEFAULTS.minCleanableDirtyRatio).toBe(0.5);
    expect(KAFKA_DEFAULTS.minCompactionLagMs).toBe(0);
    expect(KAFKA_DEFAULTS.deleteRetentionMs).toBe(DAY);
    expect(KAFKA_DEFAULTS.logCleanerBackoffMs).toBe(15_000);
  });

  it('never cleans the active segment: with the default 1 GiB segment.bytes nothing is ever removed', () => {
    const { state, events } = run([...topic({ segmentBytes: 1_073_741_824 }), ...send('a=v0', 'a=v1', 'a=v2', 'a='), { type: 'advanceTime', ms: 30 * DAY }]);
    expect(kept(state)).toEqual(['0:a=v0', '1:a=v1', '2:a=v2', '3:a=null']);
    expect(eventsOf(events, 'logCleaned')).toEqual([]);
  });

  it('keeps the latest record per key at its own offset (offsets never change; gaps appear), and only below the active segment', () => {
    const { state, events } = run([...topic(), ...send('a=v0', 'b=v0', 'a=v1', 'c=v0', 'b=v1', 'a=v2', 'a=v3'), { type: 'advanceTime', ms: 15_000 }]);
    // Segments [0..2] and [3..5] are closed; 6 (a=v3) is the active segment, so a=v2 at 5 stays too.
    expect(kept(state)).toEqual(['3:c=v0', '4:b=v1', '5:a=v2', '6:a=v3']);
    const cleaned = eventsOf(events, 'logCleaned');
    expect(cleaned).toHaveLength(1);
    expect(cleaned[0]).toMatchObject({ at: 15_000, firstDirtyOffset: 0, cleanedUpTo: 6, dirtyRatio: 1, forced: false, removedCount: 3 });
    expect(cleaned[0]!.removed.map((r) => [r.offset, r.key, r.reason])).toEqual([[0, 'a', 'superseded'], [1, 'b', 'superseded'], [2, 'a', 'superseded']]);
    // Grouped by their sizes before cleaning (3 records each), so they stay two segments; the first is now empty.
    expect(segments(state, 'kv', 0).map((s) => [s.baseOffset, s.cleaned, s.active, s.endOffset])).toEqual([[0, true, false, 0], [3, true, false, 6], [6, false, true, 7]]);
  });

  it('runs in model time on the log.cleaner.backoff.ms grid, never inside a produce', () => {
    const { state, events } = run([...topic(), ...send('a=v0', 'a=v1', 'a=v2', 'a=v3')]);
    expect(eventsOf(events, 'logCleaned')).toEqual([]);
    expect(records(state, 'kv', 0)).toHaveLength(4);
    const early = applyCommand(state, { type: 'advanceTime', ms: 14_999 });
    expect(eventsOf(early.events, 'logCleaned')).toEqual([]);
    const pass = applyCommand(early.state, { type: 'advanceTime', ms: 1 });
    expect(eventsOf(pass.events, 'logCleaned').map((e) => e.at)).toEqual([15_000]);
  });

  it('LogCleanerManager: cleans only when the dirty ratio is above min.cleanable.dirty.ratio (0.5, strictly)', () => {
    // First pass: everything closed is dirty (ratio 1); six distinct keys, nothing removed, 6 segments' worth clean.
    const first = run([...topic(), ...send('a=v0', 'b=v0', 'c=v0', 'd=v0', 'e=v0', 'f=v0', 'g=v0'), { type: 'advanceTime', ms: 15_000 }]);
    expect(eventsOf(first.events, 'logCleaned')).toHaveLength(1);
    // One more closed segment: dirty 3 / (6 + 3) = 0.33, below 0.5.
    const third = run([...send('h=v0', 'i=v0', 'j=v0'), { type: 'advanceTime', ms: 15_000 }], first.state);
    expect(eventsOf(third.events, 'logCleaned')).toEqual([]);
    // Two: 6 / (6 + 6) = 0.5, not above it.
    const half = run([...send('k=v0', 'l=v0', 'm=v0'), { type: 'advanceTime', ms: 15_000 }], third.state);
    expect(eventsOf(half.events, 'logCleaned')).toEqual([]);
    // Three: 9 / 15 = 0.6: cleaned at the next pass.
    const over = run([...send('n=v0', 'o=v0', 'p=v0'), { type: 'advanceTime', ms: 15_000 }], half.state);
    const cleaned = eventsOf(over.events, 'logCleaned');
    expect(cleaned).toHaveLength(1);
    expect(cleaned[0]!.dirtyRatio).toBeCloseTo(0.6);
    expect(cleaned[0]!.firstDirtyOffset).toBe(6);
  });

  it('a lower min.cleanable.dirty.ratio cleans sooner', () => {
    const first = run([...topic({ minCleanableDirtyRatio: 0.3 }), ...send('a=v0', 'b=v0', 'c=v0', 'd=v0', 'e=v0', 'f=v0', 'g=v0'), { type: 'advanceTime', ms: 15_000 }]);
    const next = run([...send('a=v1', 'b=v1', 'c=v1'), { type: 'advanceTime', ms: 15_000 }], first.state);
    expect(eventsOf(next.events, 'logCleaned')).toHaveLength(1);
    expect(kept(next.state).slice(0, 2)).toEqual(['2:c=v0', '3:d=v0']);
  });

  it('delete.retention.ms: a tombstone outlives the cleaning that first kept it by delete.retention.ms, then the next cleaning removes it', () => {
    const first = run([...topic(), ...send('a=v0', 'b=v0', 'a=', 'c=v0'), { type: 'advanceTime', ms: 15_000 }]);
    expect(kept(first.state)).toEqual(['1:b=v0', '2:a=null', '3:c=v0']);
    const firstClean = eventsOf(first.events, 'logCleaned')[0]!;
    expect(firstClean.tombstonesKept).toEqual([2]);
    // The record stays as written; its delete horizon sits beside it in the cleaned segment.
    expect(records(first.state, 'kv', 0)[1]).toEqual({ offset: 2, key: 'a', value: null, timestamp: 0, producer: 'p' });
    expect(first.state.topics['kv']!.partitions[0]!.sealed.first()!.deleteHorizons?.get(2)).toBe(15_000 + DAY);
    // A day minus a pass later, a cleaning keeps it still.
    const before = run([{ type: 'advanceTime', ms: DAY - 30_000 }, ...send('d=v0', 'e=v0', 'f=v0', 'g=v0', 'h=v0', 'i=v0'), { type: 'advanceTime', ms: 15_000 }], first.state);
    expect(eventsOf(before.events, 'logCleaned')).toHaveLength(1);
    expect(kept(before.state)).toContain('2:a=null');
    // After the horizon, the next cleaning removes it (and a is gone from a full read).
    const after = run([...send('j=v0', 'k=v0', 'l=v0', 'm=v0', 'n=v0', 'o=v0', 'p=v0', 'q=v0', 'r=v0', 's=v0', 't=v0', 'u=v0'), { type: 'advanceTime', ms: 15_000 }], before.state);
    const cleaned = eventsOf(after.events, 'logCleaned');
    expect(cleaned).toHaveLength(1);
    expect(cleaned[0]!.removed).toContainEqual({ offset: 2, key: 'a', reason: 'tombstone-expired' });
    expect(records(after.state, 'kv', 0).some((r) => r.key === 'a')).toBe(false);
  });

  it('delete.retention.ms (TopicConfig doc): a consumer that reads slower than it can miss a delete', () => {
    const start = run([...topic({ deleteRetentionMs: 60_000 }), ...send('a=v0', 'b=v0', 'c=v0'),
      { type: 'addConsumer', consumer: 'slow', group: 'g', topics: ['kv'], autoOffsetReset: 'earliest', enableAutoCommit: false },
      { type: 'poll', consumer: 'slow', maxRecords: 1 }]);
    // It has read a=v0 (offset 0); then a is deleted, and the tombstone kept for delete.retention.ms (1 minute here).
    const deleted = run([...send('a=', 'd=v0', 'e=v0', 'f=v0'), { type: 'advanceTime', ms: 15_000 }], start.state);
    expect(kept(deleted.state)).toContain('3:a=null');
    // Two minutes later more writes make the log dirty again; that cleaning removes the expired tombstone.
    const later = run([{ type: 'advanceTime', ms: 120_000 }, ...send('g=v0', 'h=v0', 'i=v0', 'j=v0', 'k=v0', 'l=v0', 'm=v0'), { type: 'advanceTime', ms: 15_000 }], deleted.state);
    expect(records(later.state, 'kv', 0).some((r) => r.key === 'a')).toBe(false);
    // The slow consumer reads on from offset 1 and never learns that a was deleted: it still holds a=v0.
    const polled = applyCommand(later.state, { type: 'poll', consumer: 'slow', maxRecords: 100 });
    const seen = eventsOf(polled.events, 'recordsFetched').flatMap((e) => e.batches.flatMap((b) => b.records));
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.some((r) => r.key === 'a')).toBe(false);
  });

  it('LogCleanerManager: a log with no new dirty data is not cleaned again, so its tombstone stays past delete.retention.ms', () => {
    const { state, events } = run([...topic(), ...send('a=v0', 'a=', 'b=v0', 'c=v0'), { type: 'advanceTime', ms: 30 * DAY }]);
    expect(eventsOf(events, 'logCleaned')).toHaveLength(1);
    expect(kept(state)).toEqual(['1:a=null', '2:b=v0', '3:c=v0']);
  });

  it('min.compaction.lag.ms: a segment whose newest record is younger than the lag is not cleaned', () => {
    const start = run([...topic({ minCompactionLagMs: 60_000 }), ...send('a=v0', 'a=v1', 'a=v2', 'b=v0'), { type: 'advanceTime', ms: 45_000 }]);
    expect(eventsOf(start.events, 'logCleaned')).toEqual([]);
    const later = run([{ type: 'advanceTime', ms: 30_000 }], start.state);
    // The segment's newest record is at 0; it may be cleaned from 60 s on, at the pass of 60 s.
    expect(eventsOf(later.events, 'logCleaned').map((e) => e.at)).toEqual([60_000]);
    expect(kept(later.state)).toEqual(['2:a=v2', '3:b=v0']);
  });

  it('max.compaction.lag.ms: a log below min.cleanable.dirty.ratio is cleaned once its oldest dirty record is older than the lag', () => {
    const first = run([...topic({ maxCompactionLagMs: 120_000 }), ...send('a=v0', 'b=v0', 'c=v0', 'd=v0', 'e=v0', 'f=v0', 'g=v0'), { type: 'advanceTime', ms: 15_000 }]);
    const next = run([...send('a=v1', 'b=v1', 'c=v1'), { type: 'advanceTime', ms: 60_000 }], first.state);
    // dirty 3 / 9: too clean for the ratio, and not yet due.
    expect(eventsOf(next.events, 'logCleaned')).toEqual([]);
    const due = run([{ type: 'advanceTime', ms: 120_000 }], next.state);
    const cleaned = eventsOf(due.events, 'logCleaned');
    expect(cleaned).toHaveLength(1);
    expect(cleaned[0]).toMatchObject({ forced: true });
    // The oldest dirty segment starts with g=v0, written at 0: due after 120 s, so the pass of 135 s.
    expect(cleaned[0]!.at).toBe(135_000);
  });

  it('LogConfig.maxSegmentMs: a compacted topic rolls its active segment after max.compaction.lag.ms', () => {
    const { state } = run([...topic({ segmentBytes: 1_073_741_824, maxCompactionLagMs: 60_000 }), ...send('a=v0'), { type: 'advanceTime', ms: 60_001 }, ...send('a=v1')]);
    expect(segments(state, 'kv', 0).map((s) => s.baseOffset)).toEqual([0, 1]);
  });

  it('cleanup.policy=compact,delete: retention.ms deletes old segments too, run by the cleaner', () => {
    const { state, events } = run([...topic({ cleanupPolicy: 'compact,delete', retentionMs: 60_000 }), ...send('a=v0', 'a=v1', 'b=v0'), { type: 'advanceTime', ms: 20_000 }, ...send('c=v0', 'c=v1'), { type: 'advanceTime', ms: 60_000 }]);
    expect(eventsOf(events, 'logCleaned')).toHaveLength(1);
    const deleted = eventsOf(events, 'segmentsDeleted');
    expect(deleted).toHaveLength(1);
    expect(deleted[0]).toMatchObject({ reason: 'retention.ms', logStartOffset: 3 });
    // Deleted at the cleaner's pass of 75 s, not at the retention check (every 5 minutes).
    expect(deleted[0]!.at).toBe(75_000);
    expect(logStartOffset(state, 'kv', 0)).toBe(3);
  });

  it('cleanup.policy=compact alone never deletes by retention.ms', () => {
    const { state, events } = run([...topic({ retentionMs: 1_000 }), ...send('a=v0', 'b=v0', 'c=v0', 'd=v0'), { type: 'advanceTime', ms: 30 * DAY }]);
    expect(eventsOf(events, 'segmentsDeleted')).toEqual([]);
    expect(kept(state)).toEqual(['0:a=v0', '1:b=v0', '2:c=v0', '3:d=v0']);
  });

  it('Cleaner.groupSegmentsBySize: cleaned segments that fit in segment.bytes together merge', () => {
    const { state } = run([...topic(), ...send('a=v0', 'a=v1', 'a=v2', 'a=v3', 'a=v4', 'a=v5', 'b=v0'), { type: 'advanceTime', ms: 15_000 }]);
    // Each closed segment kept one record or none after cleaning; in the next cleaning they group.
    const again = run([...send('b=v1', 'b=v2', 'b=v3', 'b=v4', 'b=v5', 'b=v6', 'c=v0'), { type: 'advanceTime', ms: 15_000 }], state);
    // [0] (now empty) and [3] (one record) fit in segment.bytes together; [6] and [9] do not.
    expect(segments(again.state, 'kv', 0).filter((s) => !s.active).map((s) => s.baseOffset)).toEqual([0, 6, 9]);
    expect(kept(again.state)).toEqual(['5:a=v5', '11:b=v5', '12:b=v6', '13:c=v0']);
  });

  it('LogValidator: a compacted topic refuses a record without a key, and nothing changes', () => {
    const { state } = run(topic());
    const refused = applyCommand(state, { type: 'produce', producer: 'p', topic: 'kv', value: 'v' });
    expect(refused.error?.code).toBe('INVALID_RECORD');
    expect(refused.state).toBe(state);
  });

  it('alterTopicConfig turns compaction on for an existing topic', () => {
    const { state, events } = run([
      { type: 'createTopic', topic: 'kv', partitions: 1, segmentBytes: SEGMENT }, { type: 'addProducer', producer: 'p' },
      ...send('a=v0', 'a=v1', 'a=v2', 'b=v0'),
      { type: 'alterTopicConfig', topic: 'kv', cleanupPolicy: 'compact', deleteRetentionMs: 1000 },
      { type: 'advanceTime', ms: 15_000 },
    ]);
    expect(eventsOf(events, 'topicConfigAltered')[0]!.configs).toEqual({ cleanupPolicy: 'compact', deleteRetentionMs: 1000 });
    expect(kept(state)).toEqual(['2:a=v2', '3:b=v0']);
  });

  it('a consumer reads across the gaps: its position moves past removed offsets, max.poll.records counts records', () => {
    const { state } = run([...topic(), ...send('a=v0', 'a=v1', 'a=v2', 'a=v3', 'a=v4', 'a=v5', 'b=v0'), { type: 'advanceTime', ms: 15_000 },
      { type: 'addConsumer', consumer: 'c', group: 'g', topics: ['kv'], autoOffsetReset: 'earliest' }]);
    const first = applyCommand(state, { type: 'poll', consumer: 'c', maxRecords: 1 });
    const fetched = eventsOf(first.events, 'recordsFetched')[0]!;
    expect(fetched.batches[0]!.records.map((r) => r.offset)).toEqual([5]);
    const second = applyCommand(first.state, { type: 'poll', consumer: 'c', maxRecords: 1 });
    expect(eventsOf(second.events, 'recordsFetched')[0]!.batches[0]!.records.map((r) => r.offset)).toEqual([6]);
  });

  it('every replica\'s cleaner cleans its own log, and followers keep copying across the gaps', () => {
    const { state } = run([
      { type: 'addBroker', broker: 2 }, { type: 'addBroker', broker: 3 },
      ...topic({ replicationFactor: 3 }),
      ...send('a=v0', 'a=v1', 'a=v2', 'b=v0'),
      { type: 'advanceTime', ms: 15_000 },
      ...send('b=v1', 'c=v0'),
      { type: 'advanceTime', ms: 2_000 },
    ]);
    const leader = kept(state);
    expect(leader).toEqual(['2:a=v2', '3:b=v0', '4:b=v1', '5:c=v0']);
    const replication = state.topics['kv']!.replication[0]!;
    for (const follower of Object.values(replication.followers)) {
      expect(follower.log.logEndOffset).toBe(6);
      expect(follower.log.sealed.first()?.cleaned).toBe(true);
    }
  });
});

describe('counting a compacted log\'s records (what the figure\'s "… N" cell says)', () => {
  it('counts the records the cleaner kept, not the offsets: offsets never change, so a compacted range holds fewer records than offsets', () => {
    const { state } = run([...topic(), ...send('a=v0', 'b=v0', 'a=v1', 'c=v0', 'b=v1', 'a=v2', 'a=v3'), { type: 'advanceTime', ms: 15_000 }]);
    const log = state.topics['kv']!.partitions[0]!;
    // Offsets 0-2 are all gone; 3-6 hold c, b, a, a (as the rule above says).
    expect(logStartOffset(state, 'kv', 0)).toBe(0);
    expect(logRecordCount(log, 0, 3)).toBe(0);
    expect(logRecordCount(log, 0, 5)).toBe(2);
    expect(logRecordCount(log, 0, 7)).toBe(4);
  });

  it('always equals the number of records a read of the same range returns, whatever was sent and cleaned', () => {
    fc.assert(fc.property(
      fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c', 'd'), fc.boolean()), { minLength: 1, maxLength: 40 }),
      fc.array(fc.integer({ min: 0, max: 45 }), { minLength: 2, maxLength: 2 }),
      (sends, [x, y]) => {
        const commands = [...topic(), ...send(...sends.map(([key, tombstone], i) => `${key}=${tombstone ? '' : `v${i}`}`)), { type: 'advanceTime', ms: 15_000 } as Command, ...send('d=last'), { type: 'advanceTime', ms: 2 * DAY } as Command];
        const { state } = run(commands);
        const log = state.topics['kv']!.partitions[0]!;
        const [from, to] = [Math.min(x!, y!), Math.max(x!, y!)];
        expect(logRecordCount(log, from, to)).toBe(logRecordsInRange(log, from, to).length);
      },
    ), { numRuns: 60 });
  });
});
