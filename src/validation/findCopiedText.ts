import type { ContentCollectionName } from '../contentFiles/contentCollections';
import type { ContentProblem } from '../contentFiles/contentProblem';
import { formatFieldPath } from '../contentFiles/describeSchemaIssue';
import type { SourceFingerprint } from '../contentFiles/readFingerprints';
import { hashShingle, shingleLength, toWords } from '../copiedText/wordShingles';
import { mdxTreeOf, type TextEntry } from './textEntry';
import { visitTextFields } from './visitTextFields';

/** What a self-closing component prints in place of its tag (an entity's name, a figure's value), or "". */
export type PrintedText = (component: string, attributes: Record<string, string>) => string;

/**
 * Fields that hold the source's own words on purpose: its title and headings, and the spellings it uses; and
 * an entity's names. Everything else, a source's digest and handling notes included, is our prose.
 */
const exemptFields: Partial<Record<ContentCollectionName, (key: string) => boolean>> = {
  entities: (key) => ['name', 'shortName', 'aliases', 'variantSpellings', 'otherNames'].includes(key),
  sources: (key) => !['digest', 'handlingNotes'].includes(key),
};

interface Token {
  word: string;
  line: number;
}

interface MdastNode {
  type: string;
  name?: string | null;
  value?: string;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  position?: { start: { line: number } };
  children?: MdastNode[];
}

const skippedNodes = new Set(['code', 'inlineCode', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm', 'html', 'yaml']);
const isElement = (node: MdastNode) => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
const inlineTypes = new Set(['text', 'emphasis', 'strong', 'delete', 'link', 'mdxJsxTextElement', 'inlineCode', 'break', 'mdxTextExpression']);

function tokensOf(text: string, firstLine: number): Token[] {
  return text.split('\n').flatMap((line, index) => toWords(line).map((word) => ({ word, line: firstLine + index })));
}

/**
 * The reader's words of MDX prose, one list per block (paragraph, heading, list item, cell), each word with
 * its line. A <Quote> (the one way to carry a source's words, attributed) is left out; a self-closing
 * component counts as what it prints, so that a copied sentence cannot hide behind `<Entity id="…" />`.
 */
function proseBlocks(entry: TextEntry, printed: PrintedText): Token[][] {
  const blocks: Token[][] = [];
  const visit = (node: MdastNode) => {
    if (skippedNodes.has(node.type) || (isElement(node) && node.name === 'Quote')) return;
    const children = node.children ?? [];
    if (!children.some((child) => inlineTypes.has(child.type))) {
      children.forEach(visit);
      return;
    }
    const tokens: Token[] = [];
    const walk = (inline: MdastNode) => {
      if (skippedNodes.has(inline.type) || (isElement(inline) && inline.name === 'Quote')) return;
      const line = inline.position?.start.line ?? 1;
      if (inline.type === 'text' && inline.value) tokens.push(...tokensOf(inline.value, line));
      else if (isElement(inline) && (inline.children ?? []).length === 0 && inline.name) {
        const attributes = Object.fromEntries(
          (inline.attributes ?? []).flatMap((attribute) => (typeof attribute.value === 'string' && attribute.name ? [[attribute.name, attribute.value]] : [])),
        );
        tokens.push(...tokensOf(printed(inline.name, attributes), line));
      } else (inline.children ?? []).forEach(walk);
    };
    children.forEach(walk);
    blocks.push(tokens);
  };
  let tree: MdastNode;
  try {
    tree = mdxTreeOf(entry) as MdastNode;
  } catch {
    return []; // A syntax error is reported by the MDX check, at its line; there is no prose to read until it is fixed.
  }
  visit(tree);
  return blocks;
}

interface CopiedRun {
  line: number;
  words: string[];
  /** Paragraphs per source the run's words come from. */
  origins: Map<string, Set<number>>;
}

/** Runs of ten or more consecutive words found in a fingerprint, overlapping matches merged into one run. */
function copiedRuns(tokens: readonly Token[], index: ReadonlyMap<string, ReadonlyArray<{ sourceId: string; paragraphs: readonly number[] }>>): CopiedRun[] {
  const runs: CopiedRun[] = [];
  let runEnd = -1;
  for (let start = 0; start + shingleLength <= tokens.length; start++) {
    const window = tokens.slice(start, start + shingleLength);
    const origins = index.get(hashShingle(window.map((token) => token.word)));
    if (!origins) continue;
    let run = runs.at(-1);
    if (!run || start > runEnd) {
      run = { line: window[0]!.line, words: window.map((token) => token.word), origins: new Map() };
      runs.push(run);
    } else {
      run.words.push(...tokens.slice(runEnd + 1, start + shingleLength).map((token) => token.word));
    }
    runEnd = start + shingleLength - 1;
    for (const { sourceId, paragraphs } of origins) {
      const set = run.origins.get(sourceId) ?? new Set<number>();
      paragraphs.forEach((paragraph) => set.add(paragraph));
      run.origins.set(sourceId, set);
    }
  }
  return runs;
}

function describeRun(run: CopiedRun): string {
  const where = [...run.origins]
    .map(([sourceId, paragraphs]) => `source "${sourceId}" ${[...paragraphs].sort((a, b) => a - b).map((paragraph) => `¶${paragraph}`).join(', ')}`)
    .join(' and ');
  const excerpt = run.words.length > 12 ? `${run.words.slice(0, 12).join(' ')} …` : run.words.join(' ');
  return `Repeats ${run.words.length} consecutive words of ${where} ("${excerpt}"). Expected our own words: rephrase it, or give a speaker's words as <Quote by="…" p={…}>.`;
}

/**
 * Finds our prose that repeats ten or more consecutive words of a source that has a fingerprint: briefing
 * bodies (outside <Quote>), and every text field of every collection (bottom lines, key judgments, figure
 * and event text, entity roles, a source's digest). Words are compared folded (case, punctuation and
 * apostrophes ignored, src/copiedText/wordShingles.ts), so typography cannot hide a copy.
 *
 * @example
 * findCopiedText([briefingCopying(article, 4)], [{ sourceId: 'talks', fingerprint }], () => '')
 * // [{ file: 'content/briefings/x.mdx', line: 21, field: 'body', message: 'Repeats 14 consecutive words of source "talks" ¶4 …' }]
 */
export function findCopiedText(entries: readonly TextEntry[], fingerprints: readonly SourceFingerprint[], printed: PrintedText): ContentProblem[] {
  const index = new Map<string, Array<{ sourceId: string; paragraphs: readonly number[] }>>();
  for (const { sourceId, fingerprint } of fingerprints) {
    for (const [hash, paragraphs] of fingerprint) {
      const origins = index.get(hash) ?? [];
      origins.push({ sourceId, paragraphs });
      index.set(hash, origins);
    }
  }
  if (index.size === 0) return [];
  const problems: ContentProblem[] = [];

  for (const entry of entries) {
    const exempt = exemptFields[entry.collection];
    visitTextFields(entry.data, exempt, (text, fieldPath) => {
      // The field's line is looked up only for a copy: locating a YAML field costs more than checking it.
      for (const run of copiedRuns(tokensOf(text, 0), index)) {
        problems.push({ file: entry.file, line: entry.lineOf(fieldPath), field: formatFieldPath([...entry.fieldPrefix, ...fieldPath]), message: describeRun(run) });
      }
    });
    if (entry.mdxSource === undefined) continue;
    for (const block of proseBlocks(entry, printed)) {
      for (const run of copiedRuns(block, index)) problems.push({ file: entry.file, line: run.line, field: 'body', message: describeRun(run) });
    }
  }
  return problems;
}
