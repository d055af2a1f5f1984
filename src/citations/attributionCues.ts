import type { Corpus } from '../corpus/corpus';
import type { ContentProblem } from '../contentFiles/contentProblem';
import type { CitationData } from '../schemas/citation';
import { digestLineOf } from '../schemas/source';

/**
 * Words that say a claim is someone's, not a fact the source states: reporting verbs, hearsay, and the source's own
 * view. An entry whose text uses one while every citation says `stated` (the default) is probably mis-attributed.
 * Kept short on purpose: each cue must be rare in plain statements of fact, or the warning stops meaning anything.
 * The list is documented in docs/tradecraft.md.
 */
export const attributionCues: ReadonlyArray<{ cue: string; pattern: RegExp }> = [
  { cue: "in the article's view (or reading, assessment, judgement)", pattern: /\bin the [\p{L}-]+['’]s? (?:own )?(?:view|reading|assessment|judg(?:e)?ment)\b/iu },
  { cue: 'according to', pattern: /\baccording to\b/iu },
  { cue: 'reportedly', pattern: /\breportedly\b/iu },
  { cue: 'allegedly', pattern: /\balleged(?:ly)?\b/iu },
  { cue: 'analysts', pattern: /\banalysts?\b/iu },
  { cue: 'is said to', pattern: /\b(?:is|are|was|were) said to\b/iu },
  { cue: 'sources say', pattern: /\bsources (?:say|said|told)\b/iu },
  { cue: 'is believed to', pattern: /\b(?:is|are|was|were) believed to\b/iu },
];

/**
 * The cue words a text uses, as it writes them, in the order of the list.
 * @example findAttributionCues("In the article's view, Turkey has consolidated.") // ["In the article's view"]
 */
export function findAttributionCues(text: string): string[] {
  return attributionCues.flatMap(({ pattern }) => text.match(pattern)?.[0] ?? []);
}

type Citation = Pick<CitationData, 'attribution' | 'confirmedStated'> & { paragraphs: readonly number[] };
interface CueEntry {
  file: string;
  /** The text a reader sees for the entry, by the field it sits in. */
  texts: ReadonlyArray<{ field: string; text: string }>;
  citations: ReadonlyArray<{ field: string; citation: Citation }>;
}

/**
 * Warnings (never errors) for entries whose text says a claim is someone's while the citations behind it say the
 * source states it as fact. An entry with any `reported` or `analysis` citation is taken to have said whose claim it
 * is; otherwise each `stated` citation not marked `confirmedStated: true` is named once.
 *
 * @example
 * warnAttributionCues(corpus)
 * // [{ file: 'content/entities/turkey.yaml', field: 'citations[0]', message: 'The text says "In the article\'s view" (role), but this citation of ¶2, ¶15 says the source states it as fact …' }]
 */
export function warnAttributionCues(corpus: Pick<Corpus, 'entities' | 'figures' | 'events' | 'sources'>): ContentProblem[] {
  const entries: CueEntry[] = [
    ...corpus.entities.flatMap((entity) => {
      const { role, status } = entity.data;
      const main: CueEntry = {
        file: entity.filePath,
        texts: [{ field: 'role', text: role }],
        citations: entity.data.citations.map((citation, index) => ({ field: `citations[${index}]`, citation })),
      };
      if (!status) return [main];
      const statusEntry: CueEntry = {
        file: entity.filePath,
        texts: [{ field: 'status.label', text: status.label }],
        citations: status.citations.map((citation, index) => ({ field: `status.citations[${index}]`, citation })),
      };
      return [main, statusEntry];
    }),
    ...corpus.figures.map((figure) => ({
      file: figure.filePath,
      texts: [
        { field: 'label', text: figure.data.label },
        { field: 'definition', text: figure.data.definition },
      ],
      citations: figure.data.citations.map((citation, index) => ({ field: `citations[${index}]`, citation })),
    })),
    ...corpus.events.map((event) => ({
      file: event.filePath,
      texts: [
        { field: 'title', text: event.data.title },
        { field: 'summary', text: event.data.summary },
      ],
      citations: event.data.citations.map((citation, index) => ({ field: `citations[${index}]`, citation })),
    })),
    ...corpus.sources.flatMap((source) =>
      (source.data.digest ?? []).map((line, index) => {
        const entry = digestLineOf(line);
        return {
          file: source.filePath,
          texts: [{ field: `digest[${index}]`, text: entry.text }],
          citations: [{ field: `digest[${index}]`, citation: { paragraphs: [index + 1], attribution: entry.attribution ?? 'stated', confirmedStated: entry.confirmedStated } }],
        };
      }),
    ),
  ];

  const warnings: ContentProblem[] = [];
  for (const entry of entries) {
    if (entry.citations.some(({ citation }) => (citation.attribution ?? 'stated') !== 'stated')) continue;
    const cues = entry.texts.flatMap(({ field, text }) => findAttributionCues(text).map((cue) => `"${cue}" (${field})`));
    if (cues.length === 0) continue;
    for (const { field, citation } of entry.citations) {
      if (citation.confirmedStated) continue;
      warnings.push({
        file: entry.file,
        field,
        message: `The text says ${cues.join(', ')}, but ${field.startsWith('digest') ? 'this digest line' : `this citation of ¶${citation.paragraphs.join(', ¶')}`} says the source states it as fact (attribution: stated, the default). If the claim is the source's own reading, set attribution: analysis; if it passes on someone else's, attribution: reported with by: who${field.startsWith('digest') ? ' (write the line as { text, attribution, by })' : ''}. If the source does state it as fact, add confirmedStated: true.`,
      });
    }
  }
  return warnings;
}
