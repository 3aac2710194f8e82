import { describe, expect, it } from 'vitest';
import {
  budgetProblems,
  judge,
  markdownTable,
  readBudgets,
  type Budget,
  type Figure,
} from '../../bench/figures';

const budgets = readBudgets(new URL('../../bench/budgets.json', import.meta.url));
const figure = (id: string, value: number, unit: Figure['unit'] = 'KB'): Figure => ({
  id,
  label: id,
  group: 'Test',
  value,
  unit,
});

describe('the bench budgets file', () => {
  it('is read: every budget has a limit and a reason, none looser than the issue’s starting budgets', () => {
    expect(budgetProblems(budgets)).toEqual([]);
  });

  it('is refused when a budget is loosened past its starting budget, or a reason or limit is missing', () => {
    const loosened: Record<string, Budget> = {
      ...budgets,
      'js.scenario.gzip': { ...budgets['js.scenario.gzip']!, max: 101 },
      'lighthouse.home.accessibility': { ...budgets['lighthouse.home.accessibility']!, min: 99 },
      'js.new': { unit: 'KB', why: '' },
    };
    delete loosened['suspendData.worstCase'];
    expect(budgetProblems(loosened)).toEqual([
      'js.new has neither max nor min.',
      'js.new does not say why it is what it is (why).',
      'js.scenario.gzip: max 101 is looser than its starting budget of 100.',
      'suspendData.worstCase is missing; its starting budget is at most 1500.',
      'lighthouse.home.accessibility: min 99 is looser than its starting budget of 100.',
    ]);
  });

  it('may be tightened', () => {
    expect(
      budgetProblems({
        ...budgets,
        'js.scenario.gzip': { ...budgets['js.scenario.gzip']!, max: 40 },
      }),
    ).toEqual([]);
  });
});

describe('judging figures against budgets', () => {
  const local: Record<string, Budget> = {
    'js.a': { max: 100, unit: 'KB', why: 'test' },
    'score.b': { min: 95, unit: 'score', why: 'test' },
  };

  it('names each broken figure, its value and its budget', () => {
    const { verdicts } = judge([figure('js.a', 104.24), figure('score.b', 94, 'score')], local);
    expect(verdicts.map((verdict) => verdict.problem)).toEqual([
      'Test, js.a: 104.2 KB, over its budget of 100 KB (js.a)',
      'Test, score.b: 94, under its budget of 95 (score.b)',
    ]);
  });

  it('compares what it shows: 100.04 KB rounds to 100 KB and holds', () => {
    expect(judge([figure('js.a', 100.04)], local).verdicts[0]!.holds).toBe(true);
  });

  it('fails a figure without a budget, and reports a budget nothing measured', () => {
    const { verdicts, unmeasured } = judge([figure('js.unknown', 1)], local);
    expect(verdicts[0]!.problem).toBe('js.unknown has no budget in bench/budgets.json');
    expect(unmeasured).toEqual(['js.a', 'score.b']);
  });

  it('prints one table row per figure, grouped', () => {
    expect(markdownTable(judge([figure('js.a', 50)], local).verdicts)).toBe(
      [
        '| Figure | Measured | Budget | Holds |',
        '| --- | ---: | ---: | :---: |',
        '| **Test** | | | |',
        '| js.a | 50 KB | ≤ 100 KB | yes |',
      ].join('\n'),
    );
  });
});
