import type { Scenario, ScenarioNode } from '../schemas/scenario';
import { nodeById, possibleTargets, recommendedPath } from '../dialogue/scenario-graph';
import { interactionId } from '../tracking/interactions';

/**
 * How good a choice is, in the words the page uses: the decision's best choice, one worth at
 * least half its points, or one worth less.
 */
export type ChoiceRating = 'best' | 'acceptable' | 'poor';

export interface InsightsChoice {
  id: string;
  /** The response letter the LMS reports (a, b, c, d in the author's order). */
  letter: string;
  text: string;
  points: number;
  rating: ChoiceRating;
  /** Why it helps or harms: the choice's feedback; null where the key's choice is not this page's (src/insights/key-course.ts). */
  consequence: string | null;
  /** Where the consequence plays out, from the choice's target scene: "Three weeks later, at the GP surgery". */
  consequenceScene: string | null;
  /** The requirement it keeps or breaks: the choice's own source, else the decision's. */
  requirement: string | null;
  /** Whether every way on from this choice reaches an ending before another decision. */
  endsScenario: boolean;
  /** Same id, response letter and points as this page's content, so its consequence and requirement apply. */
  matchesPage: boolean;
}

export interface InsightsDecision {
  id: string;
  interactionId: string;
  prompt: string;
  bestPoints: number;
  twoMinuteFix: string | null;
  choices: InsightsChoice[];
  /** Every choice matches this page's content, so the decision's two-minute fix and map apply. */
  matchesPage: boolean;
}

export interface InsightsScenario {
  id: string;
  title: string;
  required: boolean;
  /** Where the scenario's teaching notes are, on this site; null for a scenario this page does not have. */
  teachingHref: string | null;
  /** Decisions in the order the recommended path meets them, then the rest in the author's order. */
  decisions: InsightsDecision[];
}

/**
 * What the insights page knows about the module it was built with: only what it needs to read
 * an export and explain a wrong turn. Built at build time and handed to the island and worker.
 */
export interface InsightsCourse {
  moduleId: string;
  title: string;
  version: string;
  passMark: number;
  organisation: string;
  /** The trust's contacts, for "who to talk to" in a significant-event summary. */
  contacts: { interfaceLead: string | null; gpQueries: string | null };
  scenarios: InsightsScenario[];
}

export function ratingOf(points: number, bestPoints: number): ChoiceRating {
  if (points === bestPoints) return 'best';
  return points * 2 >= bestPoints ? 'acceptable' : 'poor';
}

/** Every way on from a node reaches an ending before another decision. */
function leadsStraightToEnding(scenario: Scenario, startId: string): boolean {
  const seen = new Set<string>();
  const queue = [startId];
  while (queue.length) {
    const id = queue.shift()!;
    if (seen.has(id)) continue;
    seen.add(id);
    const node: ScenarioNode | undefined = nodeById(scenario, id);
    if (!node || node.kind === 'decision') return false;
    if (node.kind === 'ending') continue;
    queue.push(...possibleTargets(node.next));
  }
  return true;
}

function sceneOf(scenario: Scenario, targetId: string): string | null {
  const node = nodeById(scenario, targetId);
  if (node?.kind !== 'scene') return null;
  return `${node.when}, ${node.where.charAt(0).toLowerCase()}${node.where.slice(1)}`;
}

export function buildInsightsCourse(options: {
  module: { id: string; title: string; version: string };
  passMark: number;
  organisation: string;
  contacts: Readonly<Record<string, string>>;
  scenarios: readonly { scenario: Scenario; required: boolean; teachingHref: string }[];
}): InsightsCourse {
  return {
    moduleId: options.module.id,
    title: options.module.title,
    version: options.module.version,
    passMark: options.passMark,
    organisation: options.organisation,
    contacts: {
      interfaceLead: options.contacts['interface-lead'] ?? null,
      gpQueries: options.contacts['gp-queries'] ?? null,
    },
    scenarios: options.scenarios.map(({ scenario, required, teachingHref }) => {
      const recommendedOrder = recommendedPath(scenario).choices;
      const decisionNodes = scenario.nodes.flatMap((node) =>
        node.kind === 'decision' ? [node] : [],
      );
      const onPath = new Set(
        recommendedOrder.map(
          (choice) => decisionNodes.find((node) => node.choices.includes(choice))?.id,
        ),
      );
      const ordered = [
        ...decisionNodes.filter((node) => onPath.has(node.id)),
        ...decisionNodes.filter((node) => !onPath.has(node.id)),
      ];
      return {
        id: scenario.id,
        title: scenario.title,
        required,
        teachingHref,
        decisions: ordered.map((node) => {
          const bestPoints = Math.max(...node.choices.map((choice) => choice.score));
          return {
            id: node.id,
            interactionId: interactionId({ moduleId: options.module.id }, scenario.id, node.id),
            prompt: node.prompt,
            bestPoints,
            twoMinuteFix: node.twoMinuteFix ?? null,
            choices: node.choices.map((choice, index) => ({
              id: choice.id,
              letter: 'abcdefghijklmnopqrstuvwxyz'[index]!,
              text: choice.text,
              points: choice.score,
              rating: ratingOf(choice.score, bestPoints),
              consequence: choice.feedback,
              consequenceScene: sceneOf(scenario, choice.target),
              requirement: choice.source ?? node.source ?? null,
              endsScenario: leadsStraightToEnding(scenario, choice.target),
              matchesPage: true,
            })),
            matchesPage: true,
          };
        }),
      };
    }),
  };
}
