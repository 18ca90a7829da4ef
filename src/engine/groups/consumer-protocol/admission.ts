import type { AddConsumerCommand } from '../../commands.ts';
import { simError, type SimError } from '../../errors.ts';
import type { GroupState, SimState } from '../../types.ts';
import { profileOf } from '../../versions/profiles.ts';
import { emptyConsumerGroup } from './coordinator.ts';

// What addConsumer checks about group.protocol, and the group it then belongs to.

/**
 * - group.protocol=consumer exists for clients from Kafka 4.0 (KIP-848 generally available).
 * - ConsumerConfig refuses partition.assignment.strategy with the consumer protocol, and
 *   group.remote.assignor with the classic one.
 * - Mixed groups: Kafka 4.0 converts a group between protocols online (group.consumer.migration.policy);
 *   the simulator refuses instead, with the errors Kafka returns when it cannot convert:
 *   GroupMetadataManager.getOrMaybeCreateConsumerGroup's GROUP_ID_NOT_FOUND ("Group g is not a
 *   consumer group") for a consumer-protocol member joining a classic group with members, and
 *   INCONSISTENT_GROUP_PROTOCOL (throwIfClassicProtocolIsNotSupported) for a classic member joining
 *   a consumer group with members.
 */
export function refuseGroupProtocol(state: SimState, command: AddConsumerCommand): SimError | undefined {
  const consumerProtocol = command.groupProtocol === 'consumer';
  const profile = profileOf(state.kafkaVersion);
  if (consumerProtocol && !profile.consumerGroupProtocol) {
    return simError('GROUP_PROTOCOL_NOT_IN_VERSION', `Kafka ${profile.name} has no group.protocol=consumer for clients (KIP-848); it is generally available since Kafka 4.0`, { version: profile.name, since: '4.0' });
  }
  if (consumerProtocol && command.assignor !== undefined) {
    return simError('CONSUMER_PROTOCOL_CONFIG', `partition.assignment.strategy is not supported when group.protocol is consumer; the broker assigns (group.remote.assignor)`, { config: 'partition.assignment.strategy', protocol: 'consumer' });
  }
  if (!consumerProtocol && command.groupRemoteAssignor !== undefined) {
    return simError('CONSUMER_PROTOCOL_CONFIG', `group.remote.assignor is only supported when group.protocol is consumer`, { config: 'group.remote.assignor', protocol: 'classic' });
  }
  // Members, crashed ones until they expire, and consumers that subscribed and will join.
  const others = Object.values(state.consumers).filter((c) => c.group === command.group && (c.groupProtocol === 'consumer') !== consumerProtocol);
  if (others.length === 0) return undefined;
  return consumerProtocol
    ? simError('GROUP_ID_NOT_FOUND', `Group ${command.group} is not a consumer group.`, { group: command.group, consumer: command.consumer, protocol: 'consumer' })
    : simError('INCONSISTENT_GROUP_PROTOCOL', `Member ${command.consumer}'s protocols are not supported.`, { group: command.group, consumer: command.consumer, protocol: 'classic' });
}

/** The group a new consumer subscribes into: an empty group takes the protocol of whoever comes. */
export function groupForProtocol(group: GroupState, command: AddConsumerCommand): GroupState {
  if (command.groupProtocol === 'consumer') {
    return group.consumerProtocol ? group : { ...group, consumerProtocol: emptyConsumerGroup(command.groupRemoteAssignor ?? 'uniform') };
  }
  if (!group.consumerProtocol) return group;
  const { consumerProtocol: _dropped, ...classic } = group;
  return classic;
}
