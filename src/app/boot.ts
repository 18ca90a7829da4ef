import { CLASSIC_PROFILE, KAFKA_VERSIONS, NEWEST_KAFKA_VERSION } from '../engine/index.ts';
import type { SimStoreOptions } from '../store/sim-store.ts';
import { heavyFeed, heavySetup } from '../lessons/scenarios/heavy.ts';
import { heavyReplicatedFeed, heavyReplicatedSetup } from '../lessons/scenarios/heavy-replicated.ts';
import { SANDBOX_COMMANDS, sandboxHome } from './sandbox.ts';

// What the page starts on, from its URL: the sandbox, or a named scenario.
export interface Boot { options: SimStoreOptions; rejectedScenario?: string }

export function bootFromUrl(search: string): Boot {
  const params = new URLSearchParams(search);
  const scenario = params.get('scenario');
  // The load scenarios were tuned before versions existed: they keep the classic rules.
  if (scenario === 'heavy') return { options: { seed: 1, kafkaVersion: CLASSIC_PROFILE, commands: heavySetup(), feed: heavyFeed, maxHistory: 2_000 } };
  if (scenario === 'heavy-replicated') return { options: { seed: 1, kafkaVersion: CLASSIC_PROFILE, commands: heavyReplicatedSetup(), feed: heavyReplicatedFeed, maxHistory: 2_000 } };
  // ?kafkaVersion=2.3 opens the sandbox under that version; otherwise the newest. It opens on its
  // starting scene with Play ready: at the end, Play runs the model clock.
  const asked = params.get('kafkaVersion');
  const kafkaVersion = KAFKA_VERSIONS.find((v) => v === asked) ?? NEWEST_KAFKA_VERSION;
  const sandbox: SimStoreOptions = { seed: 1, kafkaVersion, commands: SANDBOX_COMMANDS, clock: true, home: sandboxHome };
  return scenario === null ? { options: sandbox } : { options: sandbox, rejectedScenario: scenario };
}
