/**
 * Times and durations in each SCORM version's own format. LMSs differ in how strictly they check
 * these (scorm-again accepts one-digit hours in 1.2, stricter LMSs reject them), so we write the
 * strictest form of each and tests pin the formats.
 */

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** The longest session SCORM 1.2's CMITimespan can express: 9999:59:59.99. */
const scorm12MaxCentiseconds = (9999 * 3600 + 59 * 60 + 59) * 100 + 99;

function centiseconds(milliseconds: number): number {
  return Math.max(0, Math.round((Number.isFinite(milliseconds) ? milliseconds : 0) / 10));
}

/** SCORM 1.2 CMITimespan, `HHHH:MM:SS.SS`: two to four hour digits, capped at 9999 hours. */
export function scorm12Timespan(milliseconds: number): string {
  const total = Math.min(centiseconds(milliseconds), scorm12MaxCentiseconds);
  const hours = Math.floor(total / 360000);
  const minutes = Math.floor((total % 360000) / 6000);
  const seconds = Math.floor((total % 6000) / 100);
  return `${pad(hours)}:${pad(minutes)}:${pad(seconds)}.${pad(total % 100)}`;
}

/** SCORM 2004 timeinterval (ISO 8601 duration), at most two decimal places on the seconds. */
export function scorm2004Duration(milliseconds: number): string {
  const total = centiseconds(milliseconds);
  const hours = Math.floor(total / 360000);
  const minutes = Math.floor((total % 360000) / 6000);
  const hundredths = total % 6000;
  const seconds =
    hundredths % 100 === 0
      ? String(hundredths / 100)
      : (hundredths / 100).toFixed(2).replace(/0$/, '');
  return `PT${hours ? `${hours}H` : ''}${hours || minutes ? `${minutes}M` : ''}${seconds}S`;
}

/** SCORM 1.2 CMITime, a time of day `HH:MM:SS`, in the learner's local time. */
export function scorm12TimeOfDay(date: Date): string {
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/**
 * SCORM 2004 time(second,10,0) in UTC. The format nests the time zone inside the fractional
 * seconds (`ss[.s[TZD]]`), so a fraction is always written before the `Z`.
 */
export function scorm2004Timestamp(date: Date): string {
  return (
    `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}` +
    `T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}` +
    `.${Math.floor(date.getUTCMilliseconds() / 100)}Z`
  );
}
