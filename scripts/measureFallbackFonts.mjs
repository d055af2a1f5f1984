// `node scripts/measureFallbackFonts.mjs <folder>…`: reads the metrics of the fallback fonts listed in
// src/fonts/fallbackFonts.mjs from their files (found by name in the given folders, e.g. the unpacked Debian
// packages fonts-dejavu-core and fonts-liberation2) and writes src/fonts/fallbackFontMetrics.json, from which
// `npm run fonts` computes the fallback faces. The fonts themselves are not part of the site: only their metrics.
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fromFile } from '@capsizecss/unpack/fs';
import { fallbackFonts } from '../src/fonts/fallbackFonts.mjs';

const projectRoot = path.resolve(import.meta.dirname, '..');
const folders = process.argv.slice(2);
if (folders.length === 0) {
  console.error('Usage: node scripts/measureFallbackFonts.mjs <folder with the .ttf files>… (e.g. /usr/share/fonts/truetype)');
  process.exit(1);
}

function filesUnder(folder) {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}
const available = new Map(folders.flatMap(filesUnder).map((file) => [path.basename(file), file]));

const metrics = {};
for (const { candidates } of fallbackFonts) {
  for (const candidate of candidates) {
    for (const { file } of Object.values(candidate.faces)) {
      const found = available.get(file);
      if (!found) {
        console.error(`${file} (from the Debian package ${candidate.measuredOn}) is in none of: ${folders.join(', ')}`);
        process.exit(1);
      }
      const { familyName, fullName, ascent, descent, lineGap, unitsPerEm, xWidthAvg } = await fromFile(found);
      metrics[file] = { familyName, fullName, ascent, descent, lineGap, unitsPerEm, xWidthAvg };
    }
  }
}
const target = path.join(projectRoot, 'src/fonts/fallbackFontMetrics.json');
writeFileSync(target, `${JSON.stringify(metrics, null, 2)}\n`);
console.log(`${path.relative(projectRoot, target)}: ${Object.keys(metrics).length} fonts`);
