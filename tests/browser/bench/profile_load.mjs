// Where a file load's time goes in Chromium: a CPU profile (Chrome DevTools Protocol, sampled every
// --interval µs) of CareScore from the file input's 'change' event to the first frame that has drawn
// the first scorecard, summarised per function, and split by what was on the stack: the chunk calls
// (cs_file_chunk), the end (cs_file_end: finish the read, map, build the dataset), the first frame
// (the main loop's tick: the first scorecard) and the rest (the browser streaming the file, idle,
// GC, JavaScript glue). Then the same file again in the same page (the first file removed first),
// to see what gets cheaper once the code has run hot (tiering) and memory has grown.
// A program that prints figures, not a test. From the repository root, after the native build and
//   cmake --build build/web --target carescore_web_profiling   (the page with wasm function names)
// run
//   node tests/browser/bench/profile_load.mjs [--rows 1000000] [--loads 2] [--interval 100] [--top 15]
//        [--dist build/web/dist-profiling] [--save DIR] [--js-flags "..."] [--pretouch MB] [--query TEXT]
//        [--settle MS]   (from ready to the file chosen; default 100)
// --save writes each load's .cpuprofile (open in DevTools' Performance panel). --dist build/web/dist
// profiles the shipped page (wasm functions then show as numbers). --pretouch MB writes that much of
// the WebAssembly heap (malloc, fill, free) before the first load: an experiment that tells the
// first touch of grown memory from code tiering (--js-flags=--no-liftoff compiles all optimised). Phase times beside the profile
// come from performance.now() around the exports (Module.asm.cs_file_chunk / cs_file_end) and from
// animation frames.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { arg, chromiumArgs as browserArgs, gen, repo, serve, ticketsFile } from './bench_common.mjs';

const rows = Number(arg('rows', '1000000'));
const loads = Number(arg('loads', '2'));
const interval = Number(arg('interval', '100'));
const top = Number(arg('top', '15'));
const dist = resolve(repo, arg('dist', 'build/web/dist-profiling'));
const saveDir = arg('save', '');
const jsFlags = arg('js-flags', '');
const pretouchMb = Number(arg('pretouch', '0'));
const query = arg('query', '');
const settleMs = Number(arg('settle', '100'));  // from ready to the first file chosen
for (const need of [gen, join(dist, 'index.html')])
  if (!existsSync(need)) throw new Error(`${need} is missing: build the native preset and the web target carescore_web_profiling first`);

const path = ticketsFile(rows, join(repo, 'build/bench-data'));
const { server, origin } = await serve({ '/': dist });

const chromiumArgs = [...browserArgs, ...(jsFlags ? [`--js-flags=${jsFlags}`] : [])];

// Wasm names from --profiling-funcs are mangled C++: demangle them all at once.
const demangled = new Map();
function demangleAll(names) {
  const todo = [...new Set(names)].filter((n) => !demangled.has(n));
  if (!todo.length) return;
  const out = execFileSync('c++filt', { input: todo.map((n) => n.replace(/^\$/, '')).join('\n') }).toString().split('\n');
  todo.forEach((n, i) => demangled.set(n, shorten(out[i] || n)));
}
// Drops argument lists and template arguments, which make C++ names unreadably long.
function shorten(name) {
  let s = name, prev;
  do { prev = s; s = s.replace(/<[^<>]*>/g, ''); } while (s !== prev);
  s = s.replace(/\((?:[^()]|\([^()]*\))*\)(?: const)?$/, '');
  return s.replace(/^(?:carescore::)+/, '').replace(/\(anonymous namespace\)::/g, '').slice(0, 90);
}

const phaseOf = (stack) => {  // stack: names from root to leaf
  for (const name of stack) {
    if (/cs_file_chunk/.test(name)) return 'chunk calls';
    if (/cs_file_end/.test(name)) return 'end';
    if (/web::.*tick|renderFrame/.test(name)) return 'frame';
  }
  return 'rest';
};

function summarise(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
  demangleAll(profile.nodes.map((n) => n.callFrame.functionName).filter((n) => n.startsWith('_Z') || n.startsWith('$_Z')));
  const label = (n) => {
    const f = n.callFrame.functionName || '(anonymous)';
    const name = demangled.get(f) || f;
    return /wasm/.test(n.callFrame.url) || /^\$?_Z/.test(f) ? name : `${name} [js${n.callFrame.url ? ' ' + n.callFrame.url.split('/').pop() : ''}]`;
  };
  const stacks = new Map();
  const stackOf = (id) => {
    if (!stacks.has(id)) {
      const s = [];
      for (let i = id; i !== undefined; i = parent.get(i)) s.push(label(byId.get(i)));
      stacks.set(id, s.reverse());
    }
    return stacks.get(id);
  };
  const phases = new Map();
  const at = (phase) => {
    if (!phases.has(phase)) phases.set(phase, { ms: 0, self: new Map(), total: new Map() });
    return phases.get(phase);
  };
  // Frames drawn while the file streams in (progress) are told from the frame after the end.
  let lastEnd = -1;
  profile.samples.forEach((id, i) => { if (phaseOf(stackOf(id)) === 'end') lastEnd = i; });
  for (let i = 0; i < profile.samples.length; ++i) {
    const ms = (profile.timeDeltas[i + 1] ?? interval) / 1000;  // the sample lasts until the next one
    const stack = stackOf(profile.samples[i]);
    let phase = phaseOf(stack);
    if (phase === 'frame') phase = i > lastEnd ? 'first frame' : 'progress frames';
    if (phase === 'rest') phase = i > lastEnd ? 'rest after end' : 'rest while reading';
    const p = at(phase);
    p.ms += ms;
    const leaf = stack[stack.length - 1];
    p.self.set(leaf, (p.self.get(leaf) || 0) + ms);
    for (const name of new Set(stack)) p.total.set(name, (p.total.get(name) || 0) + ms);
  }
  return phases;
}

const userDataDir = await mkdtemp(join(tmpdir(), 'carescore-profile-'));
const context = await chromium.launchPersistentContext(userDataDir, { executablePath: '/usr/bin/chromium', headless: true, args: chromiumArgs });
const page = context.pages()[0] ?? await context.newPage();
page.on('pageerror', (e) => console.error('page error:', String(e)));
try {
  await page.goto(`${origin}/index.html${query ? '?' + query : ''}`);
  await page.evaluate(() => window.carescore.ready);
  await page.waitForTimeout(settleMs);
  // Times around the exports JavaScript calls. The Module._cs_* stubs replace themselves with the
  // module's (minified) export on their first call: the setter keeps that, the getter wraps it.
  await page.evaluate(() => {
    const t = { chunkMs: 0, chunks: 0, endMs: 0 };
    window.profileTimes = t;
    const timed = (name, add) => {
      let real = window.Module[name];
      Object.defineProperty(window.Module, name, { configurable: true, set(v) { real = v; }, get: () => (...a) => {
        const t0 = performance.now(); const r = real(...a); add(performance.now() - t0); return r; } });
    };
    timed('_cs_file_chunk', (ms) => { t.chunkMs += ms; ++t.chunks; });
    timed('_cs_file_end', (ms) => { t.endMs += ms; t.endAt = performance.now(); });
  });
  if (pretouchMb) {
    const ms = await page.evaluate((mb) => {
      const t0 = performance.now();
      const n = mb * 1024 * 1024, p = window.Module._malloc(n);
      if (!p) throw new Error('pretouch: out of memory');
      window.Module.HEAPU8.fill(1, p, p + n);
      window.Module._free(p);
      return performance.now() - t0;
    }, pretouchMb);
    console.log(`pretouched ${pretouchMb} MB of the heap in ${(ms / 1000).toFixed(3)} s`);
  }
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval });
  console.log(`Chromium ${execFileSync('/usr/bin/chromium', ['--version']).toString().trim()}; ${rows.toLocaleString('en')} rows; ` +
    `sampling every ${interval} µs; page ${dist}${jsFlags ? `; --js-flags=${jsFlags}` : ''}`);
  for (let load = 1; load <= loads; ++load) {
    if (load > 1) {  // the same file again, alone: the first one goes
      await page.evaluate(() => { for (const f of window.carescore.files()) if (!f.demo) window.carescore.removeFile(f.id); });
      await page.waitForTimeout(1500);
    }
    await page.evaluate((count) => {
      Object.assign(window.profileTimes, { chunkMs: 0, chunks: 0, endMs: 0, endAt: 0 });
      window.scoredMs = 0;
      let framesAtLoad = null;
      const watch = () => {
        const last = window.carescore.lastLoad();
        if (last && last.count === count && framesAtLoad === null) framesAtLoad = window.carescore.framesRendered();
        if (framesAtLoad !== null && window.carescore.framesRendered() > framesAtLoad) window.scoredMs = performance.now();
        else requestAnimationFrame(watch);
      };
      requestAnimationFrame(watch);
    }, load);
    await cdp.send('Profiler.start');
    await page.setInputFiles('#file-input', path);
    await page.waitForFunction(() => window.scoredMs, null, { timeout: 600000, polling: 20 });
    const { profile } = await cdp.send('Profiler.stop');
    const t = await page.evaluate(() => ({ ...window.profileTimes, last: window.carescore.lastLoad(), scoredMs: window.scoredMs, heapMb: window.Module.HEAPU8.length / 1048576 }));
    if (saveDir) {
      mkdirSync(saveDir, { recursive: true });
      writeFileSync(join(saveDir, `load${load}.cpuprofile`), JSON.stringify(profile));
    }
    const s = (ms) => (ms / 1000).toFixed(3);
    console.log(`\n== load ${load}: change → read ${s(t.last.endMs - t.last.startMs)} s, → first scorecard drawn ${s(t.scoredMs - t.last.startMs)} s` +
      ` | ${t.chunks} chunk calls ${s(t.chunkMs)} s; end ${s(t.endMs)} s; end → first scorecard frame done ${s(t.scoredMs - t.endAt)} s; heap ${t.heapMb.toFixed(0)} MiB`);
    const phases = summarise(profile);
    const total = [...phases.values()].reduce((a, p) => a + p.ms, 0);
    console.log(`profile: ${s(total)} s sampled: ` + [...phases].map(([k, p]) => `${k} ${s(p.ms)}`).join(', '));
    for (const [name, p] of [...phases].sort((a, b) => b[1].ms - a[1].ms)) {
      console.log(`-- ${name}: ${s(p.ms)} s. self ms | function  ||  inclusive ms | function`);
      const selfTop = [...p.self].sort((a, b) => b[1] - a[1]).slice(0, top);
      const totalTop = [...p.total].sort((a, b) => b[1] - a[1]).slice(0, top);
      for (let i = 0; i < Math.max(selfTop.length, totalTop.length); ++i) {
        const [sn, sm] = selfTop[i] || ['', 0], [tn, tm] = totalTop[i] || ['', 0];
        console.log(`${sm.toFixed(0).padStart(6)} ${sn.padEnd(60).slice(0, 60)} || ${tm.toFixed(0).padStart(6)} ${tn}`);
      }
    }
  }
} finally {
  await context.close();
  await rm(userDataDir, { recursive: true, force: true });
  server.close();
}
