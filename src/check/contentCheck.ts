// What `npm run check` and the build's content check (scripts/check.mjs, scripts/lib/contentCheckWorker.mjs) load:
// the check and its message format, and nothing of the scaffolder or the schema reference (which load TypeScript).
export { checkContent } from './checkContent';
export { formatProblems } from '../contentFiles/contentProblem';
export { formatDrafts } from './formatDrafts';
