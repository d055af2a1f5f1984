/** Which source a citation in a briefing refers to, or why that cannot be told. */
export type SourceResolution = { sourceId: string; problem?: undefined } | { sourceId?: undefined; problem: string };

/**
 * The one rule for a citation in a briefing (`<Cite>`, `<Quote>`, `<KeyJudgment>`): `source="…"` must be one of
 * the briefing's own `sources`; without it, the citation means the briefing's source when it lists exactly one,
 * and must name one when it lists several. The content check (validateCorpus), the briefing's notes
 * (listBriefingCitations) and the components that render citations all ask this function, so that what the
 * check accepts is what the build renders. How many sources the whole book has plays no part.
 *
 * @example resolveCitationSource(undefined, ['talks-2026']) // { sourceId: 'talks-2026' }
 * @example resolveCitationSource(undefined, ['a', 'b']) // { problem: 'This briefing lists 2 sources (a, b), so …' }
 */
export function resolveCitationSource(given: string | undefined, briefingSources: readonly string[]): SourceResolution {
  if (given !== undefined) {
    return briefingSources.includes(given)
      ? { sourceId: given }
      : { problem: `Source "${given}" is not listed in this briefing's \`sources\`. Expected one of ${briefingSources.join(', ')}.` };
  }
  if (briefingSources.length === 1) return { sourceId: briefingSources[0]! };
  return {
    problem: `This briefing lists ${briefingSources.length} sources (${briefingSources.join(', ')}), so the citation must say which, e.g. source="${briefingSources[0]}".`,
  };
}
