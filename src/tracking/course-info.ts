import type { Outcome, Scenario } from '../schemas/scenario';
import type { Settings } from '../schemas/settings';
import { maxScore } from '../dialogue/scenario-graph';
import { codeClashes } from './short-code';

/** One option at a decision, as tracking needs it. */
export interface CourseChoice {
  id: string;
  score: number;
  /**
   * The single character reported as the learner's response: a, b, c, d in the order the author
   * lists the choices. One lower-case letter is the only form SCORM 1.2's strictest reading of a
   * choice response allows, and it is a valid SCORM 2004 short identifier too.
   */
  response: string;
}

export interface CourseDecision {
  id: string;
  /** Points for the best choice the decision offers: the interaction's weighting. */
  best: number;
  choices: CourseChoice[];
}

export interface CourseScenario {
  id: string;
  title: string;
  required: boolean;
  maxScore: number;
  start: string;
  /** Every node id, to decode where a learner is. */
  nodes: string[];
  /** Each ending's outcome. */
  endings: Record<string, Outcome>;
  decisions: CourseDecision[];
}

/**
 * What the launcher needs to know about the module to encode progress and report status:
 * ids, scores and settings only, no text a learner reads.
 */
export interface CourseInfo {
  moduleId: string;
  title: string;
  version: string;
  passMark: number;
  scenarios: CourseScenario[];
}

const responseLetters = 'abcdefghijklmnopqrstuvwxyz';

export function buildCourseInfo(
  settings: Pick<Settings, 'module' | 'passMark' | 'scenarios'>,
  scenarios: readonly Scenario[],
): CourseInfo {
  return {
    moduleId: settings.module.id,
    title: settings.module.title,
    version: settings.module.version,
    passMark: settings.passMark,
    scenarios: settings.scenarios.map(({ id, required }) => {
      const scenario = scenarios.find((candidate) => candidate.id === id);
      if (!scenario)
        throw new Error(`The settings list scenario "${id}", but there is no scenarios/${id}.yaml`);
      return {
        id,
        title: scenario.title,
        required,
        maxScore: maxScore(scenario),
        start: scenario.start,
        nodes: scenario.nodes.map((node) => node.id),
        endings: Object.fromEntries(
          scenario.nodes.flatMap((node) =>
            node.kind === 'ending' ? [[node.id, node.outcome]] : [],
          ),
        ),
        decisions: scenario.nodes.flatMap((node) =>
          node.kind === 'decision'
            ? [
                {
                  id: node.id,
                  best: Math.max(...node.choices.map((choice) => choice.score)),
                  choices: node.choices.map((choice, index) => ({
                    id: choice.id,
                    score: choice.score,
                    response: responseLetters[index]!,
                  })),
                },
              ]
            : [],
        ),
      };
    }),
  };
}

/** Every choice id in a scenario, across its decisions. */
export function choiceIds(scenario: CourseScenario): string[] {
  return scenario.decisions.flatMap((decision) => decision.choices.map((choice) => choice.id));
}

/**
 * Ids whose short codes clash, as messages for the author. Saved progress could not tell them
 * apart, so packaging stops until one is renamed.
 */
export function courseCodeClashes(course: CourseInfo): string[] {
  const describe = (where: string, groups: string[][]) =>
    groups.map(
      (group) =>
        `${where}: the ids ${group.map((id) => `"${id}"`).join(' and ')} share a saved-progress code; rename one of them.`,
    );
  return [
    ...describe('Scenario ids', codeClashes(course.scenarios.map((scenario) => scenario.id))),
    ...course.scenarios.flatMap((scenario) => [
      ...describe(`Node ids in scenarios/${scenario.id}.yaml`, codeClashes(scenario.nodes)),
      ...describe(`Choice ids in scenarios/${scenario.id}.yaml`, codeClashes(choiceIds(scenario))),
    ]),
  ];
}
