import { murmur2, utf8Bytes } from '../engine/index.ts';

// What a real cluster fills with random values (topic ids, member ids, client hosts) filled from the
// simulation's seed, so one seed always prints the same text.

function words(seed: number, purpose: string, name: string, count: number, salt = 0): number[] {
  const out: number[] = [];
  for (let i = 0; i < count; i++) out.push(murmur2(utf8Bytes(`${seed}/${purpose}/${name}/${salt}/${i}`)) >>> 0);
  return out;
}

function bytesOf(ints: readonly number[]): number[] {
  return ints.flatMap((n) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255]);
}

const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function base64UrlNoPad(bytes: readonly number[]): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = [B64URL[(n >>> 18) & 63], B64URL[(n >>> 12) & 63], B64URL[(n >>> 6) & 63], B64URL[n & 63]];
    out += chars.slice(0, i + 2 < bytes.length ? 4 : i + 1 < bytes.length ? 3 : 2).join('');
  }
  return out;
}

/**
 * A topic id as org.apache.kafka.common.Uuid#toString prints it: 16 bytes in URL-safe base64
 * without padding (22 characters). Uuid.randomUuid draws again when the text starts with '-'.
 */
export function topicId(seed: number, topic: string): string {
  return kafkaUuid(seed, 'topic-id', topic);
}

function kafkaUuid(seed: number, purpose: string, name: string): string {
  for (let salt = 0; ; salt++) {
    const text = base64UrlNoPad(bytesOf(words(seed, purpose, name, 4, salt)));
    if (!text.startsWith('-')) return text;
  }
}

/**
 * A member id under group.protocol=consumer (KIP-848): Uuid.randomUuid().toString(), 22 characters
 * with no client.id in front (the coordinator's GroupMetadataManager.consumerGroupHeartbeat draws one
 * for an empty id, line 1744 of the Oct 2024 trunk; from 4.0 the consumer draws it itself, KIP-1082).
 */
export function consumerProtocolMemberId(seed: number, consumer: string): string {
  return kafkaUuid(seed, 'member-id', consumer);
}

/** java.util.UUID.randomUUID().toString(): version 4, IETF variant. */
export function randomUuid(seed: number, name: string): string {
  const b = bytesOf(words(seed, 'uuid', name, 4));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = b.map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The member id the classic group coordinator gives a consumer: client.id + "-" + a random UUID. */
export function memberId(seed: number, consumer: string): string {
  return `${consumer}-${randomUuid(seed, consumer)}`;
}

/** The consumer's address as the coordinator saw it (MemberDescription.host): "/" + an IP. */
export function clientHost(seed: number, consumer: string): string {
  const [a] = words(seed, 'host', consumer, 1);
  return `/10.0.${(a! >>> 8) & 255}.${2 + ((a! & 255) % 250)}`;
}

/** new Random().nextInt(100000) for the console consumer's group when none is given. */
export function consoleGroupNumber(seed: number, time: number, salt: number): number {
  return words(seed, 'console-group', String(time), 1, salt)[0]! % 100_000;
}
