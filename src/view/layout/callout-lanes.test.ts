import { describe, expect, it } from 'vitest';
import { calloutLanes } from './callout-lanes.ts';
import { momentBadges } from './moments.ts';

describe('calloutLanes: every badge about a copy, a partition or a broker goes to that thing\'s own lane', () => {
  it('an election lands on the new leader\'s row once; a crash on the broker; a retry stays with the producer', () => {
    const { lanes, rest } = calloutLanes(momentBadges([
      { type: 'brokerCrashed', at: 0, broker: 1, sessionTimeoutMs: 9000 },
      { type: 'leaderElected', at: 0, topic: 'o', partition: 0, leader: 2, previousLeader: 1, leaderEpoch: 1, unclean: false, reason: 'fenced', isr: [2, 3] },
      { type: 'isrShrunk', at: 0, topic: 'o', partition: 0, removed: [1], isr: [2, 3], reason: 'fenced' },
      { type: 'produceRetried', at: 0, producer: 'p', topic: 'o', partition: 0, requestId: 1, attempt: 1, broker: 2 },
    ]));
    expect(lanes.get('broker:1')?.map((b) => b.kind)).toEqual(['crashed']);
    expect(lanes.get('replica:o:0:2')?.map((b) => b.kind)).toEqual(['elected']);
    expect(lanes.get('partition:o:0')?.map((b) => b.kind)).toEqual(['isrShrunk']);
    expect(rest.map((b) => b.kind)).toEqual(['retry']);
  });

  it('an unclean election is told on the partition too', () => {
    const { lanes } = calloutLanes(momentBadges([
      { type: 'leaderElected', at: 0, topic: 'o', partition: 0, leader: 2, leaderEpoch: 3, unclean: true, reason: 'fenced', isr: [2] },
    ]));
    expect(lanes.get('partition:o:0')?.map((b) => b.kind)).toEqual(['unclean']);
    expect(lanes.get('replica:o:0:2')?.map((b) => b.kind)).toEqual(['unclean']);
  });
});
