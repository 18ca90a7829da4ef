import { SANDBOX_KEY, type ScenarioStorage } from '../lessons/scenario-file.ts';

// The way out of a page that cannot draw: the saved sandbox is moved aside (never deleted), so a
// new sandbox opens on the next load, and the old one can still be downloaded and loaded later.

export const ASIDE_KEY = 'kafka-sim:sandbox:aside:v1';

/** The saved sandbox's text as stored, or the one set aside earlier; undefined when there is none. */
export function savedSandboxText(storage: ScenarioStorage | undefined): string | undefined {
  try {
    return storage?.getItem(SANDBOX_KEY) ?? storage?.getItem(ASIDE_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Moves the saved sandbox to ASIDE_KEY (replacing an older one set aside); true when the saved slot is now empty. */
export function setSandboxAside(storage: ScenarioStorage | undefined): boolean {
  if (!storage) return false;
  try {
    const text = storage.getItem(SANDBOX_KEY);
    if (text !== null) storage.setItem(ASIDE_KEY, text);
    storage.removeItem(SANDBOX_KEY);
    return true;
  } catch {
    return false;
  }
}

/** Hands `text` to the browser as a file download. */
export function downloadText(text: string, filename: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
