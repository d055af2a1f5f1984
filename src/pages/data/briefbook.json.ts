import type { APIRoute } from 'astro';
import { loadBriefbook } from '../../data/loadBriefbook';
import { buildBriefbookExport } from '../../downloads/buildBriefbookExport';
import { loadBook } from '../../book/loadBook';

/** Everything in the briefing book as one JSON file: sources, topics, briefings, figures, events, entities, places. */
export const GET: APIRoute = async () => Response.json(buildBriefbookExport(await loadBriefbook(), loadBook().title));
