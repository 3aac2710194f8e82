import type { ReactNode } from 'react';
import type { Scenario } from '../../schemas/scenario';
import type { ScoredRun } from '../../progress/scoring';
import { useTranslate } from '../../i18n/MessagesContext';
import type { Resume } from './use-case-progress';

interface Props {
  children: ReactNode;
  /** An extra class for the notice's own look ("app-case__practice"). */
  className?: string;
  testId?: string;
  /** "status" for a notice that appears after the page has loaded and must be heard. */
  role?: 'status';
}

/** An information notice in the case: inset text, named as information for screen readers. */
export function CaseNotice({ children, className, testId, role }: Props) {
  const t = useTranslate();
  return (
    <div
      className={`nhsuk-inset-text app-case__notice${className ? ` ${className}` : ''}`}
      data-testid={testId}
      role={role}
    >
      <span className="nhsuk-u-visually-hidden">{t('case.information')}: </span>
      <p>{children}</p>
    </div>
  );
}

interface IntroProps {
  scenario: Scenario;
  resume: Resume['kind'];
  practising: boolean;
  scoredRun: ScoredRun;
}

/** Above the conversation: who the learner plays, and why the case is not where they left it. */
export function CaseIntro({ scenario, resume, practising, scoredRun }: IntroProps) {
  const t = useTranslate();
  const learner = scenario.cast.find((member) => member.side === scenario.learnerSide);
  return (
    <>
      {learner && (
        <p className="app-case__role">
          {t('case.youAre.before')}
          <strong>{learner.name}</strong>
          {t(`case.youAre.after.${learner.side}`, { role: learner.role })}
        </p>
      )}
      {resume === 'discarded' && (
        <CaseNotice role="status">{t('case.changedSinceLastTime')}</CaseNotice>
      )}

      {practising && (
        <CaseNotice className="app-case__practice" testId="case-practice">
          <strong>{t('practice.notice.label')}</strong>
          {scoredRun.finished
            ? t('practice.notice.bodyWithScore', {
                score: scoredRun.finished.score,
                maxScore: scoredRun.finished.maxScore,
              })
            : t('practice.notice.body')}
        </CaseNotice>
      )}
    </>
  );
}
