import { useMemo } from 'react';
import { TOP_SPEED } from '../../store/sim-store.ts';
import { momentBadges, momentFlights, staticArrivals, type BadgeSpec, type MomentKind } from '../layout/moments.ts';
import { useReducedMotion } from './use-reduced-motion.ts';
import { useSim } from './sim-context.tsx';

// The current step's badges, shared by the floating moment layer and the brokers figure's callout
// lanes, so both tell the same moments. None at top speed (a step per frame).

export const MOMENT_ICONS: Record<MomentKind, string> = {
  crashed: '✖', fenced: '⊘', stopped: '■', started: '▶', isrShrunk: '▼', isrExpanded: '▲', elected: '★', unclean: '⚠',
  offline: '◌', truncated: '✂', retry: '↻', duplicate: '≡', refused: '!', failed: '✖', hw: '⊤', acked: '✓', ackLost: '✗', copied: '»',
};

export function useStepBadges(): BadgeSpec[] {
  const events = useSim((s) => s.timeline.events);
  const topics = useSim((s) => s.timeline.state.topics);
  const fast = useSim((s) => s.playing && s.speed >= TOP_SPEED);
  const reduced = useReducedMotion();
  return useMemo(() => {
    if (fast || events.length === 0) return [];
    const badges = momentBadges(events);
    if (!reduced) return badges;
    return [...badges, ...staticArrivals(momentFlights(events, (topic, p) => topics[topic]?.replication[p]?.leader))];
  }, [events, topics, fast, reduced]);
}
