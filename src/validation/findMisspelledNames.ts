import type { ContentCollectionName } from '../contentFiles/contentCollections';
import type { ContentProblem } from '../contentFiles/contentProblem';
import type { CorpusEntry } from '../corpus/corpus';
import { formatFieldPath } from '../contentFiles/describeSchemaIssue';
import { findNameUses, type WatchedName } from '../entities/findNameUses';
import type { EntityData } from '../schemas/entity';
import { mdxTreeOf, type TextEntry } from './textEntry';
import { visitTextFields } from './visitTextFields';


/**
 * Fields that are not our prose: the names themselves (an entity lists its own spellings), and a source's
 * title, headings, corrections and handling notes, which quote the source or discuss its spellings on purpose.
 * Only a source's digest is written in our words.
 */
const exemptFields: Partial<Record<ContentCollectionName, (key: string) => boolean>> = {
  entities: (key) => ['name', 'shortName', 'aliases', 'variantSpellings', 'otherNames'].includes(key),
  sources: (key) => key !== 'digest',
};

interface MdastNode {
  type: string;
  name?: string | null;
  value?: string;
  position?: { start: { line: number } };
  children?: MdastNode[];
}

const skippedNodes = new Set(['code', 'inlineCode', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm', 'html', 'yaml', 'blockquote']);
const isQuote = (node: MdastNode) => (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && (node.name === 'Quote' || node.name === 'q');
const inlineTypes = new Set(['text', 'emphasis', 'strong', 'delete', 'link', 'mdxJsxTextElement', 'inlineCode', 'break', 'mdxTextExpression']);

/**
 * Runs of prose, each the text of one paragraph, heading or cell, with where each piece of it starts, so that
 * a quotation that spans an inline component is still one quotation.
 */
function collectRuns(node: MdastNode, runs: Array<Array<{ value: string; line: number }>>): void {
  if (skippedNodes.has(node.type) || isQuote(node)) return;
  const children = node.children ?? [];
  if (children.some((child) => inlineTypes.has(child.type))) {
    const run: Array<{ value: string; line: number }> = [];
    const walk = (inline: MdastNode) => {
      if (skippedNodes.has(inline.type) || isQuote(inline)) return;
      if (inline.type === 'text' && inline.value) run.push({ value: inline.value, line: inline.position?.start.line ?? 1 });
      else for (const child of inline.children ?? []) walk(child);
    };
    for (const child of children) walk(child);
    runs.push(run);
    return;
  }
  for (const child of children) collectRuns(child, runs);
}

function describeUse(use: WatchedName, entities: Map<string, EntityData>): string {
  const entity = entities.get(use.entityId)!;
  const better = entity.shortName ? `"${entity.name}" (or "${entity.shortName}")` : `"${entity.name}"`;
  return `"${use.name}" is how a source spells ${entity.name}; the site writes ${better}. Use the site's spelling, or put the source's own words in quotation marks or a <Quote>.`;
}

/**
 * Finds the variant spellings of entity names (`variantSpellings`, the source's misspellings that the site
 * corrects) used in our own prose: briefing bodies and the text fields of every collection. Words in quotation
 * marks, in `<Quote>` and in Markdown block quotes are the source's and are not flagged.
 *
 * @example
 * findMisspelledNames([briefingWith('Elison spoke.')], entities)
 * // [{ file: 'content/briefings/x.mdx', line: 21, field: 'body', message: '"Mara Elison" is how a source spells Mara Ellison; …' }]
 */
export function findMisspelledNames(entries: readonly TextEntry[], entities: ReadonlyArray<CorpusEntry<EntityData>>): ContentProblem[] {
  const watched = entities.flatMap((entity) => entity.data.variantSpellings.map((name) => ({ name, entityId: entity.id })));
  if (watched.length === 0) return [];
  const entityData = new Map(entities.map((entity) => [entity.id, entity.data]));
  const problems: ContentProblem[] = [];

  for (const entry of entries) {
    const exempt = exemptFields[entry.collection];
    visitTextFields(entry.data, exempt, (text, fieldPath) => {
      for (const use of findNameUses(text, watched)) {
        problems.push({ file: entry.file, line: entry.lineOf(fieldPath), field: formatFieldPath([...entry.fieldPrefix, ...fieldPath]), message: describeUse(use, entityData) });
      }
    });

    if (entry.mdxSource === undefined) continue;
    const runs: Array<Array<{ value: string; line: number }>> = [];
    let tree: MdastNode;
    try {
      tree = mdxTreeOf(entry) as MdastNode;
    } catch {
      // A note MDX cannot parse is reported once, as its syntax error; its text fields are still checked above.
      continue;
    }
    collectRuns(tree, runs);
    for (const run of runs) {
      // Pieces are joined so that quotation marks pair up across them; each match maps back to its piece.
      const text = run.map((piece) => piece.value).join('');
      for (const use of findNameUses(text, watched)) {
        let offset = use.index;
        const piece = run.find((candidate) => (offset < candidate.value.length ? true : ((offset -= candidate.value.length), false)))!;
        const line = piece.line + (piece.value.slice(0, offset).match(/\n/g)?.length ?? 0);
        problems.push({ file: entry.file, line, field: 'body', message: describeUse(use, entityData) });
      }
    }
  }
  return problems;
}
