import { describe, expect, it } from 'vitest';
import { groupState, ownerOf, type SimEvent, type SimState } from '../engine/index.ts';
import { translate } from '../i18n/catalog.ts';
import { LESSONS } from './index.ts';
import { playLesson } from './test-support/play-lesson.ts';
import { lessonProfile } from './types.ts';

// The rebalance-protocols lesson tells one scale-out three ways; every number its narration quotes
// is read here from the engine: the eager join barrier (ConsumerCoordinator.onJoinPrepare revokes
// everything), cooperative-sticky's two rounds (KIP-429), and KIP-848's per-member reconciliation.

const lesson = LESSONS['rebalance-protocols'];
const RUNS = playLesson(lesson);
const step = (n: number) => RUNS[n - 1]!;

function eventsOf<T extends SimEvent['type']>(n: number, type: T): Extract<SimEvent, { type: T }>[] {
  return step(n).events.filter((e): e is Extract<SimEvent, { type: T }> => e.type === type);
}

/** What each member owns, as partition numbers: { e1: '012', ... }. */
function owners(state: SimState, group: string): Record<string, string> {
  return Object.fromEntries(groupState(state, group).members.map((m) => [m.consumer, m.assigned.map((tp) => tp.partition).join('')]));
}

const revoked = (n: number, group: string) => Object.fromEntries(eventsOf(n, 'partitionsRevoked').filter((e) => e.group === group).map((e) => [e.consumer, e.partitions.map((tp) => tp.partition).join('')]));

/** Partitions of `group` that had no owner after some step among `steps`. */
function everUnowned(group: string, steps: number[]): number[] {
  const out = new Set<number>();
  for (const n of steps) for (let p = 0; p < 6; p++) if (ownerOf(step(n).state, group, 'orders', p) === undefined) out.add(p);
  return [...out].sort();
}

describe('lesson rebalance-protocols', () => {
  it('runs under Kafka 4.1, where the classic protocol has its join barrier and KIP-848 is generally available', () => {
    expect(lessonProfile(lesson)).toBe('4.1');
    expect(translate('en', `lessonUi.teaches.${lesson.teaches}`)).toContain('4.1');
  });

  it('eager: the barrier waits for both members until max.poll.interval.ms (5 min); e1 revokes everything as it rejoins', () => {
    expect(owners(step(1).state, 'eager')).toEqual({ e1: '012', e2: '345' });
    expect(groupState(step(1).state, 'eager').state).toBe('Stable');
    const waiting = step(2).state.groups.eager!;
    expect(groupState(step(2).state, 'eager').state).toBe('PreparingRebalance');
    expect(waiting.rebalance).toMatchObject({ joined: ['e3'], deadline: 5 * 60_000 });
    expect(revoked(3, 'eager')).toEqual({ e1: '012' });
    expect(owners(step(3).state, 'eager')).toEqual({ e1: '', e2: '345', e3: '' });
    expect(step(3).state.groups.eager!.rebalance!.joined).toEqual(['e3', 'e1']);
  });

  it('eager: e2\'s poll completes generation 3, computed by the leader e1; three partitions move, all six stopped', () => {
    const s4 = step(4).state;
    expect(groupState(s4, 'eager')).toMatchObject({ state: 'Stable', generation: 3 });
    expect(eventsOf(4, 'syncGroup').filter((e) => e.leader).map((e) => e.consumer)).toEqual(['e1']);
    expect(owners(s4, 'eager')).toEqual({ e1: '01', e2: '23', e3: '45' });
    const moved = [0, 1, 2, 3, 4, 5].filter((p) => ownerOf(step(1).state, 'eager', 'orders', p) !== ownerOf(s4, 'eager', 'orders', p));
    expect(moved).toEqual([2, 4, 5]);
    const stopped = [...Object.values(revoked(3, 'eager')), ...Object.values(revoked(4, 'eager'))].join('');
    expect([...stopped].sort().join('')).toBe('012345');
  });

  it('each part closes the previous group\'s consumers, leaving that group Empty', () => {
    expect(step(5).refused.concat(step(9).refused)).toEqual([]);
    expect(groupState(step(5).state, 'eager').state).toBe('Empty');
    expect(groupState(step(9).state, 'coop').state).toBe('Empty');
  });

  it('cooperative: c1 keeps reading while it waits; round 1 revokes only 2 and 5, round 2 gives them to c3', () => {
    expect(groupState(step(5).state, 'coop').state).toBe('PreparingRebalance');
    expect(owners(step(5).state, 'coop')).toEqual({ c1: '012', c2: '345', c3: '' });
    expect(revoked(6, 'coop')).toEqual({});
    expect(owners(step(6).state, 'coop')).toEqual({ c1: '012', c2: '345', c3: '' });
    expect(revoked(7, 'coop')).toEqual({ c1: '2', c2: '5' });
    expect(owners(step(7).state, 'coop')).toEqual({ c1: '01', c2: '34', c3: '' });
    const round2 = step(7).state.groups.coop!.rebalance!;
    expect(round2.reason).toBe('cooperative-follow-up');
    expect(round2.joined).toEqual(['c1', 'c2']);
    expect(owners(step(8).state, 'coop')).toEqual({ c1: '01', c2: '34', c3: '25' });
    expect(everUnowned('coop', [5, 6, 7, 8])).toEqual([2, 5]);
  });

  it('consumer protocol: group epoch 3 and k3\'s target at once, no barrier; k3 gets 2 and 5 at the heartbeat 5 s after joining', () => {
    const s9 = step(9).state;
    expect(groupState(s9, 'kip848')).toMatchObject({ protocol: 'consumer', state: 'Reconciling', groupEpoch: 3 });
    expect(eventsOf(9, 'targetAssignmentComputed').at(-1)).toMatchObject({ groupEpoch: 3, assignor: 'uniform' });
    expect(groupState(s9, 'kip848').members.find((m) => m.consumer === 'k3')!.target!.map((tp) => tp.partition)).toEqual([2, 5]);
    expect(owners(s9, 'kip848')).toEqual({ k1: '012', k2: '345', k3: '' });
    const joinedAt = eventsOf(9, 'consumerJoined').find((e) => e.consumer === 'k3')!.at;
    expect(revoked(10, 'kip848')).toEqual({ k1: '2', k2: '5' });
    const first = eventsOf(10, 'partitionsAssigned').find((e) => e.consumer === 'k3')!;
    expect(first.partitions.map((tp) => tp.partition)).toEqual([2, 5]);
    expect(first.at - joinedAt).toBe(5_000);
    expect(owners(step(10).state, 'kip848')).toEqual({ k1: '01', k2: '34', k3: '25' });
    expect(everUnowned('kip848', [9, 10])).toEqual([]);
  });
});
