import type { InsightsCourse } from '../../insights/course';
import type { DecisionFigures } from '../../insights/report';
import { useTranslate } from '../../i18n/MessagesContext';
import { sayMessage } from '../../i18n/messages';
import { SignificantEvent } from './SignificantEvent';
import { percent } from './report-words';

/** The wrong turn most learners took at a decision, or why none is named. */
export function CommonWrongTurn({
  course,
  decision,
  id,
}: {
  course: InsightsCourse;
  decision: DecisionFigures;
  id: string;
}) {
  const t = useTranslate();
  if (!decision.commonWrongTurn)
    return (
      decision.wrongTurnNote && (
        <p className="nhsuk-body-s">
          {t('insights.report.wrongTurn.notNamed')} {sayMessage(t, decision.wrongTurnNote)}
        </p>
      )
    );
  return (
    <div className="app-insights__wrong-turn" data-testid="wrong-turn">
      <h4>{t('insights.report.wrongTurn.heading')}</h4>
      <p>
        <strong>{decision.commonWrongTurn.choice.text}</strong>{' '}
        {t('insights.report.wrongTurn.share', {
          learners: decision.commonWrongTurn.learners,
          answered: decision.commonWrongTurn.answered,
          percent: percent(decision.commonWrongTurn.share),
        })}
      </p>
      <p>
        <strong>
          {decision.commonWrongTurn.choice.consequenceScene
            ? t('insights.report.wrongTurn.followsIn', {
                scene: decision.commonWrongTurn.choice.consequenceScene,
              })
            : t('insights.report.wrongTurn.follows')}
        </strong>{' '}
        {decision.commonWrongTurn.choice.consequence ??
          (decision.commonWrongTurn.changedNote &&
            sayMessage(t, decision.commonWrongTurn.changedNote))}
      </p>
      {decision.commonWrongTurn.choice.requirement && (
        <p>
          <strong>{t('insights.report.wrongTurn.requirement')}</strong>{' '}
          {decision.commonWrongTurn.choice.requirement}
        </p>
      )}
      {decision.commonWrongTurn.teachingHref && (
        <p className="app-insights__screen-only">
          <a href={decision.commonWrongTurn.teachingHref}>
            {t('insights.report.teachingNotes', {
              title: decision.commonWrongTurn.scenarioTitle,
            })}
          </a>
        </p>
      )}
      <SignificantEvent course={course} turn={decision.commonWrongTurn} id={`${id}-event`} />
    </div>
  );
}
