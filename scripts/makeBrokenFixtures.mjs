// Writes tests/fixtures/broken/<case>/ for every case in tests/fixtures/broken/cases.mjs: a copy of
// tests/fixtures/minimal with that case's one defect. Run it after changing the minimal root or the cases, and
// commit the result; the tests build the committed folders.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
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
  for (const [file, text] of expectedFiles(minimal, brokenCase)) {
    mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
    writeFileSync(path.join(folder, file), text);
  }
}
console.log(`Wrote ${brokenCases.filter((brokenCase) => brokenCase.root !== false).length} broken fixtures to ${path.relative(process.cwd(), brokenDir)}/.`);
