// @vitest-environment jsdom
import { fireEvent, screen } from '@testing-library/react';
import type { Command } from '../../engine/index.ts';
import { renderSimulator } from '../test-support.tsx';

// A transaction's control markers are cells of their own in the partition log (they take offsets),
// named for what they mark; the last stable offset shows while an open transaction holds it.

const commands: Command[] = [
  { type: 'createTopic', topic: 't', partitions: 1 },
  { type: 'addProducer', producer: 'plain' },
  { type: 'addProducer', producer: 'tp', transactionalId: 'tx' },
  { type: 'initTransactions', producer: 'tp' },
  { type: 'beginTransaction', producer: 'tp' },
  { type: 'produce', producer: 'tp', topic: 't', key: 'k1', value: 'v1' },
  { type: 'commitTransaction', producer: 'tp' },
  { type: 'advanceTime', ms: 1000 },
  { type: 'beginTransaction', producer: 'tp' },
  { type: 'produce', producer: 'tp', topic: 't', key: 'k2', value: 'v2' },
  { type: 'abortTransaction', producer: 'tp' },
  { type: 'advanceTime', ms: 1000 },
  { type: 'beginTransaction', producer: 'tp' },
  { type: 'produce', producer: 'tp', topic: 't', key: 'k3', value: 'v3' },
  { type: 'produce', producer: 'plain', topic: 't', key: 'k4', value: 'v4' },
];

describe('control markers and the last stable offset in the partition log', () => {
  it.each([['en', 'offset 1 commit marker', 'offset 3 abort marker', 'commit'], ['ko', '오프셋 1 커밋 마커', '오프셋 3 중단 마커', '커밋']] as const)('draws each marker as its own cell (%s)', (lang, commit, abort, short) => {
    const { container } = renderSimulator({ commands }, lang);
    const cells = [...container.querySelectorAll('li[data-control]')];
    expect(cells.map((c) => [c.getAttribute('data-control'), c.getAttribute('aria-label')])).toEqual([['commit', commit], ['abort', abort]]);
    expect(cells[0]!.textContent).toContain(short);
    // Offsets 4 (the open transaction's record) and 5 (a plain record after it): the LSO stops at 4.
    const lso = container.querySelector('[data-lso="t:0"]');
    expect(lso?.getAttribute('title')).toContain(lang === 'en' ? 'last stable offset (LSO) 4' : '마지막 안정 오프셋(LSO) 4');
  });

  it.each([['en', 'offset 0 key k1, committed transaction', 'offset 2 key k2, aborted transaction', 'offset 4 key k3, open transaction', 'high watermark (HW) 6'],
    ['ko', '오프셋 0 키 k1, 커밋된 트랜잭션', '오프셋 2 키 k2, 중단된 트랜잭션', '오프셋 4 키 k3, 열린 트랜잭션', '하이 워터마크(HW) 6']] as const)('marks each transactional record by its transaction, and the HW beside the LSO (%s)', (lang, committed, aborted, open, hw) => {
    const { container } = renderSimulator({ commands }, lang);
    const cells = [...container.querySelectorAll('li[data-txn]')];
    expect(cells.map((c) => [c.getAttribute('data-txn'), c.getAttribute('aria-label')])).toEqual([['committed', committed], ['aborted', aborted], ['open', open]]);
    expect(cells.map((c) => c.querySelector('.txn-mark')?.textContent)).toEqual(['✓', '✗', '…']);
    // The plain record after the open transaction carries no transaction mark.
    expect(container.querySelector('li[data-target="record:t:0:5"]')?.hasAttribute('data-txn')).toBe(false);
    const hwMarker = container.querySelector('[data-topic-hw="t:0"]');
    expect(hwMarker?.getAttribute('title')).toContain(hw);
    expect(hwMarker?.textContent).toBe('⊤ HW 6');
    expect(container.querySelector('[data-lso="t:0"]')?.textContent).toBe('⊥ LSO 4');
  });

  it('marks the records and draws the LSO beside the HW in the brokers figure too', () => {
    const replicated: Command[] = [{ type: 'addBroker', broker: 2 }, ...commands.map((c) => (c.type === 'createTopic' ? { ...c, replicationFactor: 2 } : c)), { type: 'advanceTime', ms: 1000 }];
    const { container } = renderSimulator({ commands: replicated }, 'en');
    fireEvent.click(screen.getByRole('radio', { name: 'Brokers' }));
    const line = container.querySelector('[data-lso-line="t:0"]');
    expect(line?.getAttribute('aria-label')).toContain('last stable offset (LSO) 4');
    expect(container.querySelector('[data-hw="t:0"]')).not.toBeNull();
    // Every copy marks the same records by their transaction.
    const marked = [...container.querySelectorAll('[data-replica-cell][data-txn]')].map((c) => `${c.getAttribute('data-broker')}:${c.getAttribute('data-offset')}:${c.getAttribute('data-txn')}`).sort();
    expect(marked).toEqual(['1:0:committed', '1:2:aborted', '1:4:open', '2:0:committed', '2:2:aborted', '2:4:open']);
    expect(container.querySelector('[data-replica-cell][data-broker="1"][data-offset="2"]')?.getAttribute('aria-label')).toMatch(/, aborted transaction$/);
  });
});

