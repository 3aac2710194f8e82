import type { Scenario } from '../src/schemas/scenario';
import type { CourseInfo } from '../src/tracking/course-info';
import { interactionId, interactionKeyColumns } from '../src/tracking/interactions';

const csvField = (value: string | number) => {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * A key to the interactions an LMS reports: for each decision, what each response letter means.
 * SCORM 1.2 has no room for the choice's text or id, so a trust reading "b" in an LMS report
 * looks it up here. The version column comes last, so a reader of the older nine columns still
 * reads them in place; the insights page uses it to say which version a cohort's answers are from.
 */
export function interactionKeyCsv(course: CourseInfo, scenarios: readonly Scenario[]): string {
  const rows: Array<Array<string | number>> = [[...interactionKeyColumns, 'version']];
  for (const info of course.scenarios) {
    const scenario = scenarios.find((candidate) => candidate.id === info.id);
    for (const decision of info.decisions) {
      const node = scenario?.nodes.find((candidate) => candidate.id === decision.id);
      for (const choice of decision.choices) {
        const authored =
          node?.kind === 'decision'
            ? node.choices.find((candidate) => candidate.id === choice.id)
            : undefined;
        rows.push([
          interactionId(course, info.id, decision.id),
          info.title,
          decision.id,
          node?.kind === 'decision' ? node.prompt : '',
          choice.response,
          choice.id,
          authored?.text ?? '',
          choice.score,
          decision.best,
          course.version,
        ]);
      }
    }
  }
  return `${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
