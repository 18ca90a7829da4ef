import { simError, type SimError } from './errors.ts';

// Shape checks for the list fields of the consumer's position commands (commit offsets, seek,
// pause), and the refusal of fields no check reads. Kept apart from validate.ts so its table stays a table.

type Fields = Record<string, unknown>;
type Check = ((fields: Fields) => SimError | undefined) & { field: string };
type TopicCheck = (field: string) => (fields: Fields) => SimError | undefined;

/** Lists are bounded like partition counts: no command needs more entries than a topic has partitions. */
const MAX_ENTRIES = 1024;

function invalid(field: string, rule: string): SimError {
  return simError('INVALID_COMMAND', `${field} ${rule}`, { field, rule });
}

/** The first field of `fields` that is not in `allowed`, if any. */
export function unknownField(fields: Fields, allowed: readonly string[]): string | undefined {
  // for…in over own keys visits them in Object.keys order without building the array.
  for (const k in fields) if (Object.hasOwn(fields, k) && !allowed.includes(k)) return k;
  return undefined;
}

export function unknownFieldError(type: string, field: string): SimError {
  return simError('UNKNOWN_FIELD', `${type} has no field ${JSON.stringify(field)}`, { field, type });
}

/** KafkaConsumer.seek: IllegalArgumentException for a negative offset. */
export function seekOffset(field: string): Check {
  return Object.assign((f: Fields) => {
    const v = f[field];
    if (typeof v !== 'number' || !Number.isSafeInteger(v)) return invalid(field, 'must be an integer');
    if (v < 0) return simError('NEGATIVE_OFFSET', 'seek offset must not be a negative number', { field });
    return undefined;
  }, { field });
}

function entries(f: Fields, field: string, optional: boolean): unknown[] | SimError | undefined {
  const v = f[field];
  if (v === undefined && optional) return undefined;
  if (!Array.isArray(v)) return invalid(field, 'must be a list');
  if (v.length > MAX_ENTRIES) return invalid(field, `must have at most ${MAX_ENTRIES} entries`);
  return v;
}

function entry(item: unknown, path: string, keys: readonly string[], topicName: TopicCheck): Fields | SimError {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return invalid(path, 'must be an object');
  const fields = item as Fields;
  const extra = unknownField(fields, keys);
  if (extra !== undefined) return simError('UNKNOWN_FIELD', `${path} has no field ${JSON.stringify(extra)}`, { field: `${path}.${extra}`, type: path });
  const topicProblem = topicName(`${path}.topic`)({ [`${path}.topic`]: fields['topic'] });
  if (topicProblem) return topicProblem;
  const partition = fields['partition'];
  if (typeof partition !== 'number' || !Number.isSafeInteger(partition)) return invalid(`${path}.partition`, 'must be an integer');
  if (partition < 0) return invalid(`${path}.partition`, 'must be at least 0');
  return fields;
}

/** `[{ topic, partition }]`, for pause, resume and the seekTo… commands. */
export function partitionList(field: string, optional: boolean, topicName: TopicCheck): Check {
  return Object.assign((f: Fields) => {
    const list = entries(f, field, optional);
    if (list === undefined || !Array.isArray(list)) return list;
    for (let i = 0; i < list.length; i++) {
      const e = entry(list[i], `${field}[${i}]`, ['topic', 'partition'], topicName);
      if ('code' in e) return e as SimError;
    }
    return undefined;
  }, { field });
}

/** `[{ topic, partition, offset }]` for commitSync(Map); OffsetAndMetadata refuses a negative offset. */
export function offsetList(field: string, topicName: TopicCheck): Check {
  return Object.assign((f: Fields) => {
    const list = entries(f, field, true);
    if (list === undefined || !Array.isArray(list)) return list;
    if (list.length === 0) return invalid(field, 'must not be empty');
    for (let i = 0; i < list.length; i++) {
      const e = entry(list[i], `${field}[${i}]`, ['topic', 'partition', 'offset'], topicName);
      if ('code' in e) return e as SimError;
      const offset = e['offset'];
      if (typeof offset !== 'number' || !Number.isSafeInteger(offset)) return invalid(`${field}[${i}].offset`, 'must be an integer');
      if (offset < 0) return simError('NEGATIVE_OFFSET', 'Invalid negative offset', { field: `${field}[${i}].offset` });
    }
    return undefined;
  }, { field });
}
