// What the browser bench scripts (run.mjs, profile_load.mjs) share: their arguments, Chromium as the
// browser tests launch it, the generated tickets file, and a local server for the pages
// (../local_server.mjs, as the browser tests').
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, serveFolders } from '../local_server.mjs';

export { chromiumArgs };

export const here = dirname(fileURLToPath(import.meta.url));
export const repo = resolve(here, '../../..');
export const gen = join(repo, 'build/native/tests/carescore-gen');

// --name VALUE from the command line, else `fallback`.
export const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};

// carescore-gen's tickets CSV of `rows` rows in `dataDir`, generated once, read into the page cache.
export function ticketsFile(rows, dataDir) {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, `tickets_${rows}.csv`);
  if (!existsSync(path)) execFileSync(gen, ['--kind', 'tickets', '--rows', String(rows), '--output', path], { stdio: 'ignore' });
  readFileSync(path);  // into the page cache, as for every contender
  return path;
}

// Serves each folder of `roots` under its prefix ('/app/' → a folder): { server, origin }.
export const serve = (roots) => serveFolders(roots);
