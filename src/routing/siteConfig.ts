import { routes } from './routes';

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
  /** The page's URL, from `routes` (src/routing/routes.ts), which alone knows where each page lives. */
  href: () => string;
}

/** The header's navigation, in order. */
export const navigation: NavItem[] = [
  { label: 'Briefings', href: routes.briefings },
  { label: 'Changes', href: routes.changes },
  { label: 'Topics', href: routes.topics },
  { label: 'Figures', href: routes.figures },
  { label: 'Timeline', href: routes.timeline },
  { label: 'Map', href: routes.map },
  { label: 'Entities', href: routes.entities },
  { label: 'Sources', href: routes.sources },
  { label: 'Book', href: routes.book },
  { label: 'About', href: routes.about },
];
