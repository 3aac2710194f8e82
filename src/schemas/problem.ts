/** Something wrong (or worth a look) in an author's file, said so the author can act on it. */
export interface Problem {
  severity: 'error' | 'warning';
  /** Path from the project root, e.g. "scenarios/missed-appointment.yaml". */
  file: string;
  /** 1-based line, where the YAML parser can tell. */
  line?: number;
  /** The node id the problem is in, when it is in a node. */
  node?: string;
  /** The field, as a path within the file or node, e.g. "choices[1].target". */
  field?: string;
  /** What is wrong. */
  message: string;
  /** How to fix it. */
  fix: string;
  /**
   * Set on review-date problems (review-rules.ts): an overdue review stops packaging, not the
   * site build, and --allow-overdue sets it aside. "vlog-missing": an optional scenario's vlog
   * file is missing, a warning for the build that packaging raises to an error (video-rules.ts).
   */
  code?: 'review-overdue' | 'review-due-soon' | 'review-missing' | 'vlog-missing';
}

export function formatProblem(problem: Problem): string {
  const where = [
    problem.line ? `${problem.file}:${problem.line}` : problem.file,
    problem.node ? `node "${problem.node}"` : undefined,
    problem.field ? `field "${problem.field}"` : undefined,
  ]
    .filter(Boolean)
    .join(', ');
  const label = problem.severity === 'error' ? 'Error' : 'Warning';
  return `${label} in ${where}: ${problem.message}\n  Fix: ${problem.fix}`;
}

/** Errors, then warnings, each in the order found: what stops the build is read first. */
export function errorsFirst<T extends Pick<Problem, 'severity'>>(problems: readonly T[]): T[] {
  return [
    ...problems.filter((problem) => problem.severity === 'error'),
    ...problems.filter((problem) => problem.severity !== 'error'),
  ];
}

/** How many errors and warnings, as the last line of a report. */
export function problemCounts(problems: readonly Problem[]): string {
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  return `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} in the content.`;
}

export function formatProblems(problems: readonly Problem[]): string {
  return [...errorsFirst(problems).map(formatProblem), problemCounts(problems)].join('\n\n');
}

/** Renders a field path as authors write it: nodes[3].choices[1].target. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}
