// Runs the content check on a second thread while the first loads Astro (scripts/build.mjs), which compiles
// nothing until this answers. The check is the same code as `npm run check` without the editorial pass; it
// answers with the failure message (or null) and the drafts it found, which the build leaves out, after printing
// any warnings. The thread then waits, with the check's modules loaded, for the finished build's folder and
// checks the output (checkBuiltSite), so that the build does not load them a second time for a check that itself
// takes milliseconds.
import { parentPort } from 'node:worker_threads';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { importSourceNatively } from './importSourceNatively.mjs';

/** @type {typeof import('../../src/check/contentCheck')} */
const { checkContent, checkBuiltSite, resolveContentRoot, formatProblems } = await importSourceNatively('src/check/contentCheck.ts');
const { problems, warnings, drafts } = await checkContent({ editorial: false });
// Warnings go out as `npm run check` prints them; they never stop the build.
if (warnings.length > 0) console.error(`${formatProblems(warnings, 'warning')}\n`);
parentPort?.postMessage({
  failure: problems.length > 0 ? `Build failed: ${formatProblems(problems)}` : null,
  drafts: drafts.map(({ collection, id, file }) => ({ collection, id, file })),
});
// The check's parsed copy of the corpus is garbage now, but this thread would keep its heap (about 350 MB at 3,000
// notes) for the rest of the build: nothing here allocates enough to collect it. A full collection returns it while
// Astro works. `gc` exists only with --expose-gc, which a worker cannot be given; setting the flag and taking `gc`
// from a fresh context is how Jest's leak detector gets it too.
setFlagsFromString('--expose-gc');
runInNewContext('gc')();
parentPort?.once('message', ({ outputFolder, drafts: leftOut }) => {
  const siteProblems = checkBuiltSite(outputFolder, resolveContentRoot(), leftOut);
  parentPort?.postMessage(
    siteProblems.length > 0 ? `Build failed: the built site is incomplete. ${formatProblems(siteProblems).replace('in the content', 'in the output')}` : null,
  );
  parentPort?.close();
});
