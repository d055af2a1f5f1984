/**
 * What belongs to the product, the same for every briefing book it builds. A book's own identity (title,
 * description, publisher, marking, language, map focus) lives in `book.yaml` at its content root (see
 * src/schemas/book.ts and src/book/loadBook.ts); the site's address comes from BRIEFBOOK_SITE (src/config/env.ts).
 */
export const siteConfig = {
  /** The product, shown small in the header. */
  generator: 'Briefbook',
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
