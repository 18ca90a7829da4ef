import { useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { TOP_SPEED } from '../../../store/sim-store.ts';
import { useSim } from '../../hooks/sim-context.tsx';
import { diagramLinks, linkPath, type Box } from '../../layout/diagram-links.ts';

// The connections under the diagram's objects: producer → each partition it wrote to (its leader),
// partition → the consumer that owns it. (The brokers figure draws its own high-watermark lines.) Positions are measured from the objects after layout; layout/path.ts turns
// them into path strings (as d3-shape would). React owns the <svg> and every <path>. The ResizeObserver is this
// component's alone (one owner per observed node): it only asks for a new measurement.
// aria-hidden: the objects themselves say who writes and who reads, in words.

interface Drawn { key: string; kind: 'write' | 'read'; d: string }


/** Where a read leaves a partition: its log's newest record (the topics view) or the leader's newest cell (the brokers figure). */
function newestRecord(source: Element | null): Element | null {
  if (!source) return null;
  const inLog = source.querySelector('.cells > li:last-child');
  if (inLog) return inLog;
  const cells = source.closest('.rrow')?.querySelectorAll('[data-replica-cell]');
  return cells && cells.length > 0 ? cells[cells.length - 1]! : null;
}

function boxOf(root: DOMRect, el: Element): Box | undefined {
  const r = el.getBoundingClientRect();
  if (r.width === 0 && r.height === 0) return undefined;
  return { x: r.left - root.left, y: r.top - root.top, width: r.width, height: r.height };
}

export function DiagramPaths({ container, view }: { container: RefObject<HTMLElement | null>; view: string }) {
  const state = useSim((s) => s.timeline.state);
  const racing = useSim((s) => s.playing && s.speed >= TOP_SPEED);
  const links = useMemo(() => (racing ? [] : diagramLinks(state)), [state, racing]);
  // Every step is measured again (objects move, leaders change), except at top speed, where no path
  // is drawn (below): measuring there forced a layout per frame (npm run bench:ui: ~14% of the
  // main thread in the brokers view) for paths nobody saw. Pausing measures again.
  const linked = racing ? 'racing' : `${view}|${links.map((l) => `${l.from}>${l.to}`).join(',')}`;
  const signature = racing ? linked : state;
  const [drawn, setDrawn] = useState<{ paths: Drawn[]; width: number; height: number }>({ paths: [], width: 0, height: 0 });
  const linksRef = useRef(links);
  linksRef.current = links;
  const [resized, setResized] = useState(0);

  useLayoutEffect(() => {
    const root = container.current;
    if (!root || racing) return;
    const box = root.getBoundingClientRect();
    const find = (target: string) => root.querySelector(`[data-target="${CSS.escape(target)}"]`);
    const paths: Drawn[] = [];
    for (const l of linksRef.current) {
      // A read leaves a partition's log where its records end, not the far edge of its block (nor the leader's label).
      const source = find(l.from);
      const from = (l.kind === 'read' && newestRecord(source)) || source;
      const to = find(l.to);
      const a = from && boxOf(box, from);
      const b = to && boxOf(box, to);
      if (a && b) paths.push({ key: `${l.from}>${l.to}`, kind: l.kind, d: linkPath(a, b) });
    }
    const next = { paths, width: root.clientWidth, height: root.clientHeight };
    setDrawn((prev) => (JSON.stringify(prev) === JSON.stringify(next) ? prev : next));
  }, [signature, resized, container, racing]);

  useEffect(() => {
    const root = container.current;
    if (!root || racing || typeof ResizeObserver === 'undefined') return;
    let frame = 0;
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setResized((n) => n + 1));
    });
    observer.observe(root);
    // Each lane too: a lane that grows or shrinks moves the objects below it without resizing the figure.
    root.querySelectorAll(':scope > .panel, .broker, .partition, .entity').forEach((el) => observer.observe(el));
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, [container, linked, racing]);

  // Links run under the objects (hidden behind cards and rows, seen between them).
  // At top speed the paths step aside, as the flights do: redrawn under every lane at every frame,
  // they cost the figure its frame rate (npm run bench:ui: p95 33 ms with them, 17 ms without).
  // Paused, stepping or slower, they are drawn.
  if (racing) return null;
  return (
    <svg className="diagram-paths" width={drawn.width} height={drawn.height} aria-hidden="true" focusable="false">
      {drawn.paths.map((p) => <path key={p.key} className={`link ${p.kind}`} d={p.d} />)}
    </svg>
  );
}
