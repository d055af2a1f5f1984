import { z } from 'astro/zod';
import { judgmentCitationsSchema } from './citation';

/**
 * Words of estimative probability, in the order and with the ranges of US Intelligence Community
 * Directive 203, so that "likely" means the same thing in every briefing.
 */
export const likelihoods = [
  { id: 'almost-no-chance', label: 'Almost no chance', range: [1, 5] },
  { id: 'very-unlikely', label: 'Very unlikely', range: [5, 20] },
  { id: 'unlikely', label: 'Unlikely', range: [20, 45] },
  { id: 'roughly-even-chance', label: 'Roughly even chance', range: [45, 55] },
  { id: 'likely', label: 'Likely', range: [55, 80] },
  { id: 'very-likely', label: 'Very likely', range: [80, 95] },
  { id: 'almost-certain', label: 'Almost certain', range: [95, 99] },
] as const;
export type Likelihood = (typeof likelihoods)[number]['id'];
const likelihoodIds = likelihoods.map((entry) => entry.id) as [Likelihood, ...Likelihood[]];

/** How much the analyst trusts the evidence behind a judgment, independent of its likelihood. */
export const confidenceLevels = [
  { id: 'low', label: 'Low confidence', meaning: 'thin or single-sourced evidence; the judgment could easily change' },
  { id: 'moderate', label: 'Moderate confidence', meaning: 'credible evidence with gaps or more than one reading' },
  { id: 'high', label: 'High confidence', meaning: 'good evidence, corroborated or from a proven source, with little room for another reading' },
] as const;
export type Confidence = (typeof confidenceLevels)[number]['id'];
const confidenceIds = confidenceLevels.map((entry) => entry.id) as [Confidence, ...Confidence[]];

/**
 * One analytic judgment: a statement, how likely it is, how confident we are, and the evidence.
 *
 * @example
 * - statement: The harbour board will put reopening the east quay ahead of any other aim this year.
 *   likelihood: almost-certain
 *   confidence: high
 *   citations: [{ source: harbour-report, paragraphs: [2, 4] }]
 */
export const keyJudgmentSchema = z.strictObject({
  /** The judgment, in one sentence. */
  statement: z.string().min(1),
  /** How likely it is, in the words of estimative probability. */
  likelihood: z.enum(likelihoodIds, { error: `Expected one of: ${likelihoodIds.join(', ')}` }),
  /** How much we trust the evidence behind it. */
  confidence: z.enum(confidenceIds, { error: `Expected one of: ${confidenceIds.join(', ')}` }),
  /**
   * The source paragraphs the judgment rests on, each saying whose claim it carries. `npm run check` requires at
   * least one, and holds the confidence and likelihood to the sourcing (see docs/tradecraft.md).
   */
  citations: judgmentCitationsSchema.default([]),
});

export type KeyJudgmentData = z.infer<typeof keyJudgmentSchema>;
