export type Lang = 'ko' | 'en';

/** One user-visible string in both languages; `{name}` marks a parameter. */
export type Entry = { ko: string; en: string };
