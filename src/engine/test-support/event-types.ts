import type { SimEventType } from '../events.ts';

/** Every event type, for tests that must see each one raised. TypeScript fails here when an event type is added to the union and not listed. */
export const EVENT_TYPES: Record<SimEventType, true> = {
  topicCreated: true, configScaledDown: true, logCleaned: true, partitionsAdded: true, producerAdded: true, producerRemoved: true, metadataUpdated: true, recordProduced: true,
  segmentRolled: true, segmentsDeleted: true, retentionChecked: true, consumerJoined: true, consumerLeft: true,
  consumerCrashed: true, memberExpired: true, rebalanceStarted: true, partitionsRevoked: true, partitionsAssigned: true,
  rebalanceCompleted: true, offsetReset: true, positionRestored: true, recordsFetched: true, offsetsCommitted: true,
  timeAdvanced: true, brokerConfigured: true, consumerSubscribed: true, memberPollTimeout: true, positionSought: true, offsetResetRequested: true,
  partitionsPaused: true, partitionsResumed: true, consumerRestarted: true,
  recordAccumulated: true, batchSent: true, produceWaiting: true, produceAcknowledged: true, produceErrored: true, produceRetried: true, produceFailed: true, ackLost: true,
  duplicateDropped: true, ackLossArmed: true, brokerAdded: true, brokerStopped: true, brokerCrashed: true, brokerFenced: true, brokerStarted: true,
  brokerIsolated: true, brokerReconnected: true, replicaFetched: true, highWatermarkAdvanced: true, isrShrunk: true, isrExpanded: true,
  leaderElected: true, partitionOffline: true, logTruncated: true, coordinatorMoved: true,
  groupOffsetsReset: true, topicConfigAltered: true,
  transactionsInitialized: true, transactionStateChanged: true, transactionBegun: true, partitionAddedToTransaction: true, transactionMarkersWritten: true,
  transactionOffsetsAdded: true, transactionOffsetsCommitted: true, transactionEndWaiting: true, producerFenced: true,
  producerEpochBumped: true, lateWriteArrived: true, hangingTransactionAborted: true,
  groupStateChanged: true, joinGroup: true, syncGroup: true, commitRetried: true, commitFailed: true,
  groupEpochBumped: true, targetAssignmentComputed: true, memberReconciled: true,
};
