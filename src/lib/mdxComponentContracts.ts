import { chartKinds } from '../charts/registry';
import { confidenceLevels, likelihoods } from '../schemas/keyJudgment';
import { siteLinkTargets } from './siteLinkTargets';

/** What one attribute of an author-facing component must hold, so the build can check prose before rendering it. */
export type AttributeContract =
  | { kind: 'paragraphs'; required: boolean }
  | { kind: 'source'; required: false }
  | { kind: 'entity'; required: boolean }
  | { kind: 'figure'; required: boolean }
  | { kind: 'event'; required: boolean }
  | { kind: 'briefing'; required: boolean }
  | { kind: 'topic'; required: boolean }
  | { kind: 'enum'; required: boolean; values: readonly string[] }
  | { kind: 'boolean'; required: false }
  | { kind: 'text'; required: boolean }
  | { kind: 'entityList'; required: boolean }
  | { kind: 'eventList'; required: boolean };

export interface ComponentContract {
  attributes: Record<string, AttributeContract>;
  /** Sets of attributes of which exactly one must be given. */
  oneOf?: string[][];
  /** A short usage line for error messages. */
  usage: string;
}

/**
 * The components authors may use in briefing prose, with the attributes each takes. `src/components/mdx/index.ts`
 * provides a component for every name here, and a test keeps the two lists equal.
 */
export const mdxComponentContracts: Record<string, ComponentContract> = {
  Cite: {
    attributes: { p: { kind: 'paragraphs', required: true }, source: { kind: 'source', required: false } },
    usage: '<Cite p={4} /> or <Cite p={[4, 12]} source="source-id" />',
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
      p: { kind: 'paragraphs', required: true },
      source: { kind: 'source', required: false },
    },
    usage: '<KeyJudgment likelihood="likely" confidence="moderate" p={[3]}>Statement.</KeyJudgment>',
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
    usage: '<Quote by="entity-id" p={4}>Words the person said.</Quote> (inline for a quote inside a sentence)',
  },
  // The chart components (<FigureChart>, <Timeline>, <LocatorMap>), each from its kind in src/charts/registry.ts.
  ...Object.fromEntries(Object.values(chartKinds).map((kind) => [kind.component.name, kind.component.contract])),
};
