import { describe, expect, it } from 'vitest';
import { profileOf, type Command } from '../engine/index.ts';
import { translate } from '../i18n/catalog.ts';
import { LESSONS } from './index.ts';
import { lessonCommands } from './player.ts';
import { lessonProfile, type Lesson } from './types.ts';

// Issue 18: lessons name the version they teach, consistent with the profile they run. The post's
// lessons teach its 2.x picture (keyless records take turns: DefaultPartitioner up to 2.3) and say
// what current Kafka does; the replication lessons teach current Kafka (ProducerConfig defaults
// since 3.0, KIP-679: acks=all, idempotence on).

const producersOf = (lesson: Lesson) => lessonCommands(lesson).filter((c): c is Extract<Command, { type: 'addProducer' }> => c.type === 'addProducer');

describe('the Kafka version each lesson teaches', () => {
  const lessons = Object.values(LESSONS);
  it('every lesson names it, and the label reads in Korean and English', () => {
    for (const lesson of lessons) {
      expect(['post', 'current', '4.x'], lesson.id).toContain(lesson.teaches);
      const version = { post: /2\.x/, current: /3\.x/, '4.x': /4\.\d/ }[lesson.teaches];
      expect(translate('en', `lessonUi.teaches.${lesson.teaches}`)).toMatch(version);
      expect(translate('ko', `lessonUi.teaches.${lesson.teaches}`)).toMatch(version);
    }
    expect(lessons.filter((l) => l.teaches === 'post').length).toBeGreaterThan(0);
    expect(lessons.filter((l) => l.teaches === 'current').length).toBeGreaterThan(0);
  });

  it('a lesson of the post\'s 2.x picture places keyless records with the 2.3 DefaultPartitioner it describes', () => {
    for (const lesson of lessons.filter((l) => l.teaches === 'post')) {
      const producers = producersOf(lesson);
      if (producers.length > 0) expect(producers[0]!.partitioner, lesson.id).toBe('legacy-default');
    }
  });

  it('a lesson of Kafka 4 runs the 4.x profile its label names, where the join barrier and KIP-848 exist', () => {
    const fours = lessons.filter((l) => l.teaches === '4.x');
    expect(fours.length).toBeGreaterThan(0);
    for (const lesson of fours) {
      expect(lessonProfile(lesson), lesson.id).toMatch(/^4\.\d$/);
      expect(translate('en', 'lessonUi.teaches.4.x')).toContain(lessonProfile(lesson));
      expect(translate('ko', 'lessonUi.teaches.4.x')).toContain(lessonProfile(lesson));
    }
  });

  it('a lesson of current Kafka runs a profile with 3.0+ producer defaults (KIP-679) and no pre-3.3 partitioner', () => {
    for (const lesson of lessons.filter((l) => l.teaches === 'current')) {
      const profile = profileOf(lessonProfile(lesson));
      expect(profile.acks, lesson.id).toBe('all');
      expect(profile.enableIdempotence, lesson.id).toBe(true);
      for (const p of producersOf(lesson)) expect(['legacy-default', 'sticky'], lesson.id).not.toContain(p.partitioner);
    }
  });
});
