import type { Scenario } from '../schemas/scenario';
import type { ScenarioRun } from './room-session';

/** Labels for the scenario map (its `numbering` prop): by decision id, and by decision and choice id. */
export interface RoomNumbers {
  decisions: Record<string, string>;
  options: Record<string, Record<string, string>>;
  /** A line for the map's key, saying how the labels read. */
  legend: string;
}

/**
 * The map's labels in the room's numbering: the decisions as the room met them (Decision 1, 2...),
 * and their options numbered as they were shown. An option the room was not offered (it depends
 * on earlier choices) says so; decisions off the room's path keep the map's own references.
 */
export function roomNumbering(
  run: Pick<ScenarioRun, 'decisions'>,
  scenario: Pick<Scenario, 'nodes'>,
): RoomNumbers {
  const decisions: Record<string, string> = {};
  const options: Record<string, Record<string, string>> = {};
  run.decisions.forEach((record, index) => {
    decisions[record.decision] = `Decision ${index + 1}`;
    const node = scenario.nodes.find((candidate) => candidate.id === record.decision);
    const authored = node?.kind === 'decision' ? node.choices.map((choice) => choice.id) : [];
    options[record.decision] = Object.fromEntries(
      authored.map((id) => {
        const shown = record.options.findIndex((option) => option.id === id);
        return [id, shown < 0 ? 'not offered' : String(shown + 1)];
      }),
    );
  });
  return {
    decisions,
    options,
    legend:
      'Decisions and options are numbered as the room saw them. Decisions the room did not meet keep the map’s own letters (D2, options A to D).',
  };
}
