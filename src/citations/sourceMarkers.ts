import type { ContentProblem } from '../contentFiles/contentProblem';

interface MarkedSource {
  id: string;
  filePath?: string;
  data: { shortTitle: string; marker?: string | undefined };
}

/**
 * The initials of a short title, as a marker label: "Quota review" → "QR", "Northport harbour report" → "NHR". At most
 * four, upper case; a title of one word gives its first two letters ("Reuters" → "RE").
 */
export function deriveMarker(shortTitle: string): string {
  const words = shortTitle.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 1) return words[0]!.slice(0, 2).toUpperCase();
  return words
    .map((word) => word[0]!)
    .join('')
    .slice(0, 4)
    .toUpperCase();
}

/**
 * Every source's marker label, distinct across the book: its own `marker`, else the initials of its `shortTitle`,
 * numbered from 2 when two derived labels (or a derived and a chosen one) would read alike. Book-wide rather than per
 * briefing, so that "QR" means the same source on every page.
 *
 * @example sourceMarkers([{ id: 'quota-review', data: { shortTitle: 'Quota review' } }, { id: 'ministry-statement', data: { shortTitle: 'Ministry statement' } }])
 * // Map { 'quota-review' => 'QR', 'ministry-statement' => 'MS' }
 */
export function sourceMarkers(sources: readonly MarkedSource[]): Map<string, string> {
  const known = computed.get(sources);
  if (known) return known;
  const labels = new Map<string, string>();
  const taken = new Set(sources.flatMap((source) => (source.data.marker ? [source.data.marker.toUpperCase()] : [])));
  for (const source of sources) {
    if (source.data.marker) {
      labels.set(source.id, source.data.marker);
      continue;
    }
    const derived = deriveMarker(source.data.shortTitle) || 'S';
    let label = derived;
    for (let count = 2; taken.has(label.toUpperCase()); count++) label = `${derived}${count}`;
    taken.add(label.toUpperCase());
    labels.set(source.id, label);
  }
  computed.set(sources, labels);
  return labels;
}

/** Every marker on every page asks for the book's labels; they are worked out once per list of sources. */
const computed = new WeakMap<readonly MarkedSource[], Map<string, string>>();

/** Two sources may not choose the same `marker`: their citations could not be told apart. */
export function checkSourceMarkers(sources: readonly MarkedSource[]): ContentProblem[] {
  const firstWith = new Map<string, MarkedSource>();
  const problems: ContentProblem[] = [];
  for (const source of sources) {
    if (!source.data.marker) continue;
    const key = source.data.marker.toUpperCase();
    const first = firstWith.get(key);
    if (first) {
      problems.push({
        file: source.filePath ?? source.id,
        field: 'marker',
        message: `The marker "${source.data.marker}" is also the marker of source "${first.id}", so their ¶ markers would read alike in a briefing citing both. Expected a marker of its own, e.g. ${deriveMarker(source.data.shortTitle)}.`,
      });
    } else firstWith.set(key, source);
  }
  return problems;
}
