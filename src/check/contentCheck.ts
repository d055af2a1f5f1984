// What `npm run check` and the build's content check (scripts/check.mjs, scripts/lib/contentCheckWorker.mjs) load:
// the check and its message format, and nothing of the scaffolder or the schema reference (which load TypeScript).
// The build's check thread also checks the finished output with what it has loaded (checkBuiltSite).
export { checkContent } from './checkContent';
export { checkBuiltSite } from './checkBuiltSite';
export { resolveContentRoot } from '../contentFiles/contentRoot';
export { formatProblems } from '../contentFiles/contentProblem';
export { formatDrafts } from './formatDrafts';
