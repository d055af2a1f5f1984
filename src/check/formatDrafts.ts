import type { ContentProblem } from '../contentFiles/contentProblem';
import type { DraftEntry } from './checkContent';

/**
 * What `npm run check` says about drafts: how many, which files, and under each the placeholders still to fill
 * in, `file:line  field: message` as problems are written.
 *
 * @example
 * formatDrafts([{ collection: 'figures', id: 'x', file: 'figures/x.yaml', toFill: [{ file: 'figures/x.yaml', line: 9, field: 'value', message: 'Still the placeholder 0. …' }] }])
 * // "1 draft, left out of the built site until its draft: true line is deleted:\n  figures/x.yaml, to fill in:\n    figures/x.yaml:9  value: Still the placeholder 0. …"
 */
export function formatDrafts(drafts: readonly DraftEntry[], problems: readonly ContentProblem[] = []): string {
  if (drafts.length === 0) return '';
  const lines = [`${describeDraftCount(drafts.length)}, left out of the built site until ${drafts.length === 1 ? 'its' : 'their'} draft: true line is deleted:`];
  for (const draft of [...drafts].sort((a, b) => a.file.localeCompare(b.file))) {
    const problemCount = problems.filter((problem) => problem.file === draft.file).length;
    const alsoProblems = problemCount > 0 ? `its ${problemCount === 1 ? 'problem' : `${problemCount} problems`} above` : '';
    if (draft.toFill.length === 0) {
      lines.push(`  ${draft.file}: ${alsoProblems ? `to fill in: ${alsoProblems}` : 'no placeholders left; delete its draft line to publish it'}.`);
      continue;
    }
    lines.push(`  ${draft.file}, to fill in: ${alsoProblems ? `${alsoProblems}, and` : ''}`.trimEnd());
    for (const item of draft.toFill) lines.push(`    ${item.file}${item.line ? `:${item.line}` : ''}  ${item.field ? `${item.field}: ` : ''}${item.message}`);
  }
  return lines.join('\n');
}

/** "1 draft", "3 drafts". */
export const describeDraftCount = (count: number) => `${count} draft${count === 1 ? '' : 's'}`;
