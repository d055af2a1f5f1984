// A tiny static file server for a built site, for scripts that drive a browser against `dist/` (or a benchmark's
// output folder) without starting Astro. Optional gzip lets a measurement see the bytes a real static host sends.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { createGzip } from 'node:zlib';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};
/** Files that are worth compressing on the wire; Pagefind's own index files are already gzipped. */
const compressible = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.xml', '.txt']);

/**
 * Serves `root` on 127.0.0.1 (a free port unless one is given), resolving `/x/` to `/x/index.html` as static hosts do.
 *
 * @example
 * const server = await serveStatic({ root: 'dist', gzip: true });
 * console.log(server.url); // http://127.0.0.1:41234
 * await server.close();
 */
export async function serveStatic({ root, port = 0, gzip = false }) {
  const base = path.resolve(root);
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    let file = path.join(base, decodeURIComponent(pathname));
    if (!file.startsWith(base)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = path.join(file, 'index.html');
      statSync(file);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    const extension = path.extname(file);
    const headers = { 'content-type': types[extension] ?? 'application/octet-stream', 'cache-control': 'no-store' };
    const accepts = String(request.headers['accept-encoding'] ?? '').includes('gzip');
    if (gzip && accepts && compressible.has(extension)) {
      response.writeHead(200, { ...headers, 'content-encoding': 'gzip' });
      createReadStream(file).pipe(createGzip()).pipe(response);
    } else {
      response.writeHead(200, { ...headers, 'content-length': statSync(file).size });
      createReadStream(file).pipe(response);
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  return {
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`,
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}
