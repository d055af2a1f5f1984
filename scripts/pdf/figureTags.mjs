// Alternative text in the PDF's structure tree (tagged PDF). Chromium tags what the accessibility tree calls an
// image or a figure as /Figure, with the element's accessible name as /Alt: a chart's <svg role="img"> gets its
// <title>, but an HTML <figure> (a chart with its data table and caption, or a quotation with its attribution)
// has no name and gets no /Alt. Alt text on such a group would hide its table and caption from screen readers,
// which read a Figure's /Alt instead of its content, so a group is retagged as what it is, a /Div, and any /Alt
// it had (an aria-label on the <figure>) goes with the Figure tag.
import { PDFArray, PDFDict, PDFName, PDFRef } from 'pdf-lib';

/** Every structure element of `pdf`, depth first. */
export function structureElements(pdf) {
  const { context, catalog } = pdf;
  const lookup = (value) => (value instanceof PDFRef ? context.lookup(value) : value);
  const elements = [];
  const visit = (node) => {
    const value = lookup(node);
    if (value instanceof PDFArray) return value.asArray().forEach(visit);
    if (!(value instanceof PDFDict) || !value.get(PDFName.of('S'))) return;
    elements.push(value);
    visit(value.get(PDFName.of('K')));
  };
  const root = lookup(catalog.get(PDFName.of('StructTreeRoot')));
  if (root instanceof PDFDict) visit(root.get(PDFName.of('K')));
  return elements;
}

/** Whether a structure element holds other structure elements (not only marked content of its own). */
function isGroup(pdf, element) {
  const kids = pdf.context.lookup(element.get(PDFName.of('K')));
  const list = kids instanceof PDFArray ? kids.asArray() : [kids];
  return list.some((kid) => {
    const value = kid instanceof PDFRef ? pdf.context.lookup(kid) : kid;
    return value instanceof PDFDict && value.get(PDFName.of('S')) !== undefined;
  });
}

/**
 * Retags /Figure elements that group other structure elements as /Div. Returns how many were retagged and how
 * many Figures are still without alternative text (an image the page gave no accessible name).
 */
export function tagFigureGroups(pdf) {
  let retagged = 0;
  let withoutAlt = 0;
  for (const element of structureElements(pdf)) {
    if (element.get(PDFName.of('S')) !== PDFName.of('Figure')) continue;
    if (isGroup(pdf, element)) {
      element.set(PDFName.of('S'), PDFName.of('Div'));
      element.delete(PDFName.of('Alt'));
      retagged += 1;
    } else if (!element.get(PDFName.of('Alt'))) {
      withoutAlt += 1;
    }
  }
  return { retagged, withoutAlt };
}
