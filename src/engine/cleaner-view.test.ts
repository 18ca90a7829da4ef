import { applyCommand, cleanerView, createSimulation, type Command, type SimState } from './index.ts';

// cleanerView: what the log cleaner sees of a compacted partition (LogCleanerManager.cleanableOffsets
// and LogToClean): the cleaner point, the active segment and the dirty ratio of the closed segments.

const put = (key: string): Command => ({ type: 'produce', producer: 'p', topic: 'kv', key, value: 'seoul' });

function run(commands: Command[]): SimState {
  let state = createSimulation({ seed: 1, kafkaVersion: 'classic' });
  for (const c of commands) {
    const result = applyCommand(state, c);
    expect(result.error).toBeUndefined();
    state = result.state;
  }
  return state;
}

const setup: Command[] = [
  { type: 'createTopic', topic: 'kv', partitions: 1, cleanupPolicy: 'compact', segmentBytes: 228 },
  { type: 'addProducer', producer: 'p' },
];

describe('cleanerView', () => {
  it('is undefined for a topic that only deletes (cleanup.policy=delete)', () => {
    expect(cleanerView(run([{ type: 'createTopic', topic: 'kv', partitions: 1 }]), 'kv', 0)).toBeUndefined();
  });

  it('before a cleaning: the cleaner point at the log start, every closed byte dirty', () => {
    const view = cleanerView(run([...setup, put('kim'), put('kim'), put('kim'), put('lee')]), 'kv', 0);
    expect(view).toEqual({ firstDirtyOffset: 0, activeSegmentBaseOffset: 3, dirtyRatio: 1, minCleanableDirtyRatio: 0.5 });
  });

  it('after a cleaning, a new closed segment as large as the cleaned one is a dirty ratio of 0.5: not above, so not cleanable', () => {
    // Three keys in 0-2, all kept by the first cleaning (228 clean bytes); then 3-5 closes (228 dirty bytes).
    const state = run([...setup, put('a01'), put('a02'), put('a03'), put('b01'), { type: 'advanceTime', ms: 15_000 }, put('b02'), put('b03'), put('c01')]);
    const view = cleanerView(state, 'kv', 0)!;
    expect(view.firstDirtyOffset).toBe(3);
    expect(view.activeSegmentBaseOffset).toBe(6);
    expect(view.dirtyRatio).toBe(0.5);
  });
});
