import { easeCubicInOut } from 'd3-ease';
import { timer } from 'd3-timer';
import { useEffect, useRef, type RefObject } from 'react';
import type { SimEvent } from '../../engine/index.ts';
import { TOP_SPEED } from '../../store/sim-store.ts';
import { useReducedMotion } from '../hooks/use-reduced-motion.ts';
import { useSim } from '../hooks/sim-context.tsx';
import { flightPoint, flightProgress, type Point } from '../layout/flight-path.ts';

// Records in flight: from a producer to its partition slot, and (copies) from a partition to the
// consumer that polled them. React owns the <canvas>; d3-timer drives it, d3-ease shapes the
// motion; many dots stay cheap on a canvas. aria-hidden: the event log says the same in words.
// With prefers-reduced-motion nothing flies; the cells' highlight shows the change instead.

const MAX_FLIGHTS = 40;
interface Flight { from: Point; to: Point; color: string; label: string }

function centre(root: DOMRect, el: Element | null): Point | undefined {
  if (!el) return undefined;
  const r = el.getBoundingClientRect();
  if (r.width === 0 && r.height === 0) return undefined;
  return { x: r.left - root.left + r.width / 2, y: r.top - root.top + r.height / 2 };
}

function find(root: HTMLElement, target: string): Element | null {
  return root.querySelector(`[data-target="${CSS.escape(target)}"]`);
}

function flightsFor(events: readonly SimEvent[], root: HTMLElement): Flight[] {
  const box = root.getBoundingClientRect();
  const out: Flight[] = [];
  for (const e of events) {
    if (out.length >= MAX_FLIGHTS) break;
    if (e.type === 'recordProduced') {
      const from = centre(box, find(root, `producer:${e.producer}`));
      const to = centre(box, find(root, `record:${e.topic}:${e.partition}:${e.offset}`) ?? find(root, `partition:${e.topic}:${e.partition}`));
      if (from && to) out.push({ from, to, color: '#f59e0b', label: String(e.offset) });
    } else if (e.type === 'recordsFetched') {
      const to = centre(box, find(root, `consumer:${e.consumer}`));
      for (const batch of e.batches) {
        for (const r of batch.records.slice(-6)) {
          const from = centre(box, find(root, `record:${batch.topic}:${batch.partition}:${r.offset}`));
          if (from && to && out.length < MAX_FLIGHTS) out.push({ from, to, color: '#7c3aed', label: String(r.offset) });
        }
      }
    }
  }
  return out;
}

export function FlightLayer({ container }: { container: RefObject<HTMLElement | null> }) {
  const canvasRef = useRef<HTMLCanvasElement | null>(null);
  const events = useSim((s) => s.timeline.events);
  const speed = useSim((s) => s.speed);
  const playing = useSim((s) => s.playing);
  const reduced = useReducedMotion();
  // At top speed a step lasts one frame: nothing could be seen flying, and measuring where every
  // record sits would force a layout per frame. The cells' highlight shows each change instead.
  const skip = reduced || (playing && speed >= TOP_SPEED);

  useEffect(() => {
    const canvas = canvasRef.current;
    const root = container.current;
    if (skip || !canvas || !root || events.length === 0) return;
    const flights = flightsFor(events, root);
    const ctx = canvas.getContext('2d');
    if (flights.length === 0 || !ctx) return;
    const ratio = window.devicePixelRatio || 1;
    canvas.width = root.clientWidth * ratio;
    canvas.height = root.clientHeight * ratio;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    const duration = Math.min(700, 900 / speed);
    const clear = () => ctx.clearRect(0, 0, canvas.width, canvas.height);
    const run = timer((elapsed) => {
      clear();
      flights.forEach((f, i) => {
        const k = flightProgress(elapsed, duration, i, flights.length);
        if (k <= 0 || k >= 1) return;
        const p = flightPoint(f.from, f.to, easeCubicInOut(k));
        ctx.beginPath();
        ctx.fillStyle = f.color;
        ctx.arc(p.x, p.y, 7, 0, Math.PI * 2);
        ctx.fill();
      });
      if (elapsed >= duration) {
        clear();
        run.stop();
      }
    });
    return () => {
      run.stop();
      clear();
    };
  }, [events, speed, skip, container]);

  return <canvas ref={canvasRef} className="flights" aria-hidden="true" />;
}
