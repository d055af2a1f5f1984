/** The collections an attribute can name an entry of, by id (an entity also by name or alias, unless in a list). */
export type NamedCollection = 'entity' | 'figure' | 'event' | 'briefing' | 'topic';

/**
 * What one attribute of an author-facing component must hold, so the build can check prose before rendering it.
 * An attribute naming entries takes `list: true` for several ids separated by commas (`events="a, b"`, read with
 * `splitIdList`): a new chart kind that lists figures, events or any other collection needs no new kind here.
 */
export type AttributeContract =
  | { kind: 'paragraphs'; required: boolean }
  | { kind: 'source'; required: false }
  | {
      kind: NamedCollection;
      required: boolean;
      /** Several ids: separated by commas (`events="a, b"`) or a list in braces (`ids={["a", "b"]}`). */
      list?: boolean;
      /** The fewest ids a list may hold. */
      min?: number;
      /** Figures only: every figure of the list counts the same unit, so they can share one scale. */
      oneUnit?: boolean;
    }
  | { kind: 'enum'; required: boolean; values: readonly string[] }
  | { kind: 'boolean'; required: false }
  | { kind: 'text'; required: boolean }
  | { kind: 'wholeNumber'; required: boolean; min: number; max: number };

export interface ComponentContract {
  attributes: Record<string, AttributeContract>;
  /** Sets of attributes of which exactly one must be given. */
  oneOf?: string[][];
  /** A short usage line for error messages. */
  usage: string;
  /** Rules that tie attributes to each other, such as `by` going with `as="reported"`. */
  crossCheck?: (attributes: Readonly<Record<string, unknown>>) => Array<{ attribute: string; message: string }>;
}

/**
 * Splits a comma-separated attribute (`events="a, b"`) into ids: the one reading of such a list, shared by the
 * contracts' check, the chart specs and the components.
 *
 * @example splitIdList(' east-quay-reopens, , dredging-starts ') // ["east-quay-reopens", "dredging-starts"]
 */
export const splitIdList = (text: string): string[] =>
  text
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
