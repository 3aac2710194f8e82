import type { Translate } from '../i18n/messages';
import {
  moduleKey,
  moduleStorage,
  readText,
  writeText,
  type KeyValueStorage,
} from '../storage/browser-storage';

/**
 * Time the learner has spent in the cases on this device, for the certificate. Counted only while
 * a case page is visible, in whole seconds, in local storage (it is not progress, so it never
 * goes near the LMS's size-limited progress data; the LMS keeps its own session times).
 */
const key = moduleKey('v1:seconds-in-cases');

export function secondsSpent(storage: KeyValueStorage | undefined = moduleStorage()): number {
  const value = Number(readText(storage, key) ?? 0);
  return Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
}

/** Storage blocked: the certificate will show less time, nothing else is affected. */
export function addSecondsSpent(
  seconds: number,
  storage: KeyValueStorage | undefined = moduleStorage(),
) {
  writeText(storage, key, String(secondsSpent(storage) + Math.max(0, Math.round(seconds))));
}

/** "1 hour 5 minutes", "35 minutes", "less than a minute", in the page's language (t: the duration.* strings). */
export function describeDuration(seconds: number, t: Translate): string {
  const minutes = Math.floor(seconds / 60);
  if (minutes < 1) return t('duration.lessThanAMinute');
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const part = (count: number, unit: 'minutes' | 'hours') =>
    t(`duration.${unit}${count === 1 ? 'One' : 'Many'}`, { count });
  if (!hours) return part(minutes, 'minutes');
  return rest
    ? t('duration.hoursAndMinutes', { hours: part(hours, 'hours'), minutes: part(rest, 'minutes') })
    : part(hours, 'hours');
}

/** Counts visible time on the current page every few seconds, so a closed tab loses little. */
export function countTimeWhileVisible(intervalSeconds = 5): () => void {
  const timer = setInterval(() => {
    if (document.visibilityState === 'visible') addSecondsSpent(intervalSeconds);
  }, intervalSeconds * 1000);
  return () => clearInterval(timer);
}
