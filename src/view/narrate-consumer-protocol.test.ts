import { applyCommand, createSimulation, type Command, type SimState } from '../engine/index.ts';
import { translate } from '../i18n/catalog.ts';
import { describeError } from './narrate.ts';

// The KIP-848 refusals read as sentences in both languages, naming what was refused.

function refusal(commands: Command[], refused: Command, version: '3.9' | '4.1' = '4.1') {
  let state: SimState = createSimulation({ seed: 1, kafkaVersion: version });
  for (const c of commands) state = applyCommand(state, c).state;
  const { error } = applyCommand(state, refused);
  expect(error).toBeDefined();
  return error!;
}

const topic: Command = { type: 'createTopic', topic: 'orders', partitions: 2 };
const kip848 = (consumer: string, extra: object = {}): Command => ({ type: 'addConsumer', consumer, group: 'g', topics: ['orders'], groupProtocol: 'consumer', ...extra });
const classic = (consumer: string, extra: object = {}): Command => ({ type: 'addConsumer', consumer, group: 'g', topics: ['orders'], ...extra });

describe.each(['ko', 'en'] as const)('consumer protocol refusals in %s', (lang) => {
  const unknown = (message: string) => translate(lang, 'error.unknown', { message });
  it.each([
    ['a version before 4.0', refusal([topic], kip848('a'), '3.9'), ['3.9', '4.0']],
    ['a consumer-protocol member into a classic group', refusal([topic, classic('old')], kip848('new')), ['g', 'new', 'GROUP_ID_NOT_FOUND']],
    ['a classic member into a consumer group', refusal([topic, kip848('new')], classic('old')), ['g', 'old', 'INCONSISTENT_GROUP_PROTOCOL']],
    ['partition.assignment.strategy with the consumer protocol', refusal([topic], kip848('a', { assignor: 'range' })), ['partition.assignment.strategy']],
    ['group.remote.assignor with the classic protocol', refusal([topic], classic('a', { groupRemoteAssignor: 'range' })), ['group.remote.assignor']],
  ] as const)('%s', (_name, error, words) => {
    const text = describeError(error, lang);
    expect(text).not.toBe(unknown(error.message));
    for (const word of words) expect(text).toContain(word);
  });
});
