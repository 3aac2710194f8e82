import type { ChoiceRating } from '../../insights/course';
import type { Translate } from '../../i18n/messages';

/** "42%", or nothing where the share is hidden. */
export const percent = (share: number | null) =>
  share === null ? '' : `${Math.round(share * 100)}%`;

/** A choice's rating in words (insights.report.rating.*). */
export const ratingLabel = (t: Translate, rating: ChoiceRating) =>
  t(`insights.report.rating.${rating}`);

/** "1 learner", "3 learners": the one and many forms of a counted noun. */
export const counted = (
  t: Translate,
  key: string,
  count: number,
  params: Record<string, string | number> = {},
) => t(`${key}${count === 1 ? 'One' : 'Many'}`, { count, ...params });

/** A median time in whole minutes, or "under a minute". */
export function minutes(t: Translate, seconds: number) {
  const whole = Math.round(seconds / 60);
  return whole < 1
    ? t('insights.report.underAMinute')
    : counted(t, 'insights.report.minutes', whole);
}
