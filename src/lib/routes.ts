import { withBase } from './withBase';

/** The one place that knows the URL of each kind of page, so links and routes cannot drift apart. */
export const routes = {
  home: () => withBase(''),
  briefings: () => withBase('briefings/'),
  briefing: (id: string) => withBase(`briefings/${id}/`),
  topics: () => withBase('topics/'),
  topic: (id: string) => withBase(`topics/${id}/`),
  entities: () => withBase('entities/'),
  entity: (id: string) => withBase(`entities/${id}/`),
  sources: () => withBase('sources/'),
  source: (id: string) => withBase(`sources/${id}/`),
  sourceParagraph: (id: string, paragraph: number) => withBase(`sources/${id}/#p${paragraph}`),
  sourceNotes: () => withBase('source-notes/'),
  about: () => withBase('about/'),
  figures: () => withBase('figures/'),
  figure: (id: string) => withBase(`figures/#${id}`),
  timeline: () => withBase('timeline/'),
  timelineEvent: (id: string) => withBase(`timeline/#${id}`),
  map: () => withBase('map/'),
  mapPlace: (id: string) => withBase(`map/#place-${id}`),
  /** Downloads: `data/briefbook.json`, `data/timeline.csv`, `data/figures/<id>.json`, `data/charts/<key>.svg`… */
  data: (file: string) => withBase(`data/${file}`),
  search: () => withBase('search/'),
  book: () => withBase('book/'),
  /** Where `npm run pdf` writes a briefing's PDF; pages link to it only once the file exists. */
  briefingPdf: (id: string) => withBase(`pdf/${id}.pdf`),
  bookPdf: () => withBase('pdf/briefing-book.pdf'),
  rss: () => withBase('rss.xml'),
};
