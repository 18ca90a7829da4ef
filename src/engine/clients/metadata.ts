import { KAFKA_DEFAULTS } from '../defaults.ts';
import type { Events } from '../handlers/context.ts';
import type { ClientMetadata, ConsumerState, MetadataRefreshReason, ProducerState, SimState } from '../types.ts';
import { profileOf } from '../versions/profiles.ts';

// What clients know of the cluster (org.apache.kafka.clients.Metadata), under version profiles with
// metadata age. A producer or classic consumer acts on the partition counts it last fetched; a full
// refresh comes metadata.max.age.ms after the last one (Metadata.timeToNextUpdate:
// lastSuccessfulRefreshMs + metadataExpireMs), or at once after an error that invalidates metadata
// (requestUpdate). Refreshes that would change nothing are not modelled as events or timers: only a
// client whose cached counts differ from the cluster's has a refresh worth a timer (see time.ts).


export function usesMetadataAge(state: SimState): boolean {
  return profileOf(state.kafkaVersion).metadataAge;
}

/** A new client's first full fetch, of `topics`, now; undefined under the 'classic' profile. */
export function initialMetadata(state: SimState, topics: readonly string[], maxAgeMs: number | undefined): ClientMetadata | undefined {
  if (!usesMetadataAge(state)) return undefined;
  const partitions: Record<string, number> = {};
  for (const topic of topics) {
    const t = state.topics[topic];
    if (t) partitions[topic] = t.partitions.length;
  }
  return { maxAgeMs: maxAgeMs ?? KAFKA_DEFAULTS.metadataMaxAgeMs, refreshedAt: state.time, partitions };
}

/** The partition count a client acts on: its cached one, or the cluster's without metadata age or for a topic not fetched yet. */
export function knownPartitions(state: SimState, metadata: ClientMetadata | undefined, topic: string): number {
  return metadata?.partitions[topic] ?? state.topics[topic]?.partitions.length ?? 0;
}

/**
 * A producer's first send to a topic fetches that topic only (ProducerMetadata's partial update for
 * new topics, KIP-526): lastSuccessfulRefreshMs stays, so the age clock does not restart.
 */
export function withTopicFetched(state: SimState, producer: ProducerState, topic: string): ProducerState {
  const metadata = producer.metadata;
  if (metadata === undefined || metadata.partitions[topic] !== undefined) return producer;
  return { ...producer, metadata: { ...metadata, partitions: { ...metadata.partitions, [topic]: knownPartitions(state, undefined, topic) } } };
}

/** A full refresh now: every known topic (and `extra`) at the cluster's count, lastSuccessfulRefreshMs = now. Reports the counts that changed. */
function fullRefresh(state: SimState, metadata: ClientMetadata, extra: readonly string[]): { metadata: ClientMetadata; changes: { topic: string; previous: number; partitions: number }[] } {
  const partitions: Record<string, number> = {};
  const changes: { topic: string; previous: number; partitions: number }[] = [];
  for (const topic of [...Object.keys(metadata.partitions), ...extra]) {
    const count = state.topics[topic]?.partitions.length;
    if (count === undefined) continue;
    const previous = metadata.partitions[topic];
    if (previous !== undefined && previous !== count) changes.push({ topic, previous, partitions: count });
    partitions[topic] = count;
  }
  return { metadata: { maxAgeMs: metadata.maxAgeMs, refreshedAt: state.time, partitions }, changes };
}

function report(state: SimState, clientType: 'producer' | 'consumer', client: string, metadata: ClientMetadata, reason: MetadataRefreshReason, changes: ReturnType<typeof fullRefresh>['changes'], events: Events): void {
  const consumer = clientType === 'consumer' ? state.consumers[client] : undefined;
  const leads = consumer !== undefined && state.groups[consumer.group]?.leader === client;
  for (const c of changes) {
    events.push({ type: 'metadataUpdated', at: state.time, clientType, client, topic: c.topic, partitions: c.partitions, previous: c.previous, reason, maxAgeMs: metadata.maxAgeMs, ...(leads ? { groupLeader: true as const } : {}) });
  }
}

export function refreshProducerMetadata(state: SimState, producerId: string, reason: MetadataRefreshReason, events: Events): SimState {
  const producer = state.producers[producerId];
  if (producer?.metadata === undefined) return state;
  const { metadata, changes } = fullRefresh(state, producer.metadata, []);
  report(state, 'producer', producerId, metadata, reason, changes, events);
  return { ...state, producers: { ...state.producers, [producerId]: { ...producer, metadata } } };
}

export function refreshConsumerMetadata(state: SimState, consumerId: string, reason: MetadataRefreshReason, events: Events, extra: readonly string[] = []): SimState {
  const consumer = state.consumers[consumerId];
  if (consumer?.metadata === undefined) return state;
  const { metadata, changes } = fullRefresh(state, consumer.metadata, extra);
  report(state, 'consumer', consumerId, metadata, reason, changes, events);
  return { ...state, consumers: { ...state.consumers, [consumerId]: { ...consumer, metadata } } };
}

/** Whether some topic the client fetched has another partition count now (partitions are only ever added). */
function stale(state: SimState, metadata: ClientMetadata): boolean {
  for (const topic in metadata.partitions) {
    if (state.topics[topic]?.partitions.length !== metadata.partitions[topic]) return true;
  }
  return false;
}

/** The client's first scheduled refresh at or after `from`: lastSuccessfulRefreshMs + k x metadata.max.age.ms, k >= 1 (0: at once). */
export function nextRefreshAt(metadata: ClientMetadata, from: number): number {
  if (metadata.maxAgeMs === 0) return from;
  const k = Math.max(1, Math.ceil((from - metadata.refreshedAt) / metadata.maxAgeMs));
  return metadata.refreshedAt + k * metadata.maxAgeMs;
}

/** A consumer process whose network client runs: alive, and with client-side metadata (not group.protocol=consumer). */
function refreshingConsumer(consumer: ConsumerState): ClientMetadata | undefined {
  return consumer.status === 'active' ? consumer.metadata : undefined;
}

/**
 * The earliest moment at or after `from` at which some client's scheduled refresh would learn
 * something; Infinity when every client's metadata matches the cluster (an idle cluster costs nothing).
 */
export function nextMetadataRefreshAt(state: SimState, from: number): number {
  let earliest = Number.POSITIVE_INFINITY;
  if (!usesMetadataAge(state)) return earliest;
  for (const id in state.producers) {
    const m = state.producers[id]!.metadata;
    if (m !== undefined && stale(state, m)) earliest = Math.min(earliest, nextRefreshAt(m, from));
  }
  for (const id in state.consumers) {
    const m = refreshingConsumer(state.consumers[id]!);
    if (m !== undefined && stale(state, m)) earliest = Math.min(earliest, nextRefreshAt(m, from));
  }
  return earliest;
}

/**
 * Refreshes every client whose scheduled refresh is now and would learn something (metadata.max.age.ms
 * passed). `immediateOnly`: only clients with metadata.max.age.ms = 0, which refresh on every network
 * poll (after alterPartitions, whose moment a scheduled refresh at the same time is taken to precede).
 */
export function refreshDueClients(state: SimState, events: Events, immediateOnly = false): SimState {
  let next = state;
  const due = (m: ClientMetadata | undefined): m is ClientMetadata => m !== undefined && (!immediateOnly || m.maxAgeMs === 0) && stale(state, m) && nextRefreshAt(m, state.time) <= state.time;
  for (const id in state.producers) if (due(state.producers[id]!.metadata)) next = refreshProducerMetadata(next, id, 'maxAge', events);
  for (const id in state.consumers) if (due(refreshingConsumer(state.consumers[id]!))) next = refreshConsumerMetadata(next, id, 'maxAge', events);
  return next;
}

/**
 * ConsumerCoordinator.rejoinNeededOrPending: the member that computed the assignment (the leader, which
 * keeps assignmentSnapshot) sees its metadata no longer match the counts it assigned from.
 */
export function leaderMetadataChanged(state: SimState, consumer: ConsumerState): boolean {
  const group = state.groups[consumer.group];
  const snapshot = group?.assignmentSnapshot;
  // A new process (first poll, a restart) has no assignmentSnapshot of its own yet.
  if (!group || snapshot === undefined || group.leader !== consumer.id || consumer.membership !== 'joined' || consumer.metadata === undefined || group.rebalance) return false;
  for (const topic in snapshot) {
    const known = consumer.metadata.partitions[topic];
    if (known !== undefined && known !== snapshot[topic]) return true;
  }
  return false;
}
