// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import fc from 'fast-check';
import { SIM_LIMITS, type Command, type SimEvent } from '../../engine/index.ts';
import { renderSimulator } from '../test-support.tsx';
import { hiddenEventKinds, MAX_EVENT_LINES } from './EventLog.tsx';

/** Every partition of the largest topics gets a record, then one retention check deletes them all. */
function retentionStorm(): Command[] {
  const commands: Command[] = [{ type: 'configureBroker', retentionCheckIntervalMs: 1 }, { type: 'addProducer', producer: 'p' }];
  const topics = SIM_LIMITS.maxTotalPartitions / SIM_LIMITS.maxPartitions;
  for (let t = 0; t < topics; t++) {
    commands.push({ type: 'createTopic', topic: `t${t}`, partitions: SIM_LIMITS.maxPartitions, retentionMs: 1 });
    for (let p = 0; p < SIM_LIMITS.maxPartitions; p++) commands.push({ type: 'produce', producer: 'p', topic: `t${t}`, value: 'v', partition: p });
  }
  commands.push({ type: 'advanceTime', ms: 10 });
  return commands;
}

describe('event log', () => {
  it('lists the first lines of a step with hundreds of events and announces a summary instead of every line', () => {
    const { store } = renderSimulator({ commands: retentionStorm() });
    const events = store.getState().timeline.events;
    expect(events.length).toBeGreaterThan(500);
    const log = screen.getByRole('region', { name: /What step \d+ did/ });
    const list = within(log).getByRole('list');
    expect(within(list).getAllByRole('listitem')).toHaveLength(MAX_EVENT_LINES);
    expect(list).toHaveAttribute('aria-live', 'off');
    const summary = within(log).getByText(/This step caused/);
    expect(summary).toHaveAttribute('aria-live', 'polite');
    expect(summary.textContent).toContain(`This step caused ${events.length.toLocaleString('en-US')} events`);
    expect(summary.textContent).toMatch(/segmentsDeleted × \d+/);
  });

  it('a short step is announced line by line as before', () => {
    renderSimulator({ commands: [{ type: 'createTopic', topic: 'a', partitions: 1 }] });
    const list = within(screen.getByRole('region', { name: /What step \d+ did/ })).getByRole('list');
    expect(list).toHaveAttribute('aria-live', 'polite');
    expect(screen.queryByText(/This step caused/)).toBeNull();
  });

  it('counts exactly the hidden events by kind, for any list', () => {
    const types: SimEvent['type'][] = ['recordProduced', 'segmentsDeleted', 'offsetsCommitted', 'retentionChecked'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...types), { maxLength: 200 }), fc.integer({ min: 0, max: 60 }), (kinds, max) => {
      const events = kinds.map((type) => ({ type, at: 0 }) as unknown as SimEvent);
      const { hidden, kinds: counted } = hiddenEventKinds(events, max);
      expect(hidden).toBe(Math.max(0, events.length - max));
      expect(counted.reduce((n, [, c]) => n + c, 0)).toBe(hidden);
    }));
  });
});

describe('step numbers in a live run that forgot its oldest steps (maxHistory)', () => {
  it('the event log names the step the counter shows (heavy-replicated said "step 7394 of 7394" beside "What step 2018 did")', () => {
    const { store } = renderSimulator({
      commands: [{ type: 'createTopic', topic: 't', partitions: 1 }, { type: 'addProducer', producer: 'p' }],
      feed: () => ({ type: 'produce', producer: 'p', topic: 't', value: 'v' }),
      maxHistory: 100,
    });
    act(() => {
      store.getState().play();
      for (let i = 0; i < 400; i++) store.getState().tick();
    });
    const { timeline } = store.getState();
    expect(timeline.dropped).toBeGreaterThan(0);
    const step = timeline.dropped + timeline.cursor;
    expect(screen.getByText(new RegExp(`^step ${step} of ${step} `))).toBeInTheDocument();
    expect(screen.getByRole('region', { name: `What step ${step} did` })).toBeInTheDocument();
  });
});
