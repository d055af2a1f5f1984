// Writes tests/fixtures/broken/<case>/ for every case in tests/fixtures/broken/cases.mjs: a copy of
// tests/fixtures/minimal with that case's one defect. Run it after changing the minimal root or the cases, and
// commit the result; the tests build the committed folders.
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brokenCases } from '../tests/fixtures/broken/cases.mjs';
import { expectedFiles } from '../tests/fixtures/broken/expectedFiles.mjs';
import { projectRoot } from './lib/importSource.mjs';

const minimal = path.join(projectRoot, 'tests/fixtures/minimal');
const brokenDir = path.join(projectRoot, 'tests/fixtures/broken');
for (const brokenCase of brokenCases) {
  const folder = path.join(brokenDir, brokenCase.name);
  rmSync(folder, { recursive: true, force: true });
  if (brokenCase.root === false) continue;
  for (const [file, content] of expectedFiles(minimal, brokenCase)) {
    const target = path.join(folder, file);
    mkdirSync(path.dirname(target), { recursive: true });
    if (typeof content === 'string') writeFileSync(target, content);
    else if (content.symlink !== undefined) symlinkSync(content.symlink, target);
    else writeFileSync(target, Buffer.from(content.bytes, 'base64'));
  }
}
console.log(`Wrote ${brokenCases.filter((brokenCase) => brokenCase.root !== false).length} broken fixtures to ${path.relative(process.cwd(), brokenDir)}/.`);
