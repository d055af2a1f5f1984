import { z } from 'astro/zod';
import { judgmentCitationsSchema } from './citation';
import { isoDaySchema } from './partialDate';

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

/** The order of the likelihood words, from least to most likely, for saying whether a judgment was raised or lowered. */
export const likelihoodRank = (likelihood: Likelihood) => likelihoodIds.indexOf(likelihood);
/** The order of the confidence levels, from low to high. */
export const confidenceRank = (confidence: Confidence) => confidenceIds.indexOf(confidence);

/**
 * One analytic judgment: a statement, how likely it is, how confident we are, and the evidence. A judgment that
 * moved keeps what it was before (`history`) and when and why it moved (`revised`); ICD 203 asks that a change of
 * judgment be explained, and the briefing shows both.
 *
 * @example
 * - statement: The harbour board will put reopening the east quay ahead of any other aim this year.
 *   likelihood: almost-certain
 *   confidence: high
 *   citations: [{ source: harbour-report, paragraphs: [2, 4] }]
 * @example
 * - statement: The scheme will start on time with the spring season.
 *   likelihood: very-likely
 *   confidence: moderate
 *   citations: [{ source: ministry-statement, paragraphs: [1] }]
 *   revised: { date: 2027-03-05, reason: The ministry confirmed the start date in writing. }
 *   history:
 *     - { date: 2027-02-22, likelihood: likely, confidence: low }
 */
export const keyJudgmentSchema = z
  .strictObject({
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
    /**
     * When the judgment last moved to its present likelihood and confidence, and why. Goes with `history`.
     * @example { date: 2027-03-05, reason: The ministry confirmed the start date in writing. }
     */
    revised: z
      .strictObject({
        /** The day the judgment moved to what it says now. */
        date: isoDaySchema,
        /** Why it moved, in a sentence: the new evidence or the new reading. */
        reason: z.string().min(1).max(400),
      })
      .optional(),
    /**
     * What the judgment said before `revised.date`, oldest first: one entry per earlier state. Goes with `revised`.
     * @example [{ date: 2027-02-22, likelihood: likely, confidence: low }]
     */
    history: z
      .array(
        z.strictObject({
          /** The day the judgment took this state (first issued, or an earlier revision). */
          date: isoDaySchema,
          /** How likely it was then. */
          likelihood: z.enum(likelihoodIds, { error: `Expected one of: ${likelihoodIds.join(', ')}` }),
          /** How confident we were then. */
          confidence: z.enum(confidenceIds, { error: `Expected one of: ${confidenceIds.join(', ')}` }),
          /** The statement as it was then worded, when the wording changed too. */
          statement: z.string().min(1).optional(),
        }),
      )
      .min(1, { error: 'Expected at least one earlier state, or no `history` at all' })
      .optional(),
  })
  .superRefine((judgment, ctx) => {
    const { revised, history } = judgment;
    if (history && !revised) {
      ctx.addIssue({ code: 'custom', path: ['history'], message: 'A judgment with a history needs `revised: { date, reason }`: the day it moved to its present state and why. Add it, or remove `history`' });
    }
    if (revised && !history) {
      ctx.addIssue({ code: 'custom', path: ['revised'], message: 'A revised judgment needs `history`: what it said before, e.g. history: [{ date: 2025-05-12, likelihood: likely, confidence: low }]. Add it, or remove `revised`' });
    }
    if (!history) return;
    history.forEach((state, index) => {
      const before = history[index - 1];
      if (before && state.date < before.date) {
        ctx.addIssue({ code: 'custom', path: ['history', index, 'date'], message: `Expected the history oldest first: ${state.date} comes after ${before.date}. Put the entries in date order` });
      }
      if (revised && state.date >= revised.date) {
        ctx.addIssue({ code: 'custom', path: ['history', index, 'date'], message: `Expected an earlier state to be dated before the revision (${revised.date}), got ${state.date}. The present state belongs in likelihood and confidence, not in history` });
      }
    });
    const last = history[history.length - 1];
    if (revised && last && last.likelihood === judgment.likelihood && last.confidence === judgment.confidence) {
      ctx.addIssue({
        code: 'custom',
        path: ['revised'],
        message: `Nothing changed: the last history entry (${last.date}) is also ${last.likelihood}, ${last.confidence} confidence. A revision changes the likelihood or the confidence; otherwise remove \`revised\` and the entry`,
      });
    }
  });

export type KeyJudgmentData = z.infer<typeof keyJudgmentSchema>;
/** One earlier state of a revised judgment. */
export type JudgmentState = NonNullable<KeyJudgmentData['history']>[number];
