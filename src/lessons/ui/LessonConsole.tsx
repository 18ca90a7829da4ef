import { kafkaConsumerGroups } from '../../console/consumer-groups.ts';
import { runWith } from '../../console/index.ts';
import { stderrOf, stdoutOf } from '../../console/result.ts';
import { kafkaTransactions } from '../../console/transactions.ts';
import { useLang } from '../../view/hooks/lang-context.tsx';
import { useSim } from '../../view/hooks/sim-context.tsx';

// A lesson step's command line of Kafka's tools and what it prints at this step (read-only).
// Lessons use kafka-consumer-groups and kafka-transactions only; naming them alone keeps the other tools out of the embed bundle.
const LESSON_TOOLS = { 'kafka-consumer-groups.sh': kafkaConsumerGroups, 'kafka-transactions.sh': kafkaTransactions };
export function LessonConsole({ line }: { line: string }) {
  const { t } = useLang();
  const state = useSim((s) => s.timeline.state);
  const result = runWith(LESSON_TOOLS, state, line);
  const printed = `${stderrOf(result)}${stdoutOf(result)}`.replace(/^\n+|\n+$/g, '');
  return (
    <figure className="lesson-console" aria-label={t('console.heading')}>
      {/* Focusable: the table is wider than a phone, and keyboard users must be able to scroll it (axe scrollable-region-focusable). */}
      <pre className="console-log" tabIndex={0}><span className="console-cmd">$ {line}</span>{`\n${printed}`}</pre>
    </figure>
  );
}
