import { chartSpecKinds } from '../charts/specs';
import type { AttributeContract, ComponentContract } from '../prose/componentContract';
import { attributionIds } from '../schemas/attribution';
import { confidenceLevels, likelihoods } from '../schemas/keyJudgment';
import { siteLinkTargets } from '../routing/siteLinkTargets';

/**
 * The attribution attributes a citing component takes (`as`, `by`, `credibility`), the same fields a YAML citation
 * has (src/schemas/citation.ts), so prose and front matter say whose claim it is in the same words.
 */
const attributionAttributes = {
  as: { kind: 'enum', required: false, values: attributionIds },
  by: { kind: 'text', required: false },
  credibility: { kind: 'wholeNumber', required: false, min: 1, max: 6 },
} as const satisfies Record<string, AttributeContract>;

/** `by` names who a reported claim comes from: required with `as="reported"`, meaningless without it. */
function checkAttributionPair(attributes: Readonly<Record<string, unknown>>): Array<{ attribute: string; message: string }> {
  const reported = attributes.as === 'reported';
  if (reported && !('by' in attributes)) {
    return [{ attribute: 'by', message: 'Missing: a reported claim says who the source reports it from, e.g. as="reported" by="local officials".' }];
  }
  if (!reported && 'by' in attributes) {
    return [{ attribute: 'by', message: `by="…" names who the source reports a claim from, so it goes with as="reported". Expected as="reported", or no by.` }];
  }
  return [];
}

/**
 * The components authors may use in briefing prose, with the attributes each takes. `src/components/mdx/index.ts`
 * provides a component for every name here, and a test keeps the two lists equal.
 */
export const mdxComponentContracts: Record<string, ComponentContract> = {
  Cite: {
    attributes: { p: { kind: 'paragraphs', required: true }, source: { kind: 'source', required: false }, ...attributionAttributes },
    usage: '<Cite p={4} />, <Cite p={6} as="reported" by="local officials" />, <Cite p={11} as="analysis" /> (credibility={1…6} optional)',
    crossCheck: checkAttributionPair,
  },
  AnalystComment: {
    attributes: { basis: { kind: 'paragraphs', required: false }, source: { kind: 'source', required: false } },
    usage: '<AnalystComment basis={[3, 14]}>Our own inference.</AnalystComment> (basis: the paragraphs it rests on, optional)',
  },
  Entity: {
    attributes: { id: { kind: 'entity', required: false }, name: { kind: 'entity', required: false } },
    oneOf: [['id', 'name']],
    usage: '<Entity id="entity-id" /> or <Entity name="Any alias">shown text</Entity>',
  },
  FigureValue: {
    attributes: {
      id: { kind: 'figure', required: true },
      unit: { kind: 'boolean', required: false },
      cite: { kind: 'boolean', required: false },
    },
    usage: '<FigureValue id="figure-id" /> (unit={false} drops the unit, cite={false} the citation)',
  },
  KeyJudgment: {
    attributes: {
      likelihood: { kind: 'enum', required: true, values: likelihoods.map((entry) => entry.id) },
      confidence: { kind: 'enum', required: true, values: confidenceLevels.map((entry) => entry.id) },
      // Not required here: the confidence rules report a judgment without a citation, and a book may relax them.
      p: { kind: 'paragraphs', required: false },
      source: { kind: 'source', required: false },
      ...attributionAttributes,
    },
    usage: '<KeyJudgment likelihood="likely" confidence="moderate" p={[3]}>Statement.</KeyJudgment> (as/by/credibility as on <Cite>)',
    crossCheck: checkAttributionPair,
  },
  BriefingLink: {
    attributes: { id: { kind: 'briefing', required: true } },
    usage: '<BriefingLink id="briefing-id" /> or <BriefingLink id="briefing-id">link text</BriefingLink>',
  },
  SiteLink: {
    attributes: { to: { kind: 'enum', required: true, values: Object.keys(siteLinkTargets) } },
    usage: '<SiteLink to="source-notes">link text</SiteLink>',
  },
  Quote: {
    attributes: {
      by: { kind: 'entity', required: true },
      p: { kind: 'paragraphs', required: true },
      source: { kind: 'source', required: false },
      inline: { kind: 'boolean', required: false },
    },
    usage:
      '<Quote by="entity-id" p={4}>Words the source puts in quotation marks.</Quote> (inline for a quote inside a sentence; reported speech is paraphrased with <Cite as="reported" by="…">)',
  },
  // The chart components (<FigureChart>, <Timeline>, <LocatorMap>, …), each from its kind's spec (src/charts/specs.ts).
  ...Object.fromEntries(Object.values(chartSpecKinds).map((kind) => [kind.component.name, kind.component.contract])),
};
