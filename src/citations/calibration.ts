import { reliabilityIds, type Reliability } from '../schemas/attribution';
import { confidenceLevels, type Confidence } from '../schemas/keyJudgment';

/**
 * The sourcing a confidence level needs. A judgment meets it when it cites `independentSources` distinct sources, or
 * one graded in `strongReliability`; when `statedClaim`, at least one of its citations is `stated`; and it does not
 * rest only on sources graded in `weakReliability`, nor only on claims whose credibility is in `weakCredibility`.
 */
export interface SourcingRequirement {
  /** How many distinct sources carry the level together (1: any one source does). */
  independentSources: number;
  /** Admiralty reliability grades that let a single source carry the level alone. */
  strongReliability: readonly Reliability[];
  /** At least one citation states the facts: a judgment resting only on reported claims or the source's reading cannot reach the level. */
  statedClaim: boolean;
  /** Grades that cannot carry the level however many sources there are: a judgment citing only sources so graded stays below it. */
  weakReliability: readonly Reliability[];
  /**
   * Admiralty credibilities (1–6) that cannot carry the level: a judgment every one of whose citations gives its claim
   * such a credibility (5 improbable, 6 truth cannot be judged) stays below it. A claim given no credibility is not weak.
   */
  weakCredibility: readonly number[];
}

/** One row of the calibration table: a confidence level, what it means, and the sourcing it needs (none for the lowest). */
export interface CalibrationLevel {
  id: Confidence;
  label: string;
  meaning: string;
  requires?: SourcingRequirement;
}

/**
 * The calibration table: the one place that says what each confidence level means and what sourcing it needs. The
 * legend under every set of judgments, the about page, docs/tradecraft.md and the check (`npm run check`, the build)
 * all read it, so the words and the rules cannot disagree (ICD 203: confidence follows the sourcing).
 */
export interface CalibrationTable {
  /** From the lowest level to the highest, one per confidence level. */
  levels: readonly CalibrationLevel[];
  /** An almost-certain or almost-no-chance judgment needs the sources or the grade that high confidence needs. */
  extremeLikelihoodNeedsCorroboration: boolean;
  /** Every judgment cites at least one source paragraph. */
  judgmentNeedsCitation: boolean;
}

const meaningOf = (id: Confidence) => confidenceLevels.find((level) => level.id === id)!;

export const defaultCalibration: Readonly<CalibrationTable> = deepFreeze({
  levels: [
    { id: 'low', label: meaningOf('low').label, meaning: meaningOf('low').meaning },
    {
      id: 'moderate',
      label: meaningOf('moderate').label,
      meaning: meaningOf('moderate').meaning,
      requires: { independentSources: 2, strongReliability: ['A', 'B', 'C'], statedClaim: true, weakReliability: ['E', 'F'], weakCredibility: [5, 6] },
    },
    {
      id: 'high',
      label: meaningOf('high').label,
      meaning: meaningOf('high').meaning,
      requires: { independentSources: 2, strongReliability: ['A', 'B'], statedClaim: true, weakReliability: ['E', 'F'], weakCredibility: [5, 6] },
    },
  ],
  extremeLikelihoodNeedsCorroboration: true,
  judgmentNeedsCitation: true,
});

/** What a book's `book.yaml` may say under `confidenceRules` (src/schemas/book.ts holds its schema). */
export interface CalibrationChoices {
  highConfidenceNeedsCorroboration?: boolean | undefined;
  extremeLikelihoodNeedsCorroboration?: boolean | undefined;
  highConfidenceNeedsStatedClaims?: boolean | undefined;
  judgmentNeedsCitation?: boolean | undefined;
  independentSources?: number | undefined;
  strongReliability?: Reliability[] | undefined;
  moderate?: LevelChoices | undefined;
  high?: LevelChoices | undefined;
}
export interface LevelChoices {
  meaning?: string | undefined;
  independentSources?: number | undefined;
  strongReliability?: Reliability[] | undefined;
  statedClaim?: boolean | undefined;
  weakReliability?: Reliability[] | undefined;
  weakCredibility?: number[] | undefined;
}

const defined = <T extends object>(value: T | undefined): Partial<T> =>
  Object.fromEntries(Object.entries(value ?? {}).filter(([, entry]) => entry !== undefined)) as Partial<T>;

/**
 * The table a book is held to and shows: the default, with whatever its `book.yaml` changes under `confidenceRules`.
 * The flat keys of earlier books keep their meaning: `independentSources`, `strongReliability` and
 * `highConfidenceNeedsStatedClaims` set high's sourcing, and `highConfidenceNeedsCorroboration: false` lets any one
 * source carry high. `moderate:` and `high:` change one level's row; they win over the flat keys.
 *
 * @example calibrationOf({ confidenceRules: { moderate: { independentSources: 1, weakReliability: [] } } }) // one source of any grade may carry moderate
 */
export function calibrationOf(book: { confidenceRules?: CalibrationChoices | undefined }): Readonly<CalibrationTable> {
  const choices = defined(book.confidenceRules);
  if (Object.keys(choices).length === 0) return defaultCalibration;
  const legacyHigh: Partial<LevelChoices> = defined({
    independentSources: choices.highConfidenceNeedsCorroboration === false ? 1 : choices.independentSources,
    strongReliability: choices.strongReliability,
    statedClaim: choices.highConfidenceNeedsStatedClaims,
    weakReliability: choices.highConfidenceNeedsCorroboration === false ? [] : undefined,
  });
  const levelChoices: Partial<Record<Confidence, Partial<LevelChoices>>> = {
    moderate: defined(choices.moderate),
    high: { ...legacyHigh, ...defined(choices.high) },
  };
  return deepFreeze({
    levels: defaultCalibration.levels.map((level) => {
      const { meaning, ...requires } = levelChoices[level.id] ?? {};
      return {
        ...level,
        ...(meaning === undefined ? {} : { meaning }),
        ...(level.requires ? { requires: { ...level.requires, ...requires } } : {}),
      };
    }),
    extremeLikelihoodNeedsCorroboration: choices.extremeLikelihoodNeedsCorroboration ?? defaultCalibration.extremeLikelihoodNeedsCorroboration,
    judgmentNeedsCitation: choices.judgmentNeedsCitation ?? defaultCalibration.judgmentNeedsCitation,
  });
}

/** The level row of a table. */
export function levelOf(table: Readonly<CalibrationTable>, id: Confidence): CalibrationLevel {
  return table.levels.find((level) => level.id === id)!;
}

const numberWords = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const countOf = (count: number) => numberWords[count] ?? String(count);

/** Grades as a reader says them: "A", "A or B", "A to C", "A, C or E". */
export function describeGrades(grades: readonly Reliability[]): string {
  const sorted = reliabilityIds.filter((grade) => grades.includes(grade));
  if (sorted.length === 0) return '';
  if (sorted.length === 1) return sorted[0]!;
  const first = reliabilityIds.indexOf(sorted[0]!);
  const contiguous = sorted.every((grade, index) => reliabilityIds.indexOf(grade) === first + index);
  if (contiguous && sorted.length > 2) return `${sorted[0]} to ${sorted.at(-1)}`;
  return `${sorted.slice(0, -1).join(', ')} or ${sorted.at(-1)}`;
}

/** Credibilities as a reader says them: "5 or 6", "4 to 6". */
export function describeCredibilities(values: readonly number[]): string {
  const sorted = [...new Set(values)].sort((a, b) => a - b);
  if (sorted.length <= 1) return sorted.join('');
  const contiguous = sorted.every((value, index) => value === sorted[0]! + index);
  if (contiguous && sorted.length > 2) return `${sorted[0]} to ${sorted.at(-1)}`;
  return `${sorted.slice(0, -1).join(', ')} or ${sorted.at(-1)}`;
}

/** The sources or grade a requirement needs, as a phrase: "two independent sources, or one graded A or B". */
export function describeCorroboration(requires: SourcingRequirement): string {
  const grades = describeGrades(requires.strongReliability);
  if (requires.independentSources <= 1) return 'one source';
  return `${countOf(requires.independentSources)} independent sources${grades ? `, or one graded ${grades}` : ''}`;
}

/**
 * The sourcing a level needs, in one sentence a reader can check a judgment against.
 *
 * @example describeRequirement(levelOf(defaultCalibration, 'moderate'))
 * // 'Two independent sources, or one graded A to C; at least one claim the source states as fact; not resting only on sources graded E or F.'
 */
export function describeRequirement(level: CalibrationLevel, table: Readonly<CalibrationTable> = defaultCalibration): string {
  const { requires } = level;
  if (!requires) {
    const above = table.levels.filter((other) => other.requires);
    const stated = above.some((other) => other.requires!.statedClaim);
    const weak = above.find((other) => other.requires!.weakReliability.length > 0)?.requires!.weakReliability ?? [];
    const weakClaims = above.find((other) => other.requires!.weakCredibility.length > 0)?.requires!.weakCredibility ?? [];
    const restingOnly = [
      weak.length > 0 ? `sources graded ${describeGrades(weak)}` : '',
      stated ? 'reported claims or the source’s own reading' : '',
      weakClaims.length > 0 ? `claims of credibility ${describeCredibilities(weakClaims)}` : '',
    ].filter(Boolean);
    const citation = table.judgmentNeedsCitation ? ', with at least one cited paragraph' : '';
    const example = restingOnly.length > 0 ? `: a judgment resting only on ${restingOnly.join(', or only on ')}, is ${level.id}` : '';
    return `Whatever meets no row above${citation}${example}.`;
  }
  const parts = [describeCorroboration(requires)];
  if (requires.statedClaim) parts.push('at least one claim the source states as fact');
  if (requires.weakReliability.length > 0) parts.push(`not resting only on sources graded ${describeGrades(requires.weakReliability)}`);
  if (requires.weakCredibility.length > 0) parts.push(`nor only on claims of credibility ${describeCredibilities(requires.weakCredibility)}`);
  const sentence = parts.join('; ');
  return `${sentence[0]!.toUpperCase()}${sentence.slice(1)}.`;
}

/** What the table says beyond its rows: the ends of the likelihood scale. */
export function describeExtremes(table: Readonly<CalibrationTable>): string | undefined {
  const high = levelOf(table, 'high').requires;
  if (!table.extremeLikelihoodNeedsCorroboration || !high || high.independentSources <= 1) return undefined;
  return `An almost-certain or almost-no-chance judgment needs what high confidence needs in sources: ${describeCorroboration(high)}.`;
}

/**
 * The table as Markdown, for docs/tradecraft.md (written there by `npm run docs:schema`; a unit test compares).
 */
export function renderCalibrationMarkdown(table: Readonly<CalibrationTable> = defaultCalibration): string {
  const rows = [...table.levels].reverse().map((level) => `| \`${level.id}\` | ${level.meaning} | ${describeRequirement(level, table)} |`);
  const notes = [describeExtremes(table), table.judgmentNeedsCitation ? 'Every judgment cites at least one source paragraph.' : undefined].filter(Boolean);
  return [['| Confidence | Means | Sourcing it needs |', '| --- | --- | --- |', ...rows].join('\n'), ...notes].join('\n\n');
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const entry of Object.values(value)) deepFreeze(entry);
    Object.freeze(value);
  }
  return value;
}
