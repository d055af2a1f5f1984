import { defineMiddleware } from 'astro:middleware';
import { linkOnDemandFonts } from './fonts/onDemandFonts';
import { routes } from './routing/routes';
import onDemandFontsCss from './styles/fontsOnDemand.css?url';

/**
 * Every page is rendered through here, at build time and in `npm run dev`: a page that prints a letter of the
 * on-demand font subsets (docs/fonts.md) gets their stylesheet, and the others keep it out of their first view.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  const html = await response.text();
  const always = context.url.pathname === routes.search();
  return new Response(linkOnDemandFonts(html, onDemandFontsCss, { always }), { status: response.status, statusText: response.statusText, headers: response.headers });
});
