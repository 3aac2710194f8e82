import { describe, expect, it } from 'vitest';
import {
  exploreStates,
  longestChoicePath,
  maxScore,
  meetsConditions,
  recommendedPath,
  resolveNext,
} from '../../src/dialogue/scenario-graph';
import { fixture, loadScenario } from '../helpers/load-scenario';

const scenario = loadScenario(fixture('scenarios/flag-route.yaml'));

describe('scenario graph', () => {
  it('tests flag conditions', () => {
    expect(meetsConditions(['a'], { requires: ['a'] })).toBe(true);
    expect(meetsConditions([], { requires: ['a'] })).toBe(false);
    expect(meetsConditions(['a'], { unless: ['a'] })).toBe(false);
    expect(meetsConditions([], {})).toBe(true);
  });

  it('resolves conditional routes in order', () => {
    const routes = [{ target: 'x', requires: ['a'] }, { target: 'y' }];
    expect(resolveNext(routes, ['a'])).toBe('x');
    expect(resolveNext(routes, [])).toBe('y');
    expect(resolveNext('z', [])).toBe('z');
  });

  it('explores every (node, flags) state the flags allow', () => {
    const { states } = exploreStates(scenario);
    const keys = states.map((state) => `${state.node}|${state.flags.join(',')}`).sort();
    expect(keys).toContain('good-ending|phoned');
    expect(keys).toContain('poor-ending|');
    expect(keys).not.toContain('good-ending|');
  });

  it('computes the maximum score over paths the flags allow', () => {
    // phone (10) then rebook (10); rebook-blind (5) is only offered without the flag.
    expect(maxScore(scenario)).toBe(20);
  });

  it('recommends the best-scoring path and its ending', () => {
    const { choices, ending } = recommendedPath(scenario);
    expect(choices.map((choice) => choice.id)).toEqual(['phone', 'rebook']);
    expect(ending?.id).toBe('good-ending');
  });

  it('finds the path with the most choices, ending at an ending', () => {
    const { choices, ending } = longestChoicePath(scenario);
    expect(choices).toEqual(['phone', 'rebook']);
    expect(ending).toBe('good-ending');
  });
});
