import { assign } from './index.ts';
import { member, show } from './test-helpers.ts';
import type { AssignorMember } from './types.ts';

// Ported from Kafka's clients RoundRobinAssignorTest (which compares the lists, order included).
const topic1 = 'topic1';
const topic2 = 'topic2';
const rr = (partitionsPerTopic: Record<string, number>, members: AssignorMember[]) =>
  show(assign('roundrobin', { partitionsPerTopic, members }));

describe('RoundRobinAssignor (RoundRobinAssignorTest)', () => {
  it('testOneConsumerNoTopic', () => {
    expect(rr({}, [member('consumer', [])])).toEqual({ consumer: [] });
  });

  it('testOneConsumerNonexistentTopic', () => {
    expect(rr({}, [member('consumer', ['topic'])])).toEqual({ consumer: [] });
  });

  it('testOneConsumerOneTopic', () => {
    expect(rr({ topic: 3 }, [member('consumer', ['topic'])])).toEqual({ consumer: ['topic-0', 'topic-1', 'topic-2'] });
  });

  it('testOnlyAssignsPartitionsFromSubscribedTopics', () => {
    expect(rr({ topic: 3, other: 3 }, [member('consumer', ['topic'])])).toEqual({ consumer: ['topic-0', 'topic-1', 'topic-2'] });
  });

  it('testOneConsumerMultipleTopics', () => {
    expect(rr({ topic1: 1, topic2: 2 }, [member('consumer', [topic1, topic2])]))
      .toEqual({ consumer: ['topic1-0', 'topic2-0', 'topic2-1'] });
  });

  it('testTwoConsumersOneTopicOnePartition', () => {
    expect(rr({ topic: 1 }, [member('consumer1', ['topic']), member('consumer2', ['topic'])]))
      .toEqual({ consumer1: ['topic-0'], consumer2: [] });
  });

  it('testTwoConsumersOneTopicTwoPartitions', () => {
    expect(rr({ topic: 2 }, [member('consumer1', ['topic']), member('consumer2', ['topic'])]))
      .toEqual({ consumer1: ['topic-0'], consumer2: ['topic-1'] });
  });

  it('testMultipleConsumersMixedTopics', () => {
    expect(rr({ topic1: 3, topic2: 2 }, [member('consumer1', [topic1]), member('consumer2', [topic1, topic2]), member('consumer3', [topic1])]))
      .toEqual({ consumer1: ['topic1-0'], consumer2: ['topic1-1', 'topic2-0', 'topic2-1'], consumer3: ['topic1-2'] });
  });

  it('testTwoConsumersTwoTopicsSixPartitions', () => {
    expect(rr({ topic1: 3, topic2: 3 }, [member('consumer1', [topic1, topic2]), member('consumer2', [topic1, topic2])]))
      .toEqual({ consumer1: ['topic1-0', 'topic1-2', 'topic2-1'], consumer2: ['topic1-1', 'topic2-0', 'topic2-2'] });
  });

  it('testTwoStaticConsumersTwoTopicsSixPartitions', () => {
    expect(rr({ topic1: 3, topic2: 3 }, [
      member('consumer-b', [topic1, topic2], { instanceId: 'instance1' }),
      member('consumer-a', [topic1, topic2], { instanceId: 'instance2' }),
    ])).toEqual({ 'consumer-b': ['topic1-0', 'topic1-2', 'topic2-1'], 'consumer-a': ['topic1-1', 'topic2-0', 'topic2-2'] });
  });

  it('testOneStaticConsumerAndOneDynamicConsumerTwoTopicsSixPartitions', () => {
    expect(rr({ topic1: 3, topic2: 3 }, [
      member('consumer-b', [topic1, topic2], { instanceId: 'instance1' }),
      member('consumer-a', [topic1, topic2]),
    ])).toEqual({ 'consumer-b': ['topic1-0', 'topic1-2', 'topic2-1'], 'consumer-a': ['topic1-1', 'topic2-0', 'topic2-2'] });
  });

  it('testStaticMemberRoundRobinAssignmentPersistent', () => {
    const statics = [1, 2, 3].map((i) => member(`consumer${i}`, [topic1, topic2], { instanceId: `instance${i}` }));
    const expected = { consumer1: ['topic1-0', 'topic2-1'], consumer2: ['topic1-1', 'topic2-2'], consumer3: ['topic1-2'] };
    expect(rr({ topic1: 3, topic2: 3 }, [...statics, member('consumer4', [topic1, topic2])]))
      .toEqual({ ...expected, consumer4: ['topic2-0'] });
    expect(rr({ topic1: 3, topic2: 3 }, [...statics, member('consumer5', [topic1, topic2])]))
      .toEqual({ ...expected, consumer5: ['topic2-0'] });
  });

  it('testStaticMemberRoundRobinAssignmentPersistentAfterMemberIdChanges', () => {
    const byInstance = (members: AssignorMember[]) => {
      const result = rr({ topic1: 5, topic2: 5 }, members);
      return Object.fromEntries(members.map((m) => [m.instanceId!, result[m.id]]));
    };
    const expected = {
      instance1: ['topic1-0', 'topic1-3', 'topic2-1', 'topic2-4'],
      instance2: ['topic1-1', 'topic1-4', 'topic2-2'],
      instance3: ['topic1-2', 'topic2-0', 'topic2-3'],
    };
    expect(byInstance([1, 2, 3].map((i) => member(`consumer${i}`, [topic1, topic2], { instanceId: `instance${i}` })))).toEqual(expected);
    expect(byInstance([
      member('consumer1', [topic1, topic2], { instanceId: 'instance1' }),
      member('consumer5', [topic1, topic2], { instanceId: 'instance2' }),
      member('consumer4', [topic1, topic2], { instanceId: 'instance3' }),
    ])).toEqual(expected);
  });

  it('the class javadoc example with unequal subscriptions', () => {
    expect(rr({ t0: 1, t1: 2, t2: 3 }, [member('C0', ['t0']), member('C1', ['t0', 't1']), member('C2', ['t0', 't1', 't2'])]))
      .toEqual({ C0: ['t0-0'], C1: ['t1-0'], C2: ['t1-1', 't2-0', 't2-1', 't2-2'] });
  });

  it('sorts topics as Java strings (UTF-16 code units), so "Z" comes before "a"', () => {
    expect(rr({ a: 1, Z: 1, B: 1 }, [member('m1', ['a', 'Z', 'B']), member('m2', ['a', 'Z', 'B'])]))
      .toEqual({ m1: ['B-0', 'a-0'], m2: ['Z-0'] });
  });
});
