import { defineMiddleware } from 'astro:middleware';
import { linkOnDemandFontsInBytes } from './fonts/onDemandFonts';
import { routes } from './routing/routes';
import onDemandFontsCss from './styles/fontsOnDemand.css?url';

/**
 * Every page is rendered through here, at build time and in `npm run dev`: a page that prints a letter of the
 * on-demand font subsets (docs/fonts.md) gets their stylesheet, and the others keep it out of their first view.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  // The page's own bytes go out again unless a link is added: most pages need none. They are tested as bytes, not
  // decoded: decoding every page (book volumes of megabytes) into a string and encoding it back cost about a second
  // of a 1,000-note build.
  const bytes = new Uint8Array(await response.arrayBuffer());
  const always = context.url.pathname === routes.search();
  const linked = linkOnDemandFontsInBytes(bytes, onDemandFontsCss, { always });
  return new Response(linked, { status: response.status, statusText: response.statusText, headers: response.headers });
});
