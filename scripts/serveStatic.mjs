// A small static file server for the built site, used by the browser tests and the PDF export. Astro's own
// `astro preview` allows one server per project, which breaks parallel runs; this one has no such lock.
//   node scripts/serveStatic.mjs [folder=dist] [port=4329] [base=/]
// A site built for a sub-path (BRIEFBOOK_SITE=https://example.org/briefs/) is served under that base, as its host would.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';

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

/** Starts a server for `root` at `base` (`/briefs/`); resolves with the server once it listens. */
export function serveStatic(root, port, base = '/') {
  const folder = path.resolve(root);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (`${url.pathname}/` === prefix) {
      response.writeHead(301, { Location: `${prefix}${url.search}` }).end();
      return;
    }
    // Outside the base nothing is published: a host serves only the site's folder there.
    const inside = url.pathname.startsWith(prefix);
    let file = inside ? path.join(folder, decodeURIComponent(url.pathname.slice(prefix.length - 1))) : path.join(folder, '\0outside');
    if (!file.startsWith(folder)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!url.pathname.endsWith('/')) {
        response.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      file = path.join(file, 'index.html');
    }
    const found = existsSync(file) && statSync(file).isFile();
    const served = found ? file : path.join(folder, '404.html');
    response.writeHead(found ? 200 : 404, { 'Content-Type': types[path.extname(served)] ?? 'application/octet-stream' });
    createReadStream(served).pipe(response);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [root = 'dist', port = '4329', base = '/'] = process.argv.slice(2);
  await serveStatic(root, Number(port), base);
  console.log(`Serving ${root} at http://127.0.0.1:${port}${base}`);
}
