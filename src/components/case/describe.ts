import type { CastMember } from './case-types';
import type { Line, Outcome, ScenarioNode, Scenario } from '../../schemas/scenario';
import type { Side } from '../../schemas/common';

/** Words for each side, so the view never relies on colour alone. */
export const sideLabel: Record<Side, string> = {
  hospital: 'Hospital',
  'general-practice': 'General practice',
  patient: 'Patient',
};

export const outcomeLabel: Record<Outcome, string> = {
  recommended: 'Recommended outcome',
  acceptable: 'Acceptable outcome',
  poor: 'Poor outcome',
};

export function castMember(scenario: Scenario, id: string): CastMember {
  return scenario.cast.find((member) => member.id === id) ?? { id, name: id, role: '', side: 'patient' };
}

export function speakerLabel(scenario: Scenario, line: Line): string {
  const member = castMember(scenario, line.speaker);
  return `${member.name}, ${member.role}`;
}

/** What a screen reader hears when a node appears. */
export function announceNode(scenario: Scenario, node: ScenarioNode, lines: readonly Line[]): string {
  const spoken = lines.map((line) => `${speakerLabel(scenario, line)}: ${line.text}`);
  switch (node.kind) {
    case 'scene':
      return [`Scene: ${node.when}, ${node.where}.`, ...spoken].join(' ');
    case 'decision':
      return `Decision: ${node.prompt}`;
    case 'ending':
      return [`Ending: ${node.title}. ${outcomeLabel[node.outcome]}.`, ...spoken].join(' ');
    default:
      return spoken.join(' ');
  }
}
