// The names of the versions modelled, with no imports: the state's types name a simulation's
// profile, and the profiles' table reads the state's types (one module for both would be a circle).

/** The Kafka releases modelled ('3.9' is 3.9.0: KAFKA-9965 was fixed after it). */
export type KafkaVersion = '2.3' | '2.8' | '3.6' | '3.9' | '4.0' | '4.1';
export const KAFKA_VERSIONS: readonly KafkaVersion[] = ['2.3', '2.8', '3.6', '3.9', '4.0', '4.1'];
/** What a new simulation runs when it names no version: the newest modelled. */
export const NEWEST_KAFKA_VERSION: KafkaVersion = '4.1';
/**
 * 'classic': the simulator's behaviour before versions existed (3.0+ producer defaults, every
 * partitioner, min.insync.replicas as up to 3.6, no ELR, no scaled-down notes). A scenario file or
 * share link without `kafkaVersion` replays under it, so old files play exactly as they did.
 */
export const CLASSIC_PROFILE = 'classic';
export type ProfileName = KafkaVersion | typeof CLASSIC_PROFILE;
export const PROFILE_NAMES: readonly ProfileName[] = [...KAFKA_VERSIONS, CLASSIC_PROFILE];
