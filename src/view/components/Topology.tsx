import { useId, useRef, useState } from 'react';
import { brokers } from '../../engine/index.ts';
import { TOP_SPEED } from '../../store/sim-store.ts';
import { ClusterPanel } from './cluster/ClusterPanel.tsx';
import { BrokerStrip } from './diagram/BrokerStrip.tsx';
import { DiagramPaths } from './diagram/DiagramPaths.tsx';
import { ReplicatedSetup } from './diagram/ReplicatedSetup.tsx';
import { ViewToggle } from './diagram/ViewToggle.tsx';
import { FlightLayer } from './FlightLayer.tsx';
import { GroupsPanel } from './GroupsPanel.tsx';
import { ProducersPanel } from './ProducersPanel.tsx';
import { TopicsPanel } from './TopicsPanel.tsx';
import { useDiagramViewContext, type DiagramView } from '../hooks/diagram-view.tsx';
import { useFitFont } from '../hooks/use-fit-font.ts';
import { useLang } from '../hooks/lang-context.tsx';
import { useSim } from '../hooks/sim-context.tsx';
import { useUi } from '../hooks/ui-context.tsx';
import { maxOf } from '../layout/bounded.ts';

/**
 * The cluster as one figure: producers' lane on the left, the cluster in the middle (topics: each
 * partition as its log; brokers: each broker holding its replicas), consumer groups on the right,
 * the connections drawn underneath and records flying above. The objects stay HTML (buttons,
 * lists with names); only the connections are SVG. `view` fixes the middle and hides the toggle
 * (lessons, widgets); without it the page's choice is used (the simulator keeps it in its URL).
 * `withBrokers` (the replication lessons) draws the brokers figure in the middle lane, with the
 * topics' logs folded under it, so a step shows where each copy lives and the logs are a click away
 * (`topicLogsOpen`: unfolded from the start, for lessons about clients whose logs carry the story).
 */
export function Topology({ view: fixed, withBrokers = false, fit = false, topicLogsOpen = false }: { view?: DiagramView; withBrokers?: boolean; fit?: boolean; topicLogsOpen?: boolean }) {
  const { t } = useLang();
  const { act, readOnly } = useUi();
  const page = useDiagramViewContext();
  const [own, setOwn] = useState<DiagramView>('topics');
  const view = fixed ?? page?.view ?? own;
  const setView = page?.setView ?? setOwn;
  const brokerIds = useSim((s) => brokers(s.timeline.state).map((b) => b.id).join(','));
  const brokerCount = brokerIds.split(',').length;
  const nextBroker = maxOf(brokerIds.split(',').map(Number), 0) + 1;
  // With one broker every partition has one copy: the brokers view would be the topics view.
  const showBrokers = view === 'brokers' && brokerCount > 1;
  const hatch = `hatch-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const mainRef = useRef<HTMLElement | null>(null);
  const figureRef = useRef<HTMLDivElement | null>(null);
  // Lecture mode: the figure's text as large as fits (every step redraws, so every step refits).
  const stamp = useSim((s) => (fit ? s.timeline : null));
  // At top speed (a step per frame) new cells do not drop in and markers do not glide: each would
  // still be animating when the next step lands, and together they cost the frame (npm run bench:ui).
  const racing = useSim((s) => s.playing && s.speed >= TOP_SPEED);
  useFitFont(mainRef, fit, stamp);
  const bar = (fixed === undefined || !readOnly || (brokerCount > 1 && !withBrokers)) && (
    <div className="diagram-bar">
      {fixed === undefined && <ViewToggle view={view} onChange={setView} />}
      {!readOnly && (
        <button type="button" className="small" onClick={() => act({ type: 'addBroker', broker: nextBroker })}
          aria-label={t('cluster.addBrokerNamed', { broker: nextBroker })}>{t('cluster.addBroker')}</button>
      )}
      {!readOnly && fixed === undefined && <ReplicatedSetup />}
      {brokerCount > 1 && !showBrokers && !withBrokers && <BrokerStrip />}
      {view === 'brokers' && !showBrokers && <p className="hint small" role="note">{t('diagram.singleBroker')}</p>}
      {view === 'topics' && brokerCount > 1 && fixed === undefined && <p className="hint small">{t('diagram.leaderCopies')}</p>}
    </div>
  );
  return (
    <main className={`topology diagram view-${showBrokers ? 'brokers' : 'topics'}${racing ? ' racing' : ''}`} ref={mainRef}>
      {bar}
      <div className="diagram-figure" role="figure" aria-label={t('diagram.label')} ref={figureRef} data-figure={showBrokers || (withBrokers && brokerCount > 1) ? 'brokers' : 'topics'}>
        <svg className="diagram-defs" width="0" height="0" aria-hidden="true" focusable="false">
          <pattern id={hatch} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <line x1="0" y1="0" x2="0" y2="6" className="hatch-line" />
          </pattern>
        </svg>
        <DiagramPaths container={figureRef} view={showBrokers ? 'brokers' : 'topics'} />
        <ProducersPanel />
        {showBrokers ? <ClusterPanel />
          : withBrokers && brokerCount > 1 ? (
            <div className="diagram-middle">
              <ClusterPanel />
              {/* The replication lessons are about the copies: the topic logs stay one click away. */}
              <details className="topic-logs" open={topicLogsOpen}><summary>{t('diagram.topicLogs')}</summary><TopicsPanel /></details>
            </div>
          )
            : <TopicsPanel callouts />}
        <GroupsPanel />
      </div>
      <FlightLayer container={mainRef} />
    </main>
  );
}
