/**
 * Learner preferences for the vlog, kept in local storage so they hold across scenes and visits.
 * Storage may be blocked; then the defaults apply for this visit.
 */
import { moduleKey, moduleStorage, readText, writeText } from '../../storage/browser-storage';

const captionsKey = moduleKey('captions');
const modeKey = moduleKey('vlog-mode');

/** "watch": scenes play on Continue after the first one; "read": scenes are skipped to their text. */
export type VlogMode = 'watch' | 'read' | 'ask';

const read = (key: string) => readText(moduleStorage(), key);
const write = (key: string, value: string) => writeText(moduleStorage(), key, value);

/** Captions are on unless the learner has turned them off. */
export const captionsPreferred = () => read(captionsKey) !== 'off';
export const rememberCaptions = (on: boolean) => write(captionsKey, on ? 'on' : 'off');

export function vlogMode(): VlogMode {
  const stored = read(modeKey);
  return stored === 'watch' || stored === 'read' ? stored : 'ask';
}
export const rememberVlogMode = (mode: Exclude<VlogMode, 'ask'>) => write(modeKey, mode);
