/**
 * Every size limit of the site in one place: how much one page, one chart or one document may hold. Each keeps a
 * page from growing with the book; the reason for each number is beside it.
 */

/** How many briefings a listing page shows: enough to browse, few enough that no page grows with the book. */
export const listPageSize = 20;

/** How many entries a page of a compact index (entities, sources, topics) shows. */
export const indexPageSize = 30;

/** How many briefings a page of a compact list (title and date only, as on entity pages) shows. */
export const rowsPageSize = 50;

/**
 * How many briefings one document of the briefing book holds. A longer book is printed in volumes, so that no page of
 * the site (and no PDF) grows with the book.
 */
export const bookVolumeSize = 50;

/** How many events one page of the timeline draws: readable on a phone, and no page grows with the book. */
export const timelinePageSize = 60;

/** How many of an entity's events its page lists (the latest ones); the timeline holds them all. */
export const entityEventLimit = 20;

/**
 * How many places the map page draws: the most-mentioned ones. Beyond about thirty, a locator map of one country
 * has more markers than it can label, and the page would grow with the book; every place stays in the entity
 * index and the places download.
 */
export const mapPlaceLimit = 30;

/**
 * How far either side of a briefing, in reading order, `relatedBriefings` looks within each shared topic or entity.
 * A topic or an entity that hundreds of notes share would otherwise make every page scan them all (O(N²) over a
 * build); notes written close together are the likelier relatives anyway. Books with fewer notes per topic or
 * entity than this see no difference.
 */
export const relatedBriefingsWindow = 30;

/**
 * Chart widths in SVG user units. Narrow charts fit a 320-pixel phone at full size; wide ones are for larger
 * screens, print and the SVG files. Figure charts have one size, small enough for a card.
 */
export const chartWidths = { figure: 260, narrow: 300, wide: 720 } as const;
