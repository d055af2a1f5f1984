/** An article as `npm run new -- source` reads it: its title, its numbered body paragraphs and its sections. */
export interface Article {
  /** The first heading, when the article opens with one. */
  title?: string;
  paragraphs: Array<{ number: number; text: string }>;
  /** Headed runs of paragraphs, in order, covering every paragraph. */
  sections: Array<{ title: string; paragraphs: [number, number] }>;
}

export type ArticleFormat = 'md' | 'txt' | 'html';

/** The title given to paragraphs that come before the article's first heading, as the sample source does. */
export const openingSectionTitle = 'Opening (untitled)';

type Block = { kind: 'heading'; text: string } | { kind: 'paragraph'; text: string };

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

const namedEntities: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“',
  mdash: '—', ndash: '–', hellip: '…', shy: '', eacute: 'é', egrave: 'è', aacute: 'á', oacute: 'ó', uuml: 'ü', ouml: 'ö', auml: 'ä', ccedil: 'ç',
};

/** Decodes character references; an unknown name stays as written rather than guessed. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return namedEntities[name.toLowerCase()] ?? whole;
  });
}

/** Markdown inline syntax reduced to the words a reader sees: links and images to their text, emphasis and code marks dropped. */
function plainMarkdown(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[*_`~]+/g, '');
}

function markdownBlocks(text: string): Block[] {
  const body = text.replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---[ \t]*(\r?\n|$)/, '');
  const blocks: Block[] = [];
  let lines: string[] = [];
  const flush = () => {
    const paragraph = collapse(plainMarkdown(lines.join(' ')));
    if (paragraph) blocks.push({ kind: 'paragraph', text: paragraph });
    lines = [];
  };
  for (const raw of body.split(/\r?\n/)) {
    const line = raw.trim();
    const heading = /^#{1,6}\s+(.*?)\s*#*$/.exec(line);
    if (heading) {
      flush();
      blocks.push({ kind: 'heading', text: collapse(plainMarkdown(heading[1]!)) });
    } else if (line === '' || /^(-{3,}|\*{3,}|_{3,})$/.test(line)) {
      flush();
    } else if (/^([-*+]|\d+[.)])\s+/.test(line)) {
      // Each list item is a paragraph of its own, as in HTML.
      flush();
      lines.push(line.replace(/^([-*+]|\d+[.)])\s+/, ''));
    } else {
      lines.push(line.replace(/^(>\s?)+/, ''));
    }
  }
  flush();
  return blocks;
}

/**
 * Plain text has no markup: paragraphs are separated by blank lines, and a block of one short line (at most
 * twelve words) that does not end like a sentence is taken for a heading.
 */
function textBlocks(text: string): Block[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block): Block => {
      const single = !block.includes('\n');
      const looksLikeHeading = single && block.split(/\s+/).length <= 12 && !/[.!?:;,"”’)]$/.test(block);
      return { kind: looksLikeHeading ? 'heading' : 'paragraph', text: collapse(block) };
    });
}

const paragraphTags = new Set(['p', 'li', 'blockquote']);
/** Tags inside a line of text; any other tag (a line break, a cell) separates words. */
const inlineTags = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'i', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var']);

/**
 * HTML read for its words only: comments, scripts, styles, templates and the page's furniture (<head>, <nav>,
 * <header>, <footer>, <aside>, forms) are removed with their content, every other tag is dropped, and entities
 * are decoded last, so that `&lt;script&gt;` stays text. Text in <p>, <li> and <blockquote> makes paragraphs,
 * <h1>–<h6> headings; text anywhere else is not the body.
 */
function htmlBlocks(html: string): Block[] {
  const cleaned = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|template|noscript|svg|head|nav|header|footer|aside|form)\b[\s\S]*?<\/\1\s*>/gi, ' ');
  const blocks: Block[] = [];
  let current: { kind: Block['kind']; text: string } | undefined;
  const flush = () => {
    const text = current ? collapse(decodeEntities(current.text)) : '';
    if (current && text) blocks.push({ kind: current.kind, text });
    current = undefined;
  };
  const tag = /<(\/?)([a-zA-Z][\w-]*)\b(?:[^>"']|"[^"]*"|'[^']*')*>/g;
  let last = 0;
  for (const match of cleaned.matchAll(tag)) {
    if (current) current.text += cleaned.slice(last, match.index);
    last = match.index + match[0].length;
    const [, closing, rawName] = match;
    const name = rawName!.toLowerCase();
    const isHeading = /^h[1-6]$/.test(name);
    if (!paragraphTags.has(name) && !isHeading) {
      if (current && !inlineTags.has(name)) current.text += ' ';
      continue;
    }
    flush();
    if (!closing) current = { kind: isHeading ? 'heading' : 'paragraph', text: '' };
  }
  if (current) current.text += cleaned.slice(last);
  flush();
  return blocks;
}

const numberedParagraph = /^¶\s?(\d+)[.:]?\s+/;

/**
 * Reads an article's body: numbers its paragraphs from ¶1, skipping headings, front matter and blank lines,
 * and groups them into sections by its headings. A heading before the first paragraph is the article's title.
 * An article that already numbers its paragraphs (`¶3. …`, as prepared source texts do) keeps its numbers,
 * and its unnumbered text (a preface, notes) is left out.
 *
 * @example
 * readArticle('# Harbour report\n\nShips came.\n\n## Quays\n\nThe quay opened.', 'md')
 * // { title: 'Harbour report', paragraphs: [{ number: 1, text: 'Ships came.' }, { number: 2, … }],
 * //   sections: [{ title: 'Opening (untitled)', paragraphs: [1, 1] }, { title: 'Quays', paragraphs: [2, 2] }] }
 */
export function readArticle(text: string, format: ArticleFormat): Article {
  let blocks = format === 'html' ? htmlBlocks(text) : format === 'md' ? markdownBlocks(text) : textBlocks(text);
  const numbered = blocks.some((block) => block.kind === 'paragraph' && numberedParagraph.test(block.text));
  let title: string | undefined;
  if (blocks[0]?.kind === 'heading') {
    title = blocks[0].text;
    blocks = blocks.slice(1);
  }
  const paragraphs: Article['paragraphs'] = [];
  const sections: Article['sections'] = [];
  let heading = openingSectionTitle;
  let sectionStart = 1;
  const closeSection = () => {
    if (paragraphs.length >= sectionStart) sections.push({ title: heading, paragraphs: [sectionStart, paragraphs.length] });
    sectionStart = paragraphs.length + 1;
  };
  for (const block of blocks) {
    if (block.kind === 'heading') {
      closeSection();
      heading = block.text;
      continue;
    }
    if (!numbered) {
      paragraphs.push({ number: paragraphs.length + 1, text: block.text });
      continue;
    }
    const marker = numberedParagraph.exec(block.text);
    if (!marker) continue;
    const number = Number(marker[1]);
    if (number !== paragraphs.length + 1) {
      throw new Error(`The article numbers its paragraphs, but ¶${number} follows ¶${paragraphs.length}. Expected ¶${paragraphs.length + 1}: fix the numbering, or remove the ¶ marks to have them counted.`);
    }
    paragraphs.push({ number, text: block.text.slice(marker[0].length) });
  }
  closeSection();
  if (paragraphs.length === 0) throw new Error('No body paragraphs found. Expected paragraphs separated by blank lines (text, Markdown) or in <p> elements (HTML).');
  return { title, paragraphs, sections };
}
