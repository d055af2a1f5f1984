import { z } from 'astro/zod';

/**
 * Marks an entry as work in progress, as Hugo and Eleventy do: `npm run new` writes `draft: true` on everything it
 * makes. `npm run build` leaves drafts out of the site (and says which); `npm run dev` shows them with a "Draft"
 * label; `npm run check` validates them and lists their placeholders still to fill in. Delete the line (or write
 * `false`) to publish the entry. A published entry may not refer to a draft.
 */
export const draftSchema = z.boolean().optional();

/** Whether an entry's data marks it as a draft. */
export const isDraft = (data: unknown): boolean =>
  data !== null && typeof data === 'object' && (data as { draft?: unknown }).draft === true;
