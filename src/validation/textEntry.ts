import { mdxToMdast } from 'satteri';
import type { ContentCollectionName } from '../contentFiles/contentCollections';

/** One content entry's text, as the checker read it: what the passes over prose and text fields read. */
export interface TextEntry {
  collection: ContentCollectionName;
  file: string;
  /** The raw YAML data (front matter for briefings). */
  data: Record<string, unknown>;
  /** The file line of a field, given its path inside `data`. */
  lineOf(path: readonly PropertyKey[]): number;
  /** Prepended to field paths in messages (the id, for entries of a map file). */
  fieldPrefix: readonly PropertyKey[];
  /** The MDX file with its front matter blanked, for briefings. */
  mdxSource?: string;
  /**
   * The note's mdast (satteri's `mdxToMdast` of `mdxSource`; throws as it does on a syntax error), where the caller
   * parses each note once for all the passes that read it; without it each pass parses `mdxSource` itself.
   */
  mdxTree?: () => unknown;
}

/** The entry's mdast: the caller's shared parse where it gives one, else a parse of its own. */
export function mdxTreeOf(entry: TextEntry): unknown {
  return entry.mdxTree ? entry.mdxTree() : mdxToMdast(entry.mdxSource ?? '');
}
