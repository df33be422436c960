// A static file server for the built dist/, for end-to-end tests and benchmarks.
// Serves with a strict Content-Security-Policy when asked, and lets tests add host pages.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.ftl': 'text/plain; charset=utf-8',
};

export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

/**
 * Starts a server on 127.0.0.1 (a free port) serving `root`.
 * `pages` maps extra paths to HTML strings (hostile host pages, multi-instance pages...);
 * `files` maps extra paths to other contents (a host stylesheet...), typed by extension.
 * `headers` are added to every response (the benchmark's Cache-Control, say).
 * The returned `requests` lists every path asked for, in order (the browser's own favicon
 * request included, which the page's request events do not show).
 */
export async function serve(root, { csp = null, pages = {}, files = {}, headers: extra = {} } = {}) {
  const base = resolve(root);
  const requests = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    requests.push(url.pathname);
    const headers = { ...extra };
    if (csp) headers['Content-Security-Policy'] = csp;
    let path;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400, headers).end('bad path');
      return;
    }
    if (pages[path] !== undefined) {
      res.writeHead(200, { ...headers, 'Content-Type': TYPES['.html'] });
      res.end(pages[path]);
      return;
    }
    if (files[path] !== undefined) {
      res.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(path)] || 'text/plain' });
      res.end(files[path]);
      return;
    }
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(base, path));
    if (!file.startsWith(base + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      await stat(file);
      const body = await readFile(file);
      res.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file)] || 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, headers).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((ok) => {
      server.close(ok);
      server.closeAllConnections?.();
    }),
  };
}
