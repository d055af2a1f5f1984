import { confidenceLevels, likelihoods, type Confidence, type Likelihood } from '../schemas/keyJudgment';

/** The label and percentage range of a word of estimative probability. */
export function likelihoodOf(id: Likelihood) {
  return likelihoods.find((entry) => entry.id === id)!;
}

/** The label and meaning of a confidence level. */
export function confidenceOf(id: Confidence) {
  return confidenceLevels.find((entry) => entry.id === id)!;
}
