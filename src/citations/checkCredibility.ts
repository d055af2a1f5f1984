import type { ContentProblem } from '../contentFiles/contentProblem';
import type { Corpus } from '../corpus/corpus';
import { scanMdxComponents } from '../prose/scanMdxComponents';

type Citation = { source: { id: string }; credibility?: number | undefined };

const confirmedMessage = (sources: readonly string[], where: string) =>
  `Credibility 1 means "confirmed by other sources", but ${where} ${sources.length === 1 ? `only "${sources[0]}"` : 'no other source'}. Cite the source that confirms the claim beside this one, or give the credibility the book can show: 2 (probably true), 3 (possibly true), or 6 when its truth cannot be judged.`;

/**
 * Credibility 1 claims a confirmation the reader must be able to see: a citation graded 1 needs another source in
 * the same list of citations (an entry, a key judgment), and a `<Cite credibility={1}>` or `<KeyJudgment
 * credibility={1}>` a briefing that lists another source. The other grades are the author's judgment and are only
 * shown.
 *
 * @example checkCredibility(corpus) // [{ file: 'content/events/x.yaml', field: 'citations[0].credibility', message: 'Credibility 1 means "confirmed by other sources", but …' }]
 */
export function checkCredibility(corpus: Pick<Corpus, 'briefings' | 'figures' | 'events' | 'entities'>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const checkList = (file: string, prefix: string, citations: readonly Citation[]) => {
    const sources = [...new Set(citations.map((citation) => citation.source.id))];
    citations.forEach((citation, index) => {
      if (citation.credibility === 1 && sources.length < 2) {
        problems.push({ file, field: `${prefix}citations[${index}].credibility`, message: confirmedMessage(sources, 'these citations name') });
      }
    });
  };
  for (const figure of corpus.figures) checkList(figure.filePath, '', figure.data.citations);
  for (const event of corpus.events) checkList(event.filePath, '', event.data.citations);
  for (const entity of corpus.entities) {
    checkList(entity.filePath, '', entity.data.citations);
    if (entity.data.status) checkList(entity.filePath, 'status.', entity.data.status.citations);
  }
  for (const briefing of corpus.briefings) {
    briefing.data.keyJudgments.forEach((judgment, index) => checkList(briefing.filePath, `keyJudgments[${index}].`, judgment.citations));
    const listed = briefing.data.sources.map((source) => source.id);
    if (listed.length > 1) continue;
    for (const usage of scanMdxComponents(briefing.body)) {
      if ((usage.name === 'Cite' || usage.name === 'KeyJudgment') && usage.attributes.credibility === 1) {
        problems.push({ file: briefing.filePath, line: briefing.bodyLine + usage.line - 1, field: `<${usage.name}>`, message: confirmedMessage(listed, 'the briefing lists') });
      }
    }
  }
  return problems;
}
