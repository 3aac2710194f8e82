import { describe, expect, it } from 'vitest';
import { judge, markdownTable, readBudgets, type Budget, type Figure } from '../../bench/figures';

const budgets = readBudgets(new URL('../../bench/budgets.json', import.meta.url));
const figure = (id: string, value: number, unit: Figure['unit'] = 'KB'): Figure => ({ id, label: id, group: 'Test', value, unit });

describe('the bench budgets file', () => {
  it('gives every budget a limit, a unit and a reason', () => {
    for (const [id, budget] of Object.entries(budgets)) {
      expect(budget.max !== undefined || budget.min !== undefined, id).toBe(true);
      expect(budget.why.length, id).toBeGreaterThan(10);
    }
  });

  it('keeps the issue’s starting budgets or tighter', () => {
    const max = (id: string) => budgets[id]!.max!;
    const min = (id: string) => budgets[id]!.min!;
    expect(max('js.home.gzip')).toBe(0);
    expect(max('js.scenario.gzip')).toBeLessThanOrEqual(100);
    expect(max('js.scenario.videojsBeforePlay')).toBe(0);
    expect(max('zip.scorm12.withoutVideos')).toBeLessThanOrEqual(1.5);
    expect(max('suspendData.worstCase')).toBeLessThanOrEqual(1500);
    for (const page of ['home', 'scenario', 'presenter']) {
      expect(min(`lighthouse.${page}.performance`)).toBeGreaterThanOrEqual(95);
      expect(min(`lighthouse.${page}.accessibility`)).toBe(100);
      expect(min(`lighthouse.${page}.bestPractices`)).toBe(100);
      expect(max(`lighthouse.${page}.cls`)).toBe(0);
    }
  });
});

describe('judging figures against budgets', () => {
  const local: Record<string, Budget> = { 'js.a': { max: 100, unit: 'KB', why: 'test' }, 'score.b': { min: 95, unit: 'score', why: 'test' } };

  it('names each broken figure, its value and its budget', () => {
    const { verdicts } = judge([figure('js.a', 104.24), figure('score.b', 94, 'score')], local);
    expect(verdicts.map((verdict) => verdict.problem)).toEqual(['Test, js.a: 104.2 KB, over its budget of 100 KB (js.a)', 'Test, score.b: 94, under its budget of 95 (score.b)']);
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
    expect(markdownTable(judge([figure('js.a', 50)], local).verdicts)).toBe(['| Figure | Measured | Budget | Holds |', '| --- | ---: | ---: | :---: |', '| **Test** | | | |', '| js.a | 50 KB | ≤ 100 KB | yes |'].join('\n'));
  });
});
