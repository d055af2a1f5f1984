import type { APIRoute, GetStaticPaths } from 'astro';
import { loadBriefbook } from '../../../data/loadBriefbook';
import { figureCsv, figureRecord } from '../../../downloads/figureRecord';

export const getStaticPaths = (async () => {
  const book = await loadBriefbook();
  return book.corpus.figures.map((figure) => ({ params: { id: figure.id } }));
}) satisfies GetStaticPaths;

/**
 * One key figure as CSV: the stated value, then any derived value with its working; a figure kept as observations
 * gets one row per reading instead (long format), each with its source ids.
 */
export const GET: APIRoute = async ({ params }) => {
  const book = await loadBriefbook();
  const record = figureRecord(book.figure(params.id!));
  return new Response(figureCsv(record), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
