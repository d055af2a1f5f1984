/**
 * What `_headers` needs from one built page, its meta Content-Security-Policy and the text of its inline scripts and
 * styles, found by walking the page's tags rather than parsing it into a tree: a full HTML parse of every page was a
 * tenth of a 1,000-note build's CPU time. The walk follows the HTML tokenizer where Astro's output can go (tags with
 * quoted or bare attributes, comments, doctype, raw-text and escapable-raw-text elements). Where a parser could read
 * the same bytes differently — a script or style inside SVG or MathML (their text is decoded), elements whose content
 * is not markup (<template>, <noscript>, <plaintext>…), CDATA, a `<!--` inside a script, carriage returns or NULs
 * (which the parser rewrites), a character reference in the policy other than the plain ones — it answers undefined,
 * and the caller parses that page fully.
 */

/** The meta policy's text and the text of each inline script and style (those without `src`), in page order. */
export interface ScannedPage {
  policy: string | undefined;
  scripts: string[];
  styles: string[];
}

/** Elements whose text runs to their own end tag, markup or not. */
const rawText = new Set(['script', 'style', 'title', 'textarea']);
/** Elements an HTML parser treats in ways this walk does not follow. */
const unsupported = new Set(['template', 'noscript', 'noembed', 'noframes', 'xmp', 'iframe', 'plaintext', 'frameset', 'select']);
const foreign = new Set(['svg', 'math']);
const plainReferences: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', '#39': "'", '#x27': "'", '#34': '"', '#x22': '"' };

const isAsciiLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 12 || code === 13;

/** Decodes the character references Astro writes in attributes; undefined for any other (or a bare `&`). */
function decodePlain(value: string): string | undefined {
  if (!value.includes('&')) return value;
  let plainOnly = true;
  const decoded = value.replace(/&(#?\w+);|&/g, (whole, name: string | undefined) => {
    const plain = name === undefined ? undefined : plainReferences[name.toLowerCase()];
    if (plain === undefined) plainOnly = false;
    return plain ?? whole;
  });
  return plainOnly ? decoded : undefined;
}

interface Tag {
  name: string;
  /** Index just past the tag's `>` (or the end of the page). */
  end: number;
  selfClosing: boolean;
  /** Only read for the tags that matter (script, style, meta). */
  attributes?: Map<string, string>;
}

/** The rest of a tag up to its `>`: a quote opens a value only right after `=`, as in the tokenizer. */
const ordinaryTagEnd = /(?:[^>=]+|=\s*"[^"]*"|=\s*'[^']*'|=)*>/y;

/**
 * Reads a start tag from `<` at `start`, following the tokenizer's attribute states, so that a `>` or `<` inside a
 * quoted value neither ends the tag nor starts another.
 */
function readStartTag(html: string, start: number, wantAttributes: (name: string) => boolean): Tag {
  let index = start + 1;
  while (index < html.length && !isSpace(html.charCodeAt(index)) && html[index] !== '/' && html[index] !== '>') index += 1;
  const name = html.slice(start + 1, index).toLowerCase();
  const attributes = wantAttributes(name) ? new Map<string, string>() : undefined;
  if (!attributes && !foreign.has(name)) {
    // Most tags: only their end matters, found by the same quoting rule in one native regex step.
    ordinaryTagEnd.lastIndex = index;
    return { name, end: ordinaryTagEnd.test(html) ? ordinaryTagEnd.lastIndex : html.length, selfClosing: false };
  }
  let selfClosing = false;
  while (index < html.length) {
    const char = html[index]!;
    if (char === '>') return { name, end: index + 1, selfClosing, ...(attributes && { attributes }) };
    if (isSpace(char.charCodeAt(0)) || char === '/') {
      selfClosing = char === '/' && html[index + 1] === '>';
      index += 1;
      continue;
    }
    selfClosing = false;
    // An attribute name runs to a space, `/`, `>` or `=` (its first character may be `=`).
    const nameStart = index;
    index += 1;
    while (index < html.length && !isSpace(html.charCodeAt(index)) && !'/>='.includes(html[index]!)) index += 1;
    const attributeName = html.slice(nameStart, index).toLowerCase();
    let valueEnd = index;
    let valueStart = index;
    let lookahead = index;
    while (lookahead < html.length && isSpace(html.charCodeAt(lookahead))) lookahead += 1;
    if (html[lookahead] === '=') {
      index = lookahead + 1;
      while (index < html.length && isSpace(html.charCodeAt(index))) index += 1;
      const quote = html[index];
      if (quote === '"' || quote === "'") {
        valueStart = index + 1;
        valueEnd = html.indexOf(quote, valueStart);
        if (valueEnd === -1) valueEnd = html.length;
        index = valueEnd + 1;
      } else {
        valueStart = index;
        while (index < html.length && !isSpace(html.charCodeAt(index)) && html[index] !== '>') index += 1;
        valueEnd = index;
      }
    }
    if (attributes && !attributes.has(attributeName)) attributes.set(attributeName, html.slice(valueStart, valueEnd));
  }
  return { name, end: html.length, selfClosing, ...(attributes && { attributes }) };
}

const wanted = (name: string) => name === 'script' || name === 'style' || name === 'meta';

/** Where a raw-text element's own end tag starts (`</name` then a space, `/` or `>`), or the end of the page. */
function endOfRawText(html: string, name: string, from: number): number {
  const endTag = `</${name}`;
  let index = from;
  for (;;) {
    const found = html.indexOf('</', index);
    if (found === -1) return html.length;
    if (html.slice(found, found + endTag.length).toLowerCase() === endTag) {
      const after = html.charCodeAt(found + endTag.length);
      if (Number.isNaN(after) || isSpace(after) || after === 47 || after === 62) return found;
    }
    index = found + 2;
  }
}

/**
 * Scans one page. Returns undefined where only a full parse reads the page right (see the module comment).
 *
 * @example scanPagePolicy('<meta http-equiv="content-security-policy" content="default-src \'none\'"><style>p{}</style>')
 * // { policy: "default-src 'none'", scripts: [], styles: ['p{}'] }
 */
export function scanPagePolicy(html: string): ScannedPage | undefined {
  if (html.includes('\r') || html.includes('\0')) return undefined;
  const page: ScannedPage = { policy: undefined, scripts: [], styles: [] };
  let foreignDepth = 0;
  let index = 0;
  for (;;) {
    index = html.indexOf('<', index);
    if (index === -1) return page;
    const next = html.charCodeAt(index + 1);
    if (isAsciiLetter(next)) {
      const tag = readStartTag(html, index, wanted);
      index = tag.end;
      if (unsupported.has(tag.name)) return undefined;
      if (foreign.has(tag.name)) {
        if (!tag.selfClosing) foreignDepth += 1;
        continue;
      }
      if (tag.name === 'meta') {
        const attributes = tag.attributes!;
        if (page.policy === undefined && attributes.get('http-equiv')?.toLowerCase() === 'content-security-policy' && attributes.has('content')) {
          const content = decodePlain(attributes.get('content')!);
          if (content === undefined) return undefined;
          page.policy = content;
        }
        continue;
      }
      if (!rawText.has(tag.name) || (foreignDepth > 0 && tag.name === 'title')) continue;
      // Inside SVG or MathML a script or style is an ordinary element whose text is decoded; leave it to the parser.
      if (foreignDepth > 0) return undefined;
      const bodyEnd = endOfRawText(html, tag.name, index);
      const body = html.slice(index, bodyEnd);
      // A `<!--` inside a script changes where the tokenizer ends it.
      if (tag.name === 'script' && body.includes('<!--')) return undefined;
      if (tag.name === 'script' && !tag.attributes!.has('src')) page.scripts.push(body);
      if (tag.name === 'style') page.styles.push(body);
      const close = html.indexOf('>', bodyEnd);
      index = close === -1 ? html.length : close + 1;
      continue;
    }
    if (html.startsWith('<!--', index)) {
      // `<!-->` and `<!--->` are empty comments.
      if (html.startsWith('<!-->', index)) index += 5;
      else if (html.startsWith('<!--->', index)) index += 6;
      else {
        const close = html.indexOf('-->', index + 4);
        // `--!>` also ends a comment; a page that uses it is left to the parser.
        if (html.slice(index + 4, close === -1 ? html.length : close).includes('--!>')) return undefined;
        index = close === -1 ? html.length : close + 3;
      }
      continue;
    }
    if (html.startsWith('<![CDATA[', index)) return undefined;
    if (next === 33 /* ! */ || next === 63 /* ? */) {
      const close = html.indexOf('>', index);
      index = close === -1 ? html.length : close + 1;
      continue;
    }
    if (next === 47 /* / */) {
      const nameStart = index + 2;
      if (isAsciiLetter(html.charCodeAt(nameStart))) {
        let nameEnd = nameStart;
        while (nameEnd < html.length && !isSpace(html.charCodeAt(nameEnd)) && html[nameEnd] !== '/' && html[nameEnd] !== '>') nameEnd += 1;
        const name = html.slice(nameStart, nameEnd).toLowerCase();
        if (foreign.has(name) && foreignDepth > 0) foreignDepth -= 1;
        // An end tag's "attributes" follow the same quoting as a start tag's.
        index = readStartTag(html, index + 1, () => false).end;
      } else {
        const close = html.indexOf('>', index);
        index = close === -1 ? html.length : close + 1;
      }
      continue;
    }
    index += 1;
  }
}
