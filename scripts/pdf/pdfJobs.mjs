// Which pages `npm run pdf` prints and the file each becomes, from the site's own routes (src/routing/routes.ts), so
// the pages' PDF slots, the printed pages and the files cannot drift apart.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** A route as a path inside dist/: the routes are read at the root base, so drop the leading slash. */
const inDist = (href) => href.replace(/^\//, '');

/**
 * Every page to print, as `{ route, pdf }` (the page's path inside dist/ and the PDF's file name): each built
 * briefing, the briefing book, and the book's later volumes when it is too long for one (src/routing/paginate.ts).
 *
 * @param {string} dist the built site
 * @param {typeof import('../../src/routing/routes').routes} routes the site's routes, at the root base
 * @example listPdfJobs('dist', routes) // [{ route: 'briefings/harbour-reopening/', pdf: 'harbour-reopening.pdf' }, …, { route: 'book/', pdf: 'briefing-book.pdf' }]
 */
export function listPdfJobs(dist, routes) {
  const built = (route) => existsSync(path.join(dist, route, 'index.html'));
  const briefingsDir = path.join(dist, inDist(routes.briefings()));
  const jobs = existsSync(briefingsDir)
    ? readdirSync(briefingsDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && built(inDist(routes.briefing(entry.name))))
        .map((entry) => ({ route: inDist(routes.briefing(entry.name)), pdf: path.posix.basename(routes.briefingPdf(entry.name)) }))
    : [];
  if (built(inDist(routes.book()))) jobs.push({ route: inDist(routes.book()), pdf: path.posix.basename(routes.bookPdf()) });
  for (let volume = 2; built(inDist(routes.bookVolume(volume))); volume += 1) {
    jobs.push({ route: inDist(routes.bookVolume(volume)), pdf: path.posix.basename(routes.bookVolumePdf(volume)) });
  }
  return jobs;
}

/** The folder of dist/ the PDFs are written to, where the pages' slots point (`routes.bookPdf()`). */
export const pdfFolderOf = (dist, routes) => path.join(dist, path.posix.dirname(inDist(routes.bookPdf())));
