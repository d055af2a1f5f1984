import type { ContentProblem } from '../contentFiles/contentProblem';
import type { Corpus } from '../corpus/corpus';

/**
 * Briefings with front matter and no prose after it: the site would publish a page with a title, a summary
 * and nothing to read. Comments alone (`{/* … *\/}`) do not count as prose.
 *
 * @example
 * findEmptyBriefings(corpus) // [{ file: 'content/briefings/x.mdx', line: 17, message: 'No text after the front matter …' }]
 */
export function findEmptyBriefings(corpus: Pick<Corpus, 'briefings'>): ContentProblem[] {
  return corpus.briefings
    .filter((briefing) => briefing.body.replace(/\{\s*\/\*[\s\S]*?\*\/\s*\}/g, '').replace(/<!--[\s\S]*?-->/g, '').trim() === '')
    .map((briefing) => ({
      file: briefing.filePath,
      line: briefing.bodyLine,
      message: 'No text after the front matter: the briefing would be published as an empty page. Expected the prose of the briefing after the closing --- line (headings, paragraphs, <Cite> markers).',
    }));
}
