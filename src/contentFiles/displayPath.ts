import path from 'node:path';

/**
 * A path as messages show it: relative to the project when inside it, absolute when elsewhere (a fixture in
 * /tmp reads better as /tmp/x than as ../../../tmp/x).
 *
 * @example displayPath('/work/site/content/figures/x.yaml', '/work/site') // "content/figures/x.yaml"
 * @example displayPath('/tmp/corpus/figures/x.yaml', '/work/site') // "/tmp/corpus/figures/x.yaml"
 */
export function displayPath(absolute: string, cwd: string = process.cwd()): string {
  const relative = path.relative(cwd, absolute);
  return relative === '' ? '.' : relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative;
}
