import { judgmentAnchor, updateAnchor } from '../editions/anchors';
import { withBase } from './withBase';

/** Page `page` of a paged listing at `path`: page 1 is the listing's own address, later ones `<path>page/<n>/`. */
const paged = (path: string, page: number, segment = 'page') => (page <= 1 ? withBase(path) : withBase(`${path}${segment}/${page}/`));

/** The one place that knows the URL of each kind of page, so links and routes cannot drift apart. */
export const routes = {
  home: () => withBase(''),
  briefings: () => withBase('briefings/'),
  /** Page `page` of the briefings index (page 1 is the index itself). */
  briefingsPage: (page: number) => paged('briefings/', page),
  briefing: (id: string) => withBase(`briefings/${id}/`),
  /** An update of a briefing, in the list of updates on its page; `number` counts from 1. */
  briefingUpdate: (id: string, number: number) => withBase(`briefings/${id}/#${updateAnchor(number)}`),
  /** A key judgment of a briefing, on its page; `number` counts from 1. */
  briefingJudgment: (id: string, number: number) => withBase(`briefings/${id}/#${judgmentAnchor(number)}`),
  /** Every update and judgment revision in the book, newest first. */
  changes: () => withBase('changes/'),
  /** Page `page` of the changes (page 1 is the changes page itself). */
  changesPage: (page: number) => paged('changes/', page),
  topics: () => withBase('topics/'),
  /** Page `page` of the topics index (page 1 is the index itself). */
  topicsPage: (page: number) => paged('topics/', page),
  topic: (id: string) => withBase(`topics/${id}/`),
  /** Page `page` of a topic's briefings (page 1 is the topic page itself). */
  topicPage: (id: string, page: number) => paged(`topics/${id}/`, page),
  entities: () => withBase('entities/'),
  /** Page `page` of the entities index (page 1 is the index itself). */
  entitiesPage: (page: number) => paged('entities/', page),
  entity: (id: string) => withBase(`entities/${id}/`),
  /** Page `page` of the briefings that concern an entity (page 1 is the entity page itself). */
  entityPage: (id: string, page: number) => paged(`entities/${id}/`, page),
  sources: () => withBase('sources/'),
  /** Page `page` of the sources index (page 1 is the index itself). */
  sourcesPage: (page: number) => paged('sources/', page),
  source: (id: string) => withBase(`sources/${id}/`),
  sourceParagraph: (id: string, paragraph: number) => withBase(`sources/${id}/#p${paragraph}`),
  sourceNotes: () => withBase('source-notes/'),
  about: () => withBase('about/'),
  figures: () => withBase('figures/'),
  /** Page `page` of the key-figures index (page 1 is the index itself). */
  figuresPage: (page: number) => paged('figures/', page),
  /** A figure's card on the key-figures index; `page` from `entryPagesOf(book).figurePage` (pagedListings.ts). */
  figure: (id: string, page = 1) => `${paged('figures/', page)}#${id}`,
  timeline: () => withBase('timeline/'),
  /** Page `page` of the timeline (page 1 is the timeline itself). */
  timelinePage: (page: number) => paged('timeline/', page),
  /** An event's row on the timeline; `page` from `entryPagesOf(book).timelinePage` (pagedListings.ts). */
  timelineEvent: (id: string, page = 1) => `${paged('timeline/', page)}#${id}`,
  map: () => withBase('map/'),
  mapPlace: (id: string) => withBase(`map/#place-${id}`),
  /** Downloads: `data/briefbook.json`, `data/timeline.csv`, `data/figures/<id>.json`, `data/charts/<key>.svg`… */
  data: (file: string) => withBase(`data/${file}`),
  search: () => withBase('search/'),
  book: () => withBase('book/'),
  /** Where `npm run pdf` writes a briefing's PDF; pages link to it only once the file exists. */
  briefingPdf: (id: string) => withBase(`pdf/${id}.pdf`),
  bookPdf: () => withBase('pdf/briefing-book.pdf'),
  /** Volume `volume` of a book too long for one document (volume 1 is the book page itself). */
  bookVolume: (volume: number) => paged('book/', volume, 'volume'),
  bookVolumePdf: (volume: number) => (volume <= 1 ? withBase('pdf/briefing-book.pdf') : withBase(`pdf/briefing-book-volume-${volume}.pdf`)),
  rss: () => withBase('rss.xml'),
};
