import {
  ratingOf,
  type InsightsChoice,
  type InsightsCourse,
  type InsightsDecision,
  type InsightsScenario,
} from './course';
import type { InteractionKey, KeyDecision } from './files';
import type { MessageData } from '../i18n/messages';

/**
 * Which version the loaded key says the answers come from, beside this page's own: a trust's
 * data outlives the version that made it (last month's cohort, this month's update), so the key,
 * not this page's content, says what each response meant.
 */
export interface AnswersVersion {
  /** The key's version; null for a key written before keys named their version. */
  key: string | null;
  /** The version this page was built with. */
  page: string;
  /** Decisions whose meaning differs from this page's content, in the key's order. */
  changedDecisions: { scenarioId: string; decisionId: string }[];
}

/** What the page says where a decision or choice has changed, in place of this page's words (insights.notes.*). */
export function changedSince(version: AnswersVersion): MessageData {
  return version.key === null
    ? { key: 'insights.notes.changedUnknownVersion', params: { page: version.page } }
    : { key: 'insights.notes.changedSince', params: { version: version.key } };
}

/**
 * The course as the key describes it: every scenario, decision and choice (with its points and
 * words) from the key, so the figures count what learners really chose. This page's own content
 * (consequence, requirement, two-minute fix, graph) is added only where it means the same thing:
 * the same decision, the same choice id at the same response letter with the same points. A
 * renamed, moved or rescored choice gets none of it: never another choice's consequence.
 */
export function courseForKey(
  page: InsightsCourse,
  key: InteractionKey,
): { course: InsightsCourse; version: AnswersVersion } {
  const byScenario = new Map<string, (KeyDecision & { interactionId: string })[]>();
  for (const [interactionId, entry] of key.decisions) {
    const list = byScenario.get(entry.scenarioId) ?? [];
    list.push({ ...entry, interactionId });
    byScenario.set(entry.scenarioId, list);
  }
  const changedDecisions: AnswersVersion['changedDecisions'] = [];
  const scenarios = [...byScenario.entries()].map(([scenarioId, entries]): InsightsScenario => {
    const pageScenario = page.scenarios.find((scenario) => scenario.id === scenarioId);
    // This page's order (the recommended path first) where it knows the decision, then the key's.
    const pageOrder = (entry: KeyDecision) => {
      const index =
        pageScenario?.decisions.findIndex((decision) => decision.id === entry.decisionId) ?? -1;
      return index < 0 ? Number.MAX_SAFE_INTEGER : index;
    };
    const ordered = entries
      .map((entry, index) => ({ entry, index }))
      .sort((a, b) => pageOrder(a.entry) - pageOrder(b.entry) || a.index - b.index);
    const decisions = ordered.map(({ entry }): InsightsDecision => {
      const pageDecision = pageScenario?.decisions.find(
        (decision) => decision.id === entry.decisionId,
      );
      const letters = [...entry.letters.entries()].sort(([a], [b]) => a.localeCompare(b));
      const choices = letters.map(([letter, keyChoice]): InsightsChoice => {
        const pageChoice = pageDecision?.choices.find((choice) => choice.letter === letter);
        const same =
          pageChoice !== undefined &&
          pageChoice.id === keyChoice.choiceId &&
          pageChoice.points === keyChoice.points &&
          pageDecision!.bestPoints === entry.bestPoints;
        // Whether a choice leads to an ending is this page's graph: known for a choice it still has by that id.
        const sameId = pageDecision?.choices.find((choice) => choice.id === keyChoice.choiceId);
        return {
          id: keyChoice.choiceId,
          letter,
          text: keyChoice.text,
          points: keyChoice.points,
          rating: ratingOf(keyChoice.points, entry.bestPoints),
          consequence: same ? pageChoice.consequence : null,
          consequenceScene: same ? pageChoice.consequenceScene : null,
          requirement: same ? pageChoice.requirement : null,
          endsScenario: sameId?.endsScenario ?? false,
          matchesPage: same,
        };
      });
      const matchesPage =
        pageDecision !== undefined &&
        pageDecision.choices.length === choices.length &&
        choices.every((choice) => choice.matchesPage);
      if (!matchesPage) changedDecisions.push({ scenarioId, decisionId: entry.decisionId });
      return {
        id: entry.decisionId,
        interactionId: entry.interactionId,
        prompt: entry.question || pageDecision?.prompt || entry.decisionId,
        bestPoints: entry.bestPoints,
        twoMinuteFix: matchesPage ? pageDecision.twoMinuteFix : null,
        choices,
        matchesPage,
      };
    });
    return {
      id: scenarioId,
      title: entries[0]!.scenarioTitle,
      required: pageScenario?.required ?? true,
      teachingHref: pageScenario?.teachingHref ?? null,
      decisions,
    };
  });
  return {
    course: { ...page, scenarios },
    version: { key: key.version, page: page.version, changedDecisions },
  };
}
