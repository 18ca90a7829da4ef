import { effectiveMinIsr, partitionState, type ProfileName } from '../../engine/index.ts';
import { useLang } from '../hooks/lang-context.tsx';
import { useSim, useSimStore } from '../hooks/sim-context.tsx';

/**
 * One scenario under two Kafka versions (issue 18): what changed and why, a button per version that
 * replays the same commands from the same seed under it (as the version picker does, keeping the
 * step), and what the shown version answered. Used by `?scenario=min-isr-versions`.
 */
export function VersionCompare({ versions, topic }: { versions: readonly [ProfileName, ProfileName]; topic: string }) {
  const { t } = useLang();
  const store = useSimStore();
  const version = useSim((s) => s.timeline.initial.kafkaVersion);
  const highWatermark = useSim((s) => partitionState(s.timeline.state, topic, 0)?.highWatermark ?? 0);
  const run = (next: ProfileName) => {
    const { timeline, load, reportError } = store.getState();
    const error = load(timeline.options.seed ?? 1, timeline.commands.toArray(), timeline.cursor, next);
    if (error) reportError(error);
  };
  // The rule behind the answer, named as the event log names it (KAFKA-15583 since 3.7).
  const capped = useSim((s) => {
    const t0 = s.timeline.state.topics[topic];
    return t0 && effectiveMinIsr(s.timeline.state, t0) < t0.config.minInsyncReplicas ? effectiveMinIsr(s.timeline.state, t0) : undefined;
  });
  const outcome = highWatermark > 0 ? 'readable' : 'nothing';
  return (
    <section className="notice version-compare" aria-labelledby="version-compare-heading" data-version-compare="min-isr" data-outcome={outcome}>
      <h2 id="version-compare-heading">{t('versionCompare.title')}</h2>
      <p>{t('versionCompare.minIsr.scenario', { topic })}</p>
      <ul>
        <li>{t('versionCompare.minIsr.before')}</li>
        <li>{t('versionCompare.minIsr.after')}</li>
      </ul>
      <div className="row" role="group" aria-label={t('version.label')}>
        {versions.map((v) => (
          <button key={v} type="button" aria-pressed={version === v} data-run-version={v} onClick={() => run(v)}>
            {t('versionCompare.run', { version: v })}
          </button>
        ))}
      </div>
      <p role="status" data-version-outcome="">
        {t(outcome === 'readable' ? 'versionCompare.outcome.readable' : 'versionCompare.outcome.nothing', { version, topic, highWatermark })}
        {capped !== undefined && <> {t('event.piece.minIsrCapped', { effective: capped })}</>}
      </p>
    </section>
  );
}
