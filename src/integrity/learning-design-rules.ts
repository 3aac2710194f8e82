import type { Scenario } from '../schemas/scenario';
import { checkConsequenceOrder } from './consequence-rules';
import { checkLaterChoices } from './later-choice-rules';
import { checkOptionBalance } from './option-balance-rules';
import type { Finding } from './scenario-rules';

/**
 * The branching-practice rules of the content brief, for a scenario whose structure is sound:
 * consequence before verdict (an error), options whose length does not give the answer away and
 * choices that matter later (warnings). See docs/authoring.md, "Content rules".
 */
export function checkLearningDesign(scenario: Scenario): Finding[] {
  return [
    ...checkConsequenceOrder(scenario),
    ...checkOptionBalance(scenario),
    ...checkLaterChoices(scenario),
  ];
}
