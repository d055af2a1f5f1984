import { defineMiddleware } from 'astro:middleware';
import { linkOnDemandFonts } from './fonts/onDemandFonts';
import { routes } from './routing/routes';
import onDemandFontsCss from './styles/fontsOnDemand.css?url';

const utf8 = new TextDecoder();

/**
 * Every page is rendered through here, at build time and in `npm run dev`: a page that prints a letter of the
 * on-demand font subsets (docs/fonts.md) gets their stylesheet, and the others keep it out of their first view.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  // The page's own bytes go out again unless a link is added: most pages need none, and encoding every page (book
  // volumes of megabytes) back into UTF-8 after reading it cost about a second of a 1,000-note build.
  const bytes = new Uint8Array(await response.arrayBuffer());
  const html = utf8.decode(bytes);
  const always = context.url.pathname === routes.search();
  const linked = linkOnDemandFonts(html, onDemandFontsCss, { always });
  return new Response(linked === html ? bytes : linked, { status: response.status, statusText: response.statusText, headers: response.headers });
});
