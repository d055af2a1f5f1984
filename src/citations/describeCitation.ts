import type { SourceData } from '../schemas/source';
import { sectionOf } from './sectionOf';

/**
 * A full, spoken-language description of one cited paragraph, for notes, tooltips and screen readers.
 *
 * @example describeParagraph(article, 4) // "Harbour report, ¶4, in “Governance”"
 */
export function describeParagraph(source: Pick<SourceData, 'shortTitle' | 'sections'>, paragraph: number): string {
  const section = sectionOf(source, paragraph);
  return `${source.shortTitle}, ¶${paragraph}${section ? `, in “${section.title}”` : ''}`;
}
