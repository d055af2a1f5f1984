import type { APIRoute } from 'astro';
import { loadBriefbook } from '../../data/loadBriefbook';
import { listEventRecords } from '../../downloads/buildBriefbookExport';
import { eventCsvColumns, eventCsvRow } from '../../downloads/eventRecord';
import { toCsv } from '../../downloads/toCsv';

/** Every event of the timeline as CSV, in date order. */
export const GET: APIRoute = async () => {
  const book = await loadBriefbook();
  return new Response(toCsv(eventCsvColumns, listEventRecords(book).map(eventCsvRow)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
