// The checking functions the Node scripts (build, check, new) need, in one module so that a script loads them
// with a single pass of Vite's module runner.
export { checkBuiltSite } from './checkBuiltSite';
export { checkContent } from './checkContent';
export { formatDrafts, describeDraftCount } from './formatDrafts';
export { resolveContentRoot } from '../contentFiles/contentRoot';
export { formatProblems } from '../contentFiles/contentProblem';
export { renderSchemaReference } from './renderSchemaReference';
export { renderCalibrationMarkdown } from '../citations/calibration';
export { schemaDocs } from './schemaDocs';
export { scaffoldEntry, scaffoldKinds, slugify } from './scaffoldEntry';
export { scaffoldSource } from './scaffoldSource';
export { scaffoldBook } from './scaffoldBook';
export { checkMapFocus } from '../book/readBookFile';
export { entityKinds } from '../schemas/entity';
export { appendUpdate } from './appendUpdate';
export { closestMatch } from '../contentFiles/closestMatch';
