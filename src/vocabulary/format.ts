/** Numbers, dates and times as the module writes them. Pure. */

/** "6 December 2026" (or "6 Rhagfyr 2026" with cy-GB), read in UTC, so a build's dates do not move with its time zone. */
export function formatLongDate(date: Date, languageTag = 'en-GB'): string {
  return date.toLocaleDateString(languageTag, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** Whole seconds as m:ss: "2:00", "0:09", "12:30". */
export function formatMinutesSeconds(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
