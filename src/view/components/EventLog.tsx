import { useLang } from '../hooks/lang-context.tsx';
import { useSim } from '../hooks/sim-context.tsx';
import { useUi } from '../hooks/ui-context.tsx';
import { eventTargets } from '../event-targets.ts';
import { describeEvent } from '../narrate.ts';

// What the current step did, in words, one line per event: the text alternative to every
// animation. Hovering or focusing a line highlights what it touched.
export function EventLog({ heading }: { heading?: string }) {
  const { t, lang } = useLang();
  const { highlight } = useUi();
  const events = useSim((s) => s.timeline.events);
  const cursor = useSim((s) => s.timeline.cursor);
  return (
    <section className="panel event-log" aria-labelledby="event-log-heading">
      <h2 id="event-log-heading">{heading ?? t('panel.events', { step: cursor })}</h2>
      {events.length === 0 ? <p className="hint">{t('events.none')}</p> : (
        <ol aria-live="polite">
          {events.map((event, i) => (
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
