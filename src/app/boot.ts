import { CLASSIC_PROFILE, KAFKA_VERSIONS, NEWEST_KAFKA_VERSION } from '../engine/index.ts';
import type { SimStoreOptions } from '../store/sim-store.ts';
import { heavyFeed, heavySetup } from '../lessons/scenarios/heavy.ts';
import { heavyReplicatedFeed, heavyReplicatedSetup } from '../lessons/scenarios/heavy-replicated.ts';
import { MIN_ISR_VERSIONS_COMPARED, MIN_ISR_VERSIONS_NAME, minIsrVersionsCommands } from '../lessons/scenarios/min-isr-versions.ts';
import { SANDBOX_COMMANDS, sandboxHome } from './sandbox.ts';

// What the page starts on, from its URL: the sandbox, or a named scenario.
export interface Boot { options: SimStoreOptions; rejectedScenario?: string; /** A "compare versions" example: the page shows its explanation. */ example?: typeof MIN_ISR_VERSIONS_NAME }

export function bootFromUrl(search: string): Boot {
  const params = new URLSearchParams(search);
  const scenario = params.get('scenario');
  // The load scenarios were tuned before versions existed: they keep the classic rules.
  if (scenario === 'heavy') return { options: { seed: 1, kafkaVersion: CLASSIC_PROFILE, commands: heavySetup(), feed: heavyFeed, maxHistory: 2_000 } };
  if (scenario === 'heavy-replicated') return { options: { seed: 1, kafkaVersion: CLASSIC_PROFILE, commands: heavyReplicatedSetup(), feed: heavyReplicatedFeed, maxHistory: 2_000 } };
  const asked = params.get('kafkaVersion');
  // The "compare versions" example opens under the first of its two versions unless the URL names one.
  if (scenario === MIN_ISR_VERSIONS_NAME) {
    const kafkaVersion = KAFKA_VERSIONS.find((v) => v === asked) ?? MIN_ISR_VERSIONS_COMPARED[0];
    return { options: { seed: 1, kafkaVersion, commands: minIsrVersionsCommands(), clock: true }, example: MIN_ISR_VERSIONS_NAME };
  }
  // ?kafkaVersion=2.3 opens the sandbox under that version; otherwise the newest. It opens on its
  // starting scene with Play ready: at the end, Play runs the model clock.
  const kafkaVersion = KAFKA_VERSIONS.find((v) => v === asked) ?? NEWEST_KAFKA_VERSION;
  const sandbox: SimStoreOptions = { seed: 1, kafkaVersion, commands: SANDBOX_COMMANDS, clock: true, home: sandboxHome };
  return scenario === null ? { options: sandbox } : { options: sandbox, rejectedScenario: scenario };
}
