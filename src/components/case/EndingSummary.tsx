import type { Choice, EndingNode, Scenario } from '../../schemas/scenario';
import type { ChoiceStep } from '../../dialogue/dialogue-machine';
import type { Finish } from '../../progress/scoring';
import { useTranslate } from '../../i18n/MessagesContext';
import { outcomeLabel } from '../../vocabulary/labels';

interface Props {
  scenario: Scenario;
  ending: EndingNode;
  /** This run's score: the summary is about the run just played. */
  score: number;
  maxScore: number;
  /** The scored run's finish (the learner's first answers), which counts; undefined until it has one. */
  scored: Finish | undefined;
  /** Whether this run is practice after going back or starting again, not the scored run. */
  practice: boolean;
  /** Takes a practising learner back to where their scored answers stopped, when they have not finished. */
  onReturnToScoredRun?: (() => void) | undefined;
  path: readonly ChoiceStep[];
  recommended: readonly Choice[];
  scenariosHref: string;
  /** The next scenario in the module's order, if any. */
  next?: { title: string; href: string } | undefined;
}

function choiceText(scenario: Scenario, step: ChoiceStep): { prompt: string; text: string } {
  const node = scenario.nodes.find((candidate) => candidate.id === step.decision);
  if (node?.kind !== 'decision') return { prompt: step.decision, text: step.choice };
  return {
    prompt: node.prompt,
    text: node.choices.find((choice) => choice.id === step.choice)?.text ?? step.choice,
  };
}

/** Where the learner's path and the recommended path split, decision by decision. */
function comparePaths(
  scenario: Scenario,
  path: readonly ChoiceStep[],
  recommended: readonly Choice[],
) {
  const recommendedIds = new Set(recommended.map((choice) => choice.id));
  return path.map((step) => {
    const node = scenario.nodes.find((candidate) => candidate.id === step.decision);
    const best =
      node?.kind === 'decision'
        ? (node.choices.find((choice) => recommendedIds.has(choice.id)) ??
          [...node.choices].sort((a, b) => b.score - a.score)[0])
        : undefined;
    return {
      step,
      ...choiceText(scenario, step),
      bestText: best?.text ?? '',
      matches: best?.id === step.choice,
    };
  });
}

/** The end of a case: outcome, score, the learner's path against the recommended one, key points. */
export function EndingSummary({
  scenario,
  ending,
  score,
  maxScore,
  scored,
  practice,
  onReturnToScoredRun,
  path,
  recommended,
  scenariosHref,
  next,
}: Props) {
  const percent = maxScore > 0 ? Math.round((score / maxScore) * 100) : 0;
  const rows = comparePaths(scenario, path, recommended);
  const t = useTranslate();
  return (
    <div className="app-ending" data-outcome={ending.outcome}>
      <div className="nhsuk-card">
        <div className="nhsuk-card__content">
          <h3 className="nhsuk-card__heading">
            {t(practice ? 'practice.ending.heading' : 'case.ending.heading')}
          </h3>
          <p className="nhsuk-card__description">{ending.summary}</p>
          <dl className="nhsuk-summary-list">
            <div className="nhsuk-summary-list__row">
              <dt className="nhsuk-summary-list__key">{t('case.ending.outcome')}</dt>
              <dd className="nhsuk-summary-list__value">{outcomeLabel(t, ending.outcome)}</dd>
            </div>
            <div className="nhsuk-summary-list__row">
              <dt className="nhsuk-summary-list__key">
                {t(practice ? 'practice.ending.thisRun' : 'case.ending.score')}
              </dt>
              <dd
                className="nhsuk-summary-list__value"
                data-testid={practice ? 'case-practice-score' : 'case-score'}
              >
                {t(practice ? 'practice.ending.notScored' : 'case.ending.scoreValue', {
                  score,
                  maxScore,
                  percent,
                })}
              </dd>
            </div>
            {practice && (
              <div className="nhsuk-summary-list__row">
                <dt className="nhsuk-summary-list__key">{t('practice.ending.yourScore')}</dt>
                <dd className="nhsuk-summary-list__value" data-testid="case-score">
                  {scored
                    ? t('practice.ending.scored', {
                        score: scored.score,
                        maxScore: scored.maxScore,
                        percent:
                          scored.maxScore > 0
                            ? Math.round((scored.score / scored.maxScore) * 100)
                            : 0,
                        outcome: outcomeLabel(t, scored.outcome).toLowerCase(),
                      })
                    : t('practice.ending.notYet')}
                </dd>
              </div>
            )}
          </dl>
          {practice && (
            <p className="nhsuk-card__description" data-testid="case-practice-note">
              {t('practice.ending.note')}
            </p>
          )}
          {practice && onReturnToScoredRun && (
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary app-case__small-button"
              onClick={onReturnToScoredRun}
            >
              {t('practice.ending.returnToScored')}
            </button>
          )}
        </div>
      </div>

      {/* On a phone the rows stack, each cell under its own label, so no word is broken to fit a
          column; the explicit roles keep it a table to assistive tech when the display changes. */}
      <table className="nhsuk-table app-path-table" role="table">
        <caption className="nhsuk-table__caption nhsuk-table__caption--s">
          {t('case.ending.pathCaption')}
        </caption>
        <thead className="nhsuk-table__head" role="rowgroup">
          <tr className="nhsuk-table__row" role="row">
            <th scope="col" className="nhsuk-table__header" role="columnheader">
              {t('case.ending.decision')}
            </th>
            <th scope="col" className="nhsuk-table__header" role="columnheader">
              {t('case.ending.youChose')}
            </th>
            <th scope="col" className="nhsuk-table__header" role="columnheader">
              {t('case.ending.recommended')}
            </th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body" role="rowgroup">
          {rows.map((row) => (
            <tr key={row.step.decision} className="nhsuk-table__row" role="row">
              <td className="nhsuk-table__cell" role="cell">
                <span className="app-path-table__label" aria-hidden="true">
                  {t('case.ending.decision')}
                </span>
                {row.prompt}
              </td>
              <td className="nhsuk-table__cell" role="cell">
                <span className="app-path-table__label" aria-hidden="true">
                  {t('case.ending.youChose')}
                </span>
                {row.text}
                <span
                  className={`app-path-table__verdict app-path-table__verdict--${row.matches ? 'same' : 'different'}`}
                >
                  {` (${t(row.matches ? 'case.ending.asRecommended' : 'case.ending.differs')})`}
                </span>
              </td>
              <td className="nhsuk-table__cell" role="cell">
                <span className="app-path-table__label" aria-hidden="true">
                  {t('case.ending.recommended')}
                </span>
                {row.bestText}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3 className="nhsuk-heading-s">{t('case.ending.learningPoints')}</h3>
      <ul className="nhsuk-list nhsuk-list--bullet">
        {ending.learningPoints.map((point) => (
          <li key={point}>{point}</li>
        ))}
      </ul>
      {next && (
        <a className="nhsuk-button app-ending__next" href={next.href}>
          {t('case.ending.next', { title: next.title })}
        </a>
      )}
      <p>
        <a href={scenariosHref}>{t('case.ending.back')}</a>
      </p>
    </div>
  );
}
