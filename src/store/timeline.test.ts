import { records, type Command } from '../engine/index.ts';
import { snapshot } from '../engine/test-support/snapshot.ts';
import { append, appendAll, createTimeline, seek, SNAPSHOT_EVERY, stepBack, stepForward } from './timeline.ts';

function build(n: number) {
  const commands: Command[] = [
    { type: 'createTopic', topic: 'orders', partitions: 3 },
    { type: 'addProducer', producer: 'p' },
    ...Array.from({ length: n }, (_, i) => ({ type: 'produce' as const, producer: 'p', topic: 'orders', key: `k${i % 7}`, value: `v${i}` })),
  ];
  const loaded = appendAll(createTimeline({ seed: 5, kafkaVersion: 'classic' }), commands);
  expect(loaded.error).toBeUndefined();
  return loaded.timeline;
}

describe('timeline', () => {
  it('seeking to any step gives exactly the state that was there when going forward', () => {
    const steps: unknown[] = [];
    let timeline = createTimeline({ seed: 5, kafkaVersion: 'classic' });
    const commands: Command[] = [{ type: 'createTopic', topic: 'orders', partitions: 3 }, { type: 'addProducer', producer: 'p' }];
    for (let i = 0; i < SNAPSHOT_EVERY * 3 + 5; i++) commands.push({ type: 'produce', producer: 'p', topic: 'orders', value: `v${i}` });
    steps.push(snapshot(timeline.state));
    for (const command of commands) {
      const outcome = append(timeline, command);
      if (!outcome.ok) throw new Error(outcome.error.message);
      timeline = outcome.timeline;
      steps.push(snapshot(timeline.state));
    }
    for (const target of [0, 1, SNAPSHOT_EVERY - 1, SNAPSHOT_EVERY, SNAPSHOT_EVERY + 1, 150, commands.length, 3]) {
      expect(snapshot(seek(timeline, target).state)).toEqual(steps[target]);
    }
  });

  it('step back then forward returns to the same state and events', () => {
    const timeline = build(10);
    const back = stepBack(timeline);
    expect(back.cursor).toBe(timeline.cursor - 1);
    expect(records(back.state, 'orders', 0).length + records(back.state, 'orders', 1).length + records(back.state, 'orders', 2).length).toBe(9);
    const forward = stepForward(back);
    expect(snapshot(forward.state)).toEqual(snapshot(timeline.state));
    expect(forward.events).toEqual(timeline.events);
  });

  it('clamps seeks to the ends', () => {
    const timeline = build(3);
    expect(seek(timeline, -4).cursor).toBe(0);
    expect(seek(timeline, 999).cursor).toBe(timeline.commands.length);
  });

  it('acting in the past drops the later steps; a refused command changes nothing', () => {
    const timeline = build(10);
    const past = seek(timeline, 4);
    const outcome = append(past, { type: 'produce', producer: 'p', topic: 'orders', value: 'new' });
    if (!outcome.ok) throw new Error('refused');
    expect(outcome.timeline.commands).toHaveLength(5);
    expect(outcome.timeline.cursor).toBe(5);
    const refused = append(outcome.timeline, { type: 'alterPartitions', topic: 'orders', partitions: 1 });
    expect(refused.ok).toBe(false);
  });

  it('snapshots stay consistent after truncation', () => {
    const timeline = build(SNAPSHOT_EVERY * 2);
    const past = seek(timeline, SNAPSHOT_EVERY + 3);
    let t = past;
    for (let i = 0; i < SNAPSHOT_EVERY; i++) {
      const o = append(t, { type: 'produce', producer: 'p', topic: 'orders', value: `fork${i}` });
      if (!o.ok) throw new Error('refused');
      t = o.timeline;
    }
    const direct = seek(t, t.commands.length);
    const viaSnapshot = seek(seek(t, 0), t.commands.length);
    expect(snapshot(viaSnapshot.state)).toEqual(snapshot(direct.state));
  });
});

describe('history bound', () => {
  it('keeps about maxHistory steps, stays exact within them, and counts what it dropped', () => {
    let timeline = createTimeline({ seed: 1, kafkaVersion: 'classic' }, undefined, 200);
    const commands: Command[] = [{ type: 'createTopic', topic: 'orders', partitions: 2 }, { type: 'addProducer', producer: 'p' }];
    for (let i = 0; i < 1000; i++) commands.push({ type: 'produce', producer: 'p', topic: 'orders', value: `v${i}` });
    const states: unknown[] = [];
    for (const command of commands) {
      const outcome = append(timeline, command);
      if (!outcome.ok) throw new Error(outcome.error.message);
      timeline = outcome.timeline;
      states.push(snapshot(timeline.state));
    }
    expect(timeline.commands.length).toBeLessThanOrEqual(200 + SNAPSHOT_EVERY);
    expect(timeline.dropped + timeline.cursor).toBe(commands.length);
    for (const back of [1, 50, timeline.commands.length]) {
      const at = seek(timeline, timeline.cursor - back);
      expect(snapshot(at.state)).toEqual(back === timeline.commands.length && timeline.dropped > 0 ? states[timeline.dropped - 1] : states[timeline.dropped + timeline.cursor - back - 1]);
    }
  });
});

describe('seekRange', () => {
  it('lands on the same state as seek and carries the events of every command in the range', async () => {
    const { seekRange } = await import('./timeline.ts');
    const timeline = build(10);
    const ranged = seekRange(timeline, 3, 7);
    expect(snapshot(ranged.state)).toEqual(snapshot(seek(timeline, 7).state));
    expect(ranged.events.filter((e) => e.type === 'recordProduced')).toHaveLength(4);
    expect(seekRange(timeline, 5, 5).events).toEqual(seek(timeline, 5).events);
  });
});
