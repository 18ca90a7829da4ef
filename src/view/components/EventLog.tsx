import type { SimEvent } from '../../engine/index.ts';
import { useLang } from '../hooks/lang-context.tsx';
import { useSimThrottled } from '../hooks/sim-context.tsx';
import { useUi } from '../hooks/ui-context.tsx';
import { eventTargets } from '../event-targets.ts';
import { shownStep } from '../../store/timeline.ts';
import { describeEvent } from '../narrate.ts';

/**
 * Lines listed for one step. One step can cause hundreds of events (a retention check over every
 * partition); past this the log lists the first ones and says how many of each kind follow, and the
 * live region announces that summary instead of every line.
 */
export const MAX_EVENT_LINES = 40;

/** The events after the first `max`, counted by type in order of first appearance. */
export function hiddenEventKinds(events: readonly SimEvent[], max = MAX_EVENT_LINES): { hidden: number; kinds: [SimEvent['type'], number][] } {
  const kinds = new Map<SimEvent['type'], number>();
  for (let i = max; i < events.length; i++) kinds.set(events[i]!.type, (kinds.get(events[i]!.type) ?? 0) + 1);
  return { hidden: Math.max(0, events.length - max), kinds: [...kinds] };
}

// What the current step did, in words, one line per event: the text alternative to every
// animation. Hovering or focusing a line highlights what it touched.
export function EventLog({ heading }: { heading?: string }) {
  const { t, lang } = useLang();
  const { highlight } = useUi();
  // At top speed (a step per frame) the log is rewritten four times a second, not at every frame:
  // nobody reads sixty logs a second, and redrawing it cost the figure its frames (npm run bench:ui).
  const { events, cursor } = useSimThrottled((s) => ({ events: s.timeline.events, cursor: shownStep(s.timeline) }));
  const long = events.length > MAX_EVENT_LINES;
  const shown = long ? events.slice(0, MAX_EVENT_LINES) : events;
  const summary = long ? hiddenEventKinds(events) : undefined;
  const summaryText = summary && t('events.summary', {
    count: events.length.toLocaleString('en-US'),
    shown: MAX_EVENT_LINES,
    hidden: summary.hidden.toLocaleString('en-US'),
    kinds: summary.kinds.map(([type, n]) => `${type} × ${n.toLocaleString('en-US')}`).join(', '),
  });
  return (
    <section className="panel event-log" aria-labelledby="event-log-heading">
      <h2 id="event-log-heading">{heading ?? t('panel.events', { step: cursor })}</h2>
      {summaryText && <p className="hint" aria-live="polite">{summaryText}</p>}
      {events.length === 0 ? <p className="hint">{t('events.none')}</p> : (
        <ol aria-live={long ? 'off' : 'polite'}>
          {shown.map((event, i) => (
            <li key={i} tabIndex={0} onMouseEnter={() => highlight(eventTargets(event))} onMouseLeave={() => highlight([])}
              onFocus={() => highlight(eventTargets(event))} onBlur={() => highlight([])}>
              {describeEvent(event, lang)}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
