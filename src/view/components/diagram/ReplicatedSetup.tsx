import { brokers } from '../../../engine/index.ts';
import { useDiagramViewContext } from '../../hooks/diagram-view.tsx';
import { useLang } from '../../hooks/lang-context.tsx';
import { useSim, useSimStore } from '../../hooks/sim-context.tsx';
import { useUi } from '../../hooks/ui-context.tsx';

// "3 brokers, RF 3": the replicated demo in one press. Each command is an ordinary timeline step
// (addBroker up to three brokers, then createTopic with replication.factor 3), so step back takes
// it apart one step at a time; the produce form switches to the new topic.

export const REPLICATED_TOPIC = 'replicated';
const TARGET_BROKERS = 3;

/** The commands the action appends, from the state at the cursor: missing brokers, then the topic. */
export function replicatedSetup(brokerIds: readonly number[], topics: readonly string[]): { commands: unknown[]; topic: string } {
  let topic = REPLICATED_TOPIC;
  for (let n = 2; topics.includes(topic); n++) topic = `${REPLICATED_TOPIC}-${n}`;
  const commands: unknown[] = [];
  let next = Math.max(0, ...brokerIds) + 1;
  for (let count = brokerIds.length; count < TARGET_BROKERS; count++) commands.push({ type: 'addBroker', broker: next++ });
  commands.push({ type: 'createTopic', topic, partitions: 1, replicationFactor: TARGET_BROKERS });
  return { commands, topic };
}

export function ReplicatedSetup() {
  const { t } = useLang();
  const store = useSimStore();
  const { act, chooseProduceTopic } = useUi();
  const page = useDiagramViewContext();
  const atEnd = useSim((s) => s.timeline.cursor >= s.timeline.commands.length);
  const topics = useSim((s) => Object.keys(s.timeline.state.topics).join('\u0000'));
  const name = replicatedSetup([], topics === '' ? [] : topics.split('\u0000')).topic;
  const run = (origin: HTMLButtonElement) => {
    const state = store.getState().timeline.state;
    const setup = replicatedSetup(brokers(state).map((b) => b.id), Object.keys(state.topics));
    for (const command of setup.commands) if (act(command, origin)) return;
    chooseProduceTopic(setup.topic);
    page?.setView('brokers');
  };
  // Acting in the past would ask once per step: the action waits for the end of the timeline.
  return (
    <button type="button" className="small replicated-setup" disabled={!atEnd} onClick={(e) => run(e.currentTarget)}
      aria-label={t('diagram.replicatedName', { topic: name })} title={t('diagram.replicatedName', { topic: name })}>
      {t('diagram.replicated')}
    </button>
  );
}
