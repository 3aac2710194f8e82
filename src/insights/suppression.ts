/**
 * Small-number suppression, as information governance teams expect of any report about people:
 * a figure about fewer than five learners could point to one of them, so it is not shown, and
 * the page says why in place of the number.
 */
import type { MessageData, Translate } from '../i18n/messages';

export const smallestShownCount = 5;

export interface ShownCount {
  value: number;
  hidden: false;
}

export interface HiddenCount {
  value: null;
  hidden: true;
  /** Why the figure is not shown, as a message the page and the CSV word (insights.hidden.*). */
  reason: MessageData;
}

export type Count = ShownCount | HiddenCount;

export const fewerThanFive: MessageData = {
  key: 'insights.hidden.fewerThan',
  params: { count: smallestShownCount },
};
export const hiddenWithOthers: MessageData = { key: 'insights.hidden.withOthers' };

export const shown = (value: number): ShownCount => ({ value, hidden: false });
export const hidden = (reason: MessageData): HiddenCount => ({ value: null, hidden: true, reason });

/** One figure on its own: hidden when 1 to 4 learners. Zero says nothing about anyone and is shown. */
export function suppressOne(value: number): Count {
  return value > 0 && value < smallestShownCount ? hidden(fewerThanFive) : shown(value);
}

/**
 * Figures that add up to a total the page shows (learners per option of a decision). Each of 1
 * to 4 is hidden; and if only one is hidden, the next smallest is hidden with it, or the hidden
 * one could be had by subtracting the others from the total.
 */
export function suppressParts(values: readonly number[]): Count[] {
  const counts = values.map(suppressOne);
  const hiddenIndexes = counts.flatMap((count, index) => (count.hidden ? [index] : []));
  if (hiddenIndexes.length === 1) {
    const next = values
      .map((value, index) => ({ value, index }))
      .filter(({ value, index }) => value > 0 && !counts[index]!.hidden)
      .sort((a, b) => a.value - b.value)[0];
    if (next) counts[next.index] = hidden(hiddenWithOthers);
  }
  return counts;
}

/** A share of a shown total, for a shown part; null when either is hidden. */
export function shareOf(part: Count, total: Count): number | null {
  if (part.hidden || total.hidden || total.value === 0) return null;
  return part.value / total.value;
}

/** "7", or "fewer than 5" (or "hidden") where hidden: the cell text for tables and the CSV. */
export function countText(t: Translate, count: Count): string {
  if (!count.hidden) return String(count.value);
  return count.reason.key === fewerThanFive.key
    ? t('insights.report.fewerThan', { count: smallestShownCount })
    : t('insights.report.hidden');
}
