import type { Command } from '../engine/index.ts';
import { append, createTimeline, HEAVY_STEP_EVENTS, seek, type Timeline } from './timeline.ts';

// Issue 22: stepping onto a heavy step (tens of thousands of events) re-applied it on every visit.
// Its state is now kept, so a second visit returns the very same state without replaying it.

function build(commands: Command[]): Timeline {
  // Under the classic rules min.insync.replicas above the replica count fails every acks=all write
  // (Kafka up to 3.6); 3.7+ caps it (KAFKA-15583), and nothing would retry.
  let timeline = createTimeline({ seed: 1, kafkaVersion: 'classic' });
  for (const command of commands) {
    const outcome = append(timeline, command);
    if (!outcome.ok) throw new Error(outcome.error.message);
    timeline = outcome.timeline;
  }
  return timeline;
}

describe('heavy steps are cached', () => {
  // acks=all records that min.insync.replicas=2 can never accept on one broker: each retries, narrated.
  const commands: Command[] = [
    { type: 'createTopic', topic: 't', partitions: 1, minInsyncReplicas: 2 },
    { type: 'addProducer', producer: 'p', enableIdempotence: false },
  ];
  for (let i = 0; i < 500; i++) commands.push({ type: 'produce', producer: 'p', topic: 't', value: 'v' });
  commands.push({ type: 'advanceTime', ms: 60_000 }, { type: 'advanceTime', ms: 1 });
  const timeline = build(commands);
  const heavy = commands.length - 1; // the step after the long advance

  it(`the long advance is a heavy step (at least ${HEAVY_STEP_EVENTS} events)`, () => {
    expect(seek(timeline, heavy).events.length).toBeGreaterThanOrEqual(HEAVY_STEP_EVENTS);
  });

  it('a second visit to the heavy step gives the same state object, also via a later step of its block', () => {
    const first = seek(seek(timeline, 0), heavy);
    const again = seek(seek(timeline, 1), heavy);
    expect(again.state).toBe(first.state);
    expect(again.events).toBe(first.events);
    const after = seek(seek(timeline, 0), heavy + 1);
    expect(after.state.time).toBe(first.state.time + 1);
  });

  it('a different history at the same step is not served from the cache', () => {
    const other = build([...commands.slice(0, heavy - 1), { type: 'advanceTime', ms: 30_000 }]);
    expect(seek(seek(other, 0), heavy).state.time).not.toBe(seek(seek(timeline, 0), heavy).state.time);
  });
});
