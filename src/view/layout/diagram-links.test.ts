import { applyCommand, createSimulation, type Command, type SimState } from '../../engine/index.ts';
import { diagramLinks, linkPath, RECENT_RECORDS } from './diagram-links.ts';

function run(commands: Command[]): SimState {
  let state = createSimulation({ seed: 1, kafkaVersion: 'classic' });
  for (const c of commands) {
    const r = applyCommand(state, c);
    if (r.error) throw new Error(r.error.message);
    state = r.state;
  }
  return state;
}

describe('diagramLinks', () => {
  it('links a producer to the partitions it wrote to and each partition to the consumer that owns it', () => {
    const state = run([
      { type: 'createTopic', topic: 'orders', partitions: 3 },
      { type: 'addProducer', producer: 'p1' },
      { type: 'addProducer', producer: 'p2' },
      { type: 'produce', producer: 'p1', topic: 'orders', partition: 2, value: 'a' },
      { type: 'addConsumer', consumer: 'c1', group: 'g', topics: ['orders'] },
      { type: 'poll', consumer: 'c1' },
    ] as Command[]);
    const links = diagramLinks(state);
    expect(links.filter((l) => l.kind === 'write')).toEqual([{ kind: 'write', from: 'producer:p1', to: 'partition:orders:2' }]);
    expect(links.filter((l) => l.kind === 'read').map((l) => l.from).sort()).toEqual(['partition:orders:0', 'partition:orders:1', 'partition:orders:2']);
    expect(links.filter((l) => l.kind === 'read').every((l) => l.to === 'consumer:c1')).toBe(true);
  });

  it('draws nothing from a removed producer or to a crashed consumer', () => {
    const state = run([
      { type: 'createTopic', topic: 't', partitions: 1 },
      { type: 'addProducer', producer: 'p' },
      { type: 'produce', producer: 'p', topic: 't', value: 'a' },
      { type: 'removeProducer', producer: 'p' },
      { type: 'addConsumer', consumer: 'c', group: 'g', topics: ['t'] },
      { type: 'poll', consumer: 'c' },
      { type: 'crashConsumer', consumer: 'c' },
    ] as Command[]);
    expect(diagramLinks(state)).toEqual([]);
  });

  it('draws recent writes only: a producer whose records are all older than the last RECENT_RECORDS has no path', () => {
    const commands = [
      { type: 'createTopic', topic: 't', partitions: 1 },
      { type: 'addProducer', producer: 'old' },
      { type: 'addProducer', producer: 'busy' },
      { type: 'produce', producer: 'old', topic: 't', value: 'a' },
      ...Array.from({ length: RECENT_RECORDS }, () => ({ type: 'produce', producer: 'busy', topic: 't', value: 'b' })),
    ] as Command[];
    expect(diagramLinks(run(commands)).map((l) => l.from)).toEqual(['producer:busy']);
    expect(diagramLinks(run(commands.slice(0, -1))).map((l) => l.from).sort()).toEqual(['producer:busy', 'producer:old']);
  });
});

describe('linkPath', () => {
  it('runs right edge to left edge when the target is to the right', () => {
    expect(linkPath({ x: 0, y: 0, width: 100, height: 20 }, { x: 200, y: 40, width: 50, height: 20 })).toBe('M100,10C150,10,150,50,200,50');
  });
  it('runs bottom to top when the lanes are stacked', () => {
    expect(linkPath({ x: 0, y: 0, width: 100, height: 20 }, { x: 0, y: 100, width: 300, height: 40 })).toBe('M50,20C50,60,24,60,24,100');
  });
});
