import type { Settings } from '../schemas/settings';
import type { Problem } from '../schemas/problem';

/**
 * Induction-sized (CONTENT-RULES.md rule 6). Junior doctors have 20 to 40 minutes at induction
 * and the content brief allows the whole module 30 to 45, so the required scenarios should add up
 * to no more than 45 minutes; the rest can be optional. Minutes are each scenario's `minutes`.
 */
export const requiredMinutesLimit = 45;

export interface MinutesTotal {
  scenarios: string[];
  minutes: number;
}

export interface ModuleMinutes {
  required: MinutesTotal;
  optional: MinutesTotal;
}

/** The minutes of the required and of the optional scenarios the settings list. */
export function moduleMinutes(
  entries: Settings['scenarios'],
  minutesOf: ReadonlyMap<string, number>,
): ModuleMinutes {
  const total = (required: boolean): MinutesTotal => {
    const scenarios = entries
      .filter((entry) => entry.required === required && minutesOf.has(entry.id))
      .map((entry) => entry.id);
    return { scenarios, minutes: scenarios.reduce((sum, id) => sum + minutesOf.get(id)!, 0) };
  };
  return { required: total(true), optional: total(false) };
}

const count = (total: MinutesTotal) =>
  `${total.scenarios.length} scenario${total.scenarios.length === 1 ? '' : 's'}`;

/** One line for check:content and package: "Playing time: required 8 scenarios, 40 minutes (…); optional …". */
export function minutesSummary({ required, optional }: ModuleMinutes): string {
  return `Playing time: required ${count(required)}, ${required.minutes} minutes (at most ${requiredMinutesLimit} for induction); optional ${count(optional)}, ${optional.minutes} minutes.`;
}

/** A warning when the required scenarios take longer than an induction slot. */
export function checkRequiredMinutes(
  totals: ModuleMinutes,
  at: { file: string; line?: number; field: string },
): Problem[] {
  const { required } = totals;
  if (required.minutes <= requiredMinutesLimit) return [];
  return [
    {
      severity: 'warning',
      ...at,
      message: `the required scenarios add up to ${required.minutes} minutes (${count(required)}), more than the ${requiredMinutesLimit} an induction slot allows.`,
      fix: `make some scenarios optional (required: false) until the required ones total ${requiredMinutesLimit} minutes or less; learners can still play the optional ones (docs/tailoring.md, "How long the module takes").`,
    },
  ];
}
