// The engine's public API: pure functions over plain values; no React, DOM, timers or randomness
// beyond the seeded generator carried in the state.
export { murmur2, partitionForKey, explainKeyPlacement } from './placement/murmur2.ts';
export type { KeyPlacement } from './placement/murmur2.ts';
export { utf8Bytes } from './placement/utf8.ts';
export { producerSizeEstimate, recordSizeInBytes, RECORD_BATCH_OVERHEAD } from './placement/record-size.ts';
export { assign, ASSIGNOR_NAMES } from './groups/assignors/index.ts';
export type { AssignorInput, AssignorMember, Assignment } from './groups/assignors/index.ts';
export { createSimulation, applyCommand, runCommands } from './apply.ts';
export type { ApplyResult, SimulationOptions } from './apply.ts';
export { records, recordsInRange, logStartOffset, logEndOffset, committedOffset, position, assignment, lag, groupLag, segments, logSegments, logRecordsInRange, ownerOf } from './queries.ts';
export type { SegmentInfo } from './queries.ts';
export { brokers, partitionState, replicaRecords, inFlight, replicaLogInfos, replicaRecordsWithEpochs, epochAt } from './replication/queries.ts';
export type { BrokerInfo, PartitionStateInfo, ReplicaLogInfo, EpochRecord } from './replication/queries.ts';
export { coordinatorPartition, coordinator } from './groups/coordinator.ts';
export { validateCommand } from './validate.ts';
export { KAFKA_DEFAULTS, SIM_LIMITS } from './defaults.ts';
export { COMMAND_TYPES } from './commands.ts';
export { KEYLESS_PARTITIONERS } from './types.ts';
export type * from './commands.ts';
export type * from './events.ts';
export { fetchedRecords } from './events.ts';
export type * from './types.ts';
export { tpKey } from './types.ts';
export type { SimError } from './errors.ts';
