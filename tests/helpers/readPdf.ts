import { readFileSync } from 'node:fs';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString, type PDFObject } from 'pdf-lib';

/*
 * Reads back what the PDF export writes that poppler's command-line tools do not show: link annotations, named
 * destinations, the outline and the structure tree. Written apart from scripts/pdf/ on purpose, so a misreading
 * there is not repeated here.
 */

export interface PdfLink {
  /** 1-based page the link is on. */
  page: number;
  /** The address a URI link opens. */
  uri?: string;
  /** The named destination a jump inside the document goes to. */
  dest?: string;
}

export interface ReadPdf {
  links: PdfLink[];
  /** Named destination → 1-based page. */
  destinations: Map<string, number>;
  /** Bookmark titles, depth first. */
  bookmarks: string[];
  info: { title?: string; author?: string; subject?: string; keywords?: string; creator?: string };
  /** The catalog's /Lang. */
  lang?: string;
  /** Structure types of every structure element, and the /Alt of each /Figure. */
  structureTypes: string[];
  figureAlts: (string | undefined)[];
  pageCount: number;
}

const text = (value: PDFObject | undefined) => (value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined);

export async function readPdf(file: string): Promise<ReadPdf> {
  const pdf = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
  const lookup = (value: PDFObject | undefined): PDFObject | undefined => (value instanceof PDFRef ? pdf.context.lookup(value) : value);
  const get = (dict: PDFObject | undefined, key: string) => (dict instanceof PDFDict ? lookup(dict.get(PDFName.of(key))) : undefined);
  const pageRefs = pdf.getPages().map((page) => page.ref);
  const pageOf = (dest: PDFObject | undefined) => {
    const array = dest instanceof PDFDict ? get(dest, 'D') : dest;
    return array instanceof PDFArray ? pageRefs.indexOf(array.get(0) as PDFRef) + 1 : 0;
  };

  const links: PdfLink[] = [];
  pdf.getPages().forEach((page, index) => {
    const annotations = get(page.node, 'Annots');
    if (!(annotations instanceof PDFArray)) return;
    for (const annotation of annotations.asArray().map(lookup)) {
      if (get(annotation, 'Subtype') !== PDFName.of('Link')) continue;
      const action = get(annotation, 'A');
      const dest = get(annotation, 'Dest') ?? (get(action, 'S') === PDFName.of('GoTo') ? get(action, 'D') : undefined);
      const destName = dest instanceof PDFName ? dest.decodeText() : text(dest);
      links.push({ page: index + 1, uri: get(action, 'S') === PDFName.of('URI') ? text(get(action, 'URI')) : undefined, dest: destName });
    }
  });

  const destinations = new Map<string, number>();
  const dests = get(pdf.catalog, 'Dests');
  if (dests instanceof PDFDict) for (const [name, dest] of dests.entries()) destinations.set(name.decodeText(), pageOf(lookup(dest)));
  const walkNameTree = (node: PDFObject | undefined) => {
    const names = get(node, 'Names');
    if (names instanceof PDFArray) for (let i = 0; i < names.size(); i += 2) destinations.set(text(lookup(names.get(i)))!, pageOf(lookup(names.get(i + 1))));
    const kids = get(node, 'Kids');
    if (kids instanceof PDFArray) kids.asArray().forEach((kid) => walkNameTree(lookup(kid)));
  };
  walkNameTree(get(get(pdf.catalog, 'Names'), 'Dests'));

  const bookmarks: string[] = [];
  const walkOutline = (item: PDFObject | undefined) => {
    for (; item instanceof PDFDict; item = get(item, 'Next')) {
      bookmarks.push(text(get(item, 'Title')) ?? '');
      walkOutline(get(item, 'First'));
    }
  };
  walkOutline(get(get(pdf.catalog, 'Outlines'), 'First'));

  const structureTypes: string[] = [];
  const figureAlts: (string | undefined)[] = [];
  const walkStructure = (node: PDFObject | undefined) => {
    if (node instanceof PDFArray) return node.asArray().forEach((kid) => walkStructure(lookup(kid)));
    const type = get(node, 'S');
    if (!(type instanceof PDFName)) return;
    structureTypes.push(type.decodeText());
    if (type === PDFName.of('Figure')) figureAlts.push(text(get(node, 'Alt')));
    walkStructure(get(node, 'K'));
  };
  walkStructure(get(get(pdf.catalog, 'StructTreeRoot'), 'K'));

  const lang = text(get(pdf.catalog, 'Lang'));
  const info = { title: pdf.getTitle(), author: pdf.getAuthor(), subject: pdf.getSubject(), keywords: pdf.getKeywords(), creator: pdf.getCreator() };
  return { links, destinations, bookmarks, info, lang, structureTypes, figureAlts, pageCount: pageRefs.length };
}
