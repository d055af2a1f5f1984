import type { SourceData } from '../schemas/source';

/**
 * The section of a source that holds a paragraph.
 *
 * @example sectionOf(report, 3)?.title // "Governance"
 */
export function sectionOf(source: Pick<SourceData, 'sections'>, paragraph: number) {
  return source.sections.find(({ paragraphs: [first, last] }) => paragraph >= first && paragraph <= last);
}
