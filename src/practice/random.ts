import { nextInt32, seedToState, toPositive } from '../engine/rng.ts';

// The practice generators draw from the engine's own seeded generator (mulberry32), never
// Math.random, so a concept and a seed always give the same exercise.

export class Draw {
  private state: number;

  constructor(seed: number, salt: string) {
    // Both halves of a seed up to 2^53 count, and each concept draws its own stream.
    let mixed = seedToState(seed % 2 ** 32) ^ Math.imul(seedToState(Math.floor(seed / 2 ** 32)), 0x9e3779b1);
    for (let i = 0; i < salt.length; i++) mixed = Math.imul(mixed ^ salt.charCodeAt(i), 0x01000193);
    this.state = mixed | 0;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    const draw = nextInt32(this.state);
    this.state = draw.rngState;
    return min + (toPositive(draw.value) % (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)]!;
  }

  chance(percent: number): boolean {
    return this.int(0, 99) < percent;
  }

  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }
}

const TOPICS = ['orders', 'payments', 'clicks', 'events', 'metrics', 'invoices', 'logins', 'shipments'];
const GROUPS = ['billing', 'search', 'audit', 'analytics', 'shipping', 'fraud', 'reports', 'alerts', 'mailer', 'ledger'];
const KEY_WORDS = ['user', 'order', 'cart', 'device', 'store', 'account', 'session', '주문', '고객'];

export function topicName(draw: Draw): string {
  return draw.pick(TOPICS);
}

/** A group id; a number varies the hash, so the coordinator varies too. */
export function groupName(draw: Draw): string {
  return `${draw.pick(GROUPS)}${draw.chance(50) ? `-${draw.int(1, 99)}` : ''}`;
}

export function keyName(draw: Draw): string {
  return `${draw.pick(KEY_WORDS)}-${draw.int(1, 999)}`;
}
