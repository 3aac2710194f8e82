import type { Scenario } from '../schemas/scenario';

/**
 * What the facilitator puts to the room while it decides. The film behind the module was made to
 * open discussion, not to test people, so these ask about real practice and the other side of the
 * interface rather than for the "right answer". They rotate, so each decision gets a fresh one.
 */
const prompts: Record<Scenario['learnerSide'], string[]> = {
  hospital: [
    'What would you really do at this point, at the end of a long shift? Talk to the person next to you.',
    'For each option: who picks up the work next, the hospital team, the practice or the patient?',
    'GP trainees in the room: what would each option look like from the practice?',
    'What would make the best option hard to do where you work, and what would help?',
  ],
  'general-practice': [
    'What would you really do at this point, with a full surgery waiting? Talk to the person next to you.',
    'For each option: who picks up the work next, the practice, the hospital team or the patient?',
    'Hospital doctors in the room: how would each option land on your ward or in your clinic?',
    'Which option keeps the relationship with the hospital team working for the next patient?',
  ],
};

/** The discussion prompt for the room's nth decision (counting from 0) in a scenario. */
export function discussionPrompt(
  learnerSide: Scenario['learnerSide'],
  decisionIndex: number,
): string {
  const list = prompts[learnerSide];
  return list[((decisionIndex % list.length) + list.length) % list.length]!;
}
