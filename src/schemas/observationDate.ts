// On its own, without Zod or astro:content, so that pages and components that place readings in time (through
// src/figures/observations.ts) do not pull the schemas into their module graph.

/**
 * The date an observation is placed at on a time axis and in the order of observations: its `asOf` day, else the
 * end (or the start) of its period. Undefined for an observation with neither.
 *
 * @example observationDate({ asOf: '2025-06-03' }) // "2025-06-03"
 * @example observationDate({ period: { from: { iso: '2024', … }, to: { iso: '2024-06', … } } }) // "2024-06"
 */
export function observationDate(observation: { asOf?: string; period?: { from?: { iso: string }; to?: { iso: string } } }): string | undefined {
  return observation.asOf ?? observation.period?.to?.iso ?? observation.period?.from?.iso;
}
