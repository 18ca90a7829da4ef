import { describe, expect, it } from 'vitest';
import { bootFromUrl } from './boot.ts';
import { minIsrVersionsCommands } from '../lessons/scenarios/min-isr-versions.ts';

describe('bootFromUrl: the compare-versions example (?scenario=min-isr-versions)', () => {
  it('opens the min.insync.replicas scenario under Kafka 3.6, the last version without KAFKA-15583', () => {
    const boot = bootFromUrl('?scenario=min-isr-versions');
    expect(boot.example).toBe('min-isr-versions');
    expect(boot.rejectedScenario).toBeUndefined();
    expect(boot.options).toMatchObject({ seed: 1, kafkaVersion: '3.6', commands: minIsrVersionsCommands() });
  });
  it('?kafkaVersion= picks the version it opens under; an unknown one falls back to 3.6', () => {
    expect(bootFromUrl('?scenario=min-isr-versions&kafkaVersion=4.1').options.kafkaVersion).toBe('4.1');
    expect(bootFromUrl('?scenario=min-isr-versions&kafkaVersion=9.9').options.kafkaVersion).toBe('3.6');
  });
  it('the plain sandbox and the load scenarios are as before', () => {
    expect(bootFromUrl('').options.kafkaVersion).toBe('4.1');
    expect(bootFromUrl('').example).toBeUndefined();
    expect(bootFromUrl('?scenario=heavy').options.kafkaVersion).toBe('classic');
    expect(bootFromUrl('?scenario=nosuch').rejectedScenario).toBe('nosuch');
  });
});
