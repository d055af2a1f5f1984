import type { APIRoute, GetStaticPaths } from 'astro';
import { listComparisons } from '../../../data/listComparisons';
import { compareKey, type CompareSpec } from '../../../charts/compare/spec';
import { loadBriefbook } from '../../../data/loadBriefbook';
import { compareCsvColumns, compareCsvRows, compareRecordOf } from '../../../downloads/compareRecord';
import { toCsv } from '../../../downloads/toCsv';

export const getStaticPaths = (async () => {
  const book = await loadBriefbook();
  return listComparisons(book).map((spec) => ({ params: { key: compareKey(spec) }, props: { spec } }));
}) satisfies GetStaticPaths;

/** A comparison as CSV, long format: one row per bar, with its sources' ids. */
export const GET: APIRoute = async ({ props }) => {
  const book = await loadBriefbook();
  const spec = props.spec as CompareSpec;
  const record = compareRecordOf(book, spec);
  return new Response(toCsv(compareCsvColumns, compareCsvRows(record)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
