import type { APIRoute } from 'astro';
import { loadBriefbook } from '../../data/loadBriefbook';
import { buildBriefbookExport } from '../../downloads/buildBriefbookExport';
import { loadBook } from '../../book/loadBook';

/** Every mapped place and facility as JSON. */
export const GET: APIRoute = async () => Response.json(buildBriefbookExport(await loadBriefbook(), loadBook().title).places);
