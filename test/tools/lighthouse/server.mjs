// dist/ on localhost, gzip-compressed as any ordinary static host serves it, with two extra pages:
// a page of the same origin that is not the app (saved data is written there, so that no service
// worker or cached file from a first visit makes an audited load faster than it is), and the limit
// page: the built landing with its stylesheet and no script at all.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { createGzip, gzipSync } from 'node:zlib';

export const SEED_PATH = '/lighthouse-seed';
export const LIMIT_PATH = '/limit.html';
const dist = new URL('../../../dist/', import.meta.url).pathname;
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

/** The landing as the browser paints it before any script: every script and preload taken out. */
export function limitPage(html) {
  return html
    .replace(/<script[\s\S]*?<\/script>\s*/g, '')
    .replace(/<link rel="modulepreload"[^>]*>\s*/g, '')
    .replace(/<template[\s\S]*?<\/template>\s*/g, '');
}

export function serve() {
  const limit = limitPage(readFileSync(join(dist, 'index.html'), 'utf8'));
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const gzip = /gzip/.test(req.headers['accept-encoding'] ?? '');
    if (path === SEED_PATH) {
      res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>seed</title>');
      return;
    }
    if (path === LIMIT_PATH) {
      const headers = { 'content-type': TYPES['.html'], 'cache-control': 'no-cache' };
      if (gzip) res.writeHead(200, { ...headers, 'content-encoding': 'gzip' }).end(gzipSync(limit));
      else res.writeHead(200, headers).end(limit);
      return;
    }
    let file = normalize(join(dist, path));
    if (!file.startsWith(dist)) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void res.writeHead(404).end('Not found');
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const compress = gzip && !type.startsWith('image/png');
    res.writeHead(200, {
      'content-type': type,
      ...(compress ? { 'content-encoding': 'gzip' } : {}),
      // Hashed assets never change; everything else is checked each time, as a careful host would do.
      'cache-control': path.includes('/assets/')
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
    });
    const stream = createReadStream(file);
    (compress ? stream.pipe(createGzip()) : stream).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, origin: `http://localhost:${server.address().port}` }),
    ),
  );
}
