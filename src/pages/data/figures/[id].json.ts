import type { APIRoute, GetStaticPaths } from 'astro';
import { loadBriefbook } from '../../../data/loadBriefbook';
import { figureRecord } from '../../../downloads/figureRecord';

export const getStaticPaths = (async () => {
  const book = await loadBriefbook();
  return book.corpus.figures.map((figure) => ({ params: { id: figure.id } }));
}) satisfies GetStaticPaths;

/** One key figure as JSON, with its citations and derived values. */
export const GET: APIRoute = async ({ params }) => {
  const book = await loadBriefbook();
  return Response.json(figureRecord(book.figure(params.id!)));
};
