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
  if (!response.headers.get('content-type')?.includes('text/html') || !response.body) return response;
  // The page's own bytes go out again unless a link or a space is added: most pages need neither. They are tested as
  // bytes (read as latin1, which keeps every byte as one character), not decoded: decoding every page (book volumes of
  // megabytes) into a string and encoding it back cost about a second of a 1,000-note build.
  const bytes = await readBody(response.body);
  const page = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const linked = linkOnDemandFontsInLatin1(page, onDemandFontsCss, { always: context.url.pathname === routes.search() });
  // A searchable page gets the spaces Pagefind needs (separateBlocks), so that the search pass can let Pagefind read
  // it from disk as it is.
  const finished = hasPagefindBody(linked) ? separateBlocksInLatin1(linked) : linked;
  const body = finished === page ? bytes : new Uint8Array(Buffer.from(finished, 'latin1'));
  return new Response(streamOf(body), { status: response.status, statusText: response.statusText, headers: response.headers });
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

