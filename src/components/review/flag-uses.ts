import type { Conditions, Scenario } from '../../schemas/scenario';
import { routesOf } from '../../dialogue/scenario-graph';
import { choiceLetter } from '../../vocabulary/node-references';
import type { Translate } from '../../i18n/messages';

/** Where a flag is set or tested, in the map's references: "D1 option B", "S2 line 3", "C4 route to E2". */
export interface FlagUse {
  /** The node's map reference and id, e.g. "D1 (handle-dna)". */
  node: string;
  /** What in the node: "option B", "line 3", "route to E2". */
  place: string;
  /** For a test: whether it needs the flag set ("requires") or not set ("unless"). */
  test?: 'requires' | 'unless';
}

export interface FlagSummary {
  flag: string;
  setBy: FlagUse[];
  testedBy: FlagUse[];
}

/**
 * Every flag in a scenario, with the choices that set it and the lines, choices and routes that
 * test it, so a reviewer can follow how an earlier choice changes what the learner meets later.
 * `t` (the page's strings, review.map.place) names the places in the page's language.
 */
export function flagUses(
  t: Translate,
  scenario: Scenario,
  refOf: (id: string) => string | undefined,
): FlagSummary[] {
  const flags = new Map<string, FlagSummary>();
  const entry = (flag: string) => {
    if (!flags.has(flag)) flags.set(flag, { flag, setBy: [], testedBy: [] });
    return flags.get(flag)!;
  };
  const label = (id: string) => `${refOf(id) ?? '?'} (${id})`;
  const tests = (node: string, place: string, conditions: Conditions) => {
    for (const flag of conditions.requires ?? [])
      entry(flag).testedBy.push({ node, place, test: 'requires' });
    for (const flag of conditions.unless ?? [])
      entry(flag).testedBy.push({ node, place, test: 'unless' });
  };
  for (const node of scenario.nodes) {
    const name = label(node.id);
    if (node.kind === 'decision') {
      node.choices.forEach((choice, index) => {
        const place = t('review.map.place.option', { option: choiceLetter(index) });
        for (const flag of choice.sets ?? []) entry(flag).setBy.push({ node: name, place });
        tests(name, place, choice);
      });
      continue;
    }
    (node.lines ?? []).forEach((line, index) =>
      tests(name, t('review.map.place.line', { line: index + 1 }), line),
    );
    if (node.kind !== 'ending') {
      for (const route of routesOf(node.next))
        tests(
          name,
          t('review.map.place.route', { target: refOf(route.target) ?? route.target }),
          route,
        );
    }
  }
  return [...flags.values()].sort((a, b) => a.flag.localeCompare(b.flag));
}
