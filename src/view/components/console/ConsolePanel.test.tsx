// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { committedOffset, partitionForKey, records } from '../../../engine/index.ts';
import { renderSimulator } from '../../test-support.tsx';

const B = '--bootstrap-server localhost:9092';

async function openConsole(lang: 'en' | 'ko' = 'en') {
  const user = userEvent.setup();
  const view = renderSimulator({}, lang);
  await user.click(screen.getByRole('button', { name: lang === 'en' ? 'Open console' : '콘솔 열기' }));
  const input = screen.getByRole('textbox', { name: lang === 'en' ? 'Command' : '명령' });
  const log = screen.getByRole('log', { name: lang === 'en' ? 'Console output' : '콘솔 출력' });
  const type = async (text: string) => { await user.type(input, `${text.replace(/[{[]/g, (c) => c + c)}{Enter}`); };
  return { user, input, log, type, ...view };
}

// Each test renders the whole simulator in jsdom: seconds apiece on a loaded 2-core machine, so a generous bound.
describe('ConsolePanel', { timeout: 30_000 }, () => {
  it('a typed create becomes a step on the timeline and prints what kafka-topics prints; step back undoes it', async () => {
    const { log, type, store } = await openConsole();
    const before = store.getState().timeline.cursor;
    await type(`kafka-topics.sh ${B} --create --topic clicks --partitions 2`);
    expect(within(log).getByText('Created topic clicks.')).toBeInTheDocument();
    expect(store.getState().timeline.cursor).toBe(before + 1);
    expect(store.getState().timeline.state.topics['clicks']?.partitions).toHaveLength(2);
    store.getState().stepBack();
    expect(store.getState().timeline.state.topics['clicks']).toBeUndefined();
  });

  it('the producer takes one record per line until an empty line; the consumer group read commits', async () => {
    const { log, type, store, input } = await openConsole();
    await type(`kafka-topics.sh ${B} --create --topic t --partitions 3`);
    await type(`kafka-console-producer.sh ${B} --topic t --property parse.key=true --property key.separator=:`);
    expect(screen.getByRole('textbox', { name: 'One record per line' })).toBe(input);
    for (const l of ['a:1', 'b:2', 'c:3']) await type(l);
    await type('');
    expect(within(log).getByText('Producer input ended.')).toBeInTheDocument();
    const state = store.getState().timeline.state;
    for (const key of ['a', 'b', 'c']) expect(records(state, 't', partitionForKey(key, 3)).some((r) => r.key === key)).toBe(true);
    await type(`kafka-console-consumer.sh ${B} --topic t --group g --from-beginning`);
    expect(within(log).getByText('Processed a total of 3 messages')).toBeInTheDocument();
    const after = store.getState().timeline.state;
    expect([0, 1, 2].map((p) => committedOffset(after, 'g', 't', p) ?? 0).reduce((a, b) => a + b)).toBe(3);
  });

  it('a paste of several lines sends one record per line (LineMessageReader); the text after the last break stays typed', async () => {
    const { log, type, store, input, user } = await openConsole();
    await type(`kafka-topics.sh ${B} --create --topic pasted --partitions 1`);
    await type(`kafka-console-producer.sh ${B} --topic pasted`);
    await user.click(input);
    await user.paste('first\nsecond\r\nthird\nfour');
    expect(records(store.getState().timeline.state, 'pasted', 0).map((r) => r.value)).toEqual(['first', 'second', 'third']);
    expect(within(log).getByText('>second')).toBeInTheDocument();
    expect(input).toHaveValue('four');
  });

  it('a line over MAX_LINE_BYTES is refused with a message and changes nothing', async () => {
    const { log, store, input, user } = await openConsole();
    const before = store.getState().timeline;
    await user.click(input);
    await user.paste(`${'x'.repeat(20_000)}\n`);
    expect(within(log).getByText(/A line may be at most 16,?384 bytes/)).toBeInTheDocument();
    expect(store.getState().timeline).toBe(before);
  });

  it('an unknown option prints the tool\'s error and changes nothing; ↑ recalls it; Tab completes', async () => {
    const { log, type, store, input, user } = await openConsole();
    const before = store.getState().timeline;
    await type(`kafka-topics.sh ${B} --lsit`);
    expect(within(log).getByText('lsit is not a recognized option')).toBeInTheDocument();
    expect(store.getState().timeline).toBe(before);
    await user.keyboard('{ArrowUp}');
    expect(input).toHaveValue(`kafka-topics.sh ${B} --lsit`);
    await user.clear(input);
    await user.type(input, 'kafka-consumer-g');
    await user.keyboard('{Tab}');
    expect(input).toHaveValue('kafka-consumer-groups.sh ');
    // Escape closes the console and gives focus back to its button.
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('log')).toBeNull();
    expect(screen.getByRole('button', { name: 'Open console' })).toHaveFocus();
  });

  it('in the middle of the timeline it asks first: the same command again drops the later steps', async () => {
    const { log, type, store } = await openConsole();
    await type(`kafka-topics.sh ${B} --create --topic a`);
    await type(`kafka-topics.sh ${B} --create --topic b`);
    store.getState().stepBack();
    const steps = store.getState().timeline.commands.length;
    await type(`kafka-topics.sh ${B} --create --topic c`);
    expect(within(log).getByText(/running this here drops the later steps/)).toBeInTheDocument();
    expect(store.getState().timeline.commands.length).toBe(steps);
    await type(`kafka-topics.sh ${B} --create --topic c`);
    const topics = Object.keys(store.getState().timeline.state.topics);
    expect(topics).toContain('c');
    expect(topics).not.toContain('b');
  });

  it('speaks Korean around the tools\' own English output', async () => {
    const { log, type } = await openConsole('ko');
    await type(`kafka-topics.sh ${B} --delete --topic orders`);
    expect(within(log).getByText(/실제 카프카에는 있지만 이 시뮬레이터는 다루지 않습니다/)).toBeInTheDocument();
  });

  it.each([
    ['en', 'This simulator allows at most 32 partitions per topic (asked for 99,999). This is a limit of this simulator, not of Kafka; nothing changed.'],
    ['ko', '이 시뮬레이터에서는 토픽 하나에 파티션을 32개까지 둘 수 있습니다(요청한 수: 99,999개). 카프카의 규칙이 아니라 이 시뮬레이터의 한도입니다. 아무것도 바뀌지 않았습니다.'],
  ] as const)('a simulator limit (SIM_LIMITS.maxPartitions) is its own note in %s, not an "Error while executing topic command"', async (lang, note) => {
    const { log, type, store } = await openConsole(lang);
    const before = store.getState().timeline.cursor;
    await type(`kafka-topics.sh ${B} --create --topic big --partitions 99999`);
    expect(within(log).getByText(note)).toBeInTheDocument();
    expect(within(log).queryByText(/Error while executing topic command/)).toBeNull();
    expect(store.getState().timeline.cursor).toBe(before);
  });
});
