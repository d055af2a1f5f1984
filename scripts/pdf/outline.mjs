// Chromium builds the PDF's bookmarks (outline) from the headings it draws, so their titles are the glyphs on the
// page: words of a wrapped heading run together ("Northport harbour:the east quay reopens") and CSS capitals stay
// capitals ("BOTTOM LINE"). The headings' own text comes from the page, and replaces each bookmark's title.
import { PDFDict, PDFHexString, PDFName, PDFRef, PDFString } from 'pdf-lib';

/** Runs in the page, in print media: the text of every printed heading as the HTML writes it, in document order. */
export function collectHeadings() {
  return [...document.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]')]
    .filter((heading) => heading.checkVisibility())
    .map((heading) => heading.textContent.replace(/\s+/g, ' ').trim());
}

/**
 * What a bookmark and its heading still share: the characters, without the spaces Chromium drops at line breaks
 * or the soft hyphens it may add, in capitals so a text-transform does not matter.
 */
export const headingKey = (text) => text.normalize('NFC').replace(/[\s\u00ad\u200b]/g, '').toUpperCase();

/** Whether `key` is `unit` written one or more times over. */
const isRepeatOf = (key, unit) => key.length % unit.length === 0 && unit.repeat(key.length / unit.length) === key;

/**
 * Pairs bookmark titles with heading texts, both in document order. Each bookmark takes the next heading with the
 * same key; headings that print no bookmark (hidden in print) are passed over. Returns the repaired titles, and
 * the bookmarks no heading matched (left as they were).
 */
export function matchHeadings(titles, headings) {
  const keys = headings.map(headingKey);
  let from = 0;
  const unmatched = [];
  const repaired = titles.map((title) => {
    const key = headingKey(title);
    // A heading that Chromium lays out twice before it settles on a page (one kept with what follows, across a page
    // break) gives a bookmark with its text twice over; it is still that one heading.
    const index = keys.findIndex((candidate, position) => position >= from && candidate.length > 0 && isRepeatOf(key, candidate));
    if (index < 0) {
      unmatched.push(title);
      return title;
    }
    from = index + 1;
    return headings[index];
  });
  return { titles: repaired, unmatched };
}

/** The outline's items in document order (depth first), each a PDF dictionary. */
export function outlineItems(pdf) {
  const { context, catalog } = pdf;
  const lookup = (value) => (value instanceof PDFRef ? context.lookup(value) : value);
  const items = [];
  const visit = (first) => {
    for (let item = lookup(first); item instanceof PDFDict; item = lookup(item.get(PDFName.of('Next')))) {
      items.push(item);
      visit(item.get(PDFName.of('First')));
    }
  };
  const root = lookup(catalog.get(PDFName.of('Outlines')));
  if (root instanceof PDFDict) visit(root.get(PDFName.of('First')));
  return items;
}

export const decodePdfText = (value) => (value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : '');

/** Replaces the bookmark titles of `pdf` with the headings' text. Returns the bookmarks no heading matched. */
export function repairOutline(pdf, headings) {
  const items = outlineItems(pdf);
  const { titles, unmatched } = matchHeadings(
    items.map((item) => decodePdfText(item.get(PDFName.of('Title')))),
    headings,
  );
  items.forEach((item, index) => item.set(PDFName.of('Title'), PDFHexString.fromText(titles[index])));
  return { bookmarks: items.length, unmatched };
}
