import { assign } from './index.ts';
import { member, show, showSorted, tps } from './test-helpers.ts';
import type { AssignorMember } from './types.ts';

// Ported from Kafka's clients RangeAssignorTest (which compares each member's partitions as a set).
const topic1 = 'topic1';
const topic2 = 'topic2';
const twoTopics = (n1: number, n2: number) => ({ [topic1]: n1, [topic2]: n2 });
const range = (partitionsPerTopic: Record<string, number>, members: AssignorMember[]) =>
  showSorted(assign('range', { partitionsPerTopic, members }));

describe('RangeAssignor (RangeAssignorTest)', () => {
  it('testOneConsumerNoTopic', () => {
    expect(range({}, [member('consumer1', [])])).toEqual({ consumer1: [] });
  });

  it('testOneConsumerNonexistentTopic', () => {
    expect(range({}, [member('consumer1', [topic1])])).toEqual({ consumer1: [] });
  });

  it('testOneConsumerOneTopic', () => {
    expect(range({ topic1: 3 }, [member('consumer1', [topic1])])).toEqual({ consumer1: ['topic1-0', 'topic1-1', 'topic1-2'] });
  });

  it('testOnlyAssignsPartitionsFromSubscribedTopics', () => {
    expect(range({ topic1: 3, other: 3 }, [member('consumer1', [topic1])])).toEqual({ consumer1: ['topic1-0', 'topic1-1', 'topic1-2'] });
  });

  it('testOneConsumerMultipleTopics', () => {
    expect(range(twoTopics(1, 2), [member('consumer1', [topic1, topic2])]))
      .toEqual({ consumer1: ['topic1-0', 'topic2-0', 'topic2-1'] });
  });

  it('testTwoConsumersOneTopicOnePartition', () => {
    expect(range({ topic1: 1 }, [member('consumer1', [topic1]), member('consumer2', [topic1])]))
      .toEqual({ consumer1: ['topic1-0'], consumer2: [] });
  });

  it('testTwoConsumersOneTopicTwoPartitions', () => {
    expect(range({ topic1: 2 }, [member('consumer1', [topic1]), member('consumer2', [topic1])]))
      .toEqual({ consumer1: ['topic1-0'], consumer2: ['topic1-1'] });
  });

  it('testMultipleConsumersMixedTopics', () => {
    expect(range(twoTopics(3, 2), [member('consumer1', [topic1]), member('consumer2', [topic1, topic2]), member('consumer3', [topic1])]))
      .toEqual({ consumer1: ['topic1-0'], consumer2: ['topic1-1', 'topic2-0', 'topic2-1'], consumer3: ['topic1-2'] });
  });

  it('testTwoConsumersTwoTopicsSixPartitions', () => {
    expect(range(twoTopics(3, 3), [member('consumer1', [topic1, topic2]), member('consumer2', [topic1, topic2])]))
      .toEqual({ consumer1: ['topic1-0', 'topic1-1', 'topic2-0', 'topic2-1'], consumer2: ['topic1-2', 'topic2-2'] });
  });

  it('testTwoStaticConsumersTwoTopicsSixPartitions: instance ids decide, not member ids', () => {
    expect(range(twoTopics(3, 3), [
      member('consumer-b', [topic1, topic2], { instanceId: 'instance1' }),
      member('consumer-a', [topic1, topic2], { instanceId: 'instance2' }),
    ])).toEqual({ 'consumer-b': ['topic1-0', 'topic1-1', 'topic2-0', 'topic2-1'], 'consumer-a': ['topic1-2', 'topic2-2'] });
  });

  it('testOneStaticConsumerAndOneDynamicConsumerTwoTopicsSixPartitions: static members sort first', () => {
    expect(range(twoTopics(3, 3), [
      member('consumer-b', [topic1, topic2], { instanceId: 'instance1' }),
      member('consumer-a', [topic1, topic2]),
    ])).toEqual({ 'consumer-b': ['topic1-0', 'topic1-1', 'topic2-0', 'topic2-1'], 'consumer-a': ['topic1-2', 'topic2-2'] });
  });

  it('testStaticMemberRangeAssignmentPersistent', () => {
    const statics = [1, 2, 3].map((i) => member(`consumer${i}`, [topic1, topic2], { instanceId: `instance${i}` }));
    const expected = {
      consumer1: ['topic1-0', 'topic1-1', 'topic2-0'],
      consumer2: ['topic1-2', 'topic2-1'],
      consumer3: ['topic1-3', 'topic2-2'],
    };
    expect(range(twoTopics(5, 4), [...statics, member('consumer4', [topic1, topic2])]))
      .toEqual({ ...expected, consumer4: ['topic1-4', 'topic2-3'] });
    // A new dynamic member replaces consumer4 and gets exactly its partitions.
    expect(range(twoTopics(5, 4), [...statics, member('consumer5', [topic1, topic2])]))
      .toEqual({ ...expected, consumer5: ['topic1-4', 'topic2-3'] });
  });

  it('testStaticMemberRangeAssignmentPersistentAfterMemberIdChanges', () => {
    const byInstance = (members: AssignorMember[]) => {
      const result = range(twoTopics(5, 5), members);
      return Object.fromEntries(members.map((m) => [m.instanceId!, result[m.id]]));
    };
    const expected = {
      instance1: ['topic1-0', 'topic1-1', 'topic2-0', 'topic2-1'],
      instance2: ['topic1-2', 'topic1-3', 'topic2-2', 'topic2-3'],
      instance3: ['topic1-4', 'topic2-4'],
    };
    const before = [1, 2, 3].map((i) => member(`consumer${i}`, [topic1, topic2], { instanceId: `instance${i}` }));
    expect(byInstance(before)).toEqual(expected);
    const after = [
      member('consumer1', [topic1, topic2], { instanceId: 'instance1' }),
      member('consumer5', [topic1, topic2], { instanceId: 'instance2' }),
      member('consumer4', [topic1, topic2], { instanceId: 'instance3' }),
    ];
    expect(byInstance(after)).toEqual(expected);
  });
});

describe('RangeAssignor details', () => {
  it('lists a member\'s partitions topic by topic in Java HashMap order (checked against JDK 17)', () => {
    const result = assign('range', {
      partitionsPerTopic: { topic1: 1, topic2: 2, Aa: 1, BB: 2, orders: 2 },
      members: [member('consumer1', ['topic2', 'BB', 'orders', 'topic1', 'Aa']), member('consumer2', ['orders', 'BB'])],
    });
    expect(show(result)).toEqual({
      consumer1: ['BB-0', 'topic1-0', 'Aa-0', 'topic2-0', 'topic2-1', 'orders-0'],
      consumer2: ['BB-1', 'orders-1'],
    });
  });

  it('gives the first count % n subscribers one extra partition, per topic', () => {
    const result = assign('range', {
      partitionsPerTopic: { t: 7 },
      members: ['c', 'a', 'd', 'b'].map((id) => member(id, ['t'])),
    });
    expect(show(result)).toEqual({ c: ['t-4', 't-5'], a: ['t-0', 't-1'], d: ['t-6'], b: ['t-2', 't-3'] });
  });

  it('ignores topics without metadata or with zero partitions, and repeated topics', () => {
    const result = assign('range', {
      partitionsPerTopic: { t: 2, empty: 0 },
      members: [member('a', ['t', 't', 'ghost', 'empty']), member('b', ['t'])],
    });
    expect(show(result)).toEqual({ a: ['t-0'], b: ['t-1'] });
  });

  it('keeps an idle member as a key with an empty list', () => {
    expect(assign('range', { partitionsPerTopic: { t: 1 }, members: [member('a', ['t']), member('b', ['t'])] }))
      .toEqual({ a: tps('t-0'), b: [] });
  });
});
