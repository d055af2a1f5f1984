/** One thing wrong with the content, located precisely enough for an analyst to fix it. */
export interface ContentProblem {
  /** The file, relative to the project root. */
  file: string;
  /** The front-matter or YAML field, as a path: `keyJudgments[1].citations[0].paragraphs`. */
  field?: string;
  /** The line in the file, for problems in MDX prose. */
  line?: number;
  /** What is wrong and what was expected. */
  message: string;
}

/**
 * Lays problems out one per line, grouped by file, in the form `file:line  field: message`.
 *
 * @example
 * formatProblems([{ file: 'content/figures/x.yaml', field: 'value', message: 'Expected a number' }])
 * // "1 problem in the content:\n  content/figures/x.yaml  value: Expected a number"
 * @example formatProblems(warnings, 'warning') // "2 warnings about the content:\n  …"
 */
export function formatProblems(problems: readonly ContentProblem[], kind: 'problem' | 'warning' = 'problem'): string {
  const heading = `${problems.length} ${kind}${problems.length === 1 ? '' : 's'} ${kind === 'warning' ? 'about' : 'in'} the content:`;
  const lines = [...problems]
    .sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0))
    .map((problem) => {
      const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
      return `  ${where}  ${problem.field ? `${problem.field}: ` : ''}${problem.message}`;
    });
  return [heading, ...lines].join('\n');
}

/** Thrown when content fails validation; its message is the whole formatted list. */
export class ContentValidationError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    super(formatProblems(problems));
    this.problems = problems;
    this.name = 'ContentValidationError';
    // The message locates every problem in the content; a stack trace into the build would only bury it
    // (Astro prints the stack of any error that has one).
    this.stack = '';
  }
}
