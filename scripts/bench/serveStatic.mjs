// A small static file server for the search benchmark. It compresses text as a production server would, and counts
// the bytes it sends, so the benchmark can say how much a query transfers.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};
/** Pagefind's index, fragment and wasm files are gzip-compressed already, so only text is compressed here. */
const compressible = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt']);

/**
 * Serves `dir` on 127.0.0.1 at a free port. `extraPages` maps a path to HTML served from memory (the page the
 * search benchmark runs in).
 *
 * @example const server = await serveStatic('dist'); server.resetCount(); …; server.count() // { requests, bytes }
 */
export async function serveStatic(siteDir, { extraPages = {} } = {}) {
  const dir = path.resolve(siteDir);
  let requests = [];
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const pathname = decodeURIComponent(url.pathname);
    const send = (status, body, type) => {
      const gzip = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '') && compressible.has(type.ext);
      const payload = gzip ? gzipSync(body) : body;
      response.writeHead(status, {
        'Content-Type': contentTypes[type.ext] ?? 'application/octet-stream',
        'Content-Length': payload.length,
        ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
      });
      response.end(payload);
      requests.push({ path: pathname, status, bytes: payload.length });
    };
    if (extraPages[pathname]) return send(200, Buffer.from(extraPages[pathname]), { ext: '.html' });
    let file = path.join(dir, pathname);
    if (!file.startsWith(dir)) return send(403, Buffer.from('Forbidden'), { ext: '.txt' });
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!existsSync(file)) return send(404, Buffer.from('Not found'), { ext: '.txt' });
    const ext = path.extname(file);
    if (compressible.has(ext)) return send(200, readFileSync(file), { ext });
    const size = statSync(file).size;
    response.writeHead(200, { 'Content-Type': contentTypes[ext] ?? 'application/octet-stream', 'Content-Length': size });
    createReadStream(file).pipe(response);
    requests.push({ path: pathname, status: 200, bytes: size });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    resetCount: () => {
      requests = [];
    },
    count: () => ({ requests: requests.length, bytes: requests.reduce((sum, entry) => sum + entry.bytes, 0), log: [...requests] }),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
