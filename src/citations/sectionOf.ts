import type { SourceData } from '../schemas/source';

/**
 * The section of a source that holds a paragraph.
 *
 * @example sectionOf(article, 3)?.title // "Moscow's Strategic Contraction and Adherence to Core Interests"
 */
export function sectionOf(source: Pick<SourceData, 'sections'>, paragraph: number) {
  return source.sections.find(({ paragraphs: [first, last] }) => paragraph >= first && paragraph <= last);
}
