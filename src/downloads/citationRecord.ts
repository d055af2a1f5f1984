import type { Attribution } from '../schemas/attribution';

/** A citation in a download: the source, its paragraphs, and whose claim it is there, as the pages say it. */
export interface CitationRecord {
  source: string;
  paragraphs: number[];
  /** `stated`, `reported` or `analysis`, as in the content. */
  attribution: Attribution;
  /** Who the source reports the claim from, for `reported`; null otherwise. */
  by: string | null;
  /** Admiralty credibility 1–6 of the claim, when the author gave one. */
  credibility: number | null;
}

type CitationInput = { source: { id: string }; paragraphs: readonly number[]; attribution?: Attribution; by?: string | undefined; credibility?: number | undefined };

/** @example citationRecord({ source: { id: 's' }, paragraphs: [5], attribution: 'reported', by: 'analysts' }) // { source: 's', paragraphs: [5], attribution: 'reported', by: 'analysts', credibility: null } */
export function citationRecord(citation: CitationInput): CitationRecord {
  return {
    source: citation.source.id,
    paragraphs: [...citation.paragraphs],
    attribution: citation.attribution ?? 'stated',
    by: citation.by ?? null,
    credibility: citation.credibility ?? null,
  };
}

/**
 * The citation cells of a CSV row, one entry per citation in each, joined by "; " so they line up:
 * `paragraphs` "2 15; 3" and `attribution` "stated; reported by analysts".
 */
export function citationCsvCells(citations: readonly CitationRecord[]): { source: string; paragraphs: string; attribution: string } {
  return {
    source: citations.map((citation) => citation.source).join(' '),
    paragraphs: citations.map((citation) => citation.paragraphs.join(' ')).join('; '),
    attribution: citations
      .map((citation) => (citation.attribution === 'reported' ? `reported by ${citation.by ?? 'unnamed sources'}` : citation.attribution) + (citation.credibility ? ` (credibility ${citation.credibility})` : ''))
      .join('; '),
  };
}
