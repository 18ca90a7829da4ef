import { easeCubicInOut } from 'd3-ease';
import { timer } from 'd3-timer';
import { useEffect, useRef, type RefObject } from 'react';
import { TOP_SPEED } from '../../store/sim-store.ts';
import { useReducedMotion } from '../hooks/use-reduced-motion.ts';
import { useSim } from '../hooks/sim-context.tsx';
import { centreOf, edgePoint, flightPoint, flightProgress, type Point, type Rect } from '../layout/flight-path.ts';
import { momentFlights, type FlightKind, type FlightSpec } from '../layout/moments.ts';
import { findFirst, scopeOf } from './anchors.ts';
import { MomentLayer } from './MomentLayer.tsx';
import { maxBy } from '../layout/bounded.ts';

// What moves in one step, in the order Kafka does it: the record flies producer → leader, followers
// copy it (leader replica → follower replica, drawn when the brokers are on screen), then the
// acknowledgement returns to the producer as a green diamond (acks=1 after the leader's append,
// acks=all after the ISR; acks=0 none); a consumer's fetch flies from the leader's log. React owns
// the <canvas>; d3-timer drives it, d3-ease shapes the motion. aria-hidden: the event log says the
// same in words. With prefers-reduced-motion nothing flies; MomentLayer marks where things landed.

interface Flight { kind: FlightKind; from: Point; to: Point; phase: number }

const COLOURS: Record<FlightKind, string> = { produce: '#f59e0b', fetch: '#7c3aed', copy: '#2563eb', ack: '#15803d', ackLost: '#b91c1c' };

function rectOf(box: DOMRect, el: Element): Rect {
  const r = el.getBoundingClientRect();
  return { x: r.left - box.left, y: r.top - box.top, width: r.width, height: r.height };
}

/** A record (a replica's cell, a record in a partition's log) is flown into; anything else is met at its edge. */
const isRecord = (el: Element) => el.hasAttribute('data-replica-cell') || (el.getAttribute('data-target') ?? '').startsWith('record:');

/** The two ends of a flight between two elements: records at their centre, other boxes just outside their facing side. */
function flightEnds(box: DOMRect, a: Element, b: Element): { from: Point; to: Point } {
  const ra = rectOf(box, a);
  const rb = rectOf(box, b);
  return {
    from: isRecord(a) ? centreOf(ra) : edgePoint(ra, centreOf(rb)),
    to: isRecord(b) ? centreOf(rb) : edgePoint(rb, centreOf(ra)),
  };
}

/** Flights whose ends are on screen inside the canvas; the rest would be clipped halfway. */
function place(specs: readonly FlightSpec[], root: HTMLElement): Flight[] {
  const scope = scopeOf(root);
  const box = root.getBoundingClientRect();
  const inside = (p: Point) => p.x >= 0 && p.y >= 0 && p.x <= box.width && p.y <= box.height;
  const out: Flight[] = [];
  for (const s of specs) {
    const a = findFirst(scope, s.from);
    const b = findFirst(scope, s.to);
    if (!a || !b) continue;
    const { from, to } = flightEnds(box, a, b);
    if (inside(from) && inside(to)) out.push({ kind: s.kind, from, to, phase: s.phase });
  }
  // Phases with nothing on screen (copies while the brokers are out of view) take no time.
  const used = [...new Set(out.map((f) => f.phase))].sort((x, y) => x - y);
  return out.map((f) => ({ ...f, phase: used.indexOf(f.phase) }));
}

function draw(ctx: CanvasRenderingContext2D, f: Flight, k: number) {
  // A lost acknowledgement gets halfway, then is gone.
  const t = f.kind === 'ackLost' ? Math.min(k, 0.5) : k;
  const p = flightPoint(f.from, f.to, easeCubicInOut(t));
  ctx.fillStyle = COLOURS[f.kind];
  ctx.strokeStyle = COLOURS[f.kind];
  ctx.beginPath();
  if (f.kind === 'ack' || f.kind === 'ackLost') {
    ctx.moveTo(p.x, p.y - 8); ctx.lineTo(p.x + 8, p.y); ctx.lineTo(p.x, p.y + 8); ctx.lineTo(p.x - 8, p.y); ctx.closePath();
    ctx.globalAlpha = f.kind === 'ackLost' && k > 0.5 ? Math.max(0, 1 - (k - 0.5) * 2) : 1;
    ctx.fill();
    ctx.globalAlpha = 1;
  } else if (f.kind === 'copy') {
    // Followers are drawn outlined: so is the copy on its way to one.
    ctx.lineWidth = 3;
    ctx.fillStyle = '#ffffff';
    ctx.arc(p.x, p.y, 6, 0, Math.PI * 2);
    ctx.fill();
    ctx.stroke();
  } else {
    ctx.arc(p.x, p.y, 7, 0, Math.PI * 2);
    ctx.fill();
  }
}

export function FlightLayer({ container }: { container: RefObject<HTMLElement | null> }) {
  const canvasRef = useRef<HTMLCanvasElement | null>(null);
  const events = useSim((s) => s.timeline.events);
  const topics = useSim((s) => s.timeline.state.topics);
  const speed = useSim((s) => s.speed);
  const playing = useSim((s) => s.playing);
  const reduced = useReducedMotion();
  // At top speed a step lasts one frame: nothing could be seen flying, and measuring where every
  // record sits would force a layout per frame. The cells' highlight shows each change instead.
  const skip = reduced || (playing && speed >= TOP_SPEED);

  useEffect(() => {
    const canvas = canvasRef.current;
    const root = container.current;
    if (canvas) delete canvas.dataset['flights'];
    if (skip || !canvas || !root || events.length === 0) return;
    const specs = momentFlights(events, (topic, p) => topics[topic]?.replication[p]?.leader);
    if (specs.length === 0) return;
    const flights = place(specs, root);
    // Where this step's flights start and end, in the canvas's px: browser tests check no end sits on a label.
    canvas.dataset['flights'] = flights.map((f) => `${f.kind}:${Math.round(f.from.x)},${Math.round(f.from.y)}>${Math.round(f.to.x)},${Math.round(f.to.y)}`).join(' ');
    const ctx = canvas.getContext('2d');
    if (flights.length === 0 || !ctx) return;
    const ratio = window.devicePixelRatio || 1;
    // As tall as the flights need, not the whole figure box: beside a very long side panel the box
    // was 680,000 px tall, past what a canvas can hold, and the figure went blank.
    const height = Math.min(root.clientHeight, Math.ceil(maxBy(flights, (f) => Math.max(f.from.y, f.to.y), 0)) + 64);
    canvas.style.height = `${height}px`;
    canvas.width = root.clientWidth * ratio;
    canvas.height = height * ratio;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    const phases = maxBy(flights, (f) => f.phase, 0) + 1;
    // A step with three moments (land, copy, ack) gets a little longer, never longer than the step.
    const total = Math.min(700 + 250 * (phases - 1), 900 / speed);
    const slot = total / phases;
    // Each flight's peers in its phase and its place among them, in one pass (not a filter per flight).
    const peersOf = new Map<number, number>();
    const slots = flights.map((f) => {
      const n = peersOf.get(f.phase) ?? 0;
      peersOf.set(f.phase, n + 1);
      return n;
    });
    const clear = () => ctx.clearRect(0, 0, canvas.width, canvas.height);
    const run = timer((elapsed) => {
      clear();
      flights.forEach((f, i) => {
        const k = flightProgress(elapsed - f.phase * slot, slot, slots[i]!, peersOf.get(f.phase)!);
        if (k > 0 && k < 1) draw(ctx, f, k);
      });
      if (elapsed >= total) {
        clear();
        run.stop();
      }
    });
    return () => {
      run.stop();
      clear();
    };
  }, [events, topics, speed, skip, container]);

  return (
    <>
      <canvas ref={canvasRef} className="flights" aria-hidden="true" />
      <MomentLayer container={container} />
    </>
  );
}
