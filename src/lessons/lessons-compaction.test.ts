import { records, recordSizeInBytes, segments, type SimEvent } from '../engine/index.ts';
import { LESSONS } from './index.ts';
import { predictionMisconceptions } from './misconceptions.ts';
import { predictionAnswer, predictionChoices } from './player.ts';
import { playLesson, type LessonStepRun } from './test-support/play-lesson.ts';

// The compaction lesson: the story its narration tells, checked against the engine's LogCleaner
// (Cleaner.doClean, LogCleanerManager.cleanableOffsets / LogToClean), and its questions' choices.

const lesson = LESSONS.compaction;
const RUNS = playLesson(lesson);
const step = (n: number): LessonStepRun => RUNS[n - 1]!;
const ofType = <T extends SimEvent['type']>(run: LessonStepRun, type: T) => run.events.filter((e): e is Extract<SimEvent, { type: T }> => e.type === type);
const log = (n: number) => records(step(n).state, 'profiles', 0).map((r) => `${r.offset}:${r.key}=${r.value ?? 'null'}`);
const read = (n: number) => ofType(step(n), 'recordsFetched').flatMap((e) => e.batches.flatMap((b) => b.records.map((r) => r.offset)));

describe('the compaction lesson', () => {
  it('plays without a refusal, on segments of three records scaled down below Kafka\'s 1 MiB', () => {
    expect(RUNS.flatMap((r) => r.refused)).toEqual([]);
    expect(3 * recordSizeInBytes('kim', 'seoul')).toBe(228);
    // The classic profile (every lesson's) accepts it without a label; the narration says Kafka 4.0 would not.
    expect(step(1).state.topics.profiles!.config).toMatchObject({ segmentBytes: 228, cleanupPolicy: 'compact', minCleanableDirtyRatio: 0.5, deleteRetentionMs: 86_400_000 });
  });

  it('keeps the latest record of each key, at its own offset, leaving a gap (step 3)', () => {
    expect(log(2)).toHaveLength(7);
    expect(log(3)).toEqual(['3:cho=ulsan', '4:kim=suwon', '5:lee=seoul', '6:yoo=daegu']);
    const cleaned = ofType(step(3), 'logCleaned');
    expect(cleaned.map((e) => [e.at, e.firstDirtyOffset, e.cleanedUpTo, e.removedCount])).toEqual([[15_000, 0, 6, 3]]);
  });

  it('a consumer reads across the gap and commits the next offset (step 4)', () => {
    expect(read(4)).toEqual([3, 4, 5, 6]);
    expect(ofType(step(4), 'offsetsCommitted').flatMap((e) => e.offsets.map((o) => o.offset))).toEqual([7]);
  });

  it('never cleans the active segment (step 5), nor a log whose dirty ratio is 0.5, not above (step 6)', () => {
    expect(ofType(step(5), 'logCleaned')).toEqual([]);
    expect(segments(step(5).state, 'profiles', 0).at(-1)).toMatchObject({ active: true, baseOffset: 6, endOffset: 9 });
    expect(ofType(step(6), 'logCleaned')).toEqual([]);
    const closed = segments(step(6).state, 'profiles', 0).filter((s) => !s.active);
    const dirty = closed.filter((s) => s.baseOffset >= 6).reduce((n, s) => n + s.bytes, 0);
    const all = closed.reduce((n, s) => n + s.bytes, 0);
    expect([dirty, all]).toEqual([228, 456]);
  });

  it('keeps a tombstone after the cleaning that removes its key\'s old value (step 8), with a horizon a day later', () => {
    const [cleaned] = ofType(step(8), 'logCleaned');
    expect(cleaned).toMatchObject({ at: 60_000, firstDirtyOffset: 6, cleanedUpTo: 12, tombstonesKept: [10], deleteRetentionMs: 86_400_000 });
    expect(cleaned!.dirtyRatio).toBeGreaterThan(0.5);
    expect(cleaned!.removed.filter((r) => r.key === 'cho')).toEqual([{ offset: 3, key: 'cho', reason: 'superseded' }]);
    expect(log(8)).toEqual(['8:lee=yeosu', '9:yoo=mokpo', '10:cho=null', '11:kim=jinju', '12:lee=mokpo']);
  });

  it('a day with nothing new to clean leaves the tombstone (step 9); the next cleaning after its horizon removes it (step 10)', () => {
    expect(ofType(step(9), 'logCleaned')).toEqual([]);
    // cache, idle all day, leaves its group (max.poll.interval.ms); its committed offset stays 7.
    expect(ofType(step(9), 'memberPollTimeout').map((e) => e.consumer)).toEqual(['cache']);
    expect(log(9)).toContain('10:cho=null');
    const [cleaned] = ofType(step(10), 'logCleaned');
    expect(cleaned!.at).toBeGreaterThanOrEqual(60_000 + 86_400_000);
    expect(cleaned!.removed.filter((r) => r.key === 'cho')).toEqual([{ offset: 10, key: 'cho', reason: 'tombstone-expired' }]);
    expect(log(10).some((r) => r.includes('cho'))).toBe(false);
  });

  it('a consumer slower than delete.retention.ms resumes after the tombstone was removed and never sees it (step 11)', () => {
    expect(ofType(step(11), 'positionRestored').map((e) => e.offset)).toEqual([7]);
    const got = ofType(step(11), 'recordsFetched').flatMap((e) => e.batches.flatMap((b) => b.records));
    expect(got.map((r) => r.offset)).toEqual([15, 16, 17, 18]);
    expect(got.some((r) => r.key === 'cho')).toBe(false);
  });
});

describe('the compaction lesson\'s questions', () => {
  const history: SimEvent[] = [];
  const asked = lesson.steps.flatMap((s, i) => {
    const run = RUNS[i]!;
    const out = s.predict ? [{ n: i + 1, predict: s.predict, run, ctx: { before: run.before, after: run.state, commands: s.commands, history: [...history] } }] : [];
    history.push(...run.events);
    return out;
  });

  it('offer the beliefs students hold, each named', () => {
    const lists = asked.map(({ n, predict, run, ctx }) => {
      const answer = predictionAnswer(predict, run.state, run.events);
      const choices = predictionChoices(predict, run.before, answer, ctx);
      return { n, answer, choices, beliefs: predictionMisconceptions(predict, choices, answer, ctx) };
    });
    expect(lists).toEqual([
      // Nothing removed yet, the renumbered offset, the first value kept.
      { n: 3, answer: '4', choices: ['0', '1', '4', '0,2,4'], beliefs: { '0,2,4': 'compactionNeverRuns', 1: 'compactionRenumbers', 0: 'compactionKeepsFirst' } },
      { n: 6, answer: '4,7', choices: ['4', '7', '4,7'], beliefs: { 7: 'compactionCleansEverything', 4: 'compactionKeepsFirst' } },
      { n: 8, answer: '10', choices: ['none', '3', '10', '3,10'], beliefs: { '3,10': 'compactionNeverRuns', none: 'tombstoneRemovedAtOnce', 3: 'tombstoneRevealsOldValue' } },
      { n: 10, answer: 'none', choices: ['none', '3', '10'], beliefs: { 10: 'tombstoneKeptForever', 3: 'tombstoneRevealsOldValue' } },
      // The removed record at the committed offset, the tombstone already gone, the log end.
      { n: 11, answer: '15', choices: ['7', '10', '15', '19'], beliefs: { 7: 'readsRemovedOffset', 10: 'tombstoneAlwaysSeen', 19: 'positionIsLogEnd' } },
    ]);
  });
});
