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
