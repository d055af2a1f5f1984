/**
 * The ids of a briefing's update and revised judgment on its page, shared by the page that sets them and the links
 * (changes page, feed) that point at them. Counted from 1, in the order of the front matter.
 *
 * @example updateAnchor(2) // "update-2"
 */
export const updateAnchor = (number: number) => `update-${number}`;

/** @example judgmentAnchor(1) // "judgment-1" */
export const judgmentAnchor = (number: number) => `judgment-${number}`;
