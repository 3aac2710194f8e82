/**
 * Learner preferences for the vlog, kept in local storage so they hold across scenes and visits.
 * Storage may be blocked; then the defaults apply for this visit.
 */
const captionsKey = 'across-the-interface:captions';
const modeKey = 'across-the-interface:vlog-mode';

/** "watch": scenes play on Continue after the first one; "read": scenes are skipped to their text. */
export type VlogMode = 'watch' | 'read' | 'ask';

function read(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function write(key: string, value: string) {
  try {
    globalThis.localStorage?.setItem(key, value);
  } catch {
    // Blocked storage: the preference lasts for this visit only.
  }
}

/** Captions are on unless the learner has turned them off. */
export const captionsPreferred = () => read(captionsKey) !== 'off';
export const rememberCaptions = (on: boolean) => write(captionsKey, on ? 'on' : 'off');

export function vlogMode(): VlogMode {
  const stored = read(modeKey);
  return stored === 'watch' || stored === 'read' ? stored : 'ask';
}
export const rememberVlogMode = (mode: Exclude<VlogMode, 'ask'>) => write(modeKey, mode);
