/**
 * Whose claim a citation carries, after ICD 203's demand that a product distinguish what a source reports from the
 * source's own judgment. `stated` is the default: the source gives it as fact in its own voice.
 */
export const attributionKinds = [
  { id: 'stated', label: 'stated', meaning: 'the source states it as fact' },
  { id: 'reported', label: 'reported', meaning: 'the source reports someone else’s claim' },
  { id: 'analysis', label: 'the article’s reading', meaning: 'the source author’s own analysis or interpretation' },
] as const;
export type Attribution = (typeof attributionKinds)[number]['id'];
export const attributionIds = attributionKinds.map((entry) => entry.id) as [Attribution, ...Attribution[]];

/** Admiralty (NATO AJP-2.1) source reliability: how far the source has earned trust, independent of any one claim. */
export const reliabilityGrades = [
  { id: 'A', label: 'completely reliable' },
  { id: 'B', label: 'usually reliable' },
  { id: 'C', label: 'fairly reliable' },
  { id: 'D', label: 'not usually reliable' },
  { id: 'E', label: 'unreliable' },
  { id: 'F', label: 'reliability cannot be judged' },
] as const;
export type Reliability = (typeof reliabilityGrades)[number]['id'];
export const reliabilityIds = reliabilityGrades.map((entry) => entry.id) as [Reliability, ...Reliability[]];

/** Admiralty (NATO AJP-2.1) information credibility: how believable one claim is, whoever carries it. */
export const credibilityLevels = [
  { id: 1, label: 'confirmed by other sources' },
  { id: 2, label: 'probably true' },
  { id: 3, label: 'possibly true' },
  { id: 4, label: 'doubtful' },
  { id: 5, label: 'improbable' },
  { id: 6, label: 'truth cannot be judged' },
] as const;
export type Credibility = (typeof credibilityLevels)[number]['id'];
