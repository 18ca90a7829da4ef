import { simError, type SimError } from '../errors.ts';
import { producerSizeEstimateFromLengths, recordSizeFromLengths } from '../placement/record-size.ts';
import type { SimState, TopicState } from '../types.ts';

/**
 * What send() and the partition's leader refuse of a record before it is placed, from its key's and
 * value's UTF-8 lengths (-1: no key, or a null value): a record without a key on a compacted topic
 * (LogValidator.validateKey), one above max.request.size on the producer's upper-bound estimate
 * (KafkaProducer.ensureValidRecordSize), a batch that could never fit in a segment (UnifiedLog.append).
 * The record's size when none applies. A produce and a late write (a request once sent) both ask it.
 */
export function recordRefusal(state: SimState, topic: TopicState, partition: number, keyBytes: number, valueBytes: number): SimError | number {
  if (keyBytes < 0 && topic.config.cleanupPolicy !== 'delete') {
    return simError('INVALID_RECORD', `Compacted topic cannot accept message without key in topic partition ${topic.name}-${partition}.`, { topic: topic.name });
  }
  const estimate = producerSizeEstimateFromLengths(keyBytes, valueBytes);
  if (estimate > state.broker.maxRequestSize) {
    return simError('RECORD_TOO_LARGE', `The message is ${estimate} bytes when serialized which is larger than ${state.broker.maxRequestSize}, which is the value of the max.request.size configuration.`, { size: estimate, max: state.broker.maxRequestSize });
  }
  const size = recordSizeFromLengths(keyBytes, valueBytes);
  if (size > topic.config.segmentBytes) {
    return simError('RECORD_BATCH_TOO_LARGE', `Message batch size is ${size} bytes in append to partition ${topic.name}, which exceeds the maximum configured segment size of ${topic.config.segmentBytes}.`, { size, max: topic.config.segmentBytes, topic: topic.name });
  }
  return size;
}
