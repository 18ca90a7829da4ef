import type { SimStoreOptions } from '../store/sim-store.ts';
import { heavyFeed, heavySetup } from '../lessons/scenarios/heavy.ts';
import { heavyReplicatedFeed, heavyReplicatedSetup } from '../lessons/scenarios/heavy-replicated.ts';
import { SANDBOX_COMMANDS, sandboxHome } from './sandbox.ts';

// What the page starts on, from its URL: the sandbox, or a named scenario.
export interface Boot { options: SimStoreOptions; rejectedScenario?: string }

export function bootFromUrl(search: string): Boot {
  const scenario = new URLSearchParams(search).get('scenario');
  if (scenario === 'heavy') return { options: { seed: 1, commands: heavySetup(), feed: heavyFeed, maxHistory: 2_000 } };
  if (scenario === 'heavy-replicated') return { options: { seed: 1, commands: heavyReplicatedSetup(), feed: heavyReplicatedFeed, maxHistory: 2_000 } };
  // The sandbox opens on its starting scene with Play ready: at the end, Play runs the model clock.
  const sandbox: SimStoreOptions = { seed: 1, commands: SANDBOX_COMMANDS, clock: true, home: sandboxHome };
  return scenario === null ? { options: sandbox } : { options: sandbox, rejectedScenario: scenario };
}
