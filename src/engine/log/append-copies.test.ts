import { COMPACTION_DEFAULTS } from '../test-support/compaction.ts';
import fc from 'fast-check';
import { recordSizeInBytes } from '../placement/record-size.ts';
import type { LogRecord, TopicConfig } from '../types.ts';
import { appendCopies, appendExisting, emptyPartition, segmentsOf } from './partition-log.ts';

// A follower appends a fetched run of records in one go; the segments must come out exactly as
// appending them one at a time would (LogSegment.shouldRoll by size and by segment.ms).

const size = (r: LogRecord) => recordSizeInBytes(r.key, r.value);

describe('appendCopies', () => {
  it('rolls segments exactly as one append at a time does', () => {
    fc.assert(fc.property(
      fc.array(fc.record({ value: fc.string({ maxLength: 30 }), gap: fc.integer({ min: 0, max: 400 }) }), { minLength: 1, maxLength: 60 }),
      fc.integer({ min: 1, max: 5 }), fc.integer({ min: 150, max: 600 }), fc.integer({ min: 100, max: 2000 }),
      (values, chunks, segmentBytes, segmentMs) => {
        const config: TopicConfig = { retentionMs: -1, retentionBytes: -1, segmentBytes, segmentMs, replicationFactor: 2, minInsyncReplicas: 1, uncleanLeaderElection: false, ...COMPACTION_DEFAULTS };
        let t = 0;
        const records: LogRecord[] = values.map((v, offset) => ({ offset, value: v.value, timestamp: (t += v.gap), producer: 'p' }));
        // A few fetches, each at the time of its last record; one side appends each record on its own.
        let one = emptyPartition(0, 0);
        let many = emptyPartition(0, 0);
        const step = Math.ceil(records.length / chunks);
        for (let i = 0; i < records.length; i += step) {
          const batch = records.slice(i, i + step);
          const now = batch[batch.length - 1]!.timestamp;
          for (const r of batch) one = appendExisting(one, config, now, r, size(r), false).log;
          many = appendCopies(many, config, now, batch, size);
        }
        const shape = (log: typeof one) => segmentsOf(log).map((s) => [s.baseOffset, s.records.length, s.bytes]);
        expect(shape(many)).toEqual(shape(one));
        expect(many.bytes).toBe(one.bytes);
        expect(many.logEndOffset).toBe(one.logEndOffset);
      },
    ));
  });

  it('a run appended at one moment rolls by size as single appends at that moment would', () => {
    const config: TopicConfig = { retentionMs: -1, retentionBytes: -1, segmentBytes: 300, segmentMs: 1_000_000, replicationFactor: 2, minInsyncReplicas: 1, uncleanLeaderElection: false, ...COMPACTION_DEFAULTS };
    const records: LogRecord[] = Array.from({ length: 20 }, (_, offset) => ({ offset, value: `value-${offset}`, timestamp: 0, producer: 'p' }));
    let one = emptyPartition(0, 0);
    for (const r of records) one = appendExisting(one, config, 5, r, size(r), false).log;
    const many = appendCopies(emptyPartition(0, 0), config, 5, records, size);
    expect(segmentsOf(many).map((s) => [s.baseOffset, s.bytes])).toEqual(segmentsOf(one).map((s) => [s.baseOffset, s.bytes]));
    expect(segmentsOf(many).length).toBeGreaterThan(3);
  });
});
