// What the browser bench scripts (run.mjs, profile_load.mjs) share: their arguments, Chromium as the
// browser tests launch it, the generated tickets file, and a local server for the pages.
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const here = dirname(fileURLToPath(import.meta.url));
export const repo = resolve(here, '../../..');
export const gen = join(repo, 'build/native/tests/carescore-gen');

// --name VALUE from the command line, else `fallback`.
export const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};

// The same flags as the browser tests (harness.mjs).
export const chromiumArgs = [
  '--headless', '--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
];

// carescore-gen's tickets CSV of `rows` rows in `dataDir`, generated once, read into the page cache.
export function ticketsFile(rows, dataDir) {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, `tickets_${rows}.csv`);
  if (!existsSync(path)) execFileSync(gen, ['--kind', 'tickets', '--rows', String(rows), '--output', path], { stdio: 'ignore' });
  readFileSync(path);  // into the page cache, as for every contender
  return path;
}

const mimeTypes = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.json': 'application/json', '.png': 'image/png' };

// Serves each folder of `roots` under its prefix ('/app/' → a folder), with no caching, on a free
// local port: { server, origin }.
export async function serve(roots) {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
    const prefix = Object.keys(roots).find((p) => path.startsWith(p));
    try {
      if (!prefix) throw new Error('outside');
      const body = await readFile(join(roots[prefix], path.slice(prefix.length) || 'index.html'));
      response.writeHead(200, { 'Content-Type': mimeTypes[extname(path)] || 'application/octet-stream', 'Cache-Control': 'no-store' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}
