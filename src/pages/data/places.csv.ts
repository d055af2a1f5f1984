import type { APIRoute } from 'astro';
import { loadBriefbook } from '../../data/loadBriefbook';
import { buildBriefbookExport } from '../../downloads/buildBriefbookExport';
import { placeCsvColumns, placeCsvRow } from '../../downloads/placeRecord';
import { toCsv } from '../../downloads/toCsv';
import { loadBook } from '../../book/loadBook';

/** Every mapped place and facility as CSV. */
export const GET: APIRoute = async () => {
  const { places } = buildBriefbookExport(await loadBriefbook(), loadBook().title);
  return new Response(toCsv(placeCsvColumns, places.map(placeCsvRow)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
