import type { Choice, Conditions, DecisionNode, Scenario } from '../../schemas/scenario';
import type { Translate } from '../../i18n/messages';

/** A choice that sets a flag, and the decision it is offered at. */
export interface FlagSetter {
  decision: DecisionNode;
  choice: Choice;
}

/** For each flag, the choices that set it. */
export function flagSetters(scenario: Scenario): Map<string, FlagSetter[]> {
  const setters = new Map<string, FlagSetter[]>();
  for (const node of scenario.nodes) {
    if (node.kind !== 'decision') continue;
    for (const choice of node.choices) {
      for (const flag of choice.sets ?? [])
        setters.set(flag, [...(setters.get(flag) ?? []), { decision: node, choice }]);
    }
  }
  return setters;
}

/** Shortens text to about `max` characters at a word boundary. */
export function shorten(text: string, max = 70): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** Who made the earlier choices: the room (facilitator guide, map) or the learner (review script). */
export type Chooser = 'room' | 'learner';

/**
 * A flag condition in words a facilitator or reviewer can read, naming the earlier choices that
 * set each flag rather than the flag's id: "Only if earlier the room chose “Take three minutes…”
 * (D1)", in the page's language (`t`, with the map section). Returns null when there is no
 * condition. `refOf` gives a decision's short reference.
 */
export function describeConditions(
  t: Translate,
  scenario: Scenario,
  conditions: Conditions,
  refOf: (nodeId: string) => string | undefined = () => undefined,
  chooser: Chooser = 'room',
): string | null {
  const setters = flagSetters(scenario);
  const who = t(`map.conditions.who.${chooser}`);
  const describeFlag = (flag: string) => {
    const found = setters.get(flag) ?? [];
    if (!found.length) return t('map.conditions.flagSet', { flag });
    return found
      .map(({ decision, choice }) => {
        const ref = refOf(decision.id);
        const text = shorten(choice.text, 60);
        return ref
          ? t('map.conditions.choiceAt', { text, ref })
          : t('map.conditions.choice', { text });
      })
      .join(t('map.or'));
  };
  const parts: string[] = [];
  if (conditions.requires?.length)
    parts.push(
      t('map.conditions.requires', {
        who,
        choices: conditions.requires.map(describeFlag).join(t('map.conditions.andEach')),
      }),
    );
  if (conditions.unless?.length)
    parts.push(
      t(parts.length ? 'map.conditions.andUnless' : 'map.conditions.unless', {
        who,
        choices: conditions.unless.map(describeFlag).join(t('map.conditions.orEach')),
      }),
    );
  if (!parts.length) return null;
  const sentence = parts.join(' ');
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}
