// `npm run fonts`: cuts the faces listed in src/fonts/fontFaces.mjs out of their @fontsource packages into
// src/fonts/*.woff2 (one file per face and subset), and writes the @font-face rules, with the metric-matched
// fallback faces, into src/styles/fonts.css. Run it after changing that list, src/fonts/fallbackFonts.mjs or a
// font package; tests/unit/fonts.test.ts fails until the committed files match.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { chartTextWidths, renderFallbackFontCss, renderFontCss, renderOnDemandFontCss, subsetFace } from './subsetFace.mjs';
import { fontFaces, filesOfFace, subsets } from '../src/fonts/fontFaces.mjs';

const projectRoot = path.resolve(import.meta.dirname, '..');
for (const subset of subsets) {
  let total = 0;
  for (const face of fontFaces) {
    const woff2 = await subsetFace(face, subset);
    const file = path.join(projectRoot, 'src/fonts', filesOfFace(face, subset).subset);
    writeFileSync(file, woff2);
    total += woff2.length;
    console.log(`${path.relative(projectRoot, file)}: ${(woff2.length / 1024).toFixed(1)} KB`);
  }
  console.log(`${subset.name}${subset.everyPage ? ' (every page)' : ' (on demand)'}: ${(total / 1024).toFixed(1)} KB of woff2 in all`);
}
writeFileSync(path.join(projectRoot, 'src/styles/fonts.css'), renderFontCss());
writeFileSync(path.join(projectRoot, 'src/styles/fontFallbacks.css'), await renderFallbackFontCss());
writeFileSync(path.join(projectRoot, 'src/styles/fontsOnDemand.css'), renderOnDemandFontCss());
writeFileSync(path.join(projectRoot, 'src/fonts/chartTextWidths.json'), `${JSON.stringify(chartTextWidths())}\n`);
console.log('src/styles/fonts.css, fontFallbacks.css, fontsOnDemand.css and src/fonts/chartTextWidths.json written');
