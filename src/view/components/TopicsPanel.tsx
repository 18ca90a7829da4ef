import { KAFKA_DEFAULTS } from '../../engine/index.ts';
import { useLang } from '../hooks/lang-context.tsx';
import { useSim } from '../hooks/sim-context.tsx';
import { formatModelTime } from '../format-time.ts';
import { TopicMenu } from './menu/TopicMenu.tsx';
import { PartitionLog } from './PartitionLog.tsx';

// The middle column: every topic with its partitions as logs, and the retention settings in force.
export function TopicsPanel() {
  const { t, lang } = useLang();
  const topics = useSim((s) => s.timeline.state.topics);
  const interval = useSim((s) => s.timeline.state.broker.retentionCheckIntervalMs);
  const list = Object.values(topics);
  return (
    <section className="panel topics" aria-labelledby="topics-heading">
      <h2 id="topics-heading">{t('panel.topics')}</h2>
      {list.length === 0 && <p className="hint">{t('topics.none')}</p>}
      {list.map((topic) => (
        <article key={topic.name} className="topic" data-target={`topic:${topic.name}`}>
          <h3><TopicMenu topic={topic.name} partitions={topic.partitions.length} title={t('topic.title', { topic: topic.name, count: topic.partitions.length })} /></h3>
          <p className="config">
            {t('topic.config', {
              retentionMs: topic.config.retentionMs < 0 ? t('topic.forever') : formatModelTime(topic.config.retentionMs, lang),
              retentionBytes: topic.config.retentionBytes < 0 ? t('topic.unlimited') : `${topic.config.retentionBytes} B`,
              segmentBytes: `${topic.config.segmentBytes} B`,
              interval: formatModelTime(interval, lang),
            })}
          </p>
          {topic.config.cleanupPolicy !== 'delete' && (
            <p className="config" data-compaction={topic.config.cleanupPolicy}>
              {t('topic.compaction', {
                policy: topic.config.cleanupPolicy,
                ratio: topic.config.minCleanableDirtyRatio,
                deleteRetention: formatModelTime(topic.config.deleteRetentionMs, lang),
                backoff: formatModelTime(KAFKA_DEFAULTS.logCleanerBackoffMs, lang),
              })}
            </p>
          )}
          {topic.partitions.map((log) => <PartitionLog key={log.partition} topic={topic.name} partition={log.partition} />)}
        </article>
      ))}
      <p className="simplification">{t('diagram.simplification.broker')}</p>
    </section>
  );
}
