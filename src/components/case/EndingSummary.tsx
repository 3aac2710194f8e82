import type { Choice, EndingNode, Scenario } from '../../schemas/scenario';
import type { ChoiceStep } from '../../dialogue/dialogue-machine';
import type { Finish } from '../../progress/best-finish';
import { useTranslate } from '../../i18n/MessagesContext';

interface Props {
  scenario: Scenario;
  ending: EndingNode;
  /** This run's score: the summary is about the run just played. */
  score: number;
  maxScore: number;
  /** The finish kept for the learner's progress: the best of every run, this one included. */
  kept: Finish | undefined;
  path: readonly ChoiceStep[];
  recommended: readonly Choice[];
  scenariosHref: string;
  /** The next scenario in the module's order, if any. */
  next?: { title: string; href: string } | undefined;
}

function choiceText(scenario: Scenario, step: ChoiceStep): { prompt: string; text: string } {
  const node = scenario.nodes.find((candidate) => candidate.id === step.decision);
  if (node?.kind !== 'decision') return { prompt: step.decision, text: step.choice };
  return { prompt: node.prompt, text: node.choices.find((choice) => choice.id === step.choice)?.text ?? step.choice };
}

/** Where the learner's path and the recommended path split, decision by decision. */
function comparePaths(scenario: Scenario, path: readonly ChoiceStep[], recommended: readonly Choice[]) {
  const recommendedIds = new Set(recommended.map((choice) => choice.id));
  return path.map((step) => {
    const node = scenario.nodes.find((candidate) => candidate.id === step.decision);
    const best = node?.kind === 'decision' ? node.choices.find((choice) => recommendedIds.has(choice.id)) ?? [...node.choices].sort((a, b) => b.score - a.score)[0] : undefined;
    return { step, ...choiceText(scenario, step), bestText: best?.text ?? '', matches: best?.id === step.choice };
  });
}

/** The end of a case: outcome, score, the learner's path against the recommended one, key points. */
export function EndingSummary({ scenario, ending, score, maxScore, kept, path, recommended, scenariosHref, next }: Props) {
  const percent = maxScore > 0 ? Math.round((score / maxScore) * 100) : 0;
  const keptEarlier = kept && (kept.ending !== ending.id || kept.score !== score) ? kept : null;
  const rows = comparePaths(scenario, path, recommended);
  const t = useTranslate();
  return (
    <div className="app-ending" data-outcome={ending.outcome}>
      <div className="nhsuk-card">
        <div className="nhsuk-card__content">
          <h3 className="nhsuk-card__heading">{t('case.ending.heading')}</h3>
          <p className="nhsuk-card__description">{ending.summary}</p>
          <dl className="nhsuk-summary-list">
            <div className="nhsuk-summary-list__row">
              <dt className="nhsuk-summary-list__key">{t('case.ending.outcome')}</dt>
              <dd className="nhsuk-summary-list__value">{t(`outcome.${ending.outcome}`)}</dd>
            </div>
            <div className="nhsuk-summary-list__row">
              <dt className="nhsuk-summary-list__key">{t('case.ending.score')}</dt>
              <dd className="nhsuk-summary-list__value" data-testid="case-score">
                {t('case.ending.scoreValue', { score, maxScore, percent })}
              </dd>
            </div>
          </dl>
          {keptEarlier && (
            <p className="nhsuk-card__description" data-testid="case-best-kept">
              {t('case.ending.bestKept', { score: keptEarlier.score, maxScore: keptEarlier.maxScore, outcome: t(`outcome.${keptEarlier.outcome}`).toLocaleLowerCase() })}
            </p>
          )}
        </div>
      </div>

      <table className="nhsuk-table app-path-table">
        <caption className="nhsuk-table__caption nhsuk-table__caption--s">{t('case.ending.pathCaption')}</caption>
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row">
            <th scope="col" className="nhsuk-table__header">{t('case.ending.decision')}</th>
            <th scope="col" className="nhsuk-table__header">{t('case.ending.youChose')}</th>
            <th scope="col" className="nhsuk-table__header">{t('case.ending.recommended')}</th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {rows.map((row) => (
            <tr key={row.step.decision} className="nhsuk-table__row">
              <td className="nhsuk-table__cell">{row.prompt}</td>
              <td className="nhsuk-table__cell">
                {row.text}
                <span className={`app-path-table__verdict app-path-table__verdict--${row.matches ? 'same' : 'different'}`}>
                  {` (${row.matches ? t('case.ending.asRecommended') : t('case.ending.differs')})`}
                </span>
              </td>
              <td className="nhsuk-table__cell">{row.bestText}</td>
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
