import fc from 'fast-check';
import type { Command, SimError } from '../engine/index.ts';
import { ERROR_MESSAGES } from '../i18n/messages/errors.ts';
import { FILE_MESSAGES } from '../i18n/messages/files.ts';
import { paramNames } from '../i18n/format.ts';
import { describeProblem } from './describe-problem.ts';
import {
  MAX_COMMANDS, MAX_DEPTH, FILE_PROBLEM_CODES, MAX_PROBLEMS, MAX_SCENARIO_BYTES, SANDBOX_KEY, SCENARIO_VERSION, checkSize, decodeScenarioFromUrl, encodeScenarioForUrl,
  loadSandbox, parseScenario, saveSandbox, serializeScenario, type ParseResult, type Scenario, type ScenarioProblem, type ScenarioStorage,
} from './scenario-file.ts';

// Scenario files are untrusted input: every bad file is refused with a named problem, never a throw,
// and a good file comes back exactly as it was saved.

const SETUP: Command[] = [
  { type: 'createTopic', topic: 'orders', partitions: 3 },
  { type: 'addProducer', producer: 'p1' },
  { type: 'addConsumer', consumer: 'c1', group: 'g', topics: ['orders'], autoOffsetReset: 'earliest' },
];

const produce = (key: string | undefined, value: string): Command => (key === undefined ? { type: 'produce', producer: 'p1', topic: 'orders', value } : { type: 'produce', producer: 'p1', topic: 'orders', key, value });

const SAMPLE: Scenario = {
  title: '주문 토픽 🚀',
  seed: 7,
  commands: [...SETUP, produce('주문-1', '김치'), produce('🔑', '🍣'), { type: 'poll', consumer: 'c1' }],
  cursor: 4,
  narration: ['토픽을 만듭니다', 'a producer'],
};

const file = (fields: Record<string, unknown>): string => JSON.stringify({ format: 'kafka-sim-scenario', version: SCENARIO_VERSION, seed: 1, commands: SETUP, ...fields });

function problems(result: ParseResult): ScenarioProblem[] {
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.scenario).slice(0, 200)}`);
  return result.problems;
}

const first = (result: ParseResult): ScenarioProblem => problems(result)[0]!;

// Strings from the whole of Unicode, lone surrogates included.
const anyText = fc.string({ unit: 'binary', maxLength: 12 });
const scenarios: fc.Arbitrary<Scenario> = fc
  .record({
    seed: fc.integer(),
    records: fc.array(fc.record({ key: fc.option(anyText, { nil: undefined }), value: anyText }), { maxLength: 8 }),
    title: fc.option(fc.string({ maxLength: 40 }), { nil: undefined }),
    narration: fc.option(fc.array(anyText, { maxLength: 3 }), { nil: undefined }),
  })
  .map(({ seed, records, title, narration }) => {
    const s: Scenario = { seed, commands: [...SETUP, ...records.map((r) => produce(r.key, r.value))] };
    if (title !== undefined) s.title = title;
    if (narration !== undefined) s.narration = narration;
    return s;
  });

describe('round trip', () => {
  it('serialize then parse gives the same scenario, and the text is stable', () => {
    expect(parseScenario(serializeScenario(SAMPLE))).toEqual({ ok: true, scenario: SAMPLE });
    fc.assert(fc.property(scenarios, (s) => {
      const text = serializeScenario(s);
      const result = parseScenario(text);
      expect(result).toEqual({ ok: true, scenario: s });
      if (result.ok) expect(serializeScenario(result.scenario)).toBe(text);
    }), { numRuns: 200 });
  });

  it('a share link gives the same scenario back, Korean and emoji keys included', () => {
    const param = encodeScenarioForUrl(SAMPLE);
    expect(param).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeScenarioFromUrl(param)).toEqual({ ok: true, scenario: SAMPLE });
    fc.assert(fc.property(scenarios, (s) => {
      expect(decodeScenarioFromUrl(encodeScenarioForUrl(s))).toEqual({ ok: true, scenario: s });
    }), { numRuns: 200 });
  });

  it('keeps lesson, step and cursor', () => {
    const s: Scenario = { seed: 3, commands: SETUP, lesson: 'offsets', step: 2, cursor: 0 };
    expect(parseScenario(serializeScenario(s))).toEqual({ ok: true, scenario: s });
  });
});

describe('malformed and cut-short input', () => {
  it('refuses text that is not JSON, or JSON that is not a scenario', () => {
    expect(problems(parseScenario('{"format": "kafka-sim-scenario",'))).toEqual([{ code: 'notJson', path: '' }]);
    expect(first(parseScenario(''))).toMatchObject({ code: 'notJson' });
    expect(first(parseScenario('[1, 2]'))).toMatchObject({ code: 'wrongFormat' });
    expect(first(parseScenario('null'))).toMatchObject({ code: 'wrongFormat' });
    expect(first(parseScenario('{"format": "something-else", "version": 1}'))).toMatchObject({ code: 'wrongFormat', path: 'format' });
  });

  it('a file cut at any point is refused or, if only trailing space was cut, whole', () => {
    const text = serializeScenario(SAMPLE);
    fc.assert(fc.property(fc.integer({ min: 0, max: text.length - 1 }), (end) => {
      const result = parseScenario(text.slice(0, end));
      if (result.ok) expect(result.scenario).toEqual(SAMPLE);
      else expect(result.problems.length).toBeGreaterThan(0);
    }), { numRuns: 500 });
  });

  it('a damaged or cut-short link is a problem, never a throw', () => {
    const param = encodeScenarioForUrl(SAMPLE);
    fc.assert(fc.property(fc.integer({ min: 0, max: param.length - 1 }), (end) => {
      const result = decodeScenarioFromUrl(param.slice(0, end));
      expect(result.ok).toBe(false);
      expect(['badLink', 'notJson']).toContain(first(result).code);
    }), { numRuns: 500 });
    expect(first(decodeScenarioFromUrl('not base64!'))).toMatchObject({ code: 'badLink' });
    expect(first(decodeScenarioFromUrl(''))).toMatchObject({ code: 'badLink' });
    expect(first(decodeScenarioFromUrl('_w'))).toMatchObject({ code: 'badLink' }); // 0xFF: not UTF-8
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (junk) => {
      expect(decodeScenarioFromUrl(junk).ok).toBe(false);
    }));
  });

  it('refuses an oversized file before parsing it', () => {
    const huge = 'x'.repeat(10 * 1024 * 1024);
    const jsonParse = vi.spyOn(JSON, 'parse');
    expect(first(parseScenario(huge)).code).toBe('tooLarge');
    expect(jsonParse).not.toHaveBeenCalled();
    jsonParse.mockRestore();
    expect(problems(parseScenario(huge))).toEqual([{ code: 'tooLarge', path: '', params: { bytes: 10 * 1024 * 1024, max: MAX_SCENARIO_BYTES } }]);
    // Multi-byte text is measured in UTF-8 bytes, not characters.
    expect(first(parseScenario('가'.repeat(800_000)))).toMatchObject({ code: 'tooLarge', params: { bytes: 2_400_000 } });
    expect(first(decodeScenarioFromUrl('A'.repeat(3_000_000)))).toMatchObject({ code: 'tooLarge' });
    expect(checkSize(MAX_SCENARIO_BYTES)).toBeUndefined();
    expect(describeProblem(first(parseScenario(huge)), 'en')).toBe('The file is 10.0 MiB (10,485,760 bytes); scenario files can be at most 2.0 MiB (2,097,152 bytes).');
    expect(describeProblem({ code: 'tooLarge', path: '', params: { bytes: 10_905_190, max: MAX_SCENARIO_BYTES } }, 'ko')).toBe('파일이 10.3 MiB(10,905,190바이트)입니다. 시나리오 파일은 2.0 MiB(2,097,152바이트)까지만 불러올 수 있습니다.');
  });

  it('says how much a file one byte over the limit is, never the limit itself', () => {
    const over = { code: 'tooLarge', path: '', params: { bytes: MAX_SCENARIO_BYTES + 1, max: MAX_SCENARIO_BYTES } };
    expect(describeProblem(over, 'en')).toBe('The file is 2.0 MiB (2,097,153 bytes); scenario files can be at most 2.0 MiB (2,097,152 bytes).');
    fc.assert(fc.property(fc.integer({ min: MAX_SCENARIO_BYTES + 1, max: 50 * 1024 * 1024 }), (bytes) => {
      const text = describeProblem({ code: 'tooLarge', path: '', params: { bytes, max: MAX_SCENARIO_BYTES } }, 'en');
      expect(text).toContain(`(${bytes.toLocaleString('en-US')} bytes)`);
      expect(text).toMatch(/\d+\.\d MiB/);
    }));
  });

  it('names deep nesting, not broken JSON, for valid JSON nested too deeply', () => {
    const deep = `{"format":"kafka-sim-scenario","version":1,"seed":1,"commands":[],"x":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    expect(problems(parseScenario(deep))).toEqual([{ code: 'tooDeep', path: '', params: { max: MAX_DEPTH } }]);
    expect(describeProblem(first(parseScenario(deep)), 'en')).toContain('nest more than 16 levels');
    // Brackets inside strings are text, not nesting.
    expect(parseScenario(serializeScenario({ seed: 1, commands: [{ type: 'addProducer', producer: '[[[[[[[[[[[[[[[[[[[[' }] })).ok).toBe(true);
    fc.assert(fc.property(fc.integer({ min: 17, max: 3_000 }), (depth) => {
      expect(first(parseScenario('['.repeat(depth) + ']'.repeat(depth))).code).toBe('tooDeep');
    }), { numRuns: 30 });
  });

  it('refuses a file whose saved form would pass the limit, so whatever loads can be saved and loaded again', () => {
    // Compact commands with long values: the app's indented form adds 5 bytes per command.
    const value = 'v'.repeat(362);
    const commands = [{ type: 'createTopic', topic: 't', partitions: 1 }, { type: 'addProducer', producer: 'p' }, ...Array.from({ length: 4_990 }, () => ({ type: 'produce', producer: 'p', topic: 't', value }))];
    const compact = JSON.stringify({ format: 'kafka-sim-scenario', version: 1, seed: 1, commands });
    expect(new TextEncoder().encode(compact).length).toBeLessThanOrEqual(MAX_SCENARIO_BYTES);
    const result = parseScenario(compact, { replay: false });
    expect(first(result)).toMatchObject({ code: 'tooLargeSaved', params: { max: MAX_SCENARIO_BYTES } });
    expect(Number(first(result).params?.['bytes'])).toBeGreaterThan(MAX_SCENARIO_BYTES);
    expect(describeProblem(first(result), 'en')).toMatch(/^Written the way this app saves scenarios, this one would be 2\.\d MiB/);
  });
});

describe('shape of the file', () => {
  it('names the field and the rule', () => {
    expect(problems(parseScenario(file({ seed: 'one' })))).toEqual([{ code: 'invalidField', path: 'seed', params: { rule: 'integer' } }]);
    expect(first(parseScenario(file({ commands: undefined })))).toEqual({ code: 'invalidField', path: 'commands', params: { rule: 'required' } });
    expect(first(parseScenario(file({ cursor: -1 })))).toEqual({ code: 'invalidField', path: 'cursor', params: { rule: 'min', min: 0 } });
    expect(first(parseScenario(file({ cursor: 4 })))).toEqual({ code: 'invalidField', path: 'cursor', params: { rule: 'max', max: 3 } });
    expect(first(parseScenario(file({ narration: ['a', 2] })))).toEqual({ code: 'invalidField', path: 'narration[1]', params: { rule: 'string' } });
    expect(first(parseScenario(file({ narration: ['a', 'b', 'c', 'd'] })))).toMatchObject({ path: 'narration', params: { rule: 'maxItems', max: 3 } });
    expect(first(parseScenario(file({ lesson: 'nope' })))).toMatchObject({ path: 'lesson', params: { rule: 'oneOf' } });
    expect(first(parseScenario(file({ step: 1 })))).toMatchObject({ path: 'step', params: { rule: 'needsLesson' } });
    expect(first(parseScenario(file({ lesson: 'topics', step: 99 })))).toMatchObject({ path: 'step', params: { rule: 'max' } });
    expect(first(parseScenario(file({ title: 'x'.repeat(201) })))).toMatchObject({ path: 'title', params: { rule: 'maxLength', max: 200 } });
    expect(first(parseScenario(file({ version: undefined })))).toMatchObject({ path: 'version', params: { rule: 'required' } });
    expect(first(parseScenario(file({ version: 0 })))).toMatchObject({ path: 'version', params: { rule: 'min' } });
  });

  it('reports several shape problems at once, in the order of the format fields', () => {
    expect(problems(parseScenario(file({ seed: 1.5, cursor: 'end', title: 7 }))).map((p) => p.path)).toEqual(['seed', 'cursor', 'title']);
  });

  it('refuses a file from a newer version without reading further', () => {
    expect(problems(parseScenario(file({ version: SCENARIO_VERSION + 1, seed: 'whatever' })))).toEqual([
      { code: 'futureVersion', path: 'version', params: { version: SCENARIO_VERSION + 1, supported: SCENARIO_VERSION } },
    ]);
  });
});

describe('commands', () => {
  it('gives the engine\'s error at the command and field', () => {
    const bad = file({ commands: [...SETUP, { type: 'createTopic', topic: 'x', partitions: -2 }] });
    const problem = first(parseScenario(bad));
    expect(problem).toMatchObject({ code: 'INVALID_COMMAND', path: 'commands[3].partitions', params: { field: 'partitions', rule: 'must be a positive integer' } });
    expect(problem.error?.code).toBe('INVALID_COMMAND');
    expect(describeProblem(problem, 'en')).toBe('commands[3].partitions: Command refused: partitions must be a positive integer');
    const view = (error: SimError) => `[${error.code}]`;
    expect(describeProblem(problem, 'ko', view)).toBe('commands[3].partitions: [INVALID_COMMAND]');
  });

  it('an unknown command type is the engine\'s UNKNOWN_COMMAND at the command', () => {
    expect(first(parseScenario(file({ commands: [...SETUP, { type: 'rm -rf' }] })))).toMatchObject({ code: 'UNKNOWN_COMMAND', path: 'commands[3]', params: { type: 'rm -rf' } });
    expect(first(parseScenario(file({ commands: [42] })))).toMatchObject({ code: 'INVALID_COMMAND', path: 'commands[0]' });
  });

  it('a command the engine refuses in sequence stops the load at its index', () => {
    const bad = file({ commands: [...SETUP, { type: 'alterPartitions', topic: 'orders', partitions: 2 }, produce('k', 'v')] });
    expect(problems(parseScenario(bad))).toEqual([{
      code: 'INVALID_PARTITIONS', path: 'commands[3]', params: { topic: 'orders', current: 3, requested: 2 },
      error: expect.objectContaining({ code: 'INVALID_PARTITIONS' }) as SimError,
    }]);
    expect(first(parseScenario(file({ commands: [produce('k', 'v')] })))).toMatchObject({ path: 'commands[0]', code: 'UNKNOWN_PRODUCER' });
  });

  it(`reports at most ${MAX_PROBLEMS} problems, the first first`, () => {
    const list = problems(parseScenario(file({ commands: Array.from({ length: 30 }, (_, i) => ({ type: 'poll', consumer: '', n: i })) })));
    expect(list).toHaveLength(MAX_PROBLEMS);
    expect(list[0]).toMatchObject({ code: 'EMPTY_NAME', path: 'commands[0].consumer' });
  });
});

describe('older versions keep their meaning', () => {
  it('version 1 named the 2.3 DefaultPartitioner round-robin and used it by default: both become legacy-default', () => {
    const v1 = file({ version: 1, commands: [
      { type: 'createTopic', topic: 'orders', partitions: 3 },
      { type: 'addProducer', producer: 'a' },
      { type: 'addProducer', producer: 'b', partitioner: 'round-robin' },
      { type: 'addProducer', producer: 'c', partitioner: 'sticky' },
    ] });
    const result = parseScenario(v1);
    expect(result.ok && result.scenario.commands.slice(1)).toEqual([
      { type: 'addProducer', producer: 'a', partitioner: 'legacy-default' },
      { type: 'addProducer', producer: 'b', partitioner: 'legacy-default' },
      { type: 'addProducer', producer: 'c', partitioner: 'sticky' },
    ]);
    // Saved again, it is a current file that means the same.
    if (result.ok) expect(serializeScenario(result.scenario)).toContain(`"version": ${SCENARIO_VERSION}`);
  });
});

describe('hostile content', () => {
  it('keeps markup as plain text data', () => {
    const markup = '<img src=x onerror=alert(1)>';
    const s: Scenario = { seed: 1, title: markup, commands: [...SETUP, produce(markup, `<script>${markup}</script>`)], narration: [markup] };
    expect(parseScenario(serializeScenario(s))).toEqual({ ok: true, scenario: s });
    expect(decodeScenarioFromUrl(encodeScenarioForUrl(s))).toEqual({ ok: true, scenario: s });
  });

  it('__proto__ and constructor keys do not pollute Object.prototype', () => {
    const text = `{"format":"kafka-sim-scenario","version":1,"seed":1,"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":2}},
      "commands":[{"type":"createTopic","topic":"t","partitions":1,"__proto__":{"polluted":3},"constructor":{"prototype":{"polluted":4}}}]}`;
    // A command's unknown fields are refused by name; the file-level ones are dropped.
    expect(first(parseScenario(text))).toMatchObject({ code: 'UNKNOWN_FIELD', path: 'commands[0].__proto__' });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    const result = parseScenario(text.replace(/,"__proto__":\{"polluted":3\},"constructor":\{"prototype":\{"polluted":4\}\}/, ''));
    expect(result.ok).toBe(true);
    expect(Object.prototype).not.toHaveProperty('polluted');
    if (result.ok) {
      expect(Object.getPrototypeOf(result.scenario)).toBe(Object.prototype);
      expect(Object.keys(result.scenario)).toEqual(['seed', 'commands']);
      expect(Object.getPrototypeOf(result.scenario.commands[0])).toBe(Object.prototype);
    }
    // A command hidden behind __proto__ is not a command.
    expect(first(parseScenario('{"format":"kafka-sim-scenario","version":1,"seed":1,"commands":[{"__proto__":{"type":"advanceTime","ms":1}}]}'))).toMatchObject({ code: 'UNKNOWN_COMMAND', path: 'commands[0]' });
  });
});

function memoryStorage(): ScenarioStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

const failing = (name: string): (() => never) => () => {
  throw Object.assign(new Error(name), { name });
};

describe('saved sandbox', () => {
  it('saves and restores under a versioned key; nothing saved is not a problem', () => {
    const storage = memoryStorage();
    expect(loadSandbox(storage)).toEqual({ ok: false, problems: [] });
    expect(saveSandbox(storage, SAMPLE)).toEqual({ ok: true });
    expect([...storage.data.keys()]).toEqual([SANDBOX_KEY]);
    expect(SANDBOX_KEY).toBe('kafka-sim:sandbox:v1');
    expect(loadSandbox(storage)).toEqual({ ok: true, scenario: SAMPLE });
  });

  it('ignores and removes a corrupt entry, but keeps one from a newer version untouched', () => {
    for (const [text, code] of [['{"format":"kafka-sim', 'notJson'], [file({ commands: [produce('k', 'v')] }), 'UNKNOWN_PRODUCER']]) {
      const storage = memoryStorage();
      storage.data.set(SANDBOX_KEY, text!);
      expect(first(loadSandbox(storage)).code).toBe(code);
      expect(storage.data.has(SANDBOX_KEY)).toBe(false);
    }
    const storage = memoryStorage();
    storage.data.set(SANDBOX_KEY, file({ version: 9 }));
    expect(first(loadSandbox(storage)).code).toBe('futureVersion');
    expect(storage.data.get(SANDBOX_KEY)).toBe(file({ version: 9 }));
  });

  it('does not write a sandbox with more commands than a file may hold, so the saved one stays loadable', () => {
    const storage = memoryStorage();
    expect(saveSandbox(storage, SAMPLE)).toEqual({ ok: true });
    const many: Scenario = { seed: 1, commands: Array.from({ length: MAX_COMMANDS + 1 }, () => ({ type: 'advanceTime', ms: 1 })) };
    expect(saveSandbox(storage, many)).toEqual({ ok: false, problems: [{ code: 'tooManyCommands', path: 'commands', params: { count: MAX_COMMANDS + 1, max: MAX_COMMANDS } }] });
    expect(loadSandbox(storage)).toEqual({ ok: true, scenario: SAMPLE });
  });

  it('handles storage that throws or is missing', () => {
    const full = { ...memoryStorage(), setItem: failing('QuotaExceededError') };
    expect(saveSandbox(full, SAMPLE)).toEqual({ ok: false, problems: [{ code: 'storageFull', path: '' }] });
    const blocked = { getItem: failing('SecurityError'), setItem: failing('SecurityError'), removeItem: failing('SecurityError') };
    expect(saveSandbox(blocked, SAMPLE)).toEqual({ ok: false, problems: [{ code: 'storageUnavailable', path: '' }] });
    expect(loadSandbox(blocked)).toEqual({ ok: false, problems: [{ code: 'storageUnavailable', path: '' }] });
    const unremovable = { ...memoryStorage(), removeItem: failing('SecurityError') };
    unremovable.data.set(SANDBOX_KEY, 'garbage');
    expect(first(loadSandbox(unremovable)).code).toBe('notJson');
    expect(loadSandbox(undefined)).toEqual({ ok: false, problems: [{ code: 'storageUnavailable', path: '' }] });
  });
});

describe('problem texts', () => {
  const placeholders = paramNames;

  it('every file-level problem code has Korean and English text with the same placeholders', () => {
    for (const code of FILE_PROBLEM_CODES) {
      const entry = (FILE_MESSAGES as Record<string, { ko: string; en: string } | undefined>)[`file.problem.${code}`];
      expect(entry?.ko, code).toBeTruthy();
      expect(entry?.en, code).toBeTruthy();
    }
    for (const [key, entry] of Object.entries(FILE_MESSAGES)) expect(placeholders(entry.ko), key).toEqual(placeholders(entry.en));
  });

  it('engine codes a file can produce have catalogue text', () => {
    for (const code of ['INVALID_COMMAND', 'UNKNOWN_COMMAND', 'EMPTY_NAME', 'UNKNOWN_PRODUCER']) expect(ERROR_MESSAGES).toHaveProperty([`error.${code}`]);
  });

  it('describes every problem in both languages with no placeholder left', () => {
    const samples: ScenarioProblem[] = [
      { code: 'tooLarge', path: '', params: { bytes: 3_000_000, max: MAX_SCENARIO_BYTES } },
      { code: 'tooLargeSaved', path: '', params: { bytes: 3_000_000, max: MAX_SCENARIO_BYTES } },
      { code: 'tooDeep', path: '', params: { max: 16 } },
      { code: 'notJson', path: '' },
      { code: 'wrongFormat', path: 'format' },
      { code: 'futureVersion', path: 'version', params: { version: SCENARIO_VERSION + 1, supported: SCENARIO_VERSION } },
      { code: 'invalidField', path: 'seed', params: { rule: 'integer' } },
      { code: 'tooManyCommands', path: 'commands', params: { count: 300_000, max: 200_000 } },
      { code: 'badLink', path: '' },
      { code: 'storageFull', path: '' },
      { code: 'storageUnavailable', path: '' },
      ...['required', 'list', 'string', 'needsLesson'].map((rule) => ({ code: 'invalidField', path: 'x', params: { rule } })),
      { code: 'invalidField', path: 'x', params: { rule: 'min', min: 0 } },
      { code: 'invalidField', path: 'x', params: { rule: 'max', max: 3 } },
      { code: 'invalidField', path: 'x', params: { rule: 'maxLength', max: 200 } },
      { code: 'invalidField', path: 'x', params: { rule: 'maxItems', max: 3 } },
      { code: 'invalidField', path: 'x', params: { rule: 'oneOf', values: 'a, b' } },
    ];
    expect(new Set(samples.map((p) => p.code))).toEqual(new Set(FILE_PROBLEM_CODES));
    for (const lang of ['ko', 'en'] as const) {
      for (const problem of samples) expect(describeProblem(problem, lang), JSON.stringify(problem)).not.toMatch(/\{\w+\}/);
    }
    expect(describeProblem({ code: 'invalidField', path: 'commands', params: { rule: 'required' } }, 'en')).toBe('commands is required.');
    expect(describeProblem({ code: 'invalidField', path: 'cursor', params: { rule: 'min', min: 0 } }, 'ko')).toBe('cursor 값은 0 이상이어야 합니다.');
  });
});
