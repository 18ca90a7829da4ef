import {
  applyCommand, committedOffset, coordinator, fetchedRecords, logStartOffset, ownerOf, partitionState, position, records, recordSizeInBytes,
  replicaRecords, segments, type SimEvent,
} from '../engine/index.ts';
import type { Entry } from '../i18n/entry.ts';
import { LESSON_MESSAGES } from '../i18n/messages/lessons.ts';
import { LESSON_CLIENT_MESSAGES } from '../i18n/messages/lessons-clients.ts';
import { LESSONS, lessonById } from './index.ts';
import { playLesson, type LessonStepRun } from './test-support/play-lesson.ts';
import { LESSON_IDS, type Lesson, type LessonId, type Prediction } from './types.ts';

// Every lesson is played from its seed, step by step, exactly as the page does. Besides "nothing is
// refused" and "every text exists", the story each lesson tells (and the numbers its narration
// quotes) is checked against the engine.

type StepRun = LessonStepRun;

const RUNS = Object.fromEntries(LESSON_IDS.map((id) => [id, playLesson(LESSONS[id])])) as Record<LessonId, StepRun[]>;

/** Step n (counted from 1, as the narration keys are). */
function step(id: LessonId, n: number): StepRun {
  const run = RUNS[id][n - 1];
  if (!run) throw new Error(`${id} has no step ${n}`);
  return run;
}

function eventsOf<T extends SimEvent['type']>(run: StepRun, type: T): Extract<SimEvent, { type: T }>[] {
  return run.events.filter((e): e is Extract<SimEvent, { type: T }> => e.type === type);
}

function fetched(run: StepRun, consumer: string) {
  return eventsOf(run, 'recordsFetched').filter((e) => e.consumer === consumer).flatMap((e) => fetchedRecords(e));
}

const NOBODY = 'nobody';

/** The answer to a prediction, read from the engine after its step. */
function answer(prediction: Prediction, run: StepRun): string | number | undefined {
  switch (prediction.kind) {
    case 'nextRecordPartition': {
      const produced = eventsOf(run, 'recordProduced').filter((e) => e.topic === prediction.topic);
      return produced.length === 1 ? produced[0]!.partition : undefined;
    }
    case 'ownerAfter':
      if (!run.state.groups[prediction.group] || !run.state.topics[prediction.topic]?.partitions[prediction.partition]) return undefined;
      return ownerOf(run.state, prediction.group, prediction.topic, prediction.partition) ?? NOBODY;
    case 'positionAfter':
      return position(run.state, prediction.consumer, prediction.topic, prediction.partition);
    case 'firstOffsetRead': {
      const read = fetched(run, prediction.consumer).filter((r) => r.topic === prediction.topic && r.partition === prediction.partition);
      return read[0]?.offset ?? position(run.state, prediction.consumer, prediction.topic, prediction.partition);
    }
    case 'leaderAfter':
    case 'isrAfter':
    case 'highWatermarkAfter': {
      const info = partitionState(run.state, prediction.topic, prediction.partition);
      if (!info) return undefined;
      if (prediction.kind === 'leaderAfter') return info.leader ?? 'offline';
      return prediction.kind === 'isrAfter' ? [...info.isr].sort((a, b) => a - b).join(',') : info.highWatermark;
    }
    case 'producedOffset':
      return eventsOf(run, 'recordProduced').filter((e) => e.topic === prediction.topic && e.partition === prediction.partition).at(-1)?.offset;
    case 'sendOutcome': {
      // Read from the events and the current leader's own replica, not from the player's code.
      const mine = <T extends { producer: string; topic: string }>(e: T) => e.producer === prediction.producer && e.topic === prediction.topic;
      const written = eventsOf(run, 'recordProduced').filter((e) => mine(e) && e.value === prediction.value);
      const ack = eventsOf(run, 'produceAcknowledged').find((e) => mine(e) && written.some((w) => w.offset === e.offset && w.partition === e.partition));
      if (ack) {
        const leader = partitionState(run.state, prediction.topic, ack.partition)?.leader;
        const kept = leader !== undefined && replicaRecords(run.state, prediction.topic, ack.partition, leader).some((r) => r.offset === ack.offset && r.value === prediction.value);
        return kept ? 'acked-kept' : 'acked-lost';
      }
      // produceFailed: a fenced zombie's send, refused for good (INVALID_PRODUCER_EPOCH).
      return eventsOf(run, 'produceErrored').some(mine) || eventsOf(run, 'produceFailed').some(mine) ? 'error' : 'unanswered';
    }
    case 'offsetsOfKey': {
      if (!run.state.topics[prediction.topic]?.partitions[prediction.partition]) return undefined;
      const offsets = records(run.state, prediction.topic, prediction.partition).filter((r) => r.key === prediction.key).map((r) => r.offset);
      return offsets.length === 0 ? 'none' : offsets.join(',');
    }
    case 'coordinatorAfter':
      return coordinator(run.state, prediction.group);
    case 'idleMemberAfter': {
      const group = run.state.groups[prediction.group];
      if (!group) return undefined;
      return group.members.filter((m) => run.state.consumers[m]!.assignment.length === 0).sort()[0] ?? NOBODY;
    }
    case 'leaderElectionsAfter':
      return eventsOf(run, 'leaderElected').length;
    case 'logStartAfter':
      return logStartOffset(run.state, prediction.topic, prediction.partition);
    case 'keptOffsetsOfKey': {
      const offsets = records(run.state, prediction.topic, prediction.partition).filter((r) => r.key === prediction.key).map((r) => r.offset);
      return offsets.length === 0 ? 'none' : offsets.join(',');
    }
  }
}

// The producer, consumer and features lessons keep their text (and their choices' words) in their own file.
const ALL_LESSON_MESSAGES: Record<string, Entry> = { ...LESSON_MESSAGES, ...LESSON_CLIENT_MESSAGES };
const messages = ALL_LESSON_MESSAGES as Record<string, Entry | undefined>;

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}

function keysOf(lesson: Lesson): string[] {
  return [
    lesson.title,
    lesson.summary,
    ...lesson.steps.flatMap((s) => (s.predict ? [s.narration, s.predict.question] : [s.narration])),
  ];
}

describe('the lesson list', () => {
  it('has every lesson of LESSON_IDS, in that order, under its own id', () => {
    expect(Object.keys(LESSONS)).toEqual([...LESSON_IDS]);
    for (const id of LESSON_IDS) expect(LESSONS[id].id).toBe(id);
  });

  it('finds lessons by id and nothing else', () => {
    expect(lessonById('keys')).toBe(LESSONS.keys);
    expect(lessonById('nope')).toBeUndefined();
    expect(lessonById('constructor')).toBeUndefined();
    expect(lessonById('')).toBeUndefined();
  });

  it('asks predictions in every lesson from partition-log on', () => {
    for (const id of LESSON_IDS.slice(2)) expect(LESSONS[id].steps.some((s) => s.predict), id).toBe(true);
  });

  it('has no catalogue entry that no lesson uses', () => {
    const used = new Set(LESSON_IDS.flatMap((id) => keysOf(LESSONS[id])));
    expect(Object.keys(ALL_LESSON_MESSAGES).filter((k) => !used.has(k) && !k.startsWith('lessonUi.'))).toEqual([]);
  });
});

describe.each(LESSON_IDS.map((id) => [id, LESSONS[id]] as const))('lesson %s', (id, lesson) => {
  it('has 6 to 12 steps and a fixed seed', () => {
    expect(lesson.steps.length).toBeGreaterThanOrEqual(6);
    expect(lesson.steps.length).toBeLessThanOrEqual(12);
    expect(Number.isInteger(lesson.seed)).toBe(true);
  });

  it('sets the scene in its first step', () => {
    if (lesson.view === 'why-kafka') {
      expect(lesson.steps.every((s) => s.commands.length === 0)).toBe(true);
    } else {
      expect(lesson.steps[0]!.commands.some((c) => c.type === 'createTopic')).toBe(true);
    }
  });

  it('applies every command without a refusal', () => {
    expect(RUNS[id].flatMap((run, i) => run.refused.map((r) => `step ${i + 1}: ${r}`))).toEqual([]);
  });

  it('names its texts lesson.<id>.title|summary|step<n>[.question]', () => {
    expect(lesson.title).toBe(`lesson.${id}.title`);
    expect(lesson.summary).toBe(`lesson.${id}.summary`);
    lesson.steps.forEach((s, i) => {
      expect(s.narration).toBe(`lesson.${id}.step${i + 1}`);
      if (s.predict) expect(s.predict.question).toBe(`lesson.${id}.step${i + 1}.question`);
    });
  });

  it('has every text in Korean and English, with the same placeholders', () => {
    for (const key of keysOf(lesson)) {
      const entry = messages[key];
      expect(entry, key).toBeDefined();
      expect(entry!.ko.trim(), key).not.toBe('');
      expect(entry!.en.trim(), key).not.toBe('');
      expect(/[가-힣]/.test(entry!.ko), `${key} is Korean`).toBe(true);
      expect(placeholders(entry!.ko), key).toEqual(placeholders(entry!.en));
    }
  });

  it('can answer each prediction from the engine after its step', () => {
    lesson.steps.forEach((s, i) => {
      if (!s.predict) return;
      expect(s.commands.length, `step ${i + 1} decides its own answer`).toBeGreaterThan(0);
      expect(answer(s.predict, RUNS[id][i]!), `step ${i + 1}`).toBeDefined();
    });
  });
});

// The narration states these answers in words; a change in the engine or a lesson must show up here.
const EXPECTED_ANSWERS: Partial<Record<LessonId, Record<number, string | number>>> = {
  'partition-log': { 4: 2, 7: 5 },
  offsets: { 6: 'worker-1', 7: 3 },
  'consumer-groups': { 5: 6, 6: 0, 9: 2 },
  keys: { 4: 0, 7: 2, 10: 0 },
  scaling: { 2: 'c2', 3: 'c1', 5: 'c4', 6: 'c5', 7: 5 },
  retention: { 8: 4, 10: 3 },
  brokers: { 2: 0, 6: '1,2,3', 7: 5 },
  'broker-failure': { 2: 3, 4: 'offline', 6: 3, 7: 3, 9: '1,3', 11: 2 },
  acks: { 2: 'unanswered', 4: 'acked-lost', 6: 'acked-kept', 8: 'error', 10: 1 },
  'producer-retries': { 4: '1,3', 8: '5' },
  'consumer-side': { 2: 3, 4: 'ship-3', 6: 'ship-3', 7: 1 },
  features: { 5: NOBODY, 6: 3 },
  compaction: { 3: '4', 6: '4,7', 8: '10', 10: 'none', 11: 15 },
  'exactly-once': { 2: '0,1', 5: 0, 7: 4, 9: 4, 10: 3, 11: 'error' },
  'rebalance-protocols': { 3: NOBODY, 6: 'c1', 7: NOBODY, 9: 'k1', 10: 'k3' },
};

describe('prediction answers quoted by the narration', () => {
  it.each(LESSON_IDS.map((id) => [id] as const))('%s', (id) => {
    const actual: Record<number, string | number | undefined> = {};
    LESSONS[id].steps.forEach((s, i) => {
      if (s.predict) actual[i + 1] = answer(s.predict, RUNS[id][i]!);
    });
    expect(actual).toEqual(EXPECTED_ANSWERS[id] ?? {});
  });
});

describe('the stories', () => {
  it('topics: each consumer reads only the topics it subscribed to', () => {
    const all = RUNS.topics.flatMap((run) => [...fetched(run, 'shipping'), ...fetched(run, 'billing'), ...fetched(run, 'analytics')]);
    const topicsRead = (consumer: string) => new Set(RUNS.topics.flatMap((run) => fetched(run, consumer).map((r) => r.topic)));
    expect(all.length).toBeGreaterThan(0);
    expect([...topicsRead('shipping')]).toEqual(['orders']);
    expect([...topicsRead('billing')]).toEqual(['payments']);
    expect([...topicsRead('analytics')].sort()).toEqual(['orders', 'payments']);
    expect(fetched(step('topics', 6), 'shipping').map((r) => r.value)).toEqual(['order-1004']);
  });

  it('partition-log: offsets count from 0, reading deletes nothing, a second group reads it all again', () => {
    expect(eventsOf(step('partition-log', 2), 'recordProduced').map((e) => e.offset)).toEqual([0]);
    expect(eventsOf(step('partition-log', 3), 'recordProduced').map((e) => e.offset)).toEqual([1, 2, 3]);
    expect(fetched(step('partition-log', 4), 'reader-a1').map((r) => r.offset)).toEqual([0, 1]);
    expect(records(step('partition-log', 5).state, 'events', 0)).toHaveLength(4);
    expect(fetched(step('partition-log', 6), 'reader-a1').map((r) => r.offset)).toEqual([4]);
    const again = fetched(step('partition-log', 7), 'reader-b1');
    expect(again.map((r) => r.offset)).toEqual([0, 1, 2, 3, 4]);
    expect(again.some((r) => r.redelivered)).toBe(false);
  });

  it('offsets: a commit, a crash, a takeover from the committed offset, and records read twice', () => {
    expect(position(step('offsets', 3).state, 'worker-1', 'orders', 0)).toBe(3);
    expect(committedOffset(step('offsets', 3).state, 'billing', 'orders', 0)).toBeUndefined();
    expect(committedOffset(step('offsets', 4).state, 'billing', 'orders', 0)).toBe(3);
    expect(position(step('offsets', 5).state, 'worker-1', 'orders', 0)).toBe(5);
    expect(committedOffset(step('offsets', 5).state, 'billing', 'orders', 0)).toBe(3);
    expect(eventsOf(step('offsets', 6), 'consumerCrashed')).toHaveLength(1);
    expect(eventsOf(step('offsets', 7), 'memberExpired').map((e) => [e.consumer, e.reason])).toEqual([['worker-1', 'session-timeout']]);
    const read = fetched(step('offsets', 8), 'worker-2');
    expect(read.some((r) => r.redelivered)).toBe(true);
    expect(read.map((r) => [r.offset, r.redelivered])).toEqual([[3, true], [4, true], [5, false]]);
    expect(committedOffset(step('offsets', 9).state, 'billing', 'orders', 0)).toBe(6);
  });

  it('consumer-groups: each group keeps its own committed offset; reset only without one', () => {
    const s4 = step('consumer-groups', 4).state;
    expect(committedOffset(s4, 'stats', 'clicks', 0)).toBe(6);
    expect(committedOffset(s4, 'audit', 'clicks', 0)).toBe(2);
    const s7 = step('consumer-groups', 7);
    expect(fetched(s7, 'alerts-1').map((r) => r.offset)).toEqual([6]);
    // replay-1 read 0-5 in the poll that joined it (step 6), then only the new one.
    expect(fetched(step('consumer-groups', 6), 'replay-1').map((r) => r.offset)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(fetched(s7, 'replay-1').map((r) => r.offset)).toEqual([6]);
    // alerts-1 joined in its first poll, at step 5: latest put it at the log end then.
    expect(eventsOf(step('consumer-groups', 5), 'offsetReset').map((e) => [e.consumer, e.to])).toEqual([['alerts-1', 6]]);
    const s9 = step('consumer-groups', 9);
    expect(eventsOf(s9, 'positionRestored').map((e) => [e.consumer, e.offset])).toEqual([['audit-2', 2]]);
    expect(eventsOf(s9, 'offsetReset')).toEqual([]);
  });

  it('keys: the same key always shares a partition; keyless records follow the partitioner', () => {
    const produced = RUNS.keys.flatMap((run) => eventsOf(run, 'recordProduced'));
    const byKey = new Map<string, Set<number>>();
    for (const e of produced) if (e.key !== undefined) byKey.set(e.key, (byKey.get(e.key) ?? new Set()).add(e.partition));
    expect(byKey.size).toBeGreaterThan(1);
    for (const [key, partitions] of byKey) expect(partitions.size, key).toBe(1);
    expect(produced.filter((e) => e.key === 'alice').map((e) => [e.partition, e.value])).toEqual([[0, 'cart'], [0, 'pay'], [0, 'ship'], [0, 'refund']]);
    expect(eventsOf(step('keys', 3), 'recordProduced').map((e) => [e.key, e.partition])).toEqual([['dave', 1], ['carol', 2]]);
    expect(eventsOf(step('keys', 5), 'recordProduced').map((e) => [e.key, e.partition])).toEqual([['bob', 0], ['alice', 0]]);
    expect(eventsOf(step('keys', 6), 'recordProduced').map((e) => e.partition)).toEqual([0, 1]);
    const sticky = eventsOf(step('keys', 8), 'recordProduced');
    expect(sticky.map((e) => e.partition)).toEqual([1, 1, 1, 0, 0, 0]);
    expect(sticky.map((e) => e.size)).toEqual(Array(6).fill(73));
    expect(sticky.every((e) => e.placement.kind === 'sticky' && e.placement.partitioner === 'uniform-sticky')).toBe(true);
  });

  it('scaling: range spreads partitions, a fifth member idles, added partitions move keys', () => {
    const owners = (n: number) => [0, 1, 2, 3].map((p) => ownerOf(step('scaling', n).state, 'order-app', 'orders', p));
    expect(owners(1)).toEqual(['c1', 'c1', 'c1', 'c1']);
    expect(owners(2)).toEqual(['c1', 'c1', 'c2', 'c2']);
    expect(owners(3)).toEqual(['c1', 'c1', 'c2', 'c3']);
    expect(owners(4)).toEqual(['c1', 'c2', 'c3', 'c4']);
    const s5 = step('scaling', 5).state;
    const idle = s5.groups['order-app']!.members.filter((m) => s5.consumers[m]!.assignment.length === 0);
    expect(idle).toEqual(['c5']);
    const added = eventsOf(step('scaling', 6), 'partitionsAdded');
    expect(added).toHaveLength(1);
    expect(added[0]!.movedKeys).toEqual([{ key: 'kim', from: 1, to: 5 }, { key: 'lee', from: 0, to: 2 }, { key: 'park', from: 3, to: 5 }]);
    expect(eventsOf(step('scaling', 6), 'rebalanceStarted').map((e) => e.reason)).toEqual(['partitions-added']);
    expect(eventsOf(step('scaling', 8), 'recordProduced').map((e) => [e.key, e.partition])).toEqual([['jung', 2], ['lee', 2]]);
    const last = RUNS.scaling.at(-1)!.state;
    expect(records(last, 'orders', 1).map((r) => r.key)).toEqual(['kim', 'kim']);
    expect(records(last, 'orders', 5).map((r) => r.key)).toEqual(['kim']);
    // Step 9 says Kafka refuses a decrease: so does the engine.
    expect(applyCommand(last, { type: 'alterPartitions', topic: 'orders', partitions: 4 }).error?.code).toBe('INVALID_PARTITIONS');
  });

  it('retention: whole segments go, the log start moves, offsets are not reused, a lagging consumer is reset', () => {
    const recordBytes = recordSizeInBytes(undefined, 'log-01');
    expect(3 * recordBytes).toBe(222);
    const created = LESSONS.retention.steps.flatMap((s) => s.commands).filter((c) => c.type === 'createTopic');
    expect(created.map((c) => [c.topic, c.segmentBytes, c.retentionBytes])).toEqual([['logs', 222, undefined], ['metrics', 222, 444]]);
    expect(eventsOf(step('retention', 3), 'segmentRolled').map((e) => [e.baseOffset, e.reason])).toEqual([[3, 'size']]);
    expect(eventsOf(step('retention', 5), 'segmentsDeleted')).toEqual([]);

    const byTime = eventsOf(step('retention', 6), 'segmentsDeleted');
    expect(byTime.map((e) => [e.topic, e.at, e.reason, e.logStartOffset])).toEqual([['logs', 70_000, 'retention.ms', 3]]);
    expect(byTime[0]!.segments.map((s) => [s.baseOffset, s.endOffset])).toEqual([[0, 3]]);
    expect(logStartOffset(step('retention', 6).state, 'logs', 0)).toBe(3);
    expect(eventsOf(step('retention', 7), 'recordProduced').map((e) => e.offset)).toEqual([9]);

    const reset = eventsOf(step('retention', 8), 'offsetReset');
    expect(reset.map((e) => [e.consumer, e.reason, e.from, e.to])).toEqual([['reporter', 'out-of-range', 2, 3]]);
    expect(fetched(step('retention', 8), 'reporter').map((r) => r.offset)).toEqual([3]);

    const bySize = eventsOf(step('retention', 10), 'segmentsDeleted');
    expect(bySize.map((e) => [e.topic, e.at, e.reason, e.logStartOffset])).toEqual([['metrics', 90_000, 'retention.bytes', 3]]);
    const end = step('retention', 10).state;
    expect(segments(end, 'metrics', 0).reduce((sum, s) => sum + s.bytes, 0)).toBe(444);
    // Every segment holds three records.
    for (const topic of ['logs', 'metrics']) {
      for (const s of segments(end, topic, 0).filter((x) => !x.active)) expect(s.endOffset - s.baseOffset).toBe(3);
    }
  });
});

describe('console steps', () => {
  it('run a tool that only reads, and print the numbers the narration quotes', async () => {
    const { runLine } = await import('../console/index.ts');
    const { stdoutOf } = await import('../console/result.ts');
    const expected: Record<string, string> = {
      offsets: 'billing         orders          0          3               6               3               worker-1-',
      'consumer-groups': 'audit           clicks          0          2               6               4               audit-1-',
      // kafka-consumer-groups --state as Kafka 4.0 prints it (printStates: GROUP ≥ 15, STATE 20 wide).
      'consumer-side:2': 'shipping        localhost:9094  (3)       range                Stable               1',
      'consumer-side:7': 'analytics       localhost:9092  (1)       range                Stable               1',
      'consumer-side:8': 'shipping        orders          1          3               4               1               ship-3-',
      // kafka-transactions as Kafka 4.0 prints it (ToolsUtils.prettyPrintTable: columns as wide as their widest cell, tab-ended).
      'exactly-once:5': '1            \tbilling-tx     \t4         \t0            \tOngoing         \t60000               \t',
      'exactly-once:12': 'billing-tx     \t1          \t4         \tEmpty           \t',
    };
    let shown = 0;
    for (const lesson of Object.values(LESSONS)) {
      const runs = playLesson(lesson);
      lesson.steps.forEach((step, i) => {
        if (step.console === undefined) return;
        shown++;
        const result = runLine(runs[i]!.state, step.console);
        expect(result.commands, `${lesson.id} step ${i + 1}`).toEqual([]);
        expect(stdoutOf(result)).toContain(expected[`${lesson.id}:${i + 1}`] ?? expected[lesson.id]);
      });
    }
    expect(shown).toBe(7);
  });
});
