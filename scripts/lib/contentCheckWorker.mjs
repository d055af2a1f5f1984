// Runs the content check on a second thread while the first loads Astro (scripts/build.mjs), which compiles
// nothing until this answers. The check is the same code as `npm run check` without the editorial pass; it
// answers with the failure message, or null.
import { parentPort } from 'node:worker_threads';
import { importSource } from './importSource.mjs';

/** @type {typeof import('../../src/check/contentCheck')} */
const { checkContent, formatProblems } = await importSource('src/check/contentCheck.ts');
const { problems } = await checkContent({ editorial: false });
parentPort?.postMessage(problems.length > 0 ? `Build failed: ${formatProblems(problems)}` : null);
