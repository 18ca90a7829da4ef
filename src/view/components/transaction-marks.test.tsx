// @vitest-environment jsdom
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
});
