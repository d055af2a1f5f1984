import { defineMiddleware } from 'astro:middleware';
import { linkOnDemandFontsInLatin1 } from './fonts/onDemandFonts';
import { routes } from './routing/routes';
import { hasPagefindBody } from './search/build/hasPagefindBody';
import { separateBlocksInLatin1 } from './search/build/separateBlocks';
import onDemandFontsCss from './styles/fontsOnDemand.css?url';

/**
 * Every page is rendered through here, at build time and in `npm run dev`: a page that prints a letter of the
 * on-demand font subsets (docs/fonts.md) gets their stylesheet, and the others keep it out of their first view. A
 * searchable page gets the spaces Pagefind needs to keep cells and blocks apart (separateBlocks), so that the search
 * pass can let Pagefind read the built page from disk as it is.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  // The page's own bytes go out again unless a link or a space is added: most pages need neither. They are tested as
  // bytes (read as latin1, which keeps every byte as one character), not decoded: decoding every page (book volumes of
  // megabytes) into a string and encoding it back cost about a second of a 1,000-note build. The body is read with
  // arrayBuffer() and handed on as bytes, not as a stream: a stream saved two copies of each page but raised the peak
  // memory of a 3,000-note build from 2.6 GB to 3.4 GB.
  const bytes = new Uint8Array(await response.arrayBuffer());
  const page = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const linked = linkOnDemandFontsInLatin1(page, onDemandFontsCss, { always: context.url.pathname === routes.search() });
  const finished = hasPagefindBody(linked) ? separateBlocksInLatin1(linked) : linked;
  const body = finished === page ? bytes : new Uint8Array(Buffer.from(finished, 'latin1'));
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
});
