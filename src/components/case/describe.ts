import type { CastMember } from './case-types';
import type { Choice, DecisionNode, Line, ScenarioNode, Scenario } from '../../schemas/scenario';
import type { Translate } from '../../i18n/messages';
import { outcomeLabel } from '../../vocabulary/labels';

export function castMember(scenario: Scenario, id: string): CastMember {
  return (
    scenario.cast.find((member) => member.id === id) ?? { id, name: id, role: '', side: 'patient' }
  );
}

export function speakerLabel(scenario: Scenario, line: Line): string {
  const member = castMember(scenario, line.speaker);
  return `${member.name}, ${member.role}`;
}

/** What a screen reader hears when a node appears, in the page's language (t: the case.* strings). */
export function announceNode(
  scenario: Scenario,
  node: ScenarioNode,
  lines: readonly Line[],
  t: Translate,
): string {
  const spoken = lines.map((line) => `${speakerLabel(scenario, line)}: ${line.text}`);
  switch (node.kind) {
    case 'scene':
      return [t('case.announce.scene', { when: node.when, where: node.where }), ...spoken].join(
        ' ',
      );
    case 'decision':
      return t('case.announce.decision', { prompt: node.prompt });
    case 'ending':
      return [
        t('case.announce.ending', { title: node.title, outcome: outcomeLabel(t, node.outcome) }),
        ...spoken,
      ].join(' ');
    default:
      return spoken.join(' ');
  }
}

/** Where the current step's vlog scene is, while it still holds back the step's words. */
export type HeldScene = 'waiting' | 'playing';

/** What the learner is told, on screen and by the screen reader, while a scene holds back its words. */
export function describeHeldScene(node: ScenarioNode, held: HeldScene, t: Translate): string {
  if (held === 'waiting') return t('case.held.waiting');
  return node.kind === 'scene'
    ? t('case.held.playingScene', { when: node.when, where: node.where })
    : t('case.held.playing');
}

/**
 * What a screen reader hears when a choice's "Why it matters" appears: the points, why, the fix,
 * the source, in the page's language (t: the practice.* and case.* strings).
 */
export function announceFeedback(
  decision: DecisionNode,
  choice: Choice,
  practice: boolean,
  t: Translate,
): string {
  const best = Math.max(...decision.choices.map((candidate) => candidate.score));
  const source = choice.source ?? decision.source;
  return [
    t(practice ? 'practice.announcePracticeFeedback' : 'practice.announceFeedback', {
      score: choice.score,
      best,
    }),
    choice.feedback,
    decision.twoMinuteFix ? t('practice.announceTwoMinuteFix', { fix: decision.twoMinuteFix }) : '',
    source ? t('case.feedback.source', { source }) : '',
  ]
    .filter(Boolean)
    .join(' ');
}
