import { applyCommand, createSimulation } from '../apply.ts';
import type { Command } from '../commands.ts';
import { coordinator } from '../groups/coordinator.ts';
import { partitionState } from '../replication/queries.ts';
import type { SimState } from '../types.ts';

/**
 * A run that raises every broker, replication and acknowledgement event, for tests that must see
 * each event type and narration variant. Replica placement depends on the seed, so the commands
 * are chosen while playing: "the leader of u" is looked up, not assumed. Topics: `r` (3 replicas,
 * min.insync.replicas 2), `u` (2 replicas, unclean election on), `z` (2 replicas on brokers 1-2,
 * unclean on) and `solo` (one replica, broker 1).
 */
export function clusterScenario(seed: number): Command[] {
  let state: SimState = createSimulation({ seed, kafkaVersion: 'classic' });
  const commands: Command[] = [];
  const run = (...list: Command[]) => {
    for (const command of list) {
      const result = applyCommand(state, command);
      if (result.error) throw new Error(`${command.type} refused: ${result.error.message}`);
      state = result.state;
      commands.push(command);
    }
  };
  const leader = (topic: string) => partitionState(state, topic, 0)!.leader!;
  const followers = (topic: string) => partitionState(state, topic, 0)!.replicas.filter((b) => b !== leader(topic));
  const advance = (ms: number) => run({ type: 'advanceTime', ms });

  // One broker: solo and the group's coordinator live on broker 1.
  run({ type: 'createTopic', topic: 'solo', partitions: 2 },
    { type: 'addConsumer', consumer: 'c', group: 'g', topics: ['solo'], autoOffsetReset: 'earliest' },
    { type: 'addBroker', broker: 2 },
    { type: 'createTopic', topic: 'z', partitions: 1, replicationFactor: 2, uncleanLeaderElection: true },
    { type: 'addBroker', broker: 3 },
    { type: 'createTopic', topic: 'r', partitions: 1, replicationFactor: 3, minInsyncReplicas: 2 },
    { type: 'createTopic', topic: 'u', partitions: 1, replicationFactor: 2, uncleanLeaderElection: true },
    { type: 'createTopic', topic: 'strict', partitions: 1, replicationFactor: 2, minInsyncReplicas: 3 },
    { type: 'addProducer', producer: 'ap' },
    { type: 'addProducer', producer: 'np', acks: 1 },
    { type: 'addProducer', producer: 'fp', deliveryTimeoutMs: 30_000 },
    { type: 'addProducer', producer: 'once', retries: 0 });
  run({ type: 'produce', producer: 'ap', topic: 'r', key: 'k', value: 'v1' });
  advance(2000);
  // A lost acknowledgement: the idempotent producer's retry is dropped as a duplicate.
  run({ type: 'loseNextAck', producer: 'ap' }, { type: 'produce', producer: 'ap', topic: 'r', key: 'k', value: 'v2' });
  advance(35_000);
  // The same, with more than five later records before the retry: the leader no longer remembers
  // the batch, answers DUPLICATE_SEQUENCE_NUMBER, and the producer learns no offset.
  run({ type: 'loseNextAck', producer: 'ap' }, ...Array.from({ length: 7 }, (_, i): Command => ({ type: 'produce', producer: 'ap', topic: 'r', value: `w${i}` })));
  advance(35_000);
  // r's followers are cut off: r and u fall back to their leaders alone.
  const cut = followers('r');
  run(...cut.map((broker): Command => ({ type: 'isolateBroker', broker })));
  run({ type: 'produce', producer: 'np', topic: 'r', value: 'v3' }, { type: 'produce', producer: 'np', topic: 'u', value: 'u1' });
  advance(32_000);
  // Too few in sync for acks=all: retried (in order) until delivery.timeout.ms; no retries at all for `once`.
  run({ type: 'produce', producer: 'fp', topic: 'r', value: 'v4' }, { type: 'produce', producer: 'fp', topic: 'r', value: 'v5' }, { type: 'produce', producer: 'once', topic: 'r', value: 'v6' });
  advance(31_000);
  // u's only in-sync replica crashes: an unclean election loses u1; the old leader truncates on return.
  const uLeader = leader('u');
  run({ type: 'crashBroker', broker: uLeader });
  run(...cut.filter((b) => b !== uLeader).map((broker): Command => ({ type: 'reconnectBroker', broker })));
  advance(10_000);
  run({ type: 'produce', producer: 'np', topic: 'u', value: 'u2' }, { type: 'startBroker', broker: uLeader });
  advance(3000);
  // A follower crashes: once fenced it leaves the ISR.
  run({ type: 'crashBroker', broker: followers('r')[0]! });
  advance(10_000);
  run({ type: 'startBroker', broker: commands.filter((c) => c.type === 'crashBroker').map((c) => (c as { broker: number }).broker).pop()! });
  advance(3000);
  // acks=all while an in-sync follower is cut off: the send times out though the record is written.
  const slow = followers('r')[0]!;
  run({ type: 'isolateBroker', broker: slow }, { type: 'produce', producer: 'fp', topic: 'r', value: 'v7' });
  advance(31_000);
  run({ type: 'reconnectBroker', broker: slow });
  advance(2000);
  // Clean stops: the coordinator has nowhere to go; z loses its last in-sync replica to an unclean
  // election that loses nothing; r's leader moves and comes back five minutes later.
  const coordinatorBroker = coordinator(state, 'g')!;
  run({ type: 'stopBroker', broker: coordinatorBroker }, { type: 'produce', producer: 'np', topic: 'solo', value: 's1', partition: 0 }, { type: 'startBroker', broker: coordinatorBroker });
  const zLeader = leader('z');
  const zFollower = followers('z')[0]!;
  run({ type: 'stopBroker', broker: zLeader }, { type: 'startBroker', broker: zLeader }, { type: 'stopBroker', broker: zFollower }, { type: 'startBroker', broker: zFollower });
  const rLeader = leader('r');
  run({ type: 'stopBroker', broker: rLeader }, { type: 'startBroker', broker: rLeader });
  advance(301_000);
  return commands;
}
