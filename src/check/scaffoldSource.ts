import path from 'node:path';
import yaml from 'js-yaml';
import { contentCollections } from '../contentFiles/contentCollections';
import { fingerprintExtension, fingerprintParagraphs, formatFingerprint } from '../copiedText/sourceFingerprint';
import { readArticle, type ArticleFormat } from './readArticle';
import type { SchemaDoc } from './readSchemaDocs';
import { describeField, slugify, wrapComment } from './scaffoldEntry';

export interface SourceScaffoldOptions {
  /** The article's text, and the name of its file (for the format and the header). */
  articleText: string;
  articleFile: string;
  /** The content root, absolute. */
  root: string;
  docs: Record<string, SchemaDoc>;
  id?: string;
  title?: string;
}

export interface SourceScaffold {
  id: string;
  /** The source's YAML, and its fingerprint beside it: absolute paths and texts to write. */
  files: Array<{ file: string; text: string }>;
  paragraphCount: number;
  notes: string[];
}

const formats: Record<string, ArticleFormat> = { '.md': 'md', '.markdown': 'md', '.txt': 'txt', '.text': 'txt', '.html': 'html', '.htm': 'html' };

/** The article's format, from its file name. */
export function articleFormatOf(file: string): ArticleFormat {
  const format = formats[path.extname(file).toLowerCase()];
  if (!format) throw new Error(`Cannot tell the format of ${path.basename(file)}. Expected a .md, .txt or .html file.`);
  return format;
}

const inline = (value: unknown) => yaml.dump(value, { flowLevel: 0, lineWidth: -1 }).trim();

/**
 * A new source from an article: `sources/<id>.yaml` with its title, paragraph count and sections filled in, one
 * empty digest line per paragraph to write and every other field as a commented placeholder; and
 * `sources/<id>.fingerprint`, the hashes of every ten-word run of the article with their paragraphs (never
 * the text), which `npm run check` uses to find copied text.
 *
 * @example
 * scaffoldSource({ articleText, articleFile: 'report.md', root, docs })
 * // { id: 'harbour-report', files: [{ file: '…/sources/harbour-report.yaml', … }, { file: '…/harbour-report.fingerprint', … }], … }
 */
export function scaffoldSource({ articleText, articleFile, root, docs, id: givenId, title: givenTitle }: SourceScaffoldOptions): SourceScaffold {
  const article = readArticle(articleText, articleFormatOf(articleFile));
  const title = givenTitle?.trim() || article.title;
  if (!title) throw new Error(`${path.basename(articleFile)} does not open with a heading to take the title from. Give it with --title "…".`);
  const id = givenId ?? slugify(title);
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
    throw new Error(`"${id}" cannot be a source id. Expected lower-case letters and digits joined by hyphens, e.g. --id harbour-report-2025.`);
  }
  const paragraphCount = article.paragraphs.length;
  const schema = docs.sourceSchema!;
  const filled: Record<string, string[]> = {
    draft: ['draft: true'],
    title: [`title: ${inline(title)}`],
    paragraphCount: [`paragraphCount: ${paragraphCount}`],
    sections: ['sections:', ...article.sections.map((section) => `  - ${inline({ title: section.title, paragraphs: section.paragraphs })}`)],
    digest: [
      'digest:',
      ...article.sections.flatMap((section) => {
        const lines = [`  # ${section.title}`];
        for (let paragraph = section.paragraphs[0]; paragraph <= section.paragraphs[1]; paragraph++) lines.push(`  - ""  # ¶${paragraph}`);
        return lines;
      }),
    ],
  };
  const lines = [
    ...wrapComment(schema.summary, ''),
    ...wrapComment(
      `Imported by \`npm run new -- source\` from ${path.basename(articleFile)}: ${paragraphCount} paragraphs, numbered as the site cites them, ` +
        `in ${article.sections.length} section${article.sections.length === 1 ? '' : 's'}. Its fingerprint (${id}${fingerprintExtension}, beside this file) lets \`npm run check\` find ` +
        'copied text; the article itself need not be kept in the content folder. Still to write: a digest line per paragraph, and the ' +
        'commented fields the schema requires (shortTitle, kind, published); `npm run check` lists what is left.',
      '',
    ),
    '',
  ];
  for (const field of schema.fields) {
    if (field.path.includes('.') || field.path.includes('[')) continue;
    lines.push(...wrapComment(describeField(field), ''));
    lines.push(...(filled[field.path] ?? [`# ${field.path}: ${field.examples[0] ?? ''}`.trimEnd()]));
  }
  const folder = path.join(root, contentCollections.sources.folder);
  return {
    id,
    files: [
      { file: path.join(folder, `${id}${contentCollections.sources.extension}`), text: `${lines.join('\n')}\n` },
      { file: path.join(folder, `${id}${fingerprintExtension}`), text: formatFingerprint(fingerprintParagraphs(article.paragraphs), { sourceId: id, paragraphCount }) },
    ],
    paragraphCount,
    notes: [
      `${paragraphCount} paragraphs in ${article.sections.length} section${article.sections.length === 1 ? '' : 's'}; cite them as <Cite p={n} source="${id}" /> (source= may be left out in a briefing that lists only this source).`,
      'Write the digest: one line per paragraph, in your own words. Fill in shortTitle, kind and published.',
      'It is a draft (draft: true): `npm run build` leaves it out, and a published briefing may not cite it. Delete that line to publish it.',
    ],
  };
}
