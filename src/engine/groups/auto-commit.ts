import type { Events } from '../handlers/context.ts';
import { withConsumer } from '../handlers/context.ts';
import type { SimState } from '../types.ts';
import { coordinator } from './coordinator.ts';
import { commitPositions } from './offsets.ts';

/**
 * ConsumerCoordinator.maybeAutoCommitOffsetsAsync, called from inside poll() before it fetches:
 * once auto.commit.interval.ms has passed since the timer was last reset, commit what the member
 * has consumed so far (SubscriptionState.allConsumed: the positions the previous poll left) and
 * start the interval again from now. Time passing without a poll commits nothing.
 */
export function maybeAutoCommit(state: SimState, consumerId: string, events: Events): SimState {
  const consumer = state.consumers[consumerId];
  if (!consumer || !consumer.enableAutoCommit || consumer.membership !== 'joined') return state;
  if (state.time < consumer.nextAutoCommitAt) return state;
  // ConsumerCoordinator.poll returns before the auto-commit while the coordinator is unknown.
  if (coordinator(state, consumer.group) === undefined) return state;
  const next = commitPositions(state, consumerId, true, events, true);
  return withConsumer(next, { ...next.consumers[consumerId]!, nextAutoCommitAt: state.time + consumer.autoCommitIntervalMs });
}
