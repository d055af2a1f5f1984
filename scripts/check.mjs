// `npm run check`: validates the content folder without building the site (schemas, references, citations,
// MDX syntax and components, spellings the site corrects, and text copied from a fingerprinted source), and prints each problem as
// `file:line  field: message`. Exits 1 when there is any; warnings are printed the same way and do not fail. Then lists
// the drafts (`draft: true`) and the placeholders each still holds. Reads BRIEFBOOK_CONTENT like the build.
import { importSourceNatively } from './lib/importSourceNatively.mjs';
import { readEnvOrExit } from '../src/config/env.ts';

readEnvOrExit();

const started = performance.now();
/** @type {typeof import('../src/check/contentCheck')} */
const { checkContent, formatProblems, formatDrafts } = await importSourceNatively('src/check/contentCheck.ts');
const { problems, warnings, counts, drafts } = await checkContent({ editorial: !process.argv.includes('--no-editorial') });
const seconds = ((performance.now() - started) / 1000).toFixed(2);
// Collection names are plurals; one entry reads "1 source", "1 entity".
const singular = (name) => name.replace(/ies$/, 'y').replace(/s$/, '');
const summary = Object.entries(counts).map(([name, count]) => `${count} ${count === 1 ? singular(name) : name}`).join(', ');
// Warnings are printed by the build too (scripts/lib/contentCheckWorker.mjs), word for word, and fail neither.
if (warnings.length > 0) console.error(`${formatProblems(warnings, 'warning')}\n`);
if (problems.length > 0) {
  console.error(formatProblems(problems));
  console.error(`\nChecked ${summary || 'nothing'} in ${seconds} s.`);
  process.exitCode = 1;
} else {
  console.log(`Content OK: ${summary} checked in ${seconds} s.`);
}
// Drafts are checked like everything else; what they still hold of the scaffold is listed, not refused.
if (drafts.length > 0) console.log(`\n${formatDrafts(drafts, problems)}`);
