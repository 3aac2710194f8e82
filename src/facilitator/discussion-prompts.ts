import type { Scenario } from '../schemas/scenario';
import type { Translate } from '../i18n/messages';

/**
 * What the facilitator puts to the room while it decides. The film behind the module was made to
 * open discussion, not to test people, so these ask about real practice and the other side of the
 * interface rather than for the "right answer". They rotate, so each decision gets a fresh one.
 * The words are the catalogue's (presenter.prompts.<side>.1 to 4), in the page's language.
 */
const promptsPerSide = 4;

const promptKey = (learnerSide: Scenario['learnerSide'], index: number) =>
  `presenter.prompts.${learnerSide}.${index + 1}`;

/** The discussion prompt for the room's nth decision (counting from 0) in a scenario. */
export function discussionPrompt(
  t: Translate,
  learnerSide: Scenario['learnerSide'],
  decisionIndex: number,
): string {
  return t(
    promptKey(learnerSide, ((decisionIndex % promptsPerSide) + promptsPerSide) % promptsPerSide),
  );
}
