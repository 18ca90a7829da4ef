import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { assign } from './index.ts';
import { show, tps } from './test-helpers.ts';
import type { AssignorMember, AssignorName } from './types.ts';

// Random groups (colliding hash codes, static members, stale generations, double claims, topics
// without metadata...) with the lists Kafka's assignor code produced for them; see `about` in the file.
interface Vector {
  strategy: AssignorName;
  partitionsPerTopic: Record<string, number>;
  members: (Omit<AssignorMember, 'owned'> & { owned?: string[] })[];
  expected: Record<string, string[]>;
}
const file = fileURLToPath(new URL('./kafka-reference-vectors.json', import.meta.url));
const vectors = (JSON.parse(readFileSync(file, 'utf8')) as { vectors: Vector[] }).vectors;

describe('reference vectors from the Java assignor code', () => {
  it('covers every assignor', () => {
    for (const name of ['range', 'roundrobin', 'sticky', 'cooperative-sticky']) {
      expect(vectors.filter((v) => v.strategy === name).length).toBeGreaterThanOrEqual(50);
    }
  });

  it.each(vectors.map((v, i) => [i, v.strategy, v] as const))('#%i %s', (_i, strategy, vector) => {
    const members = vector.members.map(({ owned, ...m }) => (owned ? { ...m, owned: tps(owned.join(',')) } : m));
    expect(show(assign(strategy, { partitionsPerTopic: vector.partitionsPerTopic, members }))).toEqual(vector.expected);
  });
});
