import type { SimState } from '../engine/index.ts';
import { kafkaConfigs } from './configs.ts';
import { kafkaConsoleConsumer } from './console-consumer.ts';
import { kafkaConsoleProducer, producerLine } from './console-producer.ts';
import { kafkaConsumerGroups } from './consumer-groups.ts';
import { output, type ProducerSession, type ToolResult } from './result.ts';
import { tokenize } from './tokenize.ts';
import { kafkaTopics } from './topics.ts';
import { kafkaTransactions } from './transactions.ts';

// Kafka's command-line tools over the simulator's state: a typed line becomes engine commands (for
// the timeline) and the text the real tool prints. Pure: the caller applies the commands.

export type { ProducerSession, ToolResult };
export { producerLine };

export type Tool = (state: SimState, args: readonly string[]) => ToolResult;

export const TOOLS: Readonly<Record<string, Tool>> = {
  'kafka-topics.sh': kafkaTopics,
  'kafka-console-producer.sh': kafkaConsoleProducer,
  'kafka-console-consumer.sh': kafkaConsoleConsumer,
  'kafka-consumer-groups.sh': kafkaConsumerGroups,
  'kafka-configs.sh': kafkaConfigs,
  'kafka-transactions.sh': kafkaTransactions,
};

/** `bin/kafka-topics.sh`, `./kafka-topics.sh` and `kafka-topics` (as packages install them) name the same tool. */
export function toolName(word: string): string | undefined {
  const base = word.slice(word.lastIndexOf('/') + 1);
  const name = base.endsWith('.sh') ? base : `${base}.sh`;
  return name in TOOLS ? name : undefined;
}

/** Runs one typed command line. An unknown program gets bash's "command not found". */
export function runLine(state: SimState, line: string): ToolResult {
  return runWith(TOOLS, state, line);
}

/** The same with a chosen set of tools (a lesson needs fewer, and the embed bundle stays small). */
export function runWith(tools: Readonly<Record<string, Tool>>, state: SimState, line: string): ToolResult {
  const words = tokenize(line);
  if ('error' in words) return output('', `${words.error}\n`);
  const [program, ...args] = words.args;
  if (program === undefined) return output('');
  const base = program.slice(program.lastIndexOf('/') + 1);
  const name = base.endsWith('.sh') ? base : `${base}.sh`;
  const tool = tools[name];
  if (tool === undefined) return output('', `bash: ${program}: command not found\n`);
  return tool(state, args);
}
