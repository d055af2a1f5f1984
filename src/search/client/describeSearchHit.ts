import { formatDay } from '../../dates/formatPartialDate';
import { highlightTermsOf } from './highlightTermsOf';
import { matchSearchAlias } from './matchSearchAlias';
import { parseSearchAliases } from './parseSearchAliases';
import { withHighlight } from './withHighlight';

/** The fields of a Pagefind result the site reads (see SearchMeta for the metadata). */
export interface SearchResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: ReadonlyArray<{ title: string; url: string; excerpt: string }>;
}

/** A search result ready to show. `excerpt` is HTML from Pagefind (escaped, matches in `<mark>`); the rest is text. */
export interface SearchHit {
  url: string;
  title: string;
  /** What kind of page, and its date: "Briefing · 2 July 2024", "Person". */
  label: string;
  /** Pagefind's excerpt, or `undefined` when it holds no match and the summary says more. */
  excerpt?: string;
  /** Shown when there is no excerpt with a match. */
  summary?: string;
  /** Why a page matched a name it does not print: "Mentions Mara Ellison, also written “Elison”." */
  aliasNote?: string;
  /** Sections of the page with their own matches. */
  sections: Array<{ title: string; url: string; excerpt: string }>;
}

const maxSections = 2;

/** A section's excerpt starts with its heading when the match is near it; the link already shows the heading. */
function dropLeadingTitle(excerpt: string, title: string): string {
  return excerpt.startsWith(`${title}. `) ? excerpt.slice(title.length + 2) : excerpt;
}

/**
 * Turns a Pagefind result into what a results list shows. Links carry the query words for highlighting on the
 * target page; a page found only through an entity's other name says so, since its excerpt cannot show the match.
 *
 * @example
 * describeSearchHit({ url: '/briefings/x/', excerpt: 'Talks…', meta: { title: 'X', type: 'Briefing', date: '2026-01-30',
 *   aliases: 'Mara Ellison: Elison' } }, 'Elison')
 * // { url: '/briefings/x/?highlight=Elison', title: 'X', label: 'Briefing · 2 July 2024',
 * //   aliasNote: 'Mentions Mara Ellison, also written “Elison”.', … }
 */
export function describeSearchHit(data: SearchResultData, query: string): SearchHit {
  const terms = highlightTermsOf(query);
  const { meta } = data;
  const type = meta.type ?? 'Page';
  const kind = type === 'Entity' ? (meta.kind ?? 'Entity') : type;
  const label = meta.date && /^\d{4}-\d{2}-\d{2}$/.test(meta.date) ? `${kind} · ${formatDay(meta.date)}` : kind;
  const hasMatch = data.excerpt.includes('<mark>');
  const alias = meta.aliases ? matchSearchAlias(parseSearchAliases(meta.aliases), query) : undefined;
  const pageUrl = data.url.split('#')[0];
  const sections = (data.sub_results ?? [])
    // Sections of this page (not the page itself) with a match of their own that the page's excerpt does not show.
    .filter((section) => section.url.includes('#') && section.url.split('#')[0] === pageUrl)
    .filter((section) => section.excerpt.includes('<mark>') && section.excerpt !== data.excerpt)
    .slice(0, maxSections)
    .map((section) => ({ title: section.title, url: withHighlight(section.url, terms), excerpt: dropLeadingTitle(section.excerpt, section.title) }));
  return {
    url: withHighlight(data.url, terms),
    title: meta.title ?? data.url,
    label,
    excerpt: hasMatch || !meta.summary ? data.excerpt : undefined,
    summary: hasMatch ? undefined : meta.summary,
    aliasNote: alias ? `Mentions ${alias.name}, also written “${alias.alias}”.` : undefined,
    sections,
  };
}
