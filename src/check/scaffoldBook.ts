import yaml from 'js-yaml';
import { bookFile } from '../book/readBookFile';
import { collectionReadme, contentCollections } from '../contentFiles/contentCollections';

const folderPurpose: Record<string, string> = {
  briefings: 'briefing notes, one `<id>.mdx` each',
  figures: 'key figures, one `<id>.yaml` each',
  events: 'timeline events, one `<id>.yaml` each',
  entities: 'people, organisations, places and facilities, one `<id>.yaml` each',
  sources: 'source documents, which the notes cite, one `<id>.yaml` each',
};

/**
 * The files of a new, empty briefing book: `book.yaml` with its title (and map focus), an empty `topics.yaml`
 * that shows how a topic is written, and each collection's folder with a one-line README. `npm run check`
 * accepts it and it builds to a small site that says it has no briefings yet. Paths are relative to the book's
 * folder; the caller writes them and refuses to overwrite.
 *
 * @example
 * scaffoldBook({ title: 'Fjord watch', mapFocus: 'Norway' }).get('book.yaml')
 * // '# The briefing book's identity …\ntitle: Fjord watch\ndescription: …\nmapFocus: Norway\n'
 */
export function scaffoldBook({ title, mapFocus }: { title: string; mapFocus?: string }): Map<string, string> {
  const line = (field: string, value: string) => yaml.dump({ [field]: value }, { lineWidth: -1 });
  const files = new Map<string, string>();
  files.set(
    bookFile,
    [
      "# The briefing book's identity. Every field: docs/content-schema.md in Briefbook, section Book.",
      line('title', title).trimEnd(),
      '# One sentence for the home page, feeds and link previews.',
      line('description', `Briefing notes: ${title}.`).trimEnd(),
      '# Who issues the book, printed on its cover.',
      '# publisher: Your team',
      '# The handling marking on every page (BRIEFBOOK_MARKING overrides it for one build).',
      '# marking: Open source — unclassified',
      '# The language of the text.',
      'lang: en',
      mapFocus
        ? `# The country the maps are fitted to, as world-atlas names it.\n${line('mapFocus', mapFocus).trimEnd()}`
        : "# The country the maps are fitted to, as world-atlas names it (left out, maps fit the book's places).\n# mapFocus: Norway",
      '',
    ].join('\n'),
  );
  files.set(
    contentCollections.topics.file,
    [
      '# Themes that group the briefings and give the timeline its lanes, one entry per id. Replace {} with',
      '# your topics, for example:',
      '# ports:',
      '#   title: Ports and shipping',
      '#   description: One sentence for the topic page and search results.',
      '{}',
      '',
    ].join('\n'),
  );
  for (const collection of Object.values(contentCollections)) {
    if (collection.layout !== 'folder') continue;
    files.set(`${collection.folder}/${collectionReadme}`, `This folder holds the book's ${folderPurpose[collection.folder] ?? `${collection.folder}`} (\`npm run new\` adds one).\n`);
  }
  return files;
}
