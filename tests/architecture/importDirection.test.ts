import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { layerOf, layers } from './layers';
import { listCodeFiles, readImports, type SourceImport } from './sourceImports';

const repo = path.resolve(import.meta.dirname, '../..');

/** Why an import breaks the stack, or undefined when it keeps to it. */
export function upwardImport(entry: SourceImport): string | undefined {
  if (!entry.to?.startsWith('src/')) return undefined;
  const from = layerOf(entry.from);
  const to = layerOf(entry.to);
  if (!from || !to || to.level <= from.level) return undefined;
  return `${entry.from}:${entry.line} imports '${entry.specifier}'${entry.typeOnly ? ' (type only)' : ''}: layer "${from.layer.name}" may not import layer "${to.layer.name}" above it (order, bottom up: ${layers.map((layer) => layer.name).join(' < ')})`;
}

/** The cycles among files, each as the files on it in import order (Tarjan's strongly connected components). */
export function fileCycles(imports: readonly SourceImport[]): string[][] {
  const edges = new Map<string, Set<string>>();
  for (const entry of imports) if (entry.to?.startsWith('src/') && entry.to !== entry.from) (edges.get(entry.from) ?? edges.set(entry.from, new Set()).get(entry.from)!).add(entry.to);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (file: string) => {
    index.set(file, index.size);
    low.set(file, index.get(file)!);
    stack.push(file);
    onStack.add(file);
    for (const next of edges.get(file) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(file, Math.min(low.get(file)!, index.get(next)!));
    }
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    if (component.length > 1) cycles.push(loopThrough(component.reverse(), edges));
  };
  for (const file of edges.keys()) if (!index.has(file)) visit(file);
  return cycles;
}

/** One loop of imports inside a set of files that import each other: the shortest way from its first file back to it. */
function loopThrough(component: string[], edges: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  const members = new Set(component);
  const start = component[0]!;
  const cameFrom = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.shift()!;
    for (const next of edges.get(file) ?? []) {
      if (!members.has(next) || cameFrom.has(next)) continue;
      cameFrom.set(next, file);
      if (next === start) {
        const loop = [start];
        for (let at = file; at !== start; at = cameFrom.get(at)!) loop.unshift(at);
        return [start, ...loop.slice(0, -1)];
      }
      queue.push(next);
    }
  }
  return component;
}

const files = listCodeFiles(repo);
const imports = files.flatMap((file) => readImports(repo, file));

describe('the layers of src/', () => {
  it('reads the imports it judges (type-only imports, re-exports and .astro files included)', () => {
    // A parser that found nothing would pass every rule below; these imports are known to exist.
    const seen = (from: string, to: string, typeOnly?: boolean) =>
      imports.some((entry) => entry.from === from && entry.to === to && (typeOnly === undefined || entry.typeOnly === typeOnly));
    expect(seen('src/layouts/Base.astro', 'src/components/SiteHeader.astro')).toBe(true);
    expect(seen('src/corpus/corpus.ts', 'src/schemas/briefing.ts', true)).toBe(true);
    expect(imports.filter((entry) => entry.to?.startsWith('src/')).length).toBeGreaterThan(500);
  });

  it('puts every code file of src/ in exactly one layer', () => {
    expect(files.filter((file) => !layerOf(file))).toEqual([]);
    const paths = layers.flatMap((layer) => layer.paths);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('imports only from its own layer or the layers below', () => {
    expect(imports.map(upwardImport).filter(Boolean)).toEqual([]);
  });

  it('has no cycle of imports between files', () => {
    expect(fileCycles(imports).map((cycle) => `import cycle: ${[...cycle, cycle[0]].join(' → ')}`)).toEqual([]);
  });

  it('resolves every relative import to a file', () => {
    expect(imports.filter((entry) => entry.specifier.startsWith('.') && entry.to && !files.includes(entry.to) && !/\.(css|woff2|json)$/.test(entry.to)).map((entry) => `${entry.from}:${entry.line} ${entry.specifier}`)).toEqual([]);
  });
});
