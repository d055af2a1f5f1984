import { formatDay } from '../dates/formatPartialDate';
import { confidenceOf, likelihoodOf } from '../citations/likelihoodOf';
import { confidenceRank, likelihoodRank, type Confidence, type JudgmentState, type KeyJudgmentData, type Likelihood } from '../schemas/keyJudgment';

interface Assessment {
  likelihood: Likelihood;
  confidence: Confidence;
}

const likelihoodWords = (likelihood: Likelihood) => likelihoodOf(likelihood).label.toLowerCase();
const confidenceWords = (confidence: Confidence) => confidenceOf(confidence).label.toLowerCase();

/**
 * An assessment in words, naming only what the reader needs to tell two states apart: the likelihood, and the
 * confidence when it differs from the other state's.
 *
 * @example describeAssessment({ likelihood: 'likely', confidence: 'low' }, { likelihood: 'very-likely', confidence: 'low' }) // "likely"
 * @example describeAssessment({ likelihood: 'likely', confidence: 'low' }, { likelihood: 'likely', confidence: 'moderate' }) // "low"
 */
function describeAssessment(state: Assessment, other: Assessment): string {
  if (state.likelihood === other.likelihood) return state.confidence;
  return state.confidence === other.confidence ? likelihoodWords(state.likelihood) : `${likelihoodWords(state.likelihood)}, ${confidenceWords(state.confidence)}`;
}

/** "Raised", "Lowered" or "Changed": the direction of the likelihood, or of the confidence when only it moved. */
function directionOf(before: Assessment, after: Assessment): string {
  const likelihoodMove = likelihoodRank(after.likelihood) - likelihoodRank(before.likelihood);
  const confidenceMove = confidenceRank(after.confidence) - confidenceRank(before.confidence);
  const move = likelihoodMove !== 0 ? likelihoodMove : confidenceMove;
  const verb = move > 0 ? 'Raised' : 'Lowered';
  // Likelihood up and confidence down (or the reverse) is neither raised nor lowered as a whole.
  if (likelihoodMove !== 0 && confidenceMove !== 0 && Math.sign(likelihoodMove) !== Math.sign(confidenceMove)) return 'Changed';
  return likelihoodMove === 0 ? `Confidence ${verb.toLowerCase()}` : verb;
}

export interface RevisionText {
  /** One sentence: what the judgment was, when, what it is now, since when, and why. */
  sentence: string;
  /** Every earlier state in words, oldest first, for the full record; `statement` when it was worded differently. */
  earlier: Array<{ date: string; assessment: string; statement?: string }>;
}

/**
 * The record of a revised judgment in words, as ICD 203 asks: what it was before, with the date, what it is now,
 * when it moved and why. `undefined` for a judgment that was never revised.
 *
 * @example
 * describeRevision({ likelihood: 'very-likely', confidence: 'moderate', revised: { date: '2025-06-22', reason: 'Two more sources agree.' },
 *   history: [{ date: '2025-05-12', likelihood: 'likely', confidence: 'moderate' }], … }).sentence
 * // "Raised from likely (12 May 2025) to very likely on 22 June 2025: Two more sources agree."
 */
export function describeRevision(judgment: Pick<KeyJudgmentData, 'likelihood' | 'confidence' | 'revised' | 'history'>): RevisionText | undefined {
  const { revised, history } = judgment;
  const last = history?.[history.length - 1];
  if (!revised || !history || !last) return undefined;
  const now: Assessment = judgment;
  const reason = revised.reason.trim().replace(/([^.!?])$/, '$1.');
  const sentence = `${directionOf(last, now)} from ${describeAssessment(last, now)} (${formatDay(last.date)}) to ${describeAssessment(now, last)} on ${formatDay(revised.date)}: ${reason}`;
  const earlier = history.map((state: JudgmentState) => ({
    date: state.date,
    assessment: `${likelihoodWords(state.likelihood)}, ${confidenceWords(state.confidence)}`,
    ...(state.statement && { statement: state.statement }),
  }));
  return { sentence, earlier };
}
