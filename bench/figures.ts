/**
 * A figure is one measured number with its unit; a budget is the most (or least) it may be.
 * Budgets live in one file, bench/budgets.json, keyed by the figure's id.
 */
import { readFileSync } from 'node:fs';

export type Unit = 'KB' | 'MB' | 's' | 'ms' | 'score' | 'characters' | 'shift';

export interface Figure {
  /** Stable id, the key of its budget: "js.scenario.gzip". */
  id: string;
  /** What it is, for the table: "JavaScript, scenario page before a scene plays (gzip)". */
  label: string;
  /** The section of the table it belongs to. */
  group: string;
  value: number;
  unit: Unit;
}

export interface Budget {
  max?: number;
  min?: number;
  unit: Unit;
  /** Why the budget is what it is: the issue's starting budget, or tightened when the code beat it. */
  why: string;
}

export interface Verdict {
  figure: Figure;
  budget: Budget | null;
  holds: boolean;
  /** Why it failed, in words, when it did. */
  problem?: string;
}

/**
 * The issue's starting budgets: a budget may be tightened when the code beats it, never loosened
 * past these (docs/performance.md). Lighthouse budgets hold for the home, scenario and presenter pages.
 */
export const startingBudgets: Record<string, { max?: number; min?: number }> = {
  'js.home.gzip': { max: 0 },
  'js.scenario.gzip': { max: 100 },
  'js.scenario.videojsBeforePlay': { max: 0 },
  'zip.scorm12.withoutVideos': { max: 1.5 },
  'suspendData.worstCase': { max: 1500 },
  ...Object.fromEntries(
    ['home', 'scenario', 'presenter'].flatMap((page) => [
      [`lighthouse.${page}.performance`, { min: 95 }],
      [`lighthouse.${page}.accessibility`, { min: 100 }],
      [`lighthouse.${page}.bestPractices`, { min: 100 }],
      [`lighthouse.${page}.cls`, { max: 0 }],
    ]),
  ),
};

/** What is wrong with a budgets file: a budget missing a limit or a reason, or looser than its starting budget. */
export function budgetProblems(budgets: Record<string, Budget>): string[] {
  const problems: string[] = [];
  for (const [id, budget] of Object.entries(budgets)) {
    if (budget.max === undefined && budget.min === undefined)
      problems.push(`${id} has neither max nor min.`);
    if ((budget.why ?? '').trim().length <= 10)
      problems.push(`${id} does not say why it is what it is (why).`);
  }
  for (const [id, start] of Object.entries(startingBudgets)) {
    const budget = budgets[id];
    if (!budget)
      problems.push(
        `${id} is missing; its starting budget is ${start.max !== undefined ? `at most ${start.max}` : `at least ${start.min}`}.`,
      );
    else if (start.max !== undefined && !(budget.max !== undefined && budget.max <= start.max))
      problems.push(`${id}: max ${budget.max} is looser than its starting budget of ${start.max}.`);
    else if (start.min !== undefined && !(budget.min !== undefined && budget.min >= start.min))
      problems.push(`${id}: min ${budget.min} is looser than its starting budget of ${start.min}.`);
  }
  return problems;
}

/** Reads bench/budgets.json; refuses one that budgetProblems finds fault with. */
export function readBudgets(file: URL): Record<string, Budget> {
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as { budgets: Record<string, Budget> };
  const problems = budgetProblems(parsed.budgets);
  if (problems.length)
    throw new Error(`${file.pathname} cannot be used:\n  ${problems.join('\n  ')}`);
  return parsed.budgets;
}

/** Rounds for display and comparison alike, so the table never shows a pass that failed. */
export function rounded(value: number, unit: Unit): number {
  const places =
    unit === 'score'
      ? 0
      : unit === 'shift'
        ? 3
        : unit === 'characters' || unit === 'ms'
          ? 0
          : unit === 'MB'
            ? 2
            : 1;
  const factor = 10 ** places;
  return Math.round(value * factor) / factor;
}

export const format = (value: number, unit: Unit) => {
  const shown = rounded(value, unit).toLocaleString('en-GB');
  return unit === 'score' || unit === 'shift'
    ? shown
    : `${shown} ${unit === 'characters' ? 'chars' : unit}`;
};

export function describeBudget(budget: Budget | null): string {
  if (!budget) return 'none';
  const parts = [
    budget.max !== undefined ? `≤ ${format(budget.max, budget.unit)}` : '',
    budget.min !== undefined ? `≥ ${format(budget.min, budget.unit)}` : '',
  ];
  return parts.filter(Boolean).join(', ');
}

/**
 * Checks every figure against its budget. A figure without a budget, or a budget without a
 * figure, is itself a failure: every figure must have a budget and every budget must be measured.
 */
export function judge(
  figures: readonly Figure[],
  budgets: Record<string, Budget>,
): { verdicts: Verdict[]; unmeasured: string[] } {
  const verdicts = figures.map((figure): Verdict => {
    const budget = budgets[figure.id] ?? null;
    if (!budget)
      return {
        figure,
        budget,
        holds: false,
        problem: `${figure.id} has no budget in bench/budgets.json`,
      };
    if (budget.unit !== figure.unit)
      return {
        figure,
        budget,
        holds: false,
        problem: `${figure.id} is measured in ${figure.unit} but its budget is in ${budget.unit}`,
      };
    const value = rounded(figure.value, figure.unit);
    if (budget.max !== undefined && value > budget.max)
      return {
        figure,
        budget,
        holds: false,
        problem: `${figure.group}, ${figure.label}: ${format(value, figure.unit)}, over its budget of ${format(budget.max, budget.unit)} (${figure.id})`,
      };
    if (budget.min !== undefined && value < budget.min)
      return {
        figure,
        budget,
        holds: false,
        problem: `${figure.group}, ${figure.label}: ${format(value, figure.unit)}, under its budget of ${format(budget.min, budget.unit)} (${figure.id})`,
      };
    return { figure, budget, holds: true };
  });
  const measured = new Set(figures.map((figure) => figure.id));
  return { verdicts, unmeasured: Object.keys(budgets).filter((id) => !measured.has(id)) };
}

/** The results as a Markdown table, one row per figure, grouped as measured. */
export function markdownTable(verdicts: readonly Verdict[]): string {
  const rows = ['| Figure | Measured | Budget | Holds |', '| --- | ---: | ---: | :---: |'];
  let group = '';
  for (const { figure, budget, holds } of verdicts) {
    if (figure.group !== group) {
      group = figure.group;
      rows.push(`| **${group}** | | | |`);
    }
    rows.push(
      `| ${figure.label} | ${format(figure.value, figure.unit)} | ${describeBudget(budget)} | ${holds ? 'yes' : '**NO**'} |`,
    );
  }
  return rows.join('\n');
}
