import { KAFKA_VERSIONS, type ProfileName } from '../../engine/index.ts';
import { useSim, useSimStore } from '../hooks/sim-context.tsx';
import { useLang } from '../hooks/lang-context.tsx';

/**
 * The Kafka version this simulation models, and a switch: the same commands replayed from the same
 * seed under another version's rules (src/engine/versions). A command the other version refuses
 * (a partitioner it does not ship) leaves everything as it was and says why.
 */
export function VersionPicker() {
  const { t } = useLang();
  const store = useSimStore();
  const version = useSim((s) => s.timeline.initial.kafkaVersion);
  const choices: ProfileName[] = version === 'classic' ? [...KAFKA_VERSIONS, 'classic'] : [...KAFKA_VERSIONS];
  const change = (next: ProfileName) => {
    const { timeline, load, reportError } = store.getState();
    const error = load(timeline.options.seed ?? 1, timeline.commands.toArray(), timeline.cursor, next);
    if (error) reportError(error);
  };
  return (
    <label className="version-picker" data-kafka-version={version}>
      {t('version.label')}{' '}
      <select value={version} onChange={(e) => change(e.target.value as ProfileName)}>
        {choices.map((v) => <option key={v} value={v}>{v === 'classic' ? t('version.classic') : t('version.option', { version: v })}</option>)}
      </select>
    </label>
  );
}
