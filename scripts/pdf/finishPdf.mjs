// What the export does to a PDF after Chromium printed it: links to the published site, the bookmarks' titles, the
// document information and the figures' tags. Jumps inside the document are set before printing
// (linkTargets.mjs), since only Chromium knows where their targets land.
import { PDFDocument } from 'pdf-lib';
import { tagFigureGroups } from './figureTags.mjs';
import { publishLinks } from './linkAnnotations.mjs';
import { applyMetadata } from './metadata.mjs';
import { repairOutline } from './outline.mjs';

/**
 * `headings` from outline.mjs's collectHeadings and `metadata` from metadata.mjs's collectMetadata, both read from
 * the printed page; `localRoot` the print server's address of the site's home, `site` the published one. Returns
 * the finished file with its page count and what was changed.
 */
export async function finishPdf(printed, { headings, metadata, localRoot, site }) {
  // updateMetadata: false keeps Chromium's producer and dates; applyMetadata sets the rest.
  const pdf = await PDFDocument.load(printed, { updateMetadata: false });
  const published = publishLinks(pdf, { localRoot, site });
  const outline = repairOutline(pdf, headings);
  applyMetadata(pdf, metadata);
  const figures = tagFigureGroups(pdf);
  // Object streams pack the large structure tree: files a quarter to two fifths smaller. (pdf-lib writes a
  // PDF 1.7 header, so they are allowed.)
  const bytes = Buffer.from(await pdf.save({ useObjectStreams: true }));
  return { bytes, pages: pdf.getPageCount(), published, outline, figures };
}
