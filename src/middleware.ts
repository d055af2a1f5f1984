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
  if (!response.headers.get('content-type')?.includes('text/html') || !response.body) return response;
  // The page's own bytes go out again unless a link is added: most pages need none. They are tested as bytes, not
  // decoded: decoding every page (book volumes of megabytes) into a string and encoding it back cost about a second
  // of a 1,000-note build.
  const bytes = await readBody(response.body);
  const always = context.url.pathname === routes.search();
  const linked = linkOnDemandFontsInBytes(bytes, onDemandFontsCss, { always });
  return new Response(streamOf(linked), { status: response.status, statusText: response.statusText, headers: response.headers });
});

/**
 * A body's bytes as they come: a page arrives in one chunk, which is taken as it is. `arrayBuffer()` copies it twice
 * more, and a Response made from bytes copies them twice again, where one made from a stream takes the chunk.
 */
async function readBody(body: ReadableStream<Uint8Array<ArrayBuffer>>): Promise<Uint8Array<ArrayBuffer>> {
  const reader = body.getReader();
  const chunks: Array<Uint8Array<ArrayBuffer>> = [];
  for (let read = await reader.read(); !read.done; read = await reader.read()) chunks.push(read.value);
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
}

function streamOf(bytes: Uint8Array<ArrayBuffer>): ReadableStream<Uint8Array<ArrayBuffer>> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}
