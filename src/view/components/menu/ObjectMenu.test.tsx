// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SANDBOX_COMMANDS } from '../../../app/sandbox.ts';
import { createSimStore } from '../../../store/sim-store.ts';
import { LangProvider } from '../../hooks/lang-context.tsx';
import { SimProvider, useSim } from '../../hooks/sim-context.tsx';
import { UiProvider } from '../../hooks/ui-context.tsx';
import { renderSimulator } from '../../test-support.tsx';
import { ProducersPanel } from '../ProducersPanel.tsx';
import { BrokerMenu } from './BrokerMenu.tsx';

const sandbox = { commands: SANDBOX_COMMANDS };
const lastCommand = (store: ReturnType<typeof renderSimulator>['store']) => store.getState().timeline.commands.at(-1);

describe('every object is a control', () => {
  it('a click on a producer opens its menu, focused on its first field, with the producer’s acks', async () => {
    const user = userEvent.setup();
    renderSimulator(sandbox);
    const trigger = screen.getByRole('button', { name: 'producer-1' });
    expect(trigger).toHaveAttribute('aria-expanded', 'false');
    await user.click(trigger);
    const menu = screen.getByRole('dialog', { name: 'Actions for producer producer-1' });
    expect(trigger).toHaveAttribute('aria-expanded', 'true');
    expect(menu).toHaveTextContent('acks=all');
    expect(within(menu).getByRole('combobox', { name: 'Topic for producer-1' })).toHaveFocus();
  });

  it('opens by keyboard, and Escape closes it and gives focus back to the object', async () => {
    const user = userEvent.setup();
    renderSimulator(sandbox);
    const trigger = screen.getByRole('button', { name: 'consumer-1' });
    trigger.focus();
    await user.keyboard('{Enter}');
    const menu = screen.getByRole('dialog', { name: 'Actions for consumer consumer-1' });
    expect(within(menu).getByRole('button', { name: 'Poll consumer-1' })).toHaveFocus();
    // Each action says what Kafka call it is.
    expect(within(menu).getByRole('button', { name: 'Poll consumer-1' })).toHaveAccessibleDescription('poll(): fetch records from its position');
    await user.keyboard('{ArrowDown}');
    expect(within(menu).getByRole('button', { name: 'Commit consumer-1' })).toHaveFocus();
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(within(menu).getByRole('button', { name: 'Crash consumer-1' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(trigger).toHaveFocus();
    // Space opens it too.
    await user.keyboard(' ');
    expect(screen.getByRole('dialog', { name: 'Actions for consumer consumer-1' })).toBeInTheDocument();
  });

  it('an action dispatches its command on that object, closes the menu and returns focus', async () => {
    const user = userEvent.setup();
    const { store } = renderSimulator(sandbox);
    await user.click(screen.getByRole('button', { name: 'consumer-2' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Crash consumer-2' }));
    expect(lastCommand(store)).toEqual({ type: 'crashConsumer', consumer: 'consumer-2' });
    expect(store.getState().timeline.state.consumers['consumer-2']?.status).toBe('crashed');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'consumer-2' })).toHaveFocus();
    // A crashed consumer's menu offers a restart instead.
    await user.click(screen.getByRole('button', { name: 'consumer-2' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Restart consumer-2' }));
    expect(lastCommand(store)).toEqual({ type: 'restartConsumer', consumer: 'consumer-2' });
  });

  it('a producer sends the typed record from itself to the chosen topic', async () => {
    const user = userEvent.setup();
    const { store } = renderSimulator(sandbox);
    await user.click(screen.getByRole('button', { name: 'producer-1' }));
    const menu = screen.getByRole('dialog');
    await user.type(within(menu).getByRole('textbox', { name: 'Key for producer-1' }), 'alice');
    await user.type(within(menu).getByRole('textbox', { name: 'Value for producer-1' }), 'hi');
    await user.click(within(menu).getByRole('button', { name: 'Send from producer-1' }));
    expect(lastCommand(store)).toEqual({ type: 'produce', producer: 'producer-1', topic: 'orders', key: 'alice', value: 'hi' });
    expect(screen.getAllByRole('listitem', { name: 'offset 0 key alice' })).toHaveLength(1);
  });

  it('read-only views (lessons, widgets) show the objects without menus', () => {
    const store = createSimStore({ seed: 1, commands: SANDBOX_COMMANDS });
    render(<SimProvider store={store}><LangProvider initial="en"><UiProvider readOnly><ProducersPanel /></UiProvider></LangProvider></SimProvider>);
    expect(screen.getByText('producer-1')).toBeInTheDocument();
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });
});

describe('a refused action answers next to the control that was used', () => {
  it('a decrease of partitions from the topic’s menu: the engine’s reason by the button, nothing changed, in Korean', async () => {
    const user = userEvent.setup();
    const { store } = renderSimulator(sandbox, 'ko');
    const before = store.getState().timeline;
    await user.click(screen.getByRole('button', { name: /^토픽 orders/ }));
    const menu = screen.getByRole('dialog', { name: '토픽 orders 조작' });
    const total = within(menu).getByRole('spinbutton', { name: 'orders 파티션 수 (합계)' });
    fireEvent.change(total, { target: { value: '2' } });
    const add = within(menu).getByRole('button', { name: 'orders 파티션 늘리기' });
    await user.click(add);
    const alerts = screen.getAllByRole('alert');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toHaveClass('refusal-callout');
    expect(alerts[0]?.textContent).toMatch(/3/);
    expect(alerts[0]?.textContent).toMatch(/[가-힣]/);
    expect(store.getState().timeline).toBe(before);
    // The menu stays open and focus stays on the control.
    expect(add).toHaveFocus();
    // The first Escape dismisses the answer (and the refusal), the second closes the menu.
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(store.getState().lastError).toBeUndefined();
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('a refusal in a page form shows by that form, is dismissed with ×, and focus goes back', async () => {
    const user = userEvent.setup();
    const { store } = renderSimulator(sandbox);
    const before = store.getState().timeline;
    fireEvent.change(screen.getByRole('textbox', { name: 'Key' }), { target: { value: 'k'.repeat(101) } });
    const produce = screen.getByRole('button', { name: 'Produce' });
    await user.click(produce);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveClass('refusal-callout');
    expect(alert).toHaveTextContent('100');
    expect(store.getState().timeline).toBe(before);
    await user.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(produce).toHaveFocus();
  });

  it('a success after a refusal takes the answer away', async () => {
    const user = userEvent.setup();
    renderSimulator(sandbox);
    fireEvent.change(screen.getByRole('spinbutton', { name: 'New total' }), { target: { value: '1' } });
    await user.click(screen.getByRole('button', { name: 'Add partitions' }));
    expect(screen.getByRole('alert')).toHaveClass('refusal-callout');
    await user.click(screen.getByRole('button', { name: 'Poll consumer-1' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('a refusal of a command confirmed after "drop later steps" answers by the control first used', async () => {
    const user = userEvent.setup();
    const { store } = renderSimulator(sandbox);
    await user.click(screen.getByRole('button', { name: 'Step back' }));
    fireEvent.change(screen.getByRole('spinbutton', { name: 'New total' }), { target: { value: '1' } });
    const add = screen.getByRole('button', { name: 'Add partitions' });
    await user.click(add);
    const before = store.getState().timeline;
    await user.click(screen.getByRole('button', { name: 'Drop later steps and apply' }));
    expect(screen.getByRole('alert')).toHaveClass('refusal-callout');
    expect(store.getState().timeline).toBe(before);
  });
});

describe('a broker as a control (ready for the brokers view)', () => {
  it('its menu offers what its status allows and dispatches on that broker', async () => {
    const user = userEvent.setup();
    const store = createSimStore({ seed: 1, commands: [...SANDBOX_COMMANDS, { type: 'addBroker', broker: 2 }] });
    const Harness = () => {
      const broker = useSim((s) => s.timeline.state.brokers.find((b) => b.id === 2));
      return broker ? <div data-object="" className="has-object-menu"><BrokerMenu broker={broker} title="Broker 2" /></div> : null;
    };
    render(<SimProvider store={store}><LangProvider initial="en"><UiProvider><Harness /></UiProvider></LangProvider></SimProvider>);
    await user.click(screen.getByRole('button', { name: 'Broker 2' }));
    const menu = screen.getByRole('dialog', { name: 'Actions for Broker 2' });
    expect(within(menu).getAllByRole('button').map((b) => b.textContent)).toEqual(['Stop', 'Crash', 'Cut off']);
    await user.click(within(menu).getByRole('button', { name: 'Crash broker 2' }));
    expect(store.getState().timeline.commands.at(-1)).toEqual({ type: 'crashBroker', broker: 2 });
    await user.click(screen.getByRole('button', { name: 'Broker 2' }));
    expect(within(screen.getByRole('dialog')).getAllByRole('button').map((b) => b.textContent)).toEqual(['Restart']);
  });
});
