import fc from 'fast-check';
import { applyCommand, createSimulation } from './apply.ts';
import type { Command } from './commands.ts';
import { SIM_LIMITS } from './defaults.ts';
import { checkVisibleName } from './limits.ts';
import type { SimState } from './types.ts';

const L = SIM_LIMITS;
const TEN_YEARS = 315_360_000_000;

function apply(state: SimState, command: Command) {
  return applyCommand(state, command);
}

function applyAll(commands: readonly Command[], start = createSimulation({ seed: 3 })) {
  let state = start;
  const refusals: { index: number; code: string; limit?: unknown }[] = [];
  commands.forEach((command, index) => {
    const r = apply(state, command);
    if (r.error) refusals.push({ index, code: r.error.code, limit: r.error.params?.['limit'] });
    else state = r.state;
  });
  return { state, refusals };
}

/** Members × subscribed partitions summed over groups, as limits.ts counts it. */
function assignmentSize(state: SimState): number {
  let size = 0;
  for (const group of Object.values(state.groups)) {
    const topics = new Set(group.members.flatMap((m) => state.consumers[m]?.topics ?? []));
    size += group.members.length * [...topics].reduce((sum, t) => sum + (state.topics[t]?.partitions.length ?? 0), 0);
  }
  return size;
}

describe('model time', () => {
  it('stops at 100 years: advanceTime by ten years with a 1 ms auto-commit is refused once it would pass the cap, and never hangs', () => {
    const setup: Command[] = [{ type: 'createTopic', topic: 't', partitions: 1 }, { type: 'addConsumer', consumer: 'c', group: 'g', topics: ['t'], autoCommitIntervalMs: 1 }];
    const advances: Command[] = Array.from({ length: 28_562 }, () => ({ type: 'advanceTime', ms: TEN_YEARS }));
    const { state, refusals } = applyAll([...setup, ...advances]);
    expect(state.time).toBe(10 * TEN_YEARS);
    expect(refusals).toHaveLength(28_562 - 10);
    expect(refusals[0]).toEqual({ index: setup.length + 10, code: 'LIMIT_EXCEEDED', limit: 'maxTimeMs' });
  });

  it('refuses durations past the cap in any config', () => {
    const big = L.maxTimeMs + 1;
    for (const command of [
      { type: 'createTopic', topic: 't', partitions: 1, retentionMs: big },
      { type: 'createTopic', topic: 't', partitions: 1, segmentMs: big },
      { type: 'configureBroker', retentionCheckIntervalMs: big },
    ] as Command[]) {
      expect(apply(createSimulation(), command).error?.params?.['limit'], command.type).toBe('maxTimeMs');
    }
  });

  it('random advances near the limits with 1 ms timers stay exact, finish, and cost events linear in the timers', () => {
    fc.assert(fc.property(
      fc.array(fc.oneof(fc.integer({ min: 0, max: TEN_YEARS }), fc.constantFrom(0, 1, TEN_YEARS)), { minLength: 1, maxLength: 40 }),
      fc.integer({ min: 1, max: 3 }),
      (steps, consumers) => {
        let state = createSimulation({ seed: 1, retentionCheckIntervalMs: 1, kafkaVersion: 'classic' });
        const setup: Command[] = [{ type: 'createTopic', topic: 't', partitions: 2, retentionMs: 1, segmentBytes: 100 }, { type: 'addProducer', producer: 'p' }];
        for (let c = 0; c < consumers; c++) setup.push({ type: 'addConsumer', consumer: `c${c}`, group: `g${c}`, topics: ['t'], autoCommitIntervalMs: 1, autoOffsetReset: 'earliest' });
        for (const command of setup) state = apply(state, command).state;
        for (const ms of steps) {
          state = apply(state, { type: 'produce', producer: 'p', topic: 't', value: 'v' }).state;
          const before = state.time;
          const r = apply(state, { type: 'advanceTime', ms });
          if (before + ms > L.maxTimeMs) {
            expect(r.error?.params?.['limit']).toBe('maxTimeMs');
            continue;
          }
          expect(r.state.time).toBe(before + ms);
          expect(Number.isSafeInteger(r.state.time)).toBe(true);
          // One auto-commit per consumer, a few retention checks per record, and the advance itself.
          expect(r.events.length).toBeLessThanOrEqual(consumers * 2 + 10);
          state = r.state;
        }
      },
    ), { numRuns: 60 });
  });
});

describe('counts', () => {
  it('refuses a topic of more than maxPartitions partitions and 400 members in one group', () => {
    // Kafka has no such bound, so it is the simulator's LIMIT_EXCEEDED, named as the other limits are.
    expect(apply(createSimulation(), { type: 'createTopic', topic: 't', partitions: 256 }).error).toMatchObject({ code: 'LIMIT_EXCEEDED', params: { limit: 'maxPartitions', max: L.maxPartitions } });
    const commands: Command[] = [{ type: 'createTopic', topic: 't', partitions: L.maxPartitions }];
    for (let m = 0; m < 400; m++) commands.push({ type: 'addConsumer', consumer: `c${m}`, group: 'g', topics: ['t'] });
    const { state, refusals } = applyAll(commands);
    // addConsumer subscribes; members join at their first poll, and the cap counts both.
    expect(Object.values(state.consumers).filter((c) => c.group === 'g')).toHaveLength(L.maxAssignmentSize / L.maxPartitions);
    expect(refusals[0]).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'maxAssignmentSize' });
  });

  it('refuses the 8,000-topic file after maxTopics topics, and total partitions past maxTotalPartitions', () => {
    const topics: Command[] = Array.from({ length: 8_000 }, (_, i) => ({ type: 'createTopic', topic: `t${i}`, partitions: L.maxPartitions }));
    const { state, refusals } = applyAll(topics);
    expect(Object.values(state.topics).reduce((n, t) => n + t.partitions.length, 0)).toBe(L.maxTotalPartitions);
    expect(refusals[0]).toMatchObject({ index: L.maxTotalPartitions / L.maxPartitions, limit: 'maxTotalPartitions' });
    const small = applyAll(Array.from({ length: 100 }, (_, i) => ({ type: 'createTopic', topic: `s${i}`, partitions: 1 })));
    expect(Object.keys(small.state.topics)).toHaveLength(L.maxTopics);
    expect(small.refusals[0]).toMatchObject({ index: L.maxTopics, limit: 'maxTopics' });
  });

  it('refuses polls of more than maxPollRecords, and more producers or consumers than allowed', () => {
    const { state } = applyAll([{ type: 'createTopic', topic: 't', partitions: 1 }, { type: 'addConsumer', consumer: 'c', group: 'g', topics: ['t'] }]);
    expect(apply(state, { type: 'poll', consumer: 'c', maxRecords: L.maxPollRecords + 1 }).error?.params?.['limit']).toBe('maxPollRecords');
    expect(apply(state, { type: 'poll', consumer: 'c', maxRecords: L.maxPollRecords }).error).toBeUndefined();
    const producers = applyAll(Array.from({ length: L.maxProducers + 1 }, (_, i) => ({ type: 'addProducer', producer: `p${i}` })));
    expect(producers.refusals).toEqual([{ index: L.maxProducers, code: 'LIMIT_EXCEEDED', limit: 'maxProducers' }]);
    const consumers = applyAll([{ type: 'createTopic', topic: 't', partitions: 1 }, ...Array.from({ length: L.maxConsumers + 1 }, (_, i): Command => ({ type: 'addConsumer', consumer: `c${i}`, group: `g${i}`, topics: ['t'] }))]);
    expect(consumers.refusals).toEqual([{ index: L.maxConsumers + 1, code: 'LIMIT_EXCEEDED', limit: 'maxConsumers' }]);
  });

  it('refuses the 65th consumer group, whether made by resetOffsets on an unknown group or by a consumer', () => {
    const reset = (g: number): Command => ({ type: 'resetOffsets', group: `g${g}`, offsets: [{ topic: 't', partition: 0, offset: 0 }] });
    const groups = applyAll([{ type: 'createTopic', topic: 't', partitions: 1 }, ...Array.from({ length: 1_200 }, (_, g) => reset(g))]);
    expect(Object.keys(groups.state.groups)).toHaveLength(L.maxGroups);
    expect(groups.refusals[0]).toEqual({ index: L.maxGroups + 1, code: 'LIMIT_EXCEEDED', limit: 'maxGroups' });
    // An existing group can still be reset, and a consumer can still join one.
    expect(apply(groups.state, reset(0)).error).toBeUndefined();
    expect(apply(groups.state, { type: 'addConsumer', consumer: 'c', group: 'g1', topics: ['t'] }).error).toBeUndefined();
    const refused = apply(groups.state, { type: 'addConsumer', consumer: 'c', group: 'new', topics: ['t'] });
    expect(refused.error?.params).toMatchObject({ limit: 'maxGroups', group: 'new' });
    expect(refused.state).toBe(groups.state);
  });

  it('random topic, partition and member commands never take the state past a limit', () => {
    const topic = fc.constantFrom('a', 'b', 'c');
    const command: fc.Arbitrary<Command> = fc.oneof(
      fc.record({ type: fc.constant('createTopic' as const), topic, partitions: fc.integer({ min: 1, max: L.maxPartitions }) }),
      fc.record({ type: fc.constant('alterPartitions' as const), topic, partitions: fc.integer({ min: 1, max: L.maxPartitions }) }),
      fc.record({ type: fc.constant('addConsumer' as const), consumer: fc.integer({ min: 0, max: 40 }).map((i) => `c${i}`), group: fc.constantFrom('g', 'h'), topics: fc.subarray(['a', 'b', 'c'], { minLength: 1 }), assignor: fc.constant('range' as const) }),
      fc.record({ type: fc.constant('removeConsumer' as const), consumer: fc.integer({ min: 0, max: 40 }).map((i) => `c${i}`) }),
      fc.record({ type: fc.constant('crashConsumer' as const), consumer: fc.integer({ min: 0, max: 40 }).map((i) => `c${i}`) }),
    );
    fc.assert(fc.property(fc.array(command, { maxLength: 80 }), (commands) => {
      const { state } = applyAll(commands);
      expect(assignmentSize(state)).toBeLessThanOrEqual(L.maxAssignmentSize);
      expect(Object.values(state.topics).reduce((n, t) => n + t.partitions.length, 0)).toBeLessThanOrEqual(L.maxTotalPartitions);
      for (const group of Object.values(state.groups)) expect(group.members.length).toBeLessThanOrEqual(L.maxGroupMembers);
      expect(Object.keys(state.groups).length).toBeLessThanOrEqual(L.maxGroups);
    }), { numRuns: 150 });
  });
});

describe('names', () => {
  const state = applyAll([{ type: 'createTopic', topic: 't', partitions: 1 }]).state;

  it.each([
    ['zero-width space', 'c1\u200b'],
    ['right-to-left override', 'evil\u202eenilno'],
    ['first strong isolate', '\u2068c'],
    ['byte order mark', '\ufeffc'],
    ['Hangul filler', 'c\u3164'],
    ['no-break space', 'c\u00a01'],
    ['trailing space', 'c1 '],
    ['control', 'c\u0007'],
  ])('refuses a name with a %s, saying which character and where', (_, name) => {
    const r = apply(state, { type: 'addConsumer', consumer: name, group: 'g', topics: ['t'] });
    expect(r.error?.code).toBe('NAME_INVISIBLE');
    expect(r.error?.params?.['field']).toBe('consumer');
    expect(r.state).toBe(state);
    expect(apply(state, { type: 'addProducer', producer: name }).error?.code).toBe('NAME_INVISIBLE');
    expect(apply(state, { type: 'addConsumer', consumer: 'ok', group: name, topics: ['t'] }).error?.code).toBe('NAME_INVISIBLE');
    // Admin.alterConsumerGroupOffsets names a group too (issue 22: "2 gal puorg-live" in the panel).
    const reset = apply(state, { type: 'resetOffsets', group: name, offsets: [{ topic: 't', partition: 0, offset: 0 }] });
    expect(reset.error?.code).toBe('NAME_INVISIBLE');
    expect(reset.error?.params?.['field']).toBe('group');
    expect(reset.state).toBe(state);
  });

  it('refuses a NUL in a group name reaching resetOffsets, and a group name past 249 characters', () => {
    expect(apply(state, { type: 'resetOffsets', group: 'g\u0000', offsets: [{ topic: 't', partition: 0, offset: 0 }] }).error?.code).toBe('NAME_INVISIBLE');
    expect(apply(state, { type: 'resetOffsets', group: 'g'.repeat(250), offsets: [{ topic: 't', partition: 0, offset: 0 }] }).error?.code).toBe('NAME_TOO_LONG');
  });

  it('keeps visible names of any script, inner spaces included', () => {
    for (const name of ['주문-처리기', 'عامل', 'worker 1', 'ρ-1', '🙂consumer']) expect(checkVisibleName('consumer', name), name).toBeUndefined();
  });

  it('refuses any name with a format or invisible character inserted anywhere', () => {
    const invisible = fc.constantFrom('\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u202a', '\u202e', '\u2066', '\u2069', '\u00ad', '\u2060', '\ufeff', '\u180e', '\u3000');
    fc.assert(fc.property(fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 10 }).filter((s) => s.trim() === s && s.length > 0), invisible, fc.nat(), (name, char, at) => {
      const i = at % (name.length + 1);
      const bad = name.slice(0, i) + char + name.slice(i);
      expect(checkVisibleName('producer', bad)?.params?.['codePoint']).toBe(`U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
    }));
  });
});
