import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** One import of a source file: where it is, what it names, and the file it resolves to inside src/ (if any). */
export interface SourceImport {
  /** Path of the importing file, relative to the repository, with forward slashes. */
  from: string;
  line: number;
  specifier: string;
  /** The imported file, relative to the repository; undefined for packages and virtual modules. */
  to: string | undefined;
  typeOnly: boolean;
}

const codeExtensions = ['.ts', '.mjs', '.js', '.astro'];

/** Every code file under `root` (a folder of the repository), relative to the repository. */
export function listCodeFiles(repo: string, root = 'src'): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(join(repo, folder)).sort()) {
      const path = `${folder}/${name}`;
      if (statSync(join(repo, path)).isDirectory()) walk(path);
      else if (codeExtensions.some((extension) => name.endsWith(extension))) files.push(path);
    }
  };
  walk(root);
  return files;
}

// Static imports and re-exports (`import x from`, `import type`, `export … from`, bare `import '…'`) and dynamic
// `import('…')`. Type-only imports count: a type ties the importer to the module's meaning as much as a value does.
const importPattern =
  /(?:^|[;\n}])\s*(import|export)\s+(type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"\n]+)['"]|import\(\s*['"]([^'"\n]+)['"]\s*\)/g;

/** The imports of one file (the script parts of an .astro file included). */
export function readImports(repo: string, file: string): SourceImport[] {
  const text = readFileSync(join(repo, file), 'utf8');
  const imports: SourceImport[] = [];
  for (const match of text.matchAll(importPattern)) {
    const specifier = match[3] ?? match[4];
    if (!specifier) continue;
    const offset = match.index + match[0].search(/import|export/);
    const line = text.slice(0, offset).split('\n').length;
    // `import type { A }`, or `import { type A, type B }` (every name a type); only used to label messages.
    const names = /\{([^}]*)\}/.exec(match[0])?.[1]?.split(',').map((name) => name.trim()).filter(Boolean) ?? [];
    const typeOnly = Boolean(match[2]) || (names.length > 0 && names.every((name) => name.startsWith('type ')));
    imports.push({ from: file, line, specifier, to: resolveSpecifier(repo, file, specifier), typeOnly });
  }
  return imports;
}

function resolveSpecifier(repo: string, file: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(repo, dirname(file), specifier.replace(/\?.*$/, ''));
  const candidates = [base, ...codeExtensions.map((extension) => base + extension), ...codeExtensions.map((extension) => join(base, `index${extension}`))];
  const found = candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
  return found ? relative(repo, found).split(sep).join('/') : relative(repo, base).split(sep).join('/');
}
