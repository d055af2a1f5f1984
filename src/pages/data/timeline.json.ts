import type { APIRoute } from 'astro';
import { loadBriefbook } from '../../data/loadBriefbook';
import { listEventRecords } from '../../downloads/buildBriefbookExport';

/** Every event of the timeline as JSON, in date order. */
export const GET: APIRoute = async () => Response.json(listEventRecords(await loadBriefbook()));
