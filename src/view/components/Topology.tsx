import { useRef } from 'react';
import { FlightLayer } from './FlightLayer.tsx';
import { GroupsPanel } from './GroupsPanel.tsx';
import { ProducersPanel } from './ProducersPanel.tsx';
import { TopicsPanel } from './TopicsPanel.tsx';

/** Producers | topics and partitions | consumer groups, with records flying between them. */
export function Topology() {
  const ref = useRef<HTMLElement | null>(null);
  return (
    <main className="topology" ref={ref}>
      <ProducersPanel />
      <TopicsPanel />
      <GroupsPanel />
      <FlightLayer container={ref} />
    </main>
  );
}
