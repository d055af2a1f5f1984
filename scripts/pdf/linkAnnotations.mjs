// Chromium writes each link off the printed document as the address it resolved, which for the export is the
// temporary print server (http://127.0.0.1:<port>/…). This points those at the published site, in the PDF's link
// annotations, so the printed page (which shows the address of links off the site) stays as a reader prints it.
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFRef, PDFString } from 'pdf-lib';
import { toPublishedUrl } from './siteAddress.mjs';

/** Every link annotation's action dictionary that opens a URI, page by page. */
export function uriActions(pdf) {
  const lookup = (value) => (value instanceof PDFRef ? pdf.context.lookup(value) : value);
  const actions = [];
  for (const page of pdf.getPages()) {
    const annotations = lookup(page.node.get(PDFName.of('Annots')));
    if (!(annotations instanceof PDFArray)) continue;
    for (const annotation of annotations.asArray().map(lookup)) {
      if (!(annotation instanceof PDFDict) || annotation.get(PDFName.of('Subtype')) !== PDFName.of('Link')) continue;
      const action = lookup(annotation.get(PDFName.of('A')));
      if (action instanceof PDFDict && action.get(PDFName.of('S')) === PDFName.of('URI')) actions.push(action);
    }
  }
  return actions;
}

const readUri = (value) => (value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined);
// A URI is a 7-bit string (PDF 32000-1, 12.6.4.7); a hex string needs no escaping of the URL's parentheses.
const uriString = (url) => PDFHexString.of(Buffer.from(url, 'latin1').toString('hex'));

/** Rewrites links to the print server as links to `site`. Returns how many were rewritten. */
export function publishLinks(pdf, { localRoot, site }) {
  const origin = new URL(localRoot).origin;
  let published = 0;
  for (const action of uriActions(pdf)) {
    const uri = readUri(action.get(PDFName.of('URI')));
    if (!uri || !URL.canParse(uri) || new URL(uri).origin !== origin) continue;
    action.set(PDFName.of('URI'), uriString(toPublishedUrl(uri, localRoot, site)));
    published += 1;
  }
  return published;
}
