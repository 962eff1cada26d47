// The browser benchmark: CareScore against the floor and the in-browser peers, in headless Debian
// Chromium as the browser tests launch it, on carescore-gen's tickets CSV. A program that prints a
// table, not a test. From the repository root, after the native and web builds:
//   node tests/browser/bench/run.mjs [--rows 100000,1000000] [--runs 3] [--contenders floor,carescore,udsv,papa,duckdb] [--dist DIR]
// Each run is a fresh browser: the page is ready (module compiled, DuckDB instantiated) before the
// file is chosen; the time runs from the input's 'change' event to the contender's result.
// Peak memory is VmHWM of this browser's renderer process(es), read from /proc after the run.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { arg, chromiumArgs, gen, here, repo, serve, ticketsFile } from './bench_common.mjs';

const rowCounts = arg('rows', '100000,1000000').split(',').map(Number);
const runs = Number(arg('runs', '3'));
const contenders = arg('contenders', 'floor,floor-worker,carescore,udsv,papa,duckdb').split(',');
const dataDir = arg('data', join(repo, 'build/bench-data'));
const dist = resolve(repo, arg('dist', 'build/web/dist'));  // another build of the page, to compare
for (const need of [gen, ...(contenders.includes('carescore') ? [join(dist, 'index.html')] : [])])
  if (!existsSync(need)) throw new Error(`${need} is missing: build the native and web presets first`);

const roots = { '/app/': dist, '/bench/': here, '/node_modules/': join(here, '../node_modules') };
const { server, origin } = await serve(roots);

// Processes descended from this node process whose command line says --type=renderer.
function rendererPeakMb() {
  const parent = new Map(), cmd = new Map();
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      parent.set(pid, readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')[1]);
      cmd.set(pid, readFileSync(`/proc/${pid}/cmdline`, 'utf8'));
    } catch { /* gone */ }
  }
  const mine = (pid) => { for (let p = pid, i = 0; p && p !== '0' && i < 8; p = parent.get(p), ++i) if (p === String(process.pid)) return true; return false; };
  let kb = 0;
  for (const [pid, line] of cmd) {
    if (!line.includes('--type=renderer') || !mine(pid)) continue;
    try { kb += Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]); } catch { /* gone */ }
  }
  return kb / 1024;
}

async function runOnce(contender, path) {
  const userDataDir = await mkdtemp(join(tmpdir(), 'carescore-bench-'));
  const context = await chromium.launchPersistentContext(userDataDir, { executablePath: '/usr/bin/chromium', headless: true, args: chromiumArgs });
  const page = context.pages()[0] ?? await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  try {
    if (contender === 'carescore') {
      await page.goto(`${origin}/app/index.html`);
      await page.evaluate(() => window.carescore.ready);
      // The first frame drawn after the load computes the first scorecard: its end is when the
      // user sees a result (SPEC §6: read, typed and scored). Watched from animation frames.
      // Its trends and drivers follow over the next frames: when none is pending, the scorecard is whole.
      await page.evaluate(() => {
        let framesAtLoad = null;
        const watch = () => {
          if (window.carescore.lastLoad() && framesAtLoad === null) framesAtLoad = window.carescore.framesRendered();
          if (framesAtLoad !== null && !window.scoredMs && window.carescore.framesRendered() > framesAtLoad) window.scoredMs = performance.now();
          if (window.scoredMs && !window.carescore.state().scoring.pending) window.detailedMs = performance.now();
          else requestAnimationFrame(watch);
        };
        requestAnimationFrame(watch);
      });
      await page.setInputFiles('#file-input', path);
      await page.waitForFunction(() => window.detailedMs, null, { timeout: 600000, polling: 50 });
      const { startMs, endMs } = await page.evaluate(() => window.carescore.lastLoad());
      const scoredMs = await page.evaluate(() => window.scoredMs);
      const detailedMs = await page.evaluate(() => window.detailedMs);
      const heapMb = await page.evaluate(() => window.Module.HEAPU8.length / 1e6);
      const read = (await page.evaluate(() => window.carescore.files()))[0].read;
      const values = Object.fromEntries(read.columns.map((c) => [c.name, c.values]));
      return { seconds: (endMs - startMs) / 1000, scoredSeconds: (scoredMs - startMs) / 1000, detailedSeconds: (detailedMs - startMs) / 1000,
        heapMb, peakMb: rendererPeakMb(),
        result: { rows: read.rows, csatGiven: values.csat, firstResponseValues: values.first_response_seconds } };
    }
    await page.goto(`${origin}/bench/bench.html?contender=${contender}`);
    await page.waitForFunction(() => window.bench && (window.bench.ready || window.bench.error), null, { timeout: 120000 });
    const setupMs = await page.evaluate(() => window.bench.setupMs);
    await page.setInputFiles('#f', path);
    await page.waitForFunction(() => window.bench.done || window.bench.error, null, { timeout: 600000, polling: 50 });
    const { done, error } = await page.evaluate(() => ({ done: window.bench.done, error: window.bench.error }));
    if (error) throw new Error(error);
    return { seconds: (done.endMs - done.startMs) / 1000, peakMb: rendererPeakMb(), result: done.result, setupMs };
  } catch (e) {
    return { error: String(e.message || e).split('\n')[0] + (errors.length ? ` (${errors[0]})` : '') };
  } finally {
    await context.close();
    await rm(userDataDir, { recursive: true, force: true });
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[(xs.length - 1) >> 1];
const pad = (s, n) => String(s).padEnd(n);
console.log(`Chromium ${execFileSync('/usr/bin/chromium', ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim()}, ${runs} runs each (fresh browser per run), median; peak = renderer VmHWM`);
for (const rows of rowCounts) {
  const path = ticketsFile(rows, dataDir);
  const mb = statSync(path).size / 1e6;
  console.log(`\n${rows.toLocaleString('en')} rows, ${mb.toFixed(1)} MB (${path})`);
  console.log(`${pad('contender', 14)}${pad('seconds', 10)}${pad('MB/s', 8)}${pad('x floor', 9)}${pad('peak MB', 9)}${pad('best s', 9)}check`);
  let floor = null;
  const lines = [];
  for (const contender of contenders) {
    const done = [];
    let error = null, setupMs = null;
    for (let i = 0; i < runs && !error; ++i) {
      const r = await runOnce(contender, path);
      if (r.error) error = r.error;
      else { done.push(r); setupMs = r.setupMs ?? setupMs; }
    }
    if (error) { lines.push({ text: `${pad(contender, 14)}could not run: ${error}` }); continue; }
    const seconds = median(done.map((r) => r.seconds));
    if (contender === 'floor') floor = seconds;
    const scored = done[0].scoredSeconds === undefined ? '' :
      ` [first scorecard drawn at ${median(done.map((r) => r.scoredSeconds)).toFixed(3)} s${floor ? ` = ${(median(done.map((r) => r.scoredSeconds)) / floor).toFixed(2)} x floor` : ''}` +
      `, its trends and drivers in at ${median(done.map((r) => r.detailedSeconds)).toFixed(3)} s; wasm heap ${median(done.map((r) => r.heapMb)).toFixed(0)} MB]`;
    lines.push({ result: done[0].result, setupMs, scored, text: `${pad(contender, 14)}${pad(seconds.toFixed(3), 10)}${pad((mb / seconds).toFixed(0), 8)}` +
      `${pad(floor ? (seconds / floor).toFixed(2) : '', 9)}${pad(median(done.map((r) => r.peakMb)).toFixed(0), 9)}${pad(Math.min(...done.map((r) => r.seconds)).toFixed(3), 9)}` });
  }
  // Results must agree before times count: the peers' in full, CareScore's row and value counts.
  const reference = lines.map((l) => l.result).find((r) => r && r.status);
  for (const { text, result, setupMs, scored } of lines) {
    let check = '';
    if (result && result.rows !== undefined) {
      const same = ['rows', 'csatGiven', 'firstResponseValues'].every((k) => !reference || reference[k] === result[k]) &&
        (!result.status || !reference || JSON.stringify(result) === JSON.stringify(reference));
      check = `${same ? 'same' : 'DIFFERS'} (rows ${result.rows}, csat ${result.csatGiven}, first response ${result.firstResponseValues}` +
        `${result.firstResponseMedian !== undefined ? `, median ${result.firstResponseMedian}, csat>=4 ${(result.csatGoodRate * 100).toFixed(3)}%` : ''})`;
      if (!same) check += ' ' + JSON.stringify(result).slice(0, 300);
    }
    if (setupMs) check += ` [instantiate ${(setupMs / 1000).toFixed(2)} s, not timed]`;
    if (scored) check += scored;
    console.log(text + check);
  }
}
server.close();
