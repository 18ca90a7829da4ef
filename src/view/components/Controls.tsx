import { useCallback, useEffect, useId, useRef } from 'react';
import { SPEEDS, TOP_SPEED } from '../../store/sim-store.ts';
import { useLang } from '../hooks/lang-context.tsx';
import { inKeyScope, isTyping, useKeyScope } from '../hooks/key-scope.tsx';
import { useSim, useSimStore } from '../hooks/sim-context.tsx';
import { TimeButtons } from './forms/TimeForm.tsx';
import { SeekProgress } from './SeekProgress.tsx';
import { formatModelTime } from '../format-time.ts';

export { formatModelTime };

// Playback and timeline controls. React owns every node. Keyboard: the buttons are ordinary
// buttons, and ←/→, Home/End and P work anywhere outside a text field.

export function Controls() {
  const { t, lang } = useLang();
  const store = useSimStore();
  const playing = useSim((s) => s.playing);
  const live = useSim((s) => s.live);
  const clock = useSim((s) => s.clock);
  const home = useSim((s) => s.home);
  const atEndId = useId();
  const speed = useSim((s) => s.speed);
  const cursor = useSim((s) => s.timeline.cursor);
  const total = useSim((s) => s.timeline.commands.length);
  const dropped = useSim((s) => s.timeline.dropped);
  const time = useSim((s) => s.timeline.state.time);
  const scope = useKeyScope();
  // While a long seek runs the slider shows where it goes; the rest shows the step still on screen.
  const target = useSim((s) => s.seeking?.to);
  const scrubber = useRef<HTMLInputElement>(null);
  const focusScrubber = useCallback(() => scrubber.current?.focus(), []);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (!inKeyScope(scope, event)) return;
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.composedPath()[0])) return;
      const s = store.getState();
      const actions: Record<string, () => void> = {
        ArrowRight: s.stepForward,
        ArrowLeft: s.stepBack,
        Home: () => s.seek(0),
        End: () => s.seek(s.timeline.commands.length),
        p: () => (s.playing ? s.pause() : s.play()),
      };
      const action = actions[event.key];
      if (action) {
        event.preventDefault();
        action();
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store, scope]);

  const s = store.getState();
  // Play at the end would have nothing to play: disabled, with the reason next to it. In the
  // sandbox it runs the model clock instead (store/clock.ts), and says so.
  const atTheEnd = !playing && !live && !clock && total > 0 && cursor >= total;
  const clockNext = clock && !live && cursor >= total;
  return (
    <div className="controls" role="toolbar" aria-label={t('controls.label')}>
      <button type="button" onClick={() => s.reset()} disabled={cursor === home} title={clock && home > 0 ? t('controls.resetHome') : undefined}>{t('controls.reset')}</button>
      <button type="button" onClick={() => s.stepBack()} disabled={cursor === 0} aria-keyshortcuts="ArrowLeft">{t('controls.back')}</button>
      <button type="button" className="primary" onClick={() => (playing ? s.pause() : s.play())} disabled={(total === 0 && !clock) || atTheEnd} aria-keyshortcuts="P" aria-describedby={atTheEnd || clockNext ? atEndId : undefined}>
        {playing ? t('controls.pause') : t('controls.play')}
      </button>
      <button type="button" onClick={() => s.stepForward()} disabled={cursor >= total} aria-keyshortcuts="ArrowRight">{t('controls.forward')}</button>
      <label className="speed">
        {t('controls.speed')}
        <select value={speed} onChange={(e) => s.setSpeed(Number(e.target.value))}>
          {SPEEDS.map((v) => <option key={v} value={v}>{v >= TOP_SPEED ? t('controls.topSpeed') : t('controls.speedValue', { speed: v })}</option>)}
        </select>
      </label>
      <label className="scrubber">
        <span className="visually-hidden">{t('controls.timeline')}</span>
        <input ref={scrubber} type="range" min={0} max={total} value={target ?? cursor} onChange={(e) => s.seek(Number(e.target.value))}
          aria-label={t('controls.timeline')} aria-valuetext={t('controls.stepOf', { step: target ?? cursor, total })} />
      </label>
      {atTheEnd && <span id={atEndId} className="hint small at-end">{t('controls.atEnd')}</span>}
      {clockNext && <span id={atEndId} className="hint small at-end clock-hint">{t(playing ? 'controls.clockRunning' : 'controls.clockReady')}</span>}
      {clock && <TimeButtons />}
      <output className="step-counter" aria-live="off">{t('controls.stepOf', { step: cursor + dropped, total: total + dropped })} · {t('controls.time', { time: formatModelTime(time, lang) })}</output>
      {/* Last, so nothing else moves when it appears. */}
      <SeekProgress returnFocus={focusScrubber} />
    </div>
  );
}

