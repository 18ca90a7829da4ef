import { createSimulation } from '../apply.ts';
import type { Command } from '../commands.ts';
import { partitionForKey } from '../placement/murmur2.ts';
import { eventsOf, run } from '../test-support/run.ts';
import type { ProfileName } from '../versions/names.ts';
import { nextRefreshAt } from './metadata.ts';

// Producers act on the metadata they last fetched (org.apache.kafka.clients.Metadata): new partitions
// are seen after metadata.max.age.ms (Metadata.timeToNextUpdate: lastSuccessfulRefreshMs +
// metadataExpireMs) or after an error forces a refresh (requestUpdate). The partitioner hashes a key
// over the partition count in that metadata (BuiltInPartitioner.partitionForKey with
// cluster.partitionsForTopic(topic).size()).

const AGE = 300_000;
const at = (version: ProfileName) => createSimulation({ seed: 7, kafkaVersion: version });
/** A key whose partition differs between 2 and 4 partitions, so a stale count shows. */
const KEY = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].find((k) => partitionForKey(k, 2) !== partitionForKey(k, 4))!;

describe('Metadata.timeToNextUpdate (metadata.max.age.ms)', () => {
  it('the refresh grid starts at lastSuccessfulRefreshMs and steps by metadata.max.age.ms; 0 refreshes at once', () => {
    const m = { maxAgeMs: AGE, refreshedAt: 1_000, partitions: {} };
    expect(nextRefreshAt(m, 1_000)).toBe(301_000);
    expect(nextRefreshAt(m, 301_000)).toBe(301_000);
    expect(nextRefreshAt(m, 301_001)).toBe(601_000);
    expect(nextRefreshAt({ ...m, maxAgeMs: 0 }, 5_000)).toBe(5_000);
  });
});

describe("the producer's partitioner uses cluster.partitionCountForTopic from its metadata", () => {
  const setup: Command[] = [
    { type: 'createTopic', topic: 't', partitions: 2 },
    { type: 'addProducer', producer: 'p' },
    { type: 'produce', producer: 'p', topic: 't', key: KEY, value: 'v' },
    { type: 'advanceTime', ms: 1_000 },
    { type: 'alterPartitions', topic: 't', partitions: 4 },
  ];
  const send: Command = { type: 'produce', producer: 'p', topic: 't', key: KEY, value: 'v' };

  it('a keyed record keeps hashing over the old count until metadata.max.age.ms has passed, then over the new one', () => {
    const before = run([...setup, { type: 'advanceTime', ms: AGE - 1_001 }, send], at('3.9'));
    expect(eventsOf(before.events, 'metadataUpdated')).toEqual([]);
    expect(eventsOf(before.events, 'recordProduced').map((e) => e.partition)).toEqual([partitionForKey(KEY, 2), partitionForKey(KEY, 2)]);
    const after = run([...setup, { type: 'advanceTime', ms: AGE - 1_000 }, send], at('3.9'));
    expect(eventsOf(after.events, 'metadataUpdated')).toEqual([
      { type: 'metadataUpdated', at: AGE, clientType: 'producer', client: 'p', topic: 't', partitions: 4, previous: 2, reason: 'maxAge', maxAgeMs: AGE },
    ]);
    expect(eventsOf(after.events, 'recordProduced').at(-1)!.partition).toBe(partitionForKey(KEY, 4));
  });

  it('metadataMaxAgeMs on addProducer sets the age; 0 sees new partitions at once', () => {
    const short = run([{ type: 'createTopic', topic: 't', partitions: 2 }, { type: 'addProducer', producer: 'p', metadataMaxAgeMs: 10_000 }, send,
      { type: 'alterPartitions', topic: 't', partitions: 4 }, { type: 'advanceTime', ms: 60_000 }], at('4.1'));
    expect(eventsOf(short.events, 'metadataUpdated').map((e) => e.at)).toEqual([10_000]);
    const zero = run([{ type: 'createTopic', topic: 't', partitions: 2 }, { type: 'addProducer', producer: 'p', metadataMaxAgeMs: 0 }, send,
      { type: 'alterPartitions', topic: 't', partitions: 4 }, send], at('3.9'));
    expect(eventsOf(zero.events, 'recordProduced').at(-1)!.partition).toBe(partitionForKey(KEY, 4));
  });

  it("the 'classic' profile sees new partitions at once, with no refresh", () => {
    const { events } = run([...setup, send], at('classic'));
    expect(eventsOf(events, 'metadataUpdated')).toEqual([]);
    expect(eventsOf(events, 'recordProduced').at(-1)!.partition).toBe(partitionForKey(KEY, 4));
  });

  it('KafkaProducer.waitOnMetadata: a send to a partition beyond the cached count refreshes first, and goes there', () => {
    const { events } = run([...setup, { type: 'produce', producer: 'p', topic: 't', value: 'v', partition: 3 }], at('3.9'));
    expect(eventsOf(events, 'metadataUpdated').map((e) => [e.reason, e.partitions, e.at])).toEqual([['unknownPartition', 4, 1_000]]);
    expect(eventsOf(events, 'recordProduced').at(-1)!.partition).toBe(3);
    // A full refresh: lastSuccessfulRefreshMs moved, so the next scheduled one is an age later.
    expect(run([...setup, { type: 'produce', producer: 'p', topic: 't', value: 'v', partition: 3 }], at('3.9')).state.producers['p']!.metadata!.refreshedAt).toBe(1_000);
  });

  it('ProducerMetadata: the first send to a topic fetches only that topic, so the age clock keeps running from the last full refresh', () => {
    const { events } = run([
      { type: 'addProducer', producer: 'p' },
      { type: 'advanceTime', ms: 200_000 },
      { type: 'createTopic', topic: 'late', partitions: 1 },
      { type: 'produce', producer: 'p', topic: 'late', value: 'v' },
      { type: 'alterPartitions', topic: 'late', partitions: 2 },
      { type: 'advanceTime', ms: 200_000 },
    ], at('3.9'));
    expect(eventsOf(events, 'metadataUpdated').map((e) => e.at)).toEqual([AGE]);
  });

  it('Sender.completeBatch: NOT_LEADER_OR_FOLLOWER (an InvalidMetadataException) makes the producer refresh at once', () => {
    const { events } = run([
      { type: 'addBroker', broker: 2 },
      { type: 'createTopic', topic: 't', partitions: 1, replicationFactor: 2 },
      { type: 'addProducer', producer: 'p', acks: 'all' },
      { type: 'produce', producer: 'p', topic: 't', value: 'v', partition: 0 },
      { type: 'alterPartitions', topic: 't', partitions: 2 },
      { type: 'advanceTime', ms: 10 },
      { type: 'stopBroker', broker: 1 },
    ], at('3.9'));
    const error = eventsOf(events, 'produceErrored')[0]!;
    expect(['NOT_LEADER_OR_FOLLOWER', 'NETWORK_EXCEPTION']).toContain(error.error);
    expect(eventsOf(events, 'metadataUpdated').map((e) => [e.reason, e.partitions, e.at])).toEqual([['error', 2, error.at]]);
  });
});
