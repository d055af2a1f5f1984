/**
 * Settings an editor changes per briefing book. The site URL comes from astro.config.mjs (`site`), which
 * reads BRIEFBOOK_SITE so a deployment can set it without editing code.
 */
export const siteConfig = {
  /** The product, shown small in the header. */
  generator: 'Briefbook',
  /** The briefing book's title. */
  title: 'Syria after Assad: the Moscow talks',
  /** One sentence for the home page, feeds and link previews. */
  description:
    'Briefing notes on the January 2026 talks between Syria’s interim president and Vladimir Putin: Russia’s bases, Damascus’s demands, the north-east and the regional balance.',
  /** The handling marking printed on every page and on the briefing book's cover. */
  marking: process.env.BRIEFBOOK_MARKING ?? 'Open source — unclassified',
  /** Who issues the book, for the footer and feeds. */
  publisher: 'Briefbook sample briefing book',
  lang: 'en-GB',
  /** The country locator maps are fitted to, as world-atlas (Natural Earth) names it. */
  mapFocus: 'Syria',
} as const;

export interface NavItem {
  label: string;
  href: string;
}

/** The header's navigation, in order. Paths are relative to the site's base. */
export const navigation: NavItem[] = [
  { label: 'Briefings', href: 'briefings/' },
  { label: 'Topics', href: 'topics/' },
  { label: 'Figures', href: 'figures/' },
  { label: 'Timeline', href: 'timeline/' },
  { label: 'Map', href: 'map/' },
  { label: 'Entities', href: 'entities/' },
  { label: 'Sources', href: 'sources/' },
  { label: 'Book', href: 'book/' },
  { label: 'About', href: 'about/' },
];
