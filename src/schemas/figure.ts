import { z } from 'astro/zod';
import { draftSchema } from './draft';
import { citationsSchema } from './citation';
import { isoDaySchema, partialDateSchema } from './partialDate';

/**
 * How a number relates to the truth, as the source words it. "over" and "at least" are lower bounds and are
 * drawn open-ended; "estimated" marks a figure the source calls an estimate.
 */
export const figureQualifiers = ['exact', 'over', 'at least', 'about', 'estimated'] as const;

/**
 * A key figure: one number the source gives, with everything needed to state it honestly.
 * Lives in `content/figures/<id>.yaml`; prose prints it with `<FigureValue id="<id>" />`.
 *
 * @example
 * label: Russian combat sorties
 * value: 63000
 * unit: { singular: combat sortie, plural: combat sorties }
 * qualifier: over
 * period: { from: 2015, to: 2020 }
 * definition: Combat missions flown by the Russian military in Syria.
 * citations: [{ source: syria-russia-talks-2026, paragraphs: [12] }]
 */
export const figureSchema = z
  .strictObject({
    /** Work in progress: left out of the built site, shown with a "Draft" label by `npm run dev`; delete the line to publish. */
    draft: draftSchema,
    /** A short noun phrase naming what is counted. */
    label: z.string().min(1),
    /**
     * The number itself, in base units (dollars, not billions). Every unit is a count of things (detainees,
     * sorties, days) or an amount of money, so it is never negative: a fall is stated as a positive number of
     * a unit that says so. 0 is meaningful only with `qualifier: exact` ("no ships were registered"); with a
     * bound or an estimate ("over 0", "about 0") it says nothing, and it draws an empty chart.
     */
    value: z.number({ error: 'Expected a number without quotes, units or thousands separators, e.g. 63000' }),
    /** What one unit is, in the singular and the plural. */
    unit: z.strictObject({
      /** The unit for one. @example ship */
      singular: z.string().min(1),
      /** The unit for any other number. @example ships */
      plural: z.string().min(1),
    }),
    /** A currency code when the value is money; the value is then printed as money ("$400 billion"). */
    currency: z.enum(['USD']).optional(),
    /** How the source qualifies the number. */
    qualifier: z.enum(figureQualifiers),
    /** Set when the source also calls the number an estimate on top of a bound ("an estimated loss of over …"). */
    estimated: z.boolean().default(false),
    /**
     * The span the figure covers, when it covers one. A figure needs a period or an `asOf` day (or both), so it
     * says when it was true.
     * @requiredOneOf period, asOf
     */
    period: z
      .object({
        /** Start of the span. */
        from: partialDateSchema.optional(),
        /** End of the span, on or after its start. */
        to: partialDateSchema.optional(),
        /** Words for a span the source gives without dates. @example the three years of the harbour works */
        label: z.string().optional(),
      })
      .optional(),
    /**
     * The day the figure was true or reported, when it is a stock rather than a flow. A figure needs an `asOf`
     * day or a period (or both).
     * @requiredOneOf period, asOf
     */
    asOf: isoDaySchema.optional(),
    /** Where the figure ranks among the key figures (1 = most important); the home page shows the first six. */
    rank: z.number().int().positive().default(100),
    /** One sentence saying exactly what is counted. */
    definition: z.string().min(1),
    /** Where the number comes from. */
    citations: citationsSchema,
  })
  .superRefine((figure, ctx) => {
    if (figure.value < 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: `Expected 0 or more, got ${figure.value}: a figure counts things or money, which cannot be negative. State a fall as a positive number of a unit that says so (e.g. value: 300, unit: jobs lost)`,
      });
    } else if (figure.value === 0 && figure.qualifier !== 'exact') {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: `Expected a number above 0 with qualifier "${figure.qualifier}": "${figure.qualifier} 0" says nothing. Use qualifier: exact for a source that says there were none`,
      });
    }
    const { from, to } = figure.period ?? {};
    if (from && to && from.iso > to.iso) {
      ctx.addIssue({
        code: 'custom',
        path: ['period', 'to'],
        message: `Expected the period to end (${to.iso}) on or after it starts (${from.iso})`,
      });
    }
    if (!figure.period && !figure.asOf) {
      ctx.addIssue({
        code: 'custom',
        path: ['period'],
        message: 'Expected either a period (from/to or label) or an asOf day, so the figure says when it was true',
      });
    }
  });

export type FigureData = z.infer<typeof figureSchema>;
