import type { APIRoute, GetStaticPaths } from 'astro';
import { listComparisons } from '../../../data/listComparisons';
import { compareKey, type CompareSpec } from '../../../charts/compare/spec';
import { loadBriefbook } from '../../../data/loadBriefbook';
import { compareRecordOf } from '../../../downloads/compareRecord';

export const getStaticPaths = (async () => {
  const book = await loadBriefbook();
  return listComparisons(book).map((spec) => ({ params: { key: compareKey(spec) }, props: { spec } }));
}) satisfies GetStaticPaths;

/** A comparison as JSON: what each bar shows, and every compared figure's record with all its readings. */
export const GET: APIRoute = async ({ props }) => {
  const book = await loadBriefbook();
  const spec = props.spec as CompareSpec;
  return Response.json(compareRecordOf(book, spec));
};
