import { z } from 'astro/zod';

/**
 * A theme that groups briefings and gives the timeline its lanes. All topics live in `content/topics.yaml`,
 * keyed by id.
 *
 * @example
 * ports:
 *   title: Ports
 *   description: The quays, the ships that use them and the harbour board's plans.
 */
export const topicSchema = z.strictObject({
  /** Display name. */
  title: z.string().min(1),
  /** One sentence for the topic page and search results. */
  description: z.string().min(1),
});

export type TopicData = z.infer<typeof topicSchema>;
