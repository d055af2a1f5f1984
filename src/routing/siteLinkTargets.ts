import { routes } from './routes';

/**
 * The fixed pages prose may link to by name with `<SiteLink to="…">`, so links follow the site's base path
 * and a renamed page breaks the build, not the reader's click.
 */
export const siteLinkTargets = {
  home: routes.home,
  briefings: routes.briefings,
  topics: routes.topics,
  entities: routes.entities,
  sources: routes.sources,
  'source-notes': routes.sourceNotes,
  about: routes.about,
  figures: routes.figures,
  timeline: routes.timeline,
  map: routes.map,
} as const;

export type SiteLinkTarget = keyof typeof siteLinkTargets;
