// @vitest-environment jsdom
import { renderSimulator } from '../test-support.tsx';

describe('names on the panels', () => {
  it('sit in <bdi> (or an isolate), so a right-to-left name cannot reorder what is around it', () => {
    const { container } = renderSimulator({ commands: [
      { type: 'createTopic', topic: 't', partitions: 1 },
      { type: 'addProducer', producer: 'מפיק' },
      { type: 'addConsumer', consumer: 'عامل', group: 'קבוצה', topics: ['t'] },
    ] });
    const bdis = [...container.querySelectorAll('bdi')].map((b) => b.textContent);
    expect(bdis).toEqual(expect.arrayContaining(['מפיק', 'عامل']));
    expect(container.textContent).toContain('\u2068קבוצה\u2069');
  });
});

describe('names on the partition log markers', () => {
  it('isolate the committed group and the consumer position (issue 22: "2 gal puorg-live")', () => {
    const { container } = renderSimulator({ commands: [
      { type: 'createTopic', topic: 't', partitions: 1 },
      { type: 'addProducer', producer: 'p' },
      { type: 'produce', producer: 'p', topic: 't', value: 'v' },
      { type: 'addConsumer', consumer: 'عامل', group: 'קבוצה', topics: ['t'], autoOffsetReset: 'earliest', enableAutoCommit: false },
      { type: 'poll', consumer: 'عامل' },
      { type: 'commit', consumer: 'عامل' },
    ] });
    const committed = container.querySelector('.marker.committed bdi');
    const position = container.querySelector('.marker.position bdi');
    expect(committed?.textContent).toBe('קבוצה');
    expect(position?.textContent).toBe('عامل');
  });
});
