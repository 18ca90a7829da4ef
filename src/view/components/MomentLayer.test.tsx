// @vitest-environment jsdom
import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyCommand, createSimulation, type Command } from '../../engine/index.ts';
import { createSimStore, TOP_SPEED } from '../../store/sim-store.ts';
import { SimulatorPage } from '../SimulatorPage.tsx';
import { renderSimulator } from '../test-support.tsx';

// jsdom lays nothing out: every element gets a box here, so the layer finds what it pins badges to.
beforeEach(() => {
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockReturnValue({ x: 10, y: 10, left: 10, top: 10, right: 210, bottom: 40, width: 200, height: 30, toJSON: () => ({}) } as DOMRect);
});
afterEach(() => vi.restoreAllMocks());

/** Three brokers, `t` with three replicas, then its leader crashes and is fenced 10 s later. */
function crashTheLeader(): Command[] {
  const setup: Command[] = [
    { type: 'addBroker', broker: 2 }, { type: 'addBroker', broker: 3 },
    { type: 'createTopic', topic: 't', partitions: 1, replicationFactor: 3 },
  ];
  let state = createSimulation({ seed: 1, kafkaVersion: 'classic' });
  for (const c of setup) state = applyCommand(state, c).state;
  const leader = state.topics.t!.replication[0]!.leader!;
  return [...setup, { type: 'crashBroker', broker: leader }, { type: 'advanceTime', ms: 10_000 }];
}

describe('moment layer', () => {
  it('pins the election with its new epoch, in the reader\'s language, hidden from assistive technology', () => {
    const { container } = renderSimulator({ commands: crashTheLeader() }, 'ko');
    const layer = container.querySelector('.moments')!;
    expect(layer).toHaveAttribute('aria-hidden', 'true');
    // The topics view's partition lists its election in its own head (covering nothing), hidden too.
    const badges = [...container.querySelectorAll('.partition[data-own-callouts] .callouts [data-moment="elected"]')];
    expect(badges.every((b) => b.closest('[aria-hidden="true"]') !== null)).toBe(true);
    expect(badges.map((b) => b.textContent).some((text) => /리더 선출: 브로커 \d · 리더 에포크 1/.test(text ?? ''))).toBe(true);
    expect(layer.querySelector('[data-moment="fenced"]')).toHaveTextContent('펜싱됨');
  });

  it('clears the badges on a step without moments, and shows none while playing at top speed', () => {
    const { container, store } = renderSimulator({ commands: crashTheLeader() });
    expect(container.querySelector('.moments [data-moment="crashed"]')).toBeNull();
    act(() => store.getState().stepBack());
    expect(container.querySelector('.moments [data-moment="crashed"]')).toHaveTextContent('Crashed');
    act(() => { store.getState().setSpeed(TOP_SPEED); store.getState().play(); });
    expect(container.querySelector('.moments')).toBeNull();
  });

  it('says an election once, in the new leader\'s row lane, never floating over the brokers figure (the brokers view)', () => {
    const topics = renderSimulator({ commands: crashTheLeader() }).container;
    expect(topics.querySelectorAll('.partition .callouts [data-moment="elected"]').length).toBeGreaterThanOrEqual(1);
    expect(topics.querySelectorAll('.moments [data-moment="elected"]')).toHaveLength(0);
    const { container } = render(<SimulatorPage lang="en" store={createSimStore({ seed: 1, commands: crashTheLeader() })} view="brokers" />);
    expect(container.querySelectorAll('.moments [data-moment="elected"]')).toHaveLength(0);
    const elected = container.querySelectorAll('.callouts [data-moment="elected"]');
    expect(elected).toHaveLength(1);
    // The label box and the leader line joining it to its row are separate elements.
    expect(elected[0]!.hasAttribute('data-callout')).toBe(true);
    expect(elected[0]!.previousElementSibling).toHaveClass('leader-line');
    expect(elected[0]!.closest('[data-target^="replica:"]')).not.toBeNull();
  });
});
