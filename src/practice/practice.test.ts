import fc from 'fast-check';
import {
  applyCommand, ASSIGNOR_NAMES, assignment, committedOffset, coordinator, createSimulation, lag, logStartOffset, partitionState, records,
  type SimEvent, type SimState,
} from '../engine/index.ts';
import { hasMessage } from '../i18n/catalog.ts';
import { canonical } from './answers.ts';
import { CONCEPTS, generateExercise, gradeAnswer, type Concept, type Exercise } from './index.ts';
import { PRACTICE_PROFILE } from './scenario.ts';

// Every concept over many seeds: the answer is what the engine's public queries report after
// replaying the exercise's commands (no command refused, so within SIM_LIMITS), the choices hold it
// once among at least two wrong answers, and every wrong answer names a misconception with text in
// both languages.

const SEEDS = Array.from({ length: 100 }, (_, i) => i);

function replay(exercise: Exercise): { state: SimState; events: SimEvent[]; refused: string[] } {
  let state = createSimulation({ seed: exercise.seed, kafkaVersion: PRACTICE_PROFILE });
  const events: SimEvent[] = [];
  const refused: string[] = [];
  for (const command of exercise.commands) {
    const result = applyCommand(state, command);
    if (result.error) refused.push(`${command.type}: ${result.error.message}`);
    state = result.state;
    events.push(...result.events);
  }
  return { state, events, refused };
}

const str = (v: string | number | undefined) => String(v);
const num = (v: string | number | undefined) => Number(v);

/** What the engine reports for the question, read from its public queries (and its events, for a send). */
function engineAnswer(e: Exercise, state: SimState, events: SimEvent[]): unknown {
  const p = e.question.params;
  switch (e.concept) {
    case 'keyPartition':
    case 'keylessPlacement': {
      const produced = events.filter((ev) => ev.type === 'recordProduced').at(-1);
      return produced?.type === 'recordProduced' ? produced.partition : undefined;
    }
    case 'assignment':
    case 'rebalance':
      return Object.fromEntries((state.groups[str(p.group)]?.members ?? []).map((m) => [m, assignment(state, m).map((tp) => `${tp.topic}-${tp.partition}`)]));
    case 'lag':
      return lag(state, str(p.group), str(p.topic), num(p.partition)) ?? null;
    case 'offsetsAfterCrash':
      return committedOffset(state, str(p.group), str(p.topic), num(p.partition));
    case 'retention':
      return logStartOffset(state, str(p.topic), num(p.partition));
    case 'highWatermark':
      return partitionState(state, str(p.topic), num(p.partition))?.highWatermark;
    case 'isrAfterFault':
      return partitionState(state, str(p.topic), num(p.partition))?.isr;
    case 'leaderAfterFault':
      return partitionState(state, str(p.topic), num(p.partition))?.leader ?? null;
    case 'coordinator':
      return coordinator(state, str(p.group)) ?? null;
    case 'idempotentRetry':
      return records(state, str(p.topic), num(p.partition)).filter((r) => r.value === p.value).length;
    case 'acksOutcome': {
      const mine = (ev: SimEvent) => 'producer' in ev && ev.producer === p.producer && 'topic' in ev && ev.topic === p.topic;
      const appended = events.filter((ev) => ev.type === 'recordProduced' && mine(ev) && ev.value === p.value);
      // acks=0: Sender.handleProduceResponse completes the send once it is out, with Errors.NONE and offset -1.
      if (state.producers[str(p.producer)]?.acks === 0 && appended.length > 0) return 'completed-unacked';
      const acked = events.find((ev) => ev.type === 'produceAcknowledged' && mine(ev) && appended.some((a) => a.type === 'recordProduced' && a.offset === ev.offset && a.partition === ev.partition));
      if (acked?.type === 'produceAcknowledged') return records(state, str(p.topic), acked.partition).some((r) => r.offset === acked.offset && r.value === p.value) ? 'acked-kept' : 'acked-lost';
      return events.some((ev) => (ev.type === 'produceErrored' || ev.type === 'produceFailed') && mine(ev)) ? 'error' : 'unanswered';
    }
  }
}

const exercises = new Map<Concept, Exercise[]>();
function all(concept: Concept): Exercise[] {
  if (!exercises.has(concept)) exercises.set(concept, SEEDS.map((seed) => generateExercise(concept, seed)!));
  return exercises.get(concept)!;
}

describe.each(CONCEPTS)('practice concept %s', (concept) => {
  it('gives an exercise for every seed, the same one each time, as plain JSON', () => {
    for (const e of all(concept)) {
      expect(e, `seed`).toBeDefined();
      expect(generateExercise(concept, e.seed)).toEqual(e);
      expect(JSON.parse(JSON.stringify(e))).toEqual(e);
      expect(e.concept).toBe(concept);
      expect(e.setupLength).toBeGreaterThanOrEqual(0);
      expect(e.setupLength).toBeLessThanOrEqual(e.commands.length);
    }
  });

  it('answers what the engine reports after runCommands, with no refused command (so within SIM_LIMITS)', () => {
    for (const e of all(concept)) {
      const { state, events, refused } = replay(e);
      expect(refused, `seed ${e.seed}`).toEqual([]);
      expect(canonical(engineAnswer(e, state, events)), `seed ${e.seed}`).toBe(canonical(e.answer));
    }
  });

  it('offers the answer exactly once among at least two distinct wrong choices, each naming a misconception in both languages', () => {
    for (const e of all(concept)) {
      const choices = e.choices!;
      const keys = choices.map(canonical);
      expect(new Set(keys).size, `seed ${e.seed}`).toBe(choices.length);
      expect(keys.filter((k) => k === canonical(e.answer))).toHaveLength(1);
      expect(choices.length).toBeGreaterThanOrEqual(3);
      choices.forEach((_, i) => {
        const id = e.misconceptions[String(i)];
        if (keys[i] === canonical(e.answer)) expect(id).toBeUndefined();
        else {
          expect(id, `seed ${e.seed} choice ${i}`).toBeDefined();
          expect(hasMessage('ko', `practice.misconception.${id}`), id).toBe(true);
          expect(hasMessage('en', `practice.misconception.${id}`), id).toBe(true);
        }
      });
      expect(hasMessage('ko', e.question.text) && hasMessage('en', e.question.text), e.question.text).toBe(true);
    }
  });

  it('grades exactly the answer as correct, and a wrong choice with its misconception', () => {
    for (const e of all(concept)) {
      expect(gradeAnswer(e, e.answer)).toEqual({ correct: true });
      e.choices!.forEach((c, i) => {
        if (canonical(c) === canonical(e.answer)) return;
        expect(gradeAnswer(e, c)).toEqual({ correct: false, misconception: e.misconceptions[String(i)] });
      });
    }
  });

  it('varies: many distinct exercises over 100 seeds', () => {
    const distinct = new Set(all(concept).map((e) => JSON.stringify([e.commands, e.question])));
    expect(distinct.size).toBeGreaterThanOrEqual(80);
    // Not one answer for all: the generator draws scenarios whose answers differ.
    expect(new Set(all(concept).map((e) => canonical(e.answer))).size).toBeGreaterThanOrEqual(concept === 'idempotentRetry' ? 2 : 4);
  });
});

describe('practice API edges', () => {
  it('names what is asked about in the question params', () => {
    for (const e of all('keyPartition')) {
      expect(typeof e.question.params.key).toBe('string');
      expect(e.question.params.partitions).toBeGreaterThan(0);
      expect(replay(e).state.topics[String(e.question.params.topic)]?.partitions).toHaveLength(Number(e.question.params.partitions));
    }
    for (const e of all('assignment')) {
      expect(ASSIGNOR_NAMES).toContain(e.question.params.assignor);
      expect(typeof e.question.params.group).toBe('string');
    }
    for (const e of all('leaderAfterFault')) expect(e.commands.some((c) => c.type === 'crashBroker' || c.type === 'stopBroker')).toBe(true);
  });

  it('gives undefined for an unknown concept or a seed that is not a non-negative safe integer', () => {
    for (const seed of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, '3' as unknown as number, null as unknown as number]) expect(generateExercise('lag', seed)).toBeUndefined();
    for (const concept of ['', 'LAG', 'toString', '__proto__', 'constructor']) expect(generateExercise(concept, 1)).toBeUndefined();
    expect(generateExercise('lag', Number.MAX_SAFE_INTEGER)).toBeDefined();
    expect(generateExercise('lag', 0)).toBeDefined();
  });

  it('compares lists of broker ids as sets', () => {
    const e = all('isrAfterFault').find((x) => Array.isArray(x.answer) && x.answer.length >= 2)!;
    const isr = e.answer as number[];
    expect(gradeAnswer(e, [...isr].reverse()).correct).toBe(true);
    expect(gradeAnswer(e, [...isr, isr[0]!]).correct).toBe(true);
    expect(gradeAnswer(e, isr.slice(1)).correct).toBe(false);
    const a = all('assignment').find((x) => Object.values(x.answer as object).some((l: string[]) => l.length >= 2))!;
    const reversed = Object.fromEntries(Object.entries(a.answer as Record<string, string[]>).map(([m, l]) => [m, [...l].reverse()]));
    expect(gradeAnswer(a, reversed).correct).toBe(true);
  });

  it('never throws on junk and calls it wrong', () => {
    const e = all('assignment')[0]!;
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    for (const junk of [undefined, Symbol('x'), () => 1, cyclic, [cyclic], { c1: 'x' }, Object.create(null), new Date(0), 10n, Number.NaN]) {
      expect(gradeAnswer(e, junk)).toEqual({ correct: false });
    }
    fc.assert(fc.property(fc.anything(), (junk) => {
      const g = gradeAnswer(all('lag')[3]!, junk);
      return g.correct === (canonical(junk) === canonical(all('lag')[3]!.answer));
    }), { numRuns: 300 });
    expect(gradeAnswer(undefined as unknown as Exercise, 1)).toEqual({ correct: false });
  });
});
