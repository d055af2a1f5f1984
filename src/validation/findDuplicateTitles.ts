import type { ContentProblem } from '../contentFiles/contentProblem';
import type { Corpus } from '../corpus/corpus';

/** Titles compared as a reader sees them: case, spacing and curly versus straight apostrophes do not count. */
const titleKey = (title: string) => title.normalize('NFKC').toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim();

/**
 * Briefings that share a title with an earlier one (in reading order): the contents, the search results
 * and the book would show two entries a reader cannot tell apart.
 *
 * @example
 * findDuplicateTitles(corpus) // [{ file: 'content/briefings/b.mdx', field: 'title', message: 'The title "X" is also …' }]
 */
export function findDuplicateTitles(corpus: Pick<Corpus, 'briefings'>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Map<string, string>();
  const inOrder = [...corpus.briefings].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
  for (const briefing of inOrder) {
    const key = titleKey(briefing.data.title);
    const earlier = seen.get(key);
    if (earlier === undefined) {
      seen.set(key, briefing.filePath);
      continue;
    }
    problems.push({
      file: briefing.filePath,
      field: 'title',
      message: `The title "${briefing.data.title}" is also the title of ${earlier}. Expected every briefing to have its own title, so readers can tell them apart in the contents and the search results.`,
    });
  }
  return problems;
}
