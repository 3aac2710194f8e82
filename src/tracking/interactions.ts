import type { CourseInfo } from './course-info';

/** One decision as an LMS interaction, in values both SCORM versions accept. */
export interface InteractionRecord {
  /**
   * `urn:<module id>:<scenario id>:<decision id>`: a URN, as SCORM 2004 expects of a
   * long_identifier_type, and printable characters without spaces, as SCORM 1.2's CMIIdentifier
   * requires. The same decision always has the same id, so an LMS report groups learners' answers.
   */
  id: string;
  /** The learner's choice as one letter (see CourseChoice.response). */
  response: string;
  /** The letter of the best-scoring choice. */
  correctResponse: string;
  /** Whether the learner took the best-scoring choice; each version words "incorrect" its own way. */
  correct: boolean;
  /** Points for the best choice, so reports can weigh decisions. */
  weighting: number;
  /** Scenario, decision and choice ids with the points earned; only SCORM 2004 has room for it. */
  description: string;
  at: Date;
}

/**
 * The interaction-id namespace a module's package reports under. RFC 8141: a namespace id is a
 * letter or digit then up to 31 letters, digits or hyphens.
 */
export function moduleNamespace(moduleId: string): string {
  return moduleId.slice(0, 32).replace(/-+$/, '');
}

/**
 * The interaction key's columns, in order: `npm run package` writes them (with the content
 * version after), and the insights page reads the key by these names.
 */
export const interactionKeyColumns = [
  'interaction id',
  'scenario',
  'decision',
  'question',
  'response',
  'choice id',
  'choice',
  'points',
  'best points',
] as const;

export function interactionId(
  course: Pick<CourseInfo, 'moduleId'>,
  scenarioId: string,
  decisionId: string,
): string {
  return `urn:${moduleNamespace(course.moduleId)}:${scenarioId}:${decisionId}`;
}

export function interactionFor(
  course: CourseInfo,
  report: { scenarioId: string; decisionId: string; choiceId: string; at: Date },
): InteractionRecord | null {
  const decision = course.scenarios
    .find((scenario) => scenario.id === report.scenarioId)
    ?.decisions.find((candidate) => candidate.id === report.decisionId);
  const choice = decision?.choices.find((candidate) => candidate.id === report.choiceId);
  const best = decision?.choices.find((candidate) => candidate.score === decision.best);
  if (!decision || !choice || !best) return null;
  return {
    id: interactionId(course, report.scenarioId, report.decisionId),
    response: choice.response,
    correctResponse: best.response,
    correct: choice.score === decision.best,
    weighting: decision.best,
    description:
      `Scenario ${report.scenarioId}, decision ${report.decisionId}: chose ${choice.id} (${choice.score} of ${decision.best} points)`.slice(
        0,
        250,
      ),
    at: report.at,
  };
}
