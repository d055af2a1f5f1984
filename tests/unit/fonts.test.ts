import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chartTextWidths, keptCodePoints, renderFallbackFontCss, renderFontCss, renderOnDemandFontCss, subsetFace } from '../../scripts/subsetFace.mjs';
import { linkOnDemandFonts, linkOnDemandFontsInLatin1, usesOnDemandFonts } from '../../src/fonts/onDemandFonts';
import { metricOverrides } from '../../src/fonts/fallbackFonts.mjs';
import { codePointsOf, everyPageRanges, filesOfFace, fontFaces, subsets, toUnicodeRange } from '../../src/fonts/fontFaces.mjs';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const everyFile = subsets.flatMap((subset) => fontFaces.map((face) => [filesOfFace(face, subset).subset, face, subset] as const));
const codePoint = (character: string) => character.codePointAt(0)!;

describe('the self-hosted fonts (src/fonts)', () => {
  it.each(everyFile)('%s is the subset of its @fontsource package (run `npm run fonts` after a change)', async (file, face, subset) => {
    const committed = readFileSync(path.join(projectRoot, 'src/fonts', file));
    const fresh = await subsetFace(face, subset);
    expect(committed.equals(fresh)).toBe(true);
  });

  it('src/styles/fonts.css, fontFallbacks.css and fontsOnDemand.css declare exactly these faces and fallbacks, and chartTextWidths.json has their widths', async () => {
    expect(readFileSync(path.join(projectRoot, 'src/styles/fonts.css'), 'utf8')).toBe(renderFontCss());
    expect(readFileSync(path.join(projectRoot, 'src/styles/fontFallbacks.css'), 'utf8')).toBe(await renderFallbackFontCss());
    expect(JSON.parse(readFileSync(path.join(projectRoot, 'src/fonts/chartTextWidths.json'), 'utf8'))).toEqual(chartTextWidths());
    expect(readFileSync(path.join(projectRoot, 'src/styles/fontsOnDemand.css'), 'utf8')).toBe(renderOnDemandFontCss());
  });

  it.each(fontFaces.map((face) => [`${face.family} ${face.weight} ${face.style}`, face] as const))('%s: the transliteration letters are on demand, not in the every-page file', (_name, face) => {
    const [latin, latinExt] = subsets;
    const everyPage = new Set(keptCodePoints(face, latin!));
    const onDemand = new Set(keptCodePoints(face, latinExt!));
    for (const letter of ['ʿ', 'ʾ', 'Ḥ', 'ṣ', 'Ş', 'ğ', 'ā', 'ē', 'ū', 'ẓ']) {
      expect(onDemand.has(codePoint(letter)), letter).toBe(true);
      expect(everyPage.has(codePoint(letter)), letter).toBe(false);
    }
    // Already in the every-page file, so a page never downloads the extension for them.
    for (const letter of ['ı', 'œ', 'ʻ', 'ʼ', 'é']) {
      expect(everyPage.has(codePoint(letter)), letter).toBe(true);
      expect(onDemand.has(codePoint(letter)), letter).toBe(false);
    }
  });
});

describe('unicode-range and metric overrides', () => {
  it('writes code points as the shortest ranges', () => {
    expect(toUnicodeRange([0x2bf, 0x100, 0x101, 0x102, 0x2be, 0x1e24])).toBe('U+100-102, U+2BE-2BF, U+1E24');
  });

  it('scales a fallback to the web font\'s average width and gives it the web font\'s vertical metrics', () => {
    // A fallback twice as wide per em is drawn at half size; the ascent of 1000/1000 becomes 200% of that size.
    const overrides = metricOverrides({ unitsPerEm: 1000, xWidthAvg: 500, ascent: 1000, descent: -250, lineGap: 100 }, { unitsPerEm: 2048, xWidthAvg: 2048 });
    expect(overrides).toEqual({ sizeAdjust: '50%', ascentOverride: '200%', descentOverride: '50%', lineGapOverride: '20%' });
  });
});

describe('the on-demand stylesheet is linked only from pages that need it', () => {
  const page = (text: string) => `<html><head><link rel="stylesheet" href="/_astro/Base.css"></head><body><p>${text}</p></body></html>`;

  it.each(['al-Sharaʿ', 'Ḥmeimim', 'Şanlıurfa', 'Łódź', 'Hà Nội'])('%s: linked, after the every-page stylesheet', (name) => {
    expect(usesOnDemandFonts(page(name))).toBe(true);
    expect(linkOnDemandFonts(page(name), '/_astro/fontsOnDemand.css')).toBe(page(name).replace('</head>', '<link rel="stylesheet" href="/_astro/fontsOnDemand.css"></head>'));
  });

  it.each(['al-Sharaa', 'Müller, Zoë and Ørsted', 'Hawaiʻi', 'œuvre', 'Diyarbakır'])('%s: not linked, the every-page faces hold it', (text) => {
    expect(linkOnDemandFonts(page(text), '/_astro/fontsOnDemand.css')).toBe(page(text));
  });

  it('is linked where asked to be whatever the text (the search page, whose results come later)', () => {
    expect(linkOnDemandFonts(page('Search'), '/x.css', { always: true })).toContain('<link rel="stylesheet" href="/x.css"></head>');
  });
});

describe('the on-demand test on a page\'s bytes', () => {
  const page = (text: string) => `<html><head><link rel="stylesheet" href="/_astro/Base.css"></head><body><p>${text}</p></body></html>`;
  // A page as the middleware holds it: its UTF-8 bytes read one to a character.
  const latin1 = (text: string) => Buffer.from(text, 'utf8').toString('latin1');
  const decoded = (page: string) => Buffer.from(page, 'latin1').toString('utf8');
  const onDemand = subsets.filter((subset) => !subset.everyPage).flatMap((subset) => codePointsOf(subset.wanted));
  const everyPage = codePointsOf(everyPageRanges);
  // Every character either subset holds, and the neighbours of each, in text as in a page.
  const characters = [...new Set([...onDemand, ...everyPage].flatMap((point) => [point - 1, point, point + 1]))].filter((point) => point > 0 && (point < 0xd800 || point > 0xdfff));

  it('agrees with the test on the decoded text for every character of either subset and its neighbours', () => {
    for (const point of characters) {
      const text = page(`a${String.fromCodePoint(point)}b`);
      expect(decoded(linkOnDemandFontsInLatin1(latin1(text), '/x.css')), point.toString(16)).toBe(linkOnDemandFonts(text, '/x.css'));
    }
  });

  it('hands back the same page when nothing is linked, and links where asked to', () => {
    const bytes = latin1(page('Müller — ¶2 “quoted”'));
    expect(linkOnDemandFontsInLatin1(bytes, '/x.css')).toBe(bytes);
    expect(decoded(linkOnDemandFontsInLatin1(bytes, '/x.css', { always: true }))).toBe(linkOnDemandFonts(page('Müller — ¶2 “quoted”'), '/x.css', { always: true }));
  });
});
