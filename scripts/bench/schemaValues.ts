// What the corpus generator takes from the project instead of keeping copies that drift: the schemas' value lists,
// the scaffold's slugify and the FNV-1a hash. Loaded in plain Node through scripts/lib/importSource.mjs.
import { slugify } from '../../src/check/scaffoldEntry';
import { fnv1a } from '../../src/copiedText/fnv1a';
import { entityKinds } from '../../src/schemas/entity';
import { dateQualifiers } from '../../src/schemas/event';
import { figureQualifiers } from '../../src/schemas/figure';
import { confidenceLevels, likelihoods } from '../../src/schemas/keyJudgment';
import { sourceSchema } from '../../src/schemas/source';

export const schemaValues = {
  entityKinds,
  dateQualifiers,
  figureQualifiers,
  likelihoodIds: likelihoods.map((entry) => entry.id),
  confidenceIds: confidenceLevels.map((entry) => entry.id),
  // "other" is the kind an author picks when none fits; a generated source always fits one of the others.
  sourceKinds: sourceSchema.shape.kind.options.filter((kind) => kind !== 'other'),
};

export { fnv1a, slugify };
