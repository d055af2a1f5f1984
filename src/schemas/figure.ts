import { z } from 'astro/zod';
import { draftSchema } from './draft';
import { citationsSchema } from './citation';
import { observationDate } from './observationDate';
import { isoDaySchema, partialDateSchema } from './partialDate';

/**
 * How a number relates to the truth, as the source words it. "over" and "at least" are lower bounds and are
 * drawn open-ended; "estimated" marks a figure the source calls an estimate.
 */
export const figureQualifiers = ['exact', 'over', 'at least', 'about', 'estimated'] as const;

/**
 * The span a figure or an observation covers: dates at the precision the source gives, or its words for a span
 * it gives without dates.
 *
 * @example period: { from: 2015, to: 2020 }
 */
export const periodSchema = z.object({
  /** Start of the span. */
  from: partialDateSchema.optional(),
  /** End of the span, on or after its start. */
  to: partialDateSchema.optional(),
  /** Words for a span the source gives without dates. @example the three years of the harbour works */
  label: z.string().optional(),
});

const valueSchema = z.number({ error: 'Expected a number without quotes, units or thousands separators, e.g. 12000' });

/**
 * One reading of a figure: a value one source gives on one day or for one span. A figure that a source revises,
 * or that two sources give differently, keeps one observation per reading, oldest first.
 *
 * @example
 * observations:
 *   - { value: 120, qualifier: about, asOf: 2025-03-02, citations: [{ source: harbour-office, paragraphs: [2] }] }
 *   - { value: 85, qualifier: exact, asOf: 2025-06-03, citations: [{ source: harbour-office, paragraphs: [5] }] }
 *   - { value: 110, qualifier: at least, asOf: 2025-06-03, citations: [{ source: agents-circular, paragraphs: [1] }], note: Counts vessels waiting outside the port too. }
 */
export const observationSchema = z.strictObject({
  /** The number the source gives, in base units, as for a figure's `value`. */
  value: valueSchema,
  /** How the source qualifies this number. */
  qualifier: z.enum(figureQualifiers),
  /** Set when the source also calls a bounded number an estimate. */
  estimated: z.boolean().default(false),
  /** The day the number was true or reported. An observation needs `asOf` or a dated `period`. */
  asOf: isoDaySchema.optional(),
  /** The span the number covers, with a `from` or `to` date. */
  period: periodSchema.optional(),
  /** Where this reading comes from. Readings of one day from different sources are shown side by side as disputed. */
  citations: citationsSchema,
  /** A short remark on this reading only (what it counts differently, why it was revised). */
  note: z.string().min(1).optional(),
});

export type Observation = z.infer<typeof observationSchema>;

/** The fields a single-value figure keeps at its top level and a figure with observations keeps in each one. */
const singleValueFields = ['value', 'qualifier', 'estimated', 'asOf', 'period', 'citations'] as const;

/**
 * A key figure: one number the source gives, with everything needed to state it honestly.
 * Lives in `content/figures/<id>.yaml`; prose prints it with `<FigureValue id="<id>" />`.
 * Either it keeps one value (`value`, `qualifier`, `asOf` or `period`, `citations`), or, when the number is revised
 * or sources disagree, a list of `observations` instead, oldest first; `label`, `unit`, `definition`, `rank` and
 * `currency` stay at the top either way. The latest observation is the figure's headline; two or more on its day
 * from different sources are shown together as disputed.
 *
 * @example
 * label: Ships registered in Northport
 * value: 120
 * unit: { singular: ship, plural: ships }
 * qualifier: over
 * period: { from: 2024, to: 2024 }
 * definition: Vessels entered on the harbour register during the year.
 * citations: [{ source: harbour-report, paragraphs: [1] }]
 * @example
 * label: Ships waiting at the outer anchorage
 * unit: { singular: ship, plural: ships }
 * definition: Merchant ships at anchor outside the harbour, waiting for a berth.
 * observations:
 *   - { value: 120, qualifier: about, asOf: 2025-03-02, citations: [{ source: harbour-office, paragraphs: [2] }] }
 *   - { value: 85, qualifier: exact, asOf: 2025-06-03, citations: [{ source: harbour-office, paragraphs: [5] }] }
 *   - { value: 110, qualifier: at least, asOf: 2025-06-03, citations: [{ source: agents-circular, paragraphs: [1] }] }
 */
export const figureSchema = z
  .strictObject({
    /** Work in progress: left out of the built site, shown with a "Draft" label by `npm run dev`; delete the line to publish. */
    draft: draftSchema,
    /** A short noun phrase naming what is counted. */
    label: z.string().min(1),
    /**
     * The number itself, in base units (dollars, not billions). Every unit is a count of things (detainees,
     * ships, days) or an amount of money, so it is never negative: a fall is stated as a positive number of
     * a unit that says so. 0 is meaningful only with `qualifier: exact` ("no ships were registered"); with a
     * bound or an estimate ("over 0", "about 0") it says nothing, and it draws an empty chart.
     * Required unless the figure lists `observations`.
     */
    value: valueSchema.optional(),
    /** What one unit is, in the singular and the plural. */
    unit: z.strictObject({
      /** The unit for one. @example ship */
      singular: z.string().min(1),
      /** The unit for any other number. @example ships */
      plural: z.string().min(1),
    }),
    /** A currency code when the value is money; the value is then printed as money ("$40 million"). */
    currency: z.enum(['USD']).optional(),
    /** How the source qualifies the number. Required unless the figure lists `observations`. */
    qualifier: z.enum(figureQualifiers).optional(),
    /**
     * Set when the source also calls the number an estimate on top of a bound ("an estimated loss of over …").
     * Left out, it is false.
     */
    estimated: z.boolean().optional(),
    /**
     * The span the figure covers, when it covers one. A figure with a single value needs a period or an `asOf` day
     * (or both), so it says when it was true.
     * @requiredOneOf period, asOf
     */
    period: periodSchema.optional(),
    /**
     * The day the figure was true or reported, when it is a stock rather than a flow. A figure with a single value
     * needs an `asOf` day or a period (or both).
     * @requiredOneOf period, asOf
     */
    asOf: isoDaySchema.optional(),
    /** Where the figure ranks among the key figures (1 = most important); the home page shows the first six. */
    rank: z.number().int().positive().default(100),
    /** One sentence saying exactly what is counted. */
    definition: z.string().min(1),
    /** Where the number comes from. Required unless the figure lists `observations`. */
    citations: citationsSchema.optional(),
    /**
     * Readings of the figure over time or from several sources, oldest first, instead of the single `value`,
     * `qualifier`, `asOf`/`period` and `citations` (a figure keeps one or the other).
     */
    observations: z.array(observationSchema).min(1, { error: 'Expected at least one observation, or a single value instead' }).optional(),
  })
  .superRefine((figure, ctx) => {
    if (figure.observations) {
      const mixed = singleValueFields.filter((field) => figure[field] !== undefined);
      if (mixed.length > 0) {
        // One problem for the figure, on the first single-value field: the fix is one edit, not one per field.
        ctx.addIssue({
          code: 'custom',
          path: [mixed[0]!],
          message: `A figure keeps either one value or a list of observations, not both: it has ${mixed.map((field) => `\`${field}\``).join(', ')} and \`observations\`. Expected ${mixed.length === 1 ? 'that field' : 'those fields'} inside each observation (- { value, qualifier, asOf, citations }), or no \`observations\``,
        });
      }
      checkObservationOrder(figure.observations, ctx);
      figure.observations.forEach((observation, index) => checkReading(observation, ['observations', index], ctx));
      return;
    }
    const missing = (['value', 'qualifier', 'citations'] as const).filter((field) => figure[field] === undefined);
    for (const field of missing) {
      ctx.addIssue({
        code: 'custom',
        path: [field],
        input: undefined,
        message:
          field === 'value'
            ? 'Missing. Expected a number, e.g. value: 12000 (or a list of `observations` when sources give several readings)'
            : field === 'qualifier'
              ? `Missing. Expected one of ${figureQualifiers.join(', ')}`
              : 'Missing. Expected a list of citations, e.g. citations: [{ source: source-id, paragraphs: [3] }]',
      });
    }
    if (missing.length === 0) checkReading({ value: figure.value!, qualifier: figure.qualifier!, asOf: figure.asOf, period: figure.period }, [], ctx);
  })
  .transform(({ observations, ...figure }) => {
    if (!observations) {
      const { value, qualifier, citations, estimated = false, ...rest } = figure;
      // Keys in the order the schema used to give them, so records and downloads stay as they were.
      return reorder({ ...rest, value: value!, qualifier: qualifier!, estimated, citations: citations! });
    }
    // The top-level reading of a figure with observations is its latest one, and its citations are every
    // observation's: whatever shows the figure as one number must ask whether its latest day is disputed
    // (src/figures/observations.ts), and whatever lists its sources sees them all.
    const latest = observations.at(-1)!;
    return reorder({
      ...figure,
      value: latest.value,
      qualifier: latest.qualifier,
      estimated: latest.estimated,
      ...(latest.asOf !== undefined && { asOf: latest.asOf }),
      ...(latest.period !== undefined && { period: latest.period }),
      citations: observations.flatMap((observation) => observation.citations),
      observations,
    });
  });

type FigureFields = {
  draft?: boolean;
  label: string;
  value: number;
  unit: { singular: string; plural: string };
  currency?: 'USD';
  qualifier: (typeof figureQualifiers)[number];
  estimated: boolean;
  period?: Observation['period'];
  asOf?: string;
  rank: number;
  definition: string;
  citations: Observation['citations'];
  observations?: Observation[];
};

const fieldOrder = ['draft', 'label', 'value', 'unit', 'currency', 'qualifier', 'estimated', 'period', 'asOf', 'rank', 'definition', 'citations', 'observations'] as const;
function reorder(figure: Omit<FigureFields, never>): FigureFields {
  return Object.fromEntries(fieldOrder.filter((key) => figure[key] !== undefined).map((key) => [key, figure[key]])) as unknown as FigureFields;
}

type Context = z.RefinementCtx;

/** What any reading must satisfy: a count that cannot be negative, a bound that says something, a span in order. */
function checkReading(reading: Pick<Observation, 'value' | 'qualifier' | 'asOf' | 'period'>, at: Array<string | number>, ctx: Context) {
  if (reading.value < 0) {
    ctx.addIssue({
      code: 'custom',
      path: [...at, 'value'],
      message: `Expected 0 or more, got ${reading.value}: a figure counts things or money, which cannot be negative. State a fall as a positive number of a unit that says so (e.g. value: 300, unit: jobs lost)`,
    });
  } else if (reading.value === 0 && reading.qualifier !== 'exact') {
    ctx.addIssue({
      code: 'custom',
      path: [...at, 'value'],
      message: `Expected a number above 0 with qualifier "${reading.qualifier}": "${reading.qualifier} 0" says nothing. Use qualifier: exact for a source that says there were none`,
    });
  }
  const { from, to } = reading.period ?? {};
  if (from && to && from.iso > to.iso) {
    ctx.addIssue({
      code: 'custom',
      path: [...at, 'period', 'to'],
      message: `Expected the period to end (${to.iso}) on or after it starts (${from.iso})`,
    });
  }
  if (at.length === 0 && !reading.period && !reading.asOf) {
    ctx.addIssue({
      code: 'custom',
      path: ['period'],
      message: 'Expected either a period (from/to or label) or an asOf day, so the figure says when it was true',
    });
  }
}


/** Dated, oldest first, and no two readings of one day from the same source. */
function checkObservationOrder(observations: readonly Observation[], ctx: Context) {
  observations.forEach((observation, index) => {
    const date = observationDate(observation);
    if (date === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['observations', index, observation.period ? 'period' : 'asOf'],
        input: undefined,
        message: 'Missing. Expected the day of this reading, e.g. asOf: 2025-06-03, or a period with a from or to date, so it can be placed in time',
      });
      return;
    }
    const earlier = observations.slice(0, index).map((other, otherIndex) => ({ other, otherIndex, otherDate: observationDate(other) }));
    const later = earlier.find(({ otherDate }) => otherDate !== undefined && otherDate > date);
    if (later) {
      ctx.addIssue({
        code: 'custom',
        path: ['observations', index, observation.asOf !== undefined ? 'asOf' : 'period'],
        message: `Expected observations oldest first: this one (${date}) comes after observations[${later.otherIndex}] (${later.otherDate}). Move it above that one`,
      });
      return;
    }
    const sources = new Set(observation.citations.map((citation) => citation.source.id));
    const twin = earlier.find(({ other, otherDate }) => otherDate === date && other.citations.some((citation) => sources.has(citation.source.id)));
    if (twin) {
      const shared = twin.other.citations.find((citation) => sources.has(citation.source.id))!.source.id;
      ctx.addIssue({
        code: 'custom',
        path: ['observations', index, 'citations'],
        message: `observations[${twin.otherIndex}] already gives source "${shared}" on ${date}: one source has one reading a day. Expected a single observation for it (its latest number, with the earlier one in \`note\`), or a different day`,
      });
    }
  });
}

export type FigureInput = z.input<typeof figureSchema>;
export type FigureData = z.infer<typeof figureSchema>;
