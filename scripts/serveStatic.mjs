// A small static file server for the built site, used by the browser tests, the PDF export, the search probe and
// the search benchmark. Astro's own `astro preview` allows one server per project, which breaks parallel runs; this
// one has no such lock. For the benchmark it can compress text as a production server would and count the bytes it
// sends, so the benchmark can say how much a query transfers. A site built for a sub-path
// (BRIEFBOOK_SITE=https://example.org/briefs/) is served under that base, as its host would.
//   node scripts/serveStatic.mjs [folder=dist] [port=4329] [base=/]
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};
/** Pagefind's index, fragment and wasm files are gzip-compressed already, so only text is compressed. */
const compressible = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt', '.csv']);

/**
 * Starts a server for `root` on 127.0.0.1 (`port` 0: any free port); resolves with the server once it listens.
 * The server also has `url`, and `count()`/`resetCount()` for the requests and bytes sent since the last reset.
 * `base` is the path the site is published under (`/briefs/`); nothing outside it is served. `gzip` compresses text
 * for clients that accept it; `extraPages` maps a path to HTML served from memory (the page
 * the search benchmark runs in).
 *
 * @example const server = await serveStatic('dist', 0, { gzip: true }); server.resetCount(); …; server.count() // { requests, bytes, log }
 * @param {string} root
 * @param {number} [port]
 * @param {{ base?: string, gzip?: boolean, extraPages?: Record<string, string> }} [options]
 * @returns {Promise<import('node:http').Server & { url: string, resetCount: () => void, count: () => { requests: number, bytes: number, log: Array<{ path: string, status: number, bytes: number }> } }>}
 */
export function serveStatic(root, port = 0, { base = '/', gzip = false, extraPages = {} } = {}) {
  const folder = path.resolve(root);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  let log = [];
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const pathname = decodeURIComponent(url.pathname);
    const send = (status, file, body) => {
      const extension = path.extname(file);
      const headers = { 'Content-Type': types[extension] ?? 'application/octet-stream' };
      if (gzip && compressible.has(extension) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
        const payload = gzipSync(body ?? readFileSync(file));
        response.writeHead(status, { ...headers, 'Content-Length': payload.length, 'Content-Encoding': 'gzip' }).end(payload);
        log.push({ path: pathname, status, bytes: payload.length });
        return;
      }
      const bytes = body ? body.length : statSync(file).size;
      response.writeHead(status, { ...headers, 'Content-Length': bytes });
      if (body) response.end(body);
      else createReadStream(file).pipe(response);
      log.push({ path: pathname, status, bytes });
    };
    if (extraPages[pathname]) return send(200, 'page.html', Buffer.from(extraPages[pathname]));
    if (`${url.pathname}/` === prefix) return response.writeHead(301, { Location: `${prefix}${url.search}` }).end();
    // Outside the base nothing is published: a host serves only the site's folder there.
    if (!pathname.startsWith(prefix)) return send(404, path.join(folder, '404.html'));
    let file = path.join(folder, pathname.slice(prefix.length - 1));
    if (!file.startsWith(folder)) return response.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!url.pathname.endsWith('/')) return response.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
      file = path.join(file, 'index.html');
    }
    const found = existsSync(file) && statSync(file).isFile();
    send(found ? 200 : 404, found ? file : path.join(folder, '404.html'));
  });
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolve(
        Object.assign(server, {
          url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`,
          resetCount: () => {
            log = [];
          },
          count: () => ({ requests: log.length, bytes: log.reduce((sum, entry) => sum + entry.bytes, 0), log: [...log] }),
        }),
      );
    }),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [root = 'dist', port = '4329', base = '/'] = process.argv.slice(2);
  await serveStatic(root, Number(port), { base });
  console.log(`Serving ${root} at http://127.0.0.1:${port}${base}`);
}
