// @vitest-environment jsdom
import { fireEvent, within } from '@testing-library/react';
import type { Command } from '../../engine/index.ts';
import { renderSimulator } from '../test-support.tsx';

// "Why is this record here?": a value of any allowed size (a file or a link may carry a megabyte)
// is printed as its start and its length, so the panel stays a panel.

const base: Command[] = [{ type: 'createTopic', topic: 'orders', partitions: 1 }, { type: 'addProducer', producer: 'p' }];

function inspect(value: string, lang: 'en' | 'ko' = 'en') {
  const { container } = renderSimulator({ commands: [...base, { type: 'produce', producer: 'p', topic: 'orders', key: 'k', value }] }, lang);
  fireEvent.click(container.querySelector('[data-target="record:orders:0:0"] button')!);
  return container.querySelector<HTMLElement>('.inspector .value')!;
}

describe('the inspector prints a record\'s value', () => {
  it('whole when it is short', () => {
    expect(inspect('order #1').textContent).toBe('Value: “order #1”'.replace(/[“”]/g, ''));
  });

  it('as its first 240 characters and its length when it is long (60,000 characters)', () => {
    const shown = inspect('v'.repeat(60_000));
    const quoted = within(shown).getByText(/^v+…$/);
    expect(quoted.textContent).toBe(`${'v'.repeat(240)}…`);
    expect(shown.textContent).toContain('(length 60,000)');
  });

  it('never cuts a character in two, and counts an emoji as one character', () => {
    const shown = inspect(`${'v'.repeat(239)}😀${'w'.repeat(500)}`);
    expect(within(shown).getByText(/…$/).textContent).toBe(`${'v'.repeat(239)}…`);
    expect(shown.textContent).toContain('(length 740)');
    expect(inspect('😀'.repeat(2_000)).textContent).toContain('(length 2,000)');
  });

  it('says the length in Korean on the Korean page', () => {
    expect(inspect('가'.repeat(1_000), 'ko').textContent).toContain('(전체 1,000자)');
  });
});

