import { memo, useMemo } from 'react';
import { groupNames } from '../../console/group-info.ts';
import { MISSING, offsetRows, type Row } from '../../console/consumer-groups.ts';
import { useLang } from '../hooks/lang-context.tsx';
import { useSimThrottled } from '../hooks/sim-context.tsx';

// Consumer lag with the columns of `kafka-consumer-groups --describe`: the rows come from the
// console tool's own computation (offsetRows), so the table and the typed command never disagree.
// The headers stay Kafka's English names in both languages, as the tool prints them.

const COLUMNS = ['GROUP', 'TOPIC', 'PARTITION', 'CURRENT-OFFSET', 'LOG-END-OFFSET', 'LAG', 'CONSUMER-ID'] as const;

/** Every group the coordinator knows, each with its describe rows (none for a group without commits or owners). */
export function describeRows(state: Parameters<typeof offsetRows>[0]): Row[] {
  return groupNames(state).flatMap((group) => offsetRows(state, group));
}

const cell = (value: string | number | undefined) => (value === undefined ? MISSING : String(value));

export const LagTable = memo(function LagTable({ id }: { id: string }) {
  const { t } = useLang();
  // A string of the rows: the table re-renders when a row changes, not at every step (and at
  // top speed at most every 250 ms).
  const signature = useSimThrottled((s) => JSON.stringify(describeRows(s.timeline.state)));
  const rows = useMemo(() => JSON.parse(signature) as Row[], [signature]);
  return (
    <div className="lag-table-wrap">
      {/* The tool's output does not wrap (a consumer id took six lines in the 1366 px side column):
          the table scrolls sideways under its title, as a terminal would, and a keyboard can scroll it. */}
      <p className="lag-table-title" id={`${id}-title`}>{t('lag.table.caption')}</p>
      <div className="lag-table-scroll" role="region" tabIndex={0} aria-labelledby={`${id}-title`} data-own-keys="">
      <table className="lag-table" id={id} aria-labelledby={`${id}-title`} aria-describedby={`${id}-help`}>
        <thead>
          <tr>{COLUMNS.map((c) => <th key={c} scope="col">{c}</th>)}</tr>
        </thead>
        <tbody>
          {rows.length === 0
            ? <tr><td colSpan={COLUMNS.length} className="none">{t('lag.table.none')}</td></tr>
            : rows.map((r) => (
              <tr key={`${r.group}:${r.topic ?? ''}:${r.partition ?? ''}`}>
                <th scope="row"><bdi>{r.group}</bdi></th>
                <td><bdi>{cell(r.topic)}</bdi></td>
                <td className="num">{cell(r.partition)}</td>
                <td className="num">{cell(r.offset)}</td>
                <td className="num">{cell(r.end)}</td>
                <td className={`num lag${(r.lag ?? 0) > 0 ? ' behind' : ''}`}>{cell(r.lag)}</td>
                <td className="consumer-id" title={r.clientId === MISSING ? undefined : r.clientId}><bdi>{r.consumerId}</bdi></td>
              </tr>
            ))}
        </tbody>
      </table>
      </div>
      <p className="hint small" id={`${id}-help`}>{t('lag.table.help')}</p>
    </div>
  );
});
