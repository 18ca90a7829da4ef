import { assign, ASSIGNOR_NAMES, assignment, brokers, coordinator, coordinatorPartition, partitionState, type AssignorName, type SimState } from '../engine/index.ts';
import { groupName, topicName, type Draw } from './random.ts';
import { Scenario } from './scenario.ts';
import type { AssignmentAnswer, Distractor, Draft } from './types.ts';

// Consumer groups: who owns what after the members polled (the group's assignor), after a member
// joins, leaves or crashes, and which broker coordinates the group. Answers are the engine's.

const label = (topic: string, partition: number) => `${topic}-${partition}`;
const sortLabels = (labels: string[]) => labels.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));

/** Every member of the group (idle ones too, with []) → its partitions as the engine assigned them. */
export function groupAssignment(state: SimState, group: string): AssignmentAnswer {
  const out: AssignmentAnswer = {};
  for (const member of state.groups[group]?.members ?? []) out[member] = sortLabels(assignment(state, member).map((tp) => label(tp.topic, tp.partition)));
  return out;
}

function asAnswer(result: Record<string, { topic: string; partition: number }[]>): AssignmentAnswer {
  const out: AssignmentAnswer = {};
  for (const [member, tps] of Object.entries(result)) out[member] = sortLabels(tps.map((tp) => label(tp.topic, tp.partition)));
  return out;
}

/**
 * The rule of the group's own assignor, for a wrong assignment no distractor stands for (RangeAssignor,
 * RoundRobinAssignor, StickyAssignor, CooperativeStickyAssignor): the misconception id that states it.
 */
const OWNER_RULE: Record<AssignorName, string> = { range: 'ownerByRange', roundrobin: 'ownerByRoundrobin', sticky: 'ownerBySticky', 'cooperative-sticky': 'ownerByCooperativeSticky' };

/** The misconception naming the rule of `assignor`; the generic one for anything else (a KIP-848 group's server-side assignor). */
export function ownerRule(assignor: unknown): string {
  return typeof assignor === 'string' && Object.hasOwn(OWNER_RULE, assignor) ? OWNER_RULE[assignor as AssignorName] : 'ownerByAssignor';
}

const MISREAD: Record<AssignorName, string> = { range: 'asRange', roundrobin: 'asRoundrobin', sticky: 'asSticky', 'cooperative-sticky': 'asSticky' };

/** The same members under the other assignors (the engine's own assignors), the leader keeping all, join order taken for id order. */
function assignmentDistractors(group: string, chosen: AssignorName, partitionsPerTopic: Record<string, number>, members: string[], joinOrder: string[], answer: AssignmentAnswer): Distractor[] {
  const topics = Object.keys(partitionsPerTopic);
  const others = ASSIGNOR_NAMES.filter((a) => a !== chosen && !(chosen === 'sticky' && a === 'cooperative-sticky') && !(chosen === 'cooperative-sticky' && a === 'sticky'));
  const out: Distractor[] = others.map((a) => ({ value: asAnswer(assign(a, { partitionsPerTopic, members: members.map((id) => ({ id, topics })) })), misconception: MISREAD[a] }));
  const sorted = [...members].sort();
  const renamed: AssignmentAnswer = {};
  sorted.forEach((id, i) => { renamed[joinOrder[i]!] = answer[id] ?? []; });
  out.push({ value: renamed, misconception: 'joinOrderCounts' });
  const all = sortLabels(Object.values(answer).flat());
  const leaderKeeps: AssignmentAnswer = {};
  for (const id of members) leaderKeeps[id] = id === joinOrder[0] ? all : [];
  out.push({ value: leaderKeeps, misconception: 'leaderKeepsAll' });
  void group;
  return out;
}

function drawTopics(draw: Draw): Record<string, number> {
  const first = topicName(draw);
  const partitionsPerTopic: Record<string, number> = { [first]: draw.int(1, 5) };
  if (draw.chance(60)) {
    let second = topicName(draw);
    while (second === first) second = topicName(draw);
    partitionsPerTopic[second] = draw.int(1, 4);
  }
  return partitionsPerTopic;
}

function setUp(draw: Draw, seed: number, assignor: AssignorName) {
  const partitionsPerTopic = drawTopics(draw);
  const topics = Object.keys(partitionsPerTopic);
  const group = groupName(draw);
  const count = draw.int(2, 4);
  const joinOrder = draw.shuffle(Array.from({ length: count }, (_, i) => `c${i + 1}`));
  const s = new Scenario(seed);
  for (const topic of topics) s.run({ type: 'createTopic', topic, partitions: partitionsPerTopic[topic]! });
  for (const consumer of joinOrder) s.run({ type: 'addConsumer', consumer, group, topics, assignor });
  s.mark();
  // Each member joins in its first poll; a second round lets cooperative rebalancing finish.
  for (let round = 0; round < 2; round++) for (const consumer of joinOrder) s.run({ type: 'poll', consumer });
  return { s, group, topics, partitionsPerTopic, joinOrder };
}

/** assignment: each member's partitions once every member has polled (ConsumerPartitionAssignor of the group). */
export function assignmentConcept(draw: Draw, seed: number): Draft | undefined {
  const assignor = draw.pick(ASSIGNOR_NAMES);
  const { s, group, partitionsPerTopic, joinOrder } = setUp(draw, seed, assignor);
  if (s.refused) return undefined;
  const answer = groupAssignment(s.state, group);
  return {
    commands: s.commands, setupLength: s.setupLength,
    question: { text: 'practice.question.assignment', params: { group, assignor, topic: Object.keys(partitionsPerTopic).join(', '), consumer: joinOrder.join(', ') } },
    answer,
    distractors: assignmentDistractors(group, assignor, partitionsPerTopic, Object.keys(answer), joinOrder, answer),
  };
}

/** rebalance: the assignment after a member joins (polled or not), leaves, or crashes (noticed or not). */
export function rebalanceConcept(draw: Draw, seed: number): Draft | undefined {
  const assignor = draw.pick(ASSIGNOR_NAMES);
  const { s, group, topics, partitionsPerTopic, joinOrder } = setUp(draw, seed, assignor);
  s.mark();
  const before = groupAssignment(s.state, group);
  const change = draw.pick(['join', 'join-poll', 'leave', 'crash', 'crash-expired'] as const);
  const extra = `c${joinOrder.length + 1}`;
  const victim = draw.pick(joinOrder);
  const stay = joinOrder.filter((c) => c !== victim);
  const distractors: Distractor[] = [];
  let seconds = 0;
  const reassigned = (members: string[]) => asAnswer(assign(assignor, { partitionsPerTopic, members: members.map((id) => ({ id, topics })) }));
  switch (change) {
    case 'join':
      s.run({ type: 'addConsumer', consumer: extra, group, topics, assignor });
      distractors.push({ value: reassigned([...joinOrder, extra]), misconception: 'joinsBeforePoll' });
      break;
    case 'join-poll':
      s.run({ type: 'addConsumer', consumer: extra, group, topics, assignor }, { type: 'poll', consumer: extra });
      for (const c of [...joinOrder, extra]) s.run({ type: 'poll', consumer: c });
      distractors.push({ value: { ...before, [extra]: [] }, misconception: 'noRebalanceOnJoin' });
      break;
    case 'leave':
      s.run({ type: 'removeConsumer', consumer: victim });
      for (const c of stay) s.run({ type: 'poll', consumer: c });
      distractors.push({ value: Object.fromEntries(Object.entries(before).filter(([m]) => m !== victim)), misconception: 'partitionsLeftBehind' });
      break;
    case 'crash':
      seconds = draw.pick([5, 20, 40]);
      s.run({ type: 'crashConsumer', consumer: victim }, { type: 'advanceTime', ms: seconds * 1000 });
      distractors.push({ value: reassigned(stay), misconception: 'crashNoticedAtOnce' });
      break;
    case 'crash-expired':
      seconds = draw.pick([46, 60]);
      s.run({ type: 'crashConsumer', consumer: victim }, { type: 'advanceTime', ms: seconds * 1000 });
      for (const c of stay) s.run({ type: 'poll', consumer: c });
      distractors.push({ value: before, misconception: 'crashedKeepsPartitions' });
      break;
  }
  if (s.refused) return undefined;
  const answer = groupAssignment(s.state, group);
  distractors.push(...assignmentDistractors(group, assignor, partitionsPerTopic, Object.keys(answer), [...joinOrder, extra].filter((m) => m in answer), answer));
  return {
    commands: s.commands, setupLength: s.setupLength,
    question: { text: `practice.question.rebalance.${change}`, params: { group, assignor, consumer: change.startsWith('join') ? extra : victim, topic: topics.join(', '), seconds } },
    answer,
    distractors,
  };
}

/** coordinator: the leader of the group's __consumer_offsets partition (GroupCoordinator, Utils.abs(hashCode) % 50). */
export function coordinatorConcept(draw: Draw, seed: number): Draft | undefined {
  const brokerCount = draw.int(3, 5);
  const topic = topicName(draw);
  const group = groupName(draw);
  const s = new Scenario(seed).brokers(brokerCount).run(
    { type: 'createTopic', topic, partitions: draw.int(1, 3), replicationFactor: Math.min(3, brokerCount) },
    { type: 'addConsumer', consumer: 'c1', group, topics: [topic] },
  );
  const fault = draw.pick(['none', 'stop', 'crash', 'crash-early'] as const);
  if (fault === 'none') s.mark();
  s.run({ type: 'poll', consumer: 'c1' });
  if (fault !== 'none') s.mark();
  const first = coordinator(s.state, group);
  const target = draw.chance(70) && first !== undefined ? first : draw.int(1, brokerCount);
  if (fault === 'stop') s.run({ type: 'stopBroker', broker: target });
  if (fault === 'crash') s.run({ type: 'crashBroker', broker: target }, { type: 'advanceTime', ms: 10_000 });
  const seconds = fault === 'crash-early' ? draw.pick([1, 4]) : 10;
  if (fault === 'crash-early') s.run({ type: 'crashBroker', broker: target }, { type: 'advanceTime', ms: seconds * 1000 });
  if (s.refused) return undefined;
  const answer = coordinator(s.state, group) ?? null;
  const ids = brokers(s.state).map((b) => b.id);
  const distractors: Distractor[] = [
    { value: partitionState(s.state, topic, 0)?.leader, misconception: 'coordinatorLeadsTopic' },
    { value: ids[coordinatorPartition(group) % ids.length], misconception: 'coordinatorHashesBrokers' },
    { value: fault === 'none' ? undefined : first, misconception: 'coordinatorStays' },
    { value: 1, misconception: 'coordinatorIsFirstBroker' },
  ];
  return {
    commands: s.commands, setupLength: s.setupLength,
    question: { text: `practice.question.coordinator.${fault}`, params: { group, topic, broker: target, seconds } },
    answer,
    distractors,
  };
}
