import { describe, expect, it } from 'vitest';
import { createSimulation } from '../apply.ts';
import type { Command } from '../commands.ts';
import { partitionState } from '../replication/queries.ts';
import { threeBrokers } from '../test-support/cluster.ts';
import { run } from '../test-support/run.ts';
import type { ProfileName } from './profiles.ts';

// KIP-966 eligible leader replicas: PartitionChangeBuilder.maybePopulateTargetElr / isValidNewLeader.

const sim = (kafkaVersion: ProfileName) => createSimulation({ seed: 7, kafkaVersion });
const advance = (ms: number): Command => ({ type: 'advanceTime', ms });

/** RF 3, min ISR 2; the two followers go first, then the leader; then one follower comes back. */
function lastLeaderGone(v: ProfileName, followerDown: 'stopBroker' | 'crashBroker') {
  const base = run([...threeBrokers({ minInsyncReplicas: 2 }), advance(1000)], sim(v)).state;
  const info = partitionState(base, 'orders', 0)!;
  const [a, b] = info.replicas.filter((r) => r !== info.leader) as [number, number];
  const down = run([{ type: 'stopBroker', broker: b }, { type: followerDown, broker: a }, advance(10_000), { type: 'stopBroker', broker: info.leader! }], base).state;
  const back = run([{ type: 'startBroker', broker: a }], down).state;
  return { down: partitionState(down, 'orders', 0)!, back: partitionState(back, 'orders', 0)!, leader: info.leader!, a, b };
}

describe('eligible leader replicas (KIP-966) by version', () => {
  it('4.0 (ELR off): elr and lastKnownElr are []; a replica outside the last ISR cannot lead without unclean election', () => {
    const { down, back, a } = lastLeaderGone('4.0', 'stopBroker');
    expect(down).toMatchObject({ elr: [], lastKnownElr: [] });
    expect(back.leader).toBeUndefined();
    expect(back.isr).not.toContain(a);
  });

  it('4.1: replicas that leave the ISR below min ISR by a clean shutdown join the ELR and one is elected when back', () => {
    const { down, back, a, leader } = lastLeaderGone('4.1', 'stopBroker');
    expect(down.leader).toBeUndefined();
    expect(down.isr).toEqual([]);
    expect([...down.elr].sort()).toEqual([a, leader].sort());
    expect(back.leader).toBe(a);
    expect(back.isr).toEqual([a]);
    expect(back.elr).toEqual([leader]);
  });

  it('4.1: a crashed (unclean shutdown) replica leaves the ELR when it registers again, and stays in LastKnownElr', () => {
    const { back, a } = lastLeaderGone('4.1', 'crashBroker');
    expect(back.leader).toBeUndefined();
    expect(back.elr).not.toContain(a);
    expect(back.lastKnownElr).toContain(a);
  });

  it('4.1: the ELR is cleared once the ISR is back at min ISR', () => {
    const base = run([...threeBrokers({ minInsyncReplicas: 2 }), advance(1000)], sim('4.1')).state;
    const info = partitionState(base, 'orders', 0)!;
    const [a, b] = info.replicas.filter((r) => r !== info.leader) as [number, number];
    const shrunk = run([{ type: 'stopBroker', broker: a }, { type: 'stopBroker', broker: b }], base).state;
    expect(partitionState(shrunk, 'orders', 0)!.elr).toEqual([b]);
    const healed = run([{ type: 'startBroker', broker: b }, advance(5_000)], shrunk).state;
    expect(partitionState(healed, 'orders', 0)!.isr.length).toBeGreaterThanOrEqual(2);
    expect(partitionState(healed, 'orders', 0)!.elr).toEqual([]);
  });

  it('classic and 3.x keep elr [] in partitionState', () => {
    for (const v of ['classic', '3.6', '3.9'] as const) expect(lastLeaderGone(v, 'stopBroker').down).toMatchObject({ elr: [], lastKnownElr: [] });
  });
});
