// The document information of an exported PDF, taken from the page it prints, so a PDF found on its own still says
// what it is, who issued it and what it is about.
import { PDFHexString, PDFName } from 'pdf-lib';

/** The product that made the file, as PDF readers show under "Creator" / "Application". */
export const creator = 'Briefbook';

/**
 * Runs in the page, in print media and before its links are rewritten: the page's title, description, author (the
 * book's publisher) and language, and as keywords the titles of the topics its printed text links to (its topic
 * tags, not those of the related briefings the print leaves out), once each in order. `localRoot` is the print
 * server's address of the site's home page.
 */
export function collectMetadata(localRoot) {
  const meta = (name) => document.querySelector(`meta[name="${name}"]`)?.getAttribute('content')?.trim() || undefined;
  const root = new URL(localRoot);
  const topics = [];
  for (const link of document.querySelectorAll('main a[href]')) {
    const url = new URL(link.getAttribute('href'), document.baseURI);
    if (url.origin !== root.origin || !link.checkVisibility()) continue;
    const path = url.pathname.startsWith(root.pathname) ? url.pathname.slice(root.pathname.length) : url.pathname.replace(/^\/+/, '');
    const title = link.textContent.replace(/\s+/g, ' ').trim();
    if (/^topics\/[^/]+\/$/.test(path) && title && !topics.includes(title)) topics.push(title);
  }
  return { title: document.title, author: meta('author'), subject: meta('description'), keywords: topics, lang: document.documentElement.lang };
}

/** Writes `metadata` (from collectMetadata) into the PDF's information dictionary and catalog. */
export function applyMetadata(pdf, metadata) {
  if (metadata.title) pdf.setTitle(metadata.title, { showInWindowTitleBar: true });
  if (metadata.author) pdf.setAuthor(metadata.author);
  if (metadata.subject) pdf.setSubject(metadata.subject);
  // pdf-lib joins keywords with spaces, which runs multi-word topics together; a comma keeps them apart.
  if (metadata.keywords.length > 0) pdf.getInfoDict().set(PDFName.of('Keywords'), PDFHexString.fromText(metadata.keywords.join(', ')));
  pdf.setCreator(creator);
  if (metadata.lang) pdf.setLanguage(metadata.lang);
}
