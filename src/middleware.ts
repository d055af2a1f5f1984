import { defineMiddleware } from 'astro:middleware';
import { linkOnDemandFonts } from './fonts/onDemandFonts';
import { routes } from './routing/routes';
import { hasPagefindBody } from './search/build/hasPagefindBody';
import { separateBlocks } from './search/build/separateBlocks';
import onDemandFontsCss from './styles/fontsOnDemand.css?url';

const utf8 = new TextDecoder();

/**
 * Every page is rendered through here, at build time and in `npm run dev`: a page that prints a letter of the
 * on-demand font subsets (docs/fonts.md) gets their stylesheet, and the others keep it out of their first view. A
 * searchable page gets the spaces Pagefind needs to keep cells and blocks apart (separateBlocks), so that the search
 * pass can let Pagefind read the built page from disk as it is.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  // The page's own bytes go out again unless it changed: a book volume (megabytes) needs neither a link nor spaces,
  // and encoding every page back into UTF-8 after reading it cost about a second of a 1,000-note build.
  const bytes = new Uint8Array(await response.arrayBuffer());
  const html = utf8.decode(bytes);
  const always = context.url.pathname === routes.search();
  const linked = linkOnDemandFonts(html, onDemandFontsCss, { always });
  const page = hasPagefindBody(linked) ? separateBlocks(linked) : linked;
  return new Response(page === html ? bytes : page, { status: response.status, statusText: response.statusText, headers: response.headers });
});
