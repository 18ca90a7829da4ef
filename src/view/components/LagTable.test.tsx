// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import type { Command } from '../../engine/index.ts';
import { createSimStore } from '../../store/sim-store.ts';
import { LangProvider } from '../hooks/lang-context.tsx';
import { SimProvider } from '../hooks/sim-context.tsx';
import { Charts } from './Charts.tsx';

// The lag table shows what `kafka-consumer-groups --describe` prints, "-" where the tool prints it.

const base: Command[] = [
  { type: 'createTopic', topic: 'orders', partitions: 2 },
  { type: 'addProducer', producer: 'shop' },
  { type: 'addConsumer', consumer: 'w1', group: 'billing', topics: ['orders'], autoOffsetReset: 'earliest', enableAutoCommit: false },
  { type: 'poll', consumer: 'w1' },
  ...[0, 1, 2].map((i): Command => ({ type: 'produce', producer: 'shop', topic: 'orders', value: `v${i}`, partition: 0 })),
];

function show(commands: Command[], lang: 'en' | 'ko' = 'en') {
  const store = createSimStore({ seed: 1, kafkaVersion: 'classic', commands });
  render(<SimProvider store={store}><LangProvider initial={lang}><Charts /></LangProvider></SimProvider>);
  const table = screen.getByRole('table', { name: /kafka-consumer-groups --describe/ });
  const rows = within(table).getAllByRole('row').map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent));
  return { table, rows, store };
}

describe('lag table', () => {
  it('has the columns of kafka-consumer-groups --describe, a caption, and "-" for an offset never committed', () => {
    const { table, rows } = show(base);
    expect(rows[0]).toEqual(['GROUP', 'TOPIC', 'PARTITION', 'CURRENT-OFFSET', 'LOG-END-OFFSET', 'LAG', 'CONSUMER-ID']);
    // Named by its visible title (the tool it shows), which the sideways-scrolling region shares.
    expect(screen.getByRole('region', { name: /kafka-consumer-groups --describe/ })).toContainElement(table);
    expect(rows.slice(1).map((r) => r.slice(0, 6))).toEqual([['billing', 'orders', '0', '-', '3', '-'], ['billing', 'orders', '1', '-', '0', '-']]);
    expect(rows[1]![6]).toMatch(/^w1-[0-9a-f-]{36}$/);
  });

  it('computes LAG as LOG-END-OFFSET − CURRENT-OFFSET once committed', () => {
    const { rows } = show([...base, { type: 'poll', consumer: 'w1', maxRecords: 1 }, { type: 'commit', consumer: 'w1' }, { type: 'produce', producer: 'shop', topic: 'orders', value: 'x', partition: 1 }]);
    expect(rows.slice(1).map((r) => r.slice(2, 6))).toEqual([['0', '1', '3', '2'], ['1', '0', '1', '1']]);
  });

  it('prints "-" as CONSUMER-ID for committed partitions nobody owns (the group is empty)', () => {
    const { rows } = show([...base, { type: 'poll', consumer: 'w1' }, { type: 'commit', consumer: 'w1' }, { type: 'removeConsumer', consumer: 'w1' }]);
    expect(rows.slice(1)).toEqual([['billing', 'orders', '0', '3', '3', '0', '-'], ['billing', 'orders', '1', '0', '0', '0', '-']]);
  });

  it('prints "-" as LOG-END-OFFSET and LAG while the partition has no leader', () => {
    const { rows } = show([...base, { type: 'poll', consumer: 'w1' }, { type: 'commit', consumer: 'w1' }, { type: 'stopBroker', broker: 1 }]);
    expect(rows.slice(1).map((r) => r.slice(2, 6))).toEqual([['0', '3', '-', '-'], ['1', '0', '-', '-']]);
  });

  it('says so when no group has anything to describe, and the chart points at the table as its text', () => {
    const { rows, table } = show(base.slice(0, 2), 'ko');
    expect(rows).toHaveLength(2);
    expect(rows[1]![0]).toBe('커밋된 오프셋이나 파티션을 맡은 컨슈머가 있는 그룹이 아직 없습니다.');
    expect(screen.getByRole('img', { name: '컨슈머 그룹이 없습니다.' })).toHaveAttribute('aria-describedby', table.id);
  });

  it('draws one path per group over the last steps, its text naming the latest lag', () => {
    show([...base, { type: 'poll', consumer: 'w1' }, { type: 'commit', consumer: 'w1' }, { type: 'produce', producer: 'shop', topic: 'orders', value: 'y', partition: 0 }]);
    const chart = screen.getByRole('img', { name: /^billing: lag 1 at step 10, at most 1 in the last 11 steps\.$/ });
    expect(chart.querySelectorAll('path.lag-line')).toHaveLength(1);
  });
});
