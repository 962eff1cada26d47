// What the browser tests (harness.mjs) and the browser benchmarks (bench/) both need, with no
// environment of their own: Chromium's flags on these machines and a local static server.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

// The flags the probe proved on these machines: software WebGL2, and no background traffic of
// Chromium's own that would hit the closed network.
export const chromiumArgs = [
  '--headless', '--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
];

const mimeTypes = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.json': 'application/json', '.png': 'image/png',
};

// Serves each folder of `roots` under its prefix ({'/': dist} or {'/app/': dist, …}), with no
// caching, on a free port of 127.0.0.1; `pages` maps a path ('/parent.html') to a page held in
// memory, served instead of (or beside) the folders' files. Resolves to { server, origin }.
export async function serveFolders(roots, pages = {}) {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const prefix = Object.keys(roots).find((p) => path.startsWith(p));
    try {
      const page = pages[path];
      if (page === undefined && prefix === undefined) throw new Error('outside');
      const body = page !== undefined ? page : await readFile(join(roots[prefix], path.slice(prefix.length) || 'index.html'));
      response.writeHead(200, { 'Content-Type': mimeTypes[extname(path)] || 'application/octet-stream', 'Cache-Control': 'no-store' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}
