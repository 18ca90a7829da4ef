import { CONFIG_OPTIONS } from '../../../console/configs.ts';
import { CONSUMER_OPTIONS } from '../../../console/console-consumer.ts';
import { PRODUCER_OPTIONS } from '../../../console/console-producer.ts';
import { GROUP_OPTIONS } from '../../../console/consumer-groups.ts';
import { TOOLS, toolName } from '../../../console/index.ts';
import type { OptionSpecs } from '../../../console/options.ts';
import { TOPIC_OPTIONS } from '../../../console/topics.ts';
import { TRANSACTION_COMMANDS, TRANSACTIONS_OPTIONS } from '../../../console/transactions.ts';
import { groupIds, topicNames, transactionalIds, type SimState } from '../../../engine/index.ts';

// Tab completion for the console, as bash-completion does for Kafka's scripts: the tool name first,
// then its options, then the names an option takes (topics, groups, consumers, config names).

const SPECS: Record<string, OptionSpecs> = {
  'kafka-topics.sh': TOPIC_OPTIONS,
  'kafka-console-producer.sh': PRODUCER_OPTIONS,
  'kafka-console-consumer.sh': CONSUMER_OPTIONS,
  'kafka-consumer-groups.sh': GROUP_OPTIONS,
  'kafka-configs.sh': CONFIG_OPTIONS,
  'kafka-transactions.sh': TRANSACTIONS_OPTIONS,
};

/** Tools whose first word after the options is a subcommand (argparse4j subparsers). */
const SUBCOMMANDS: Record<string, readonly string[]> = { 'kafka-transactions.sh': TRANSACTION_COMMANDS };

const VALUES_OF: Record<string, (state: SimState) => string[]> = {
  topic: (s) => [...topicNames(s)].sort(),
  'entity-name': (s) => [...topicNames(s)].sort(),
  group: (s) => [...groupIds(s)].sort(),
  'bootstrap-server': () => ['localhost:9092'],
  'entity-type': () => ['topics'],
  'consumer-property': (s) => Object.keys(s.consumers).sort().map((c) => `client.id=${c}`),
  property: () => ['parse.key=true', 'key.separator=:', 'print.key=true', 'print.offset=true', 'print.partition=true', 'print.timestamp=true'],
  'producer-property': () => ['acks=all', 'acks=1', 'acks=0'],
  'add-config': () => ['retention.ms=', 'retention.bytes=', 'segment.bytes=', 'segment.ms=', 'min.insync.replicas='],
  config: () => ['retention.ms=', 'retention.bytes=', 'segment.bytes=', 'segment.ms=', 'min.insync.replicas='],
  'delete-config': () => ['retention.ms', 'retention.bytes', 'segment.bytes', 'segment.ms', 'min.insync.replicas'],
  'isolation-level': () => ['read_committed', 'read_uncommitted'],
  'transactional-id': (s) => transactionalIds(s),
};

export interface Completion {
  /** The line with the last word completed as far as all candidates agree. */
  line: string;
  /** Every candidate when more than one fits (the console lists them). */
  candidates: string[];
}

function commonPrefix(words: readonly string[]): string {
  if (words.length === 0) return '';
  let prefix = words[0]!;
  for (const w of words) while (!w.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}

/** Completes the last word of `line` (the caret is at its end). Without a candidate the line is unchanged. */
export function complete(line: string, state: SimState): Completion {
  const start = line.search(/\S*$/);
  const word = line.slice(start);
  const before = line.slice(0, start).trim().split(/\s+/).filter(Boolean);
  let candidates: string[];
  if (before.length === 0) {
    candidates = Object.keys(TOOLS);
  } else {
    const tool = toolName(before[0]!);
    const specs = tool === undefined ? undefined : SPECS[tool];
    if (!specs) return { line, candidates: [] };
    const previous = before[before.length - 1]!;
    const option = previous.startsWith('--') ? previous.slice(2) : undefined;
    if (option !== undefined && specs[option] !== undefined && specs[option] !== 'flag' && !word.startsWith('--')) {
      candidates = VALUES_OF[option]?.(state) ?? [];
    } else {
      const options = Object.keys(specs).map((o) => `--${o}`);
      const commands = SUBCOMMANDS[tool!];
      // Before its subcommand is given, a word that is not an option is the subcommand.
      const hasCommand = commands !== undefined && before.slice(1).some((w) => commands.includes(w));
      candidates = commands !== undefined && !hasCommand && !word.startsWith('-') ? [...commands] : options;
    }
  }
  const fitting = candidates.filter((c) => c.startsWith(word));
  if (fitting.length === 0) return { line, candidates: [] };
  const shared = commonPrefix(fitting);
  // A single candidate is finished with a space, unless it awaits a value after '='.
  const completed = fitting.length === 1 && !shared.endsWith('=') ? `${shared} ` : shared;
  return { line: line.slice(0, start) + completed, candidates: fitting.length === 1 ? [] : fitting };
}
