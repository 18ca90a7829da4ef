import { useMemo } from 'react';
import { KAFKA_DEFAULTS } from '../../engine/index.ts';
import { useStepBadges } from '../hooks/use-step-badges.ts';
import type { BadgeSpec } from '../layout/moments.ts';
import { useLang } from '../hooks/lang-context.tsx';
import { useSim } from '../hooks/sim-context.tsx';
import { formatModelTime } from '../format-time.ts';
import { TopicMenu } from './menu/TopicMenu.tsx';
import { PartitionLog } from './PartitionLog.tsx';

/**
 * The step's badges that land on a partition of the topics view: the first anchor the topics view
 * draws (it has no replica rows nor replica cells) is the partition. MomentLayer leaves these to
 * the partition (data-own-callouts), which lists them in its head, covering nothing.
 */
function partitionBadges(badges: readonly BadgeSpec[]): Map<string, BadgeSpec[]> {
  const out = new Map<string, BadgeSpec[]>();
  for (const b of badges) {
    const id = b.anchors.find((a) => !/^(replica|cell):/.test(a.id))?.id;
    if (id?.startsWith('partition:')) out.set(id, [...(out.get(id) ?? []), b]);
  }
  return out;
}

const NONE: readonly BadgeSpec[] = [];

// The middle column: every topic with its partitions as logs, and the retention settings in force.
// `callouts`: this is the figure's topics view (not the folded logs under the brokers figure), so
// the step's partition badges are drawn here.
export function TopicsPanel({ callouts = false }: { callouts?: boolean }) {
  const { t, lang } = useLang();
  const badges = useStepBadges();
  const byPartition = useMemo(() => (callouts ? partitionBadges(badges) : undefined), [badges, callouts]);
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
          {topic.partitions.map((log) => <PartitionLog key={log.partition} topic={topic.name} partition={log.partition} badges={byPartition ? byPartition.get(`partition:${topic.name}:${log.partition}`) ?? NONE : undefined} />)}
        </article>
      ))}
      <p className="simplification">{t('diagram.simplification.broker')}</p>
    </section>
  );
}
