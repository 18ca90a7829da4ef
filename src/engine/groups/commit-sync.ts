import type { CommittedOffsetSpec } from '../commands.ts';
import { KAFKA_DEFAULTS, SIM_LIMITS } from '../defaults.ts';
import type { CommittedOffset } from '../events.ts';
import type { Events } from '../handlers/context.ts';
import { withConsumer, withGroup } from '../handlers/context.ts';
import { profileOf } from '../versions/profiles.ts';
import { type ConsumerState, type PendingCommit, type SimState, tpKey } from '../types.ts';
import { coordinator } from './coordinator.ts';

// commitSync as ConsumerCoordinator.commitOffsetsSync runs it: a retriable error
// (COORDINATOR_NOT_AVAILABLE while the group's __consumer_offsets leader is down) is retried after
// an exponential backoff (retry.backoff.ms 100 doubling up to retry.backoff.max.ms 1000, KIP-580,
// no jitter here) until default.api.timeout.ms has passed, then the call throws TimeoutException.
// The call stays in progress on the timeline: advanceTime fires its retries as timers.

export function commitSyncRetries(state: SimState): boolean {
  return profileOf(state.kafkaVersion).commitSyncRetries;
}

function backoff(attempt: number): number {
  return Math.min(KAFKA_DEFAULTS.retryBackoffMs * 2 ** Math.min(attempt - 1, 20), KAFKA_DEFAULTS.retryBackoffMaxMs);
}

function timeoutOf(consumer: ConsumerState): number {
  return consumer.defaultApiTimeoutMs ?? KAFKA_DEFAULTS.defaultApiTimeoutMs;
}

function withoutPending(consumer: ConsumerState): ConsumerState {
  const copy = { ...consumer };
  delete copy.pendingCommit;
  return copy;
}

/** The first attempt found no coordinator: the call starts waiting. */
export function startCommitSync(state: SimState, consumer: ConsumerState, specs: readonly CommittedOffsetSpec[] | undefined, events: Events): SimState {
  const offsets: CommittedOffset[] = specs !== undefined
    ? specs.map((s) => ({ topic: s.topic, partition: s.partition, offset: s.offset }))
    : consumer.assignment.flatMap((tp) => {
      const position = consumer.positions[tpKey(tp.topic, tp.partition)];
      return position === undefined ? [] : [{ topic: tp.topic, partition: tp.partition, offset: position }];
    });
  const deadline = state.time + timeoutOf(consumer);
  const retryAt = Math.min(state.time + backoff(1), deadline);
  events.push({ type: 'commitRetried', at: state.time, consumer: consumer.id, group: consumer.group, attempt: 1, error: 'COORDINATOR_NOT_AVAILABLE', retryAt });
  const pendingCommit: PendingCommit = { offsets, explicit: specs !== undefined, startedAt: state.time, deadline, nextRetryAt: retryAt, attempts: 1 };
  return withConsumer(state, { ...consumer, pendingCommit });
}

/** When the pending commitSync of a consumer tries again (or gives up), if it has one. */
export function commitRetryAt(consumer: ConsumerState): number | undefined {
  return consumer.status === 'active' ? consumer.pendingCommit?.nextRetryAt : undefined;
}

/** A retry timer fired: commit if the coordinator is back, else wait again or give up at the deadline. */
export function retryCommitSync(state: SimState, consumerId: string, events: Events): SimState {
  const consumer = state.consumers[consumerId]!;
  const pending = consumer.pendingCommit!;
  const group = state.groups[consumer.group];
  const attempts = pending.attempts + 1;
  if (coordinator(state, consumer.group) !== undefined && group) {
    if (consumer.membership !== 'joined') {
      // The member left its group meanwhile: CommitFailedException.
      events.push({ type: 'commitFailed', at: state.time, consumer: consumer.id, group: group.id, error: 'COMMIT_FAILED', attempts, timeoutMs: timeoutOf(consumer) });
      return withConsumer(state, withoutPending(consumer));
    }
    const committed = { ...group.committed };
    for (const o of pending.offsets) committed[tpKey(o.topic, o.partition)] = o.offset;
    events.push(pending.explicit
      ? { type: 'offsetsCommitted', at: state.time, consumer: consumer.id, group: group.id, auto: false, offsets: [...pending.offsets], explicit: true, attempts }
      : { type: 'offsetsCommitted', at: state.time, consumer: consumer.id, group: group.id, auto: false, offsets: [...pending.offsets], attempts });
    return withGroup(withConsumer(state, withoutPending(consumer)), { ...group, committed });
  }
  if (state.time >= pending.deadline) {
    events.push({ type: 'commitFailed', at: state.time, consumer: consumer.id, group: consumer.group, error: 'TIMEOUT', attempts: pending.attempts, timeoutMs: timeoutOf(consumer) });
    return withConsumer(state, withoutPending(consumer));
  }
  const retryAt = Math.min(state.time + backoff(attempts), pending.deadline);
  if (attempts <= SIM_LIMITS.maxNarratedRetries) {
    events.push({ type: 'commitRetried', at: state.time, consumer: consumer.id, group: consumer.group, attempt: attempts, error: 'COORDINATOR_NOT_AVAILABLE', retryAt });
  }
  return withConsumer(state, { ...consumer, pendingCommit: { ...pending, attempts, nextRetryAt: retryAt } });
}

/** A process that dies mid-call loses the call. */
export function dropPendingCommit(consumer: ConsumerState): ConsumerState {
  return consumer.pendingCommit === undefined ? consumer : withoutPending(consumer);
}
