// Scenario files keep their meaning across versions: each step upgrades the commands of one version.

/**
 * Version 1 called the DefaultPartitioner of Kafka 2.3 and earlier 'round-robin', and used it for a
 * producer with no partitioner. Version 2 names it 'legacy-default', 'round-robin' is
 * RoundRobinPartitioner (keys ignored), and a producer with no partitioner gets the 3.3+ built-in one.
 */
function fromV1(command: unknown): unknown {
  if (typeof command !== 'object' || command === null || Array.isArray(command)) return command;
  const fields = command as Record<string, unknown>;
  if (fields['type'] !== 'addProducer') return command;
  const partitioner = fields['partitioner'];
  if (partitioner !== undefined && partitioner !== 'round-robin') return command;
  return { ...fields, partitioner: 'legacy-default' };
}

/** The commands of a file of `version`, as the current version writes them. */
export function migrateCommands(version: number, commands: readonly unknown[]): unknown[] {
  return version === 1 ? commands.map(fromV1) : [...commands];
}
