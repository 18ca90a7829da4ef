import { hasMessage, translate, type Lang, type MessageKey } from '../i18n/catalog.ts';
import type { SimError } from '../engine/index.ts';
import type { FILE_MESSAGES } from '../i18n/messages/files.ts';
import type { ScenarioProblem } from './scenario-file.ts';

// Problems from scenario-file.ts as sentences. File-level codes are translated here; a command the
// engine refused is explained by the engine's own error text, which lives in the view
// (describeError in src/view/narrate.ts): pass it in, since lessons do not import the view.

type FileKey = keyof typeof FILE_MESSAGES;
type Params = Record<string, string | number>;

// Through translate, so plural forms and particles are filled and the embed's loaded text is used.
function fileText(lang: Lang, key: FileKey, params: Params = {}): string {
  return translate(lang, key, params);
}

const isFileKey = (key: string, lang: Lang): key is FileKey => key.startsWith('file.') && hasMessage(lang, key);

const ENGINE_RULES: Record<string, MessageKey> = {
  integer: 'error.rule.integer',
  min: 'error.rule.min',
  max: 'error.rule.max',
  string: 'error.rule.string',
  oneOf: 'error.rule.oneOf',
};

function ruleText(params: Params, lang: Lang): string {
  const rule = String(params['rule'] ?? '');
  const engineKey = ENGINE_RULES[rule];
  if (engineKey !== undefined) return translate(lang, engineKey, params);
  const key = `file.rule.${rule}`;
  return isFileKey(key, lang) ? fileText(lang, key, params) : rule;
}

/**
 * 2097153 → "2.0 MiB (2,097,153 bytes)": one decimal, and the exact count, so a file one byte over
 * the limit does not read as the limit itself.
 */
export function megabytes(bytes: number, lang: Lang): string {
  const locale = lang === 'ko' ? 'ko-KR' : 'en-US';
  const mib = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1, roundingMode: 'floor' } as Intl.NumberFormatOptions).format(bytes / (1024 * 1024));
  return translate(lang, 'file.size', { mib, bytes: new Intl.NumberFormat(locale).format(bytes) });
}

/**
 * One problem as a sentence, e.g. "commands[12].partitions must be a positive integer." or
 * "commands[3]: <the engine's explanation>". `describeEngineError` explains a SimError (pass the
 * view's describeError); without it the engine's English message is shown.
 */
export function describeProblem(problem: ScenarioProblem, lang: Lang, describeEngineError?: (error: SimError, lang: Lang) => string): string {
  const params = problem.params ?? {};
  if (problem.error !== undefined) {
    const text = describeEngineError ? describeEngineError(problem.error, lang) : fileText(lang, 'file.problem.engine', { message: problem.error.message });
    return problem.path === '' ? text : fileText(lang, 'file.problem.at', { path: problem.path, problem: text });
  }
  switch (problem.code) {
    case 'invalidField':
      return fileText(lang, 'file.problem.invalidField', { path: problem.path, rule: ruleText(params, lang) });
    case 'tooLarge':
    case 'tooLargeSaved':
      return fileText(lang, `file.problem.${problem.code}`, { size: megabytes(Number(params['bytes']), lang), max: megabytes(Number(params['max']), lang) });
    default: {
      const key = `file.problem.${problem.code}`;
      if (!isFileKey(key, lang)) return translate(lang, 'error.unknown', { message: problem.code });
      // The other file-level texts say what is wrong without needing the path.
      return fileText(lang, key, params);
    }
  }
}
