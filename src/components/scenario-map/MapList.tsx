import type { JSX, ReactNode } from 'react';
import type { Translate } from '../../i18n/messages';
import type { Scenario } from '../../schemas/scenario';
import { nodeById, routesOf } from '../../dialogue/scenario-graph';
import { choiceLetter, nodeRefs } from '../../vocabulary/node-references';
import { countLabel, kindLabel, outcomeLabel } from '../../vocabulary/labels';
import { describeConditions } from './describe-conditions';
import { mapNodeName, type MapNodeText, type MapNumbering } from './map-text';
import type { MapNode, ScenarioMapLayout } from './scenario-map-layout';

export function Heading({
  level,
  className,
  id,
  children,
}: {
  level: number;
  className?: string;
  id?: string;
  children: ReactNode;
}) {
  const Tag = `h${Math.min(6, Math.max(2, level))}` as keyof JSX.IntrinsicElements;
  return (
    <Tag className={className} id={id}>
      {children}
    </Tag>
  );
}

/** A path drawn on the map, as the list needs it: its label and what it passes through. */
export interface ListedPath {
  label: string;
  nodes: ReadonlySet<string>;
  /** "decision/choice" for each choice taken. */
  choices: ReadonlySet<string>;
}

export interface MapListProps {
  t: Translate;
  scenario: Scenario;
  layout: ScenarioMapLayout;
  texts: ReadonlyMap<string, MapNodeText>;
  idPrefix: string;
  headingLevel: number;
  primary?: ListedPath | undefined;
  secondary?: ListedPath | undefined;
  votes?: Readonly<Record<string, Readonly<Record<string, number>>>> | undefined;
  showScores: boolean;
  showFlags: boolean;
  showConditions: boolean;
  notes?: Readonly<Record<string, readonly string[]>> | undefined;
  numbering?: MapNumbering | undefined;
}

/** The map as a structured list, with everything the diagram shows, for screen readers, keyboards and print. */
export function MapList({
  t,
  scenario,
  layout,
  texts,
  idPrefix,
  headingLevel,
  primary,
  secondary,
  votes,
  showScores,
  showFlags,
  showConditions,
  notes,
  numbering,
}: MapListProps) {
  const refs = nodeRefs(scenario);
  const refOf = (id: string) => refs.get(id);
  const textOf = (node: MapNode) => texts.get(node.id)!;
  const sortedNodes = [...layout.nodes].sort((a, b) => a.column - b.column || a.row - b.row);
  const leadsTo = (node: MapNode, choiceId?: string) =>
    layout.edges
      .filter(
        (edge) =>
          edge.from === node.id &&
          (choiceId === undefined || edge.choices.some((step) => step.choice === choiceId)),
      )
      .map((edge) => {
        const target = layout.nodes.find((candidate) => candidate.id === edge.to)!;
        const { ref, title } = textOf(target);
        const name = numbering?.decisions[target.id] ?? ref;
        return target.outcome
          ? t('map.leadsToEnding', {
              ref: name,
              title,
              outcome: outcomeLabel(t, target.outcome).toLowerCase(),
            })
          : t('map.leadsToNode', {
              ref: name,
              kind: kindLabel(t, target.kind).toLowerCase(),
              title,
            });
      });
  const leadsToSentence = (targets: string[]) =>
    t('map.leadsTo', { targets: targets.join(t('map.or')) });

  const listItem = (node: MapNode) => {
    const source = nodeById(scenario, node.id) ?? { kind: 'missing' as const };
    const marks = [
      primary?.nodes.has(node.id) ? t('map.on', { label: primary.label }) : '',
      secondary?.nodes.has(node.id) ? t('map.on', { label: secondary.label }) : '',
    ].filter(Boolean);
    const decisionVotes = votes?.[node.id];
    const totalVotes = decisionVotes
      ? Object.values(decisionVotes).reduce((sum, count) => sum + count, 0)
      : 0;
    return (
      <li
        key={node.id}
        id={`${idPrefix}-node-${node.id}`}
        className={`app-map__item app-map__item--${node.kind}`}
      >
        <Heading level={headingLevel} className="app-map__item-heading">
          {mapNodeName(node, textOf(node), t, numbering)}: {textOf(node).title}
        </Heading>
        {node.outcome && (
          <p className={`app-map__outcome app-map__outcome--${node.outcome}`}>
            {outcomeLabel(t, node.outcome)}
          </p>
        )}
        {marks.length > 0 && <p className="app-map__marks">{marks.join(' ')}</p>}
        {source.kind === 'decision' && (
          <ul className="app-map__choices">
            {source.choices.map((choice, index) => {
              const count = decisionVotes?.[choice.id];
              const onPrimary = primary?.choices.has(`${node.id}/${choice.id}`);
              const onSecondary = secondary?.choices.has(`${node.id}/${choice.id}`);
              const conditions = showConditions
                ? describeConditions(t, scenario, choice, refOf)
                : null;
              const targets = leadsTo(node, choice.id);
              return (
                <li
                  key={choice.id}
                  className={
                    onPrimary ? 'app-map__choice app-map__choice--primary' : 'app-map__choice'
                  }
                >
                  <strong>
                    {t('map.option', {
                      option: numbering?.options[node.id]?.[choice.id] ?? choiceLetter(index),
                    })}
                  </strong>{' '}
                  {choice.text}
                  {targets.length > 0 && (
                    <span className="app-map__detail"> {leadsToSentence(targets)}</span>
                  )}
                  {count !== undefined && (
                    <span className="app-map__detail app-map__votes">
                      {' '}
                      {countLabel(t, 'vote', count)}
                      {totalVotes > 0 ? ` (${Math.round((count / totalVotes) * 100)}%)` : ''}.
                    </span>
                  )}
                  {onPrimary && primary && (
                    <span className="app-map__detail app-map__taken">
                      {' '}
                      {t('map.takenOn', { label: primary.label })}
                    </span>
                  )}
                  {onSecondary && secondary && (
                    <span className="app-map__detail">
                      {' '}
                      {t('map.takenOn', { label: secondary.label })}
                    </span>
                  )}
                  {showScores && (
                    <span className="app-map__detail">
                      {' '}
                      {countLabel(t, 'point', choice.score)}.
                    </span>
                  )}
                  {showFlags && choice.sets?.length ? (
                    <span className="app-map__detail">
                      {' '}
                      {t('map.sets', { flags: choice.sets.join(', ') })}
                    </span>
                  ) : null}
                  {conditions && <span className="app-map__detail"> {conditions}</span>}
                </li>
              );
            })}
          </ul>
        )}
        {source.kind === 'missing' && (
          <p className="app-map__detail">
            {t('map.missing.before')}
            <code>scenarios/{scenario.id}.yaml</code>
            {t('map.missing.after')}
          </p>
        )}
        {source.kind !== 'decision' && source.kind !== 'ending' && source.kind !== 'missing' && (
          <p className="app-map__detail">
            {leadsToSentence(leadsTo(node))}
            {showConditions && routesOf(source.next).length > 1 && (
              <>
                {' '}
                {routesOf(source.next).map((route, index) => (
                  <span key={index}>
                    {refOf(route.target) ?? route.target}:{' '}
                    {describeConditions(t, scenario, route, refOf) ?? t('map.otherwise')}{' '}
                  </span>
                ))}
              </>
            )}
          </p>
        )}
        {notes?.[node.id]?.length ? (
          <ul className="app-map__notes">
            {notes[node.id]!.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        ) : null}
      </li>
    );
  };

  return (
    <ol className="app-map__list" id={`${idPrefix}-map-list`}>
      {sortedNodes.map(listItem)}
    </ol>
  );
}
