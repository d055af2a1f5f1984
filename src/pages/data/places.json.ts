import type { APIRoute } from 'astro';
import { loadBriefbook } from '../../data/loadBriefbook';
import { buildBriefbookExport } from '../../lib/buildBriefbookExport';
import { siteConfig } from '../../siteConfig';

/** Every mapped place and facility as JSON. */
export const GET: APIRoute = async () => Response.json(buildBriefbookExport(await loadBriefbook(), siteConfig.title).places);
