/**
 * The words for kinds of node, outcomes and counts, from the page's catalogue
 * (content/i18n/<language>.yaml, sections vocabulary and outcome), so every view names them alike
 * in either language. `t` is the page's or island's translate function.
 */
import type { Outcome, ScenarioNode } from '../schemas/scenario';

/** A catalogue lookup (src/i18n's Translate), declared by shape so this layer sits below i18n. */
type Translate = (key: string, params?: Readonly<Record<string, string | number>>) => string;

/** What the map can draw: a node of the scenario, or "missing" for a target no node has. */
export type NodeKindOrMissing = ScenarioNode['kind'] | 'missing';

/** "Decision", "Ending", "Scene", "Conversation", "Missing node". */
export const kindLabel = (t: Translate, kind: NodeKindOrMissing) => t(`vocabulary.kind.${kind}`);

/** "Recommended outcome". */
export const outcomeLabel = (t: Translate, outcome: Outcome) => t(`outcome.${outcome}`);

/** "Recommended", for the box of an ending on the map. */
export const outcomeShortLabel = (t: Translate, outcome: Outcome) =>
  t(`vocabulary.outcomeShort.${outcome}`);

/** The nouns the module counts. */
export type CountedNoun =
  'vote' | 'point' | 'step' | 'column' | 'row' | 'decision' | 'day' | 'minute';

/** "1 vote", "3 votes"; each language says how (Welsh keeps the noun singular after a number). */
export const countLabel = (t: Translate, noun: CountedNoun, count: number) =>
  t(`vocabulary.count.${noun}.${count === 1 ? 'one' : 'other'}`, { count });

/** "D1 option A": a choice named by its decision's reference and its letter (or a presenter's number). */
export const optionReference = (t: Translate, decision: string, option: string) =>
  t('vocabulary.optionOf', { decision, option });
