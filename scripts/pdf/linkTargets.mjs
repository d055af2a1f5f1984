// Links that should jump inside the PDF. Chromium turns a link to an element of the page it prints (`#id`) into a
// jump inside the PDF (a named destination), and every other link into the address it resolved. So before
// printing, a link to something the document itself holds (a briefing of the book, a citation's note, a key figure
// in the appendix) becomes `#id`. The other links are left alone: the print stylesheet prints the address of links
// off the site after them, and a site link rewritten here would be printed too. They are pointed at the published
// site in the PDF itself (linkAnnotations.mjs).

/**
 * Where a page of the site appears inside a printed document, as candidate element ids, best first. These follow
 * the ids src/layouts/BookVolume.astro gives its parts and appendices; a candidate counts only if the document has
 * that id, so a volume without the target links to the site instead.
 */
const inDocumentPlaces = [
  // A briefing is a part of the book; its own ids are prefixed with the part's (ScopedHtml).
  { path: /^briefings\/([^/]+)\/$/, ids: ([, id], hash) => [...(hash ? [`briefing-${id}-${hash}`] : []), `briefing-${id}`] },
  // Key-figure cards keep the anchors they have on the figures pages, in Appendix A.
  { path: /^figures\/(?:page\/\d+\/)?$/, ids: (_, hash) => [...(hash ? [`figure-${hash}`] : []), 'appendix-figures'] },
  { path: /^timeline\/(?:page\/\d+\/)?$/, ids: () => ['appendix-timeline'] },
  // A source is described in Appendix C; its paragraphs are not printed, so a paragraph link leaves the PDF.
  { path: /^sources\/([^/]+)\/$/, ids: ([, id], hash) => (hash ? [] : [`source-${id}`]) },
  { path: /^source-notes\/$/, ids: () => ['appendix-sources'] },
];

/**
 * Runs in the page: every link with what deciding its target needs. `note` is the id of a numbered note in the
 * same briefing (its "Notes", src/components/SourceNotes.astro) that cites the same address, so a citation can jump
 * to its note; `within` lists the ids around the link, so a link never "jumps" to the section it is already in.
 * Only a Notes list's items are notes: key judgments and updates are `li[id]` too, and taken for notes they caught
 * the citations (a citation in a judgment "jumped" to itself, one further down to the judgment). The scope is the
 * outermost article, the briefing, as a key-figure card is an article of its own inside it.
 */
function describeLinks() {
  const notesByScope = new Map();
  const notesOf = (scope) => {
    if (!notesByScope.has(scope)) {
      const notes = new Map();
      for (const note of scope.querySelectorAll('.source-notes__list > li[id]')) {
        for (const cite of note.querySelectorAll('a[href]')) if (!notes.has(cite.getAttribute('href'))) notes.set(cite.getAttribute('href'), note);
      }
      notesByScope.set(scope, notes);
    }
    return notesByScope.get(scope);
  };
  const links = [...document.querySelectorAll('a[href]')].map((link) => {
    const raw = link.getAttribute('href');
    let scope = link.closest('article');
    while (scope?.parentElement?.closest('article')) scope = scope.parentElement.closest('article');
    scope ??= document.querySelector('main') ?? document.body;
    const note = notesOf(scope).get(raw);
    const within = [];
    for (let element = link.parentElement; element; element = element.parentElement) if (element.id) within.push(element.id);
    let href;
    try {
      href = new URL(raw, document.baseURI).href;
    } catch {
      href = raw;
    }
    return { href, note: note && !note.contains(link) ? note.id : undefined, within };
  });
  return { pageUrl: location.href, ids: [...document.querySelectorAll('[id]')].map((element) => element.id), links };
}

/** Runs in the page: sets the links' new addresses, in the order describeLinks listed them (null: unchanged). */
function applyHrefs(hrefs) {
  [...document.querySelectorAll('a[href]')].forEach((link, index) => {
    if (hrefs[index] !== null) link.setAttribute('href', hrefs[index]);
  });
}

const stripHash = (url) => url.href.slice(0, url.href.length - url.hash.length);

/**
 * The `#id` one link (see describeLinks) should jump to inside the document, or null to leave it as it is: a link
 * off the site, one to an element of the printed page itself (already a jump), or one whose target is not printed.
 */
export function inDocumentTarget(link, { pageUrl, ids, localRoot }) {
  let url;
  try {
    url = new URL(link.href);
  } catch {
    return null;
  }
  const root = new URL(localRoot);
  if (url.origin !== root.origin) return null;
  const hash = url.hash ? decodeURIComponent(url.hash.slice(1)) : '';
  if (hash && stripHash(url) === stripHash(new URL(pageUrl)) && ids.has(hash)) return null;
  const inDocument = (id) => ids.has(id) && !link.within.includes(id);
  if (link.note && inDocument(link.note)) return `#${link.note}`;
  const path = url.pathname.startsWith(root.pathname) ? url.pathname.slice(root.pathname.length) : url.pathname.replace(/^\/+/, '');
  for (const place of inDocumentPlaces) {
    const match = place.path.exec(path);
    if (!match) continue;
    const id = place.ids(match, hash).find(inDocument);
    if (id) return `#${encodeURIComponent(id)}`;
  }
  return null;
}

/**
 * Points the links of the page in `page` whose target the document holds at that target. `localRoot` is the
 * print server's address of the site's home page. Returns how many links were pointed inside.
 */
export async function linkInsideDocument(page, { localRoot }) {
  const { pageUrl, ids, links } = await page.evaluate(describeLinks);
  const context = { pageUrl, ids: new Set(ids), localRoot };
  const hrefs = links.map((link) => inDocumentTarget(link, context));
  await page.evaluate(applyHrefs, hrefs);
  return hrefs.filter((href) => href !== null).length;
}
