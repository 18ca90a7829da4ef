// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { applyCommand, createSimulation, type Command, type SimState } from '../../engine/index.ts';
import { renderSimulator } from '../test-support.tsx';
import { groupStatus } from './group-status.ts';

// The group panel during a rebalance (issue 19): whom the classic join barrier waits for and until
// the rebalance timeout (ClassicGroup, max.poll.interval.ms); under KIP-848's consumer protocol each
// member's epoch, target and what it still waits for (CurrentAssignmentBuilder).

const join = (consumer: string, group: string, config: object = {}): Command[] => [
  { type: 'addConsumer', consumer, group, topics: ['orders'], ...config } as Command,
  { type: 'poll', consumer },
];
const poll = (consumer: string): Command => ({ type: 'poll', consumer });

function run(commands: Command[]): SimState {
  let state = createSimulation({ seed: 1, kafkaVersion: '4.1' });
  for (const c of commands) {
    const r = applyCommand(state, c);
    if (r.error) throw new Error(r.error.message);
    state = r.state;
  }
  return state;
}

const topic: Command = { type: 'createTopic', topic: 'orders', partitions: 6 };
const eagerPair = [topic, ...join('e1', 'g', { assignor: 'range' }), ...join('e2', 'g', { assignor: 'range' }), poll('e1')];
const coopPair = [topic, ...join('c1', 'g', { assignor: 'cooperative-sticky' }), ...join('c2', 'g', { assignor: 'cooperative-sticky' }), poll('c1'), poll('c2')];
const consumerPair = [topic, ...join('k1', 'g', { groupProtocol: 'consumer' }), ...join('k2', 'g', { groupProtocol: 'consumer' }), { type: 'advanceTime', ms: 5000 } as Command];

describe('groupStatus', () => {
  it('a newcomer at the classic join barrier: the group waits for both members until max.poll.interval.ms (300 s)', () => {
    const s = groupStatus(run([...eagerPair, ...join('e3', 'g', { assignor: 'range' })]), 'g');
    expect(s).toMatchObject({ protocol: 'classic', state: 'PreparingRebalance', epoch: 2, waitingFor: ['e1', 'e2'], deadline: 300_000 });
    expect(s.members).toEqual({
      e1: { protocol: 'classic', rejoined: false, eager: true },
      e2: { protocol: 'classic', rejoined: false, eager: true },
      e3: { protocol: 'classic', rejoined: true, eager: true },
    });
  });

  it('a stable classic group waits for nobody and says nothing per member', () => {
    const s = groupStatus(run(eagerPair), 'g');
    expect(s).toMatchObject({ state: 'Stable', waitingFor: [], members: {} });
    expect(s.deadline).toBeUndefined();
  });

  it('cooperative-sticky: after round 1 the members that revoked rejoin at once, and round 2 waits for the newcomer (KIP-429)', () => {
    const s = groupStatus(run([...coopPair, ...join('c3', 'g', { assignor: 'cooperative-sticky' }), poll('c1'), poll('c2')]), 'g');
    expect(s).toMatchObject({ state: 'PreparingRebalance', followUp: true, waitingFor: ['c3'] });
    expect(s.members.c1).toEqual({ protocol: 'classic', rejoined: true, eager: false });
  });

  it('KIP-848: after a join every member has a target, the newcomer waits for partitions still held, and no barrier exists', () => {
    const s = groupStatus(run([...consumerPair, ...join('k3', 'g', { groupProtocol: 'consumer' })]), 'g');
    expect(s).toMatchObject({ protocol: 'consumer', state: 'Reconciling', epoch: 3, remoteAssignor: 'uniform', waitingFor: ['k1', 'k2', 'k3'] });
    expect(s.deadline).toBeUndefined();
    expect(s.members.k1).toEqual({ protocol: 'consumer', memberEpoch: 2, target: ['orders-0', 'orders-1'], revoking: [], awaiting: [], nextHeartbeat: 10_000 });
    expect(s.members.k3).toEqual({ protocol: 'consumer', memberEpoch: 3, target: ['orders-2', 'orders-5'], revoking: [], awaiting: ['orders-2', 'orders-5'], nextHeartbeat: 10_000 });
  });

  it('KIP-848: one heartbeat interval later every member is at the target epoch and waits for nothing', () => {
    const s = groupStatus(run([...consumerPair, ...join('k3', 'g', { groupProtocol: 'consumer' }), { type: 'advanceTime', ms: 5000 }]), 'g');
    expect(s).toMatchObject({ state: 'Stable', epoch: 3, waitingFor: [] });
    expect(s.members.k3).toEqual({ protocol: 'consumer', memberEpoch: 3, target: ['orders-2', 'orders-5'], revoking: [], awaiting: [] });
  });
});

describe('the group panel during a rebalance', () => {
  it('says whom the barrier waits for, until when, and each member\'s side of it (en)', () => {
    const { container } = renderSimulator({ kafkaVersion: '4.1', commands: [...eagerPair, ...join('e3', 'g', { assignor: 'range' }), poll('e1')] });
    const line = container.querySelector('[data-group-state]')!;
    expect(line.getAttribute('data-group-state')).toBe('PreparingRebalance');
    expect(line.getAttribute('data-waiting-for')).toBe('e2');
    expect(line.textContent).toContain('waiting for e2 to rejoin in a poll() (rebalance timeout at model time 5 min)');
    const member = (id: string) => container.querySelector(`.groups [data-target="consumer:${id}"]`)!;
    expect(member('e1').getAttribute('data-member-state')).toBe('rejoined');
    expect(member('e1').textContent).toContain('an eager member holds no partition until the barrier completes');
    expect(member('e2').getAttribute('data-member-state')).toBe('not-rejoined');
  });

  it('shows member epochs and targets of a consumer-protocol group (ko)', () => {
    const { container } = renderSimulator({ kafkaVersion: '4.1', commands: [...consumerPair, ...join('k3', 'g', { groupProtocol: 'consumer' })] }, 'ko');
    const groups = within(screen.getByRole('region', { name: '컨슈머 그룹' }));
    expect(groups.getByText(/서버 할당 전략 uniform · 그룹 에포크 3/)).toBeTruthy();
    const k3 = container.querySelector('.groups [data-target="consumer:k3"]')!;
    expect(k3.getAttribute('data-member-epoch')).toBe('3');
    expect(k3.getAttribute('data-member-state')).toBe('reconciling');
    expect(k3.textContent).toContain('받기를 기다림: orders-2, orders-5');
    expect(k3.textContent).toContain('다음 하트비트: 모델 시간 10초');
  });
});
