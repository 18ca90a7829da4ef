import { applyCommand, createSimulation, groupAssignor, groupIds, groupMembers, partitionCount, runCommands, subscription, topicNames } from './index.ts';

// The read-only queries answer what the state's documented shape holds, and their lists are the
// same object for the same state part (so a view's selector can return them without re-rendering).
describe('shape queries', () => {
  const state = runCommands([
    { type: 'createTopic', topic: 'orders', partitions: 3 },
    { type: 'createTopic', topic: 'audit', partitions: 1 },
    { type: 'addConsumer', consumer: 'c1', group: 'g', topics: ['orders', 'audit'], assignor: 'roundrobin' },
    { type: 'addConsumer', consumer: 'c2', group: 'g', topics: ['orders'] },
    { type: 'addConsumer', consumer: 'c3', group: 'h', topics: ['audit'] },
    { type: 'poll', consumer: 'c1' }, { type: 'poll', consumer: 'c2' }, { type: 'poll', consumer: 'c3' },
  ]);

  it('topicNames and partitionCount follow topics[t].partitions, in creation order', () => {
    expect(topicNames(state)).toEqual(['orders', 'audit']);
    expect(partitionCount(state, 'orders')).toBe(state.topics['orders']!.partitions.length);
    expect(partitionCount(state, 'orders')).toBe(3);
    expect(partitionCount(state, 'missing')).toBe(0);
    expect(partitionCount(state, 'toString')).toBe(0);
  });

  it('groupIds, groupMembers and groupAssignor follow groups[g]', () => {
    expect(groupIds(state)).toEqual(['g', 'h']);
    expect(groupMembers(state, 'g')).toEqual(state.groups['g']!.members);
    expect(groupMembers(state, 'g')).toContain('c1');
    expect(groupAssignor(state, 'g')).toBe('roundrobin');
    expect(groupAssignor(state, 'h')).toBe('range');
    expect(groupMembers(state, 'nobody')).toEqual([]);
    expect(groupAssignor(state, 'nobody')).toBeUndefined();
  });

  it('subscription is consumers[c].topics', () => {
    expect(subscription(state, 'c1')).toEqual(['orders', 'audit']);
    expect(subscription(state, 'c3')).toEqual(['audit']);
    expect(subscription(state, 'nobody')).toEqual([]);
  });

  it('gives the same list for the same state part, and a new one after it changes', () => {
    expect(topicNames(state)).toBe(topicNames(state));
    const polled = applyCommand(state, { type: 'advanceTime', ms: 10 }).state;
    expect(topicNames(polled)).toBe(topicNames(state));
    const more = applyCommand(state, { type: 'createTopic', topic: 'more', partitions: 1 }).state;
    expect(topicNames(more)).toEqual(['orders', 'audit', 'more']);
    expect(topicNames(state)).toEqual(['orders', 'audit']);
    expect(groupIds(createSimulation())).toEqual([]);
  });
});
