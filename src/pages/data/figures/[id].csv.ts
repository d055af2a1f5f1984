import type { APIRoute, GetStaticPaths } from 'astro';
import { loadBriefbook } from '../../../data/loadBriefbook';
import { figureCsvColumns, figureCsvRows, figureRecord } from '../../../downloads/figureRecord';
import { toCsv } from '../../../downloads/toCsv';

export const getStaticPaths = (async () => {
  const book = await loadBriefbook();
  return book.corpus.figures.map((figure) => ({ params: { id: figure.id } }));
}) satisfies GetStaticPaths;

/** One key figure as CSV: the stated value, then any derived value with its working. */
export const GET: APIRoute = async ({ params }) => {
  const book = await loadBriefbook();
  const record = figureRecord(book.figure(params.id!));
  return new Response(toCsv(figureCsvColumns, figureCsvRows(record)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
