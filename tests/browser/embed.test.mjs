// The page embedded in a portal's iframe and driven by postMessage: an allowed origin loads a
// profile and data and reads the scorecard (the same document the page's own API gives); an origin
// the page's owner did not list gets no answer at all; unknown methods and bad params are errors
// in the reply, never a broken page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { distDir, foreignRequests, launchBrowser, serve, sharedDir } from './harness.mjs';

const callCenter = join(sharedDir, 'data', 'AnandBakode008__call-center-performance-analysis', 'Call_Center.csv');

// A portal page: the app in an iframe, and call(method, params) resolving with the app's reply.
const portalPage = (appUrl, appOrigin) => `<!doctype html><meta charset="utf-8"><title>Portal</title>
<iframe id="app" src="${appUrl}" style="width:1200px;height:760px;border:0"></iframe>
<script>
const frame = document.getElementById('app');
const pending = new Map();
let nextId = 1;
window.events = [];
window.addEventListener('message', (event) => {
  if (event.source !== frame.contentWindow || !event.data || event.data.type !== 'carescore') return;
  if (event.data.event) { window.events.push(event.data.event); return; }
  const resolve = pending.get(event.data.id);
  if (resolve) { pending.delete(event.data.id); resolve(event.data); }
});
window.call = (method, params, timeoutMs = 60000) => new Promise((resolve) => {
  const id = nextId++;
  pending.set(id, resolve);
  frame.contentWindow.postMessage({ type: 'carescore', id, method, params }, ${JSON.stringify(appOrigin)});
  setTimeout(() => { if (pending.delete(id)) resolve({ id, timedOut: true }); }, timeoutMs);
});
</script>`;

// A portal page on its own local server (another port: another origin) framing the app, which is
// served with its allow-list set to `listed(portalOrigin)`. Both stay on 127.0.0.1: Chromium will
// not let a page of a public origin frame a local one.
async function portalWithApp(listed) {
  const portalPages = {};
  const portal = await serve(distDir, portalPages);
  const index = await readFile(join(distDir, 'index.html'), 'utf8');
  const embedded = index.replace(/(<meta name="carescore-embed-origins" content=")[^"]*(")/, `$1${listed(portal.origin)}$2`);
  assert.notEqual(embedded, index, 'index.html carries the embed allow-list meta tag');
  const app = await serve(distDir, { '/index.html': embedded });
  portalPages['/portal.html'] = portalPage(`${app.origin}/index.html`, app.origin);
  const browser = await launchBrowser();
  await browser.page.goto(`${portal.origin}/portal.html`);
  const close = async () => {
    await browser.close();
    app.server.close();
    portal.server.close();
  };
  return { ...browser, app, portalOrigin: portal.origin, close };
}

async function appFrame(page, appOrigin) {
  for (let i = 0; i < 600; ++i) {
    const found = page.frames().find((f) => f.url().startsWith(appOrigin));
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the app was not framed');
}

test('an allowed portal loads a profile and data through postMessage and reads the scorecard', async () => {
  const browser = await portalWithApp((portalOrigin) => `https://intranet.example.com ${portalOrigin}`);
  const { app, portalOrigin } = browser;
  try {
    await browser.page.waitForFunction(() => window.events.includes('ready'), null, { timeout: 60000 });
    const frame = await appFrame(browser.page, app.origin);

    // The demo's scorecard, read by the portal, is the page's own document.
    const demo = await browser.page.evaluate(() => window.call('scorecard'));
    assert.equal(demo.ok, true, JSON.stringify(demo));
    assert.deepEqual(demo.result, await frame.evaluate(() => window.carescore.scorecard()));

    // A profile and a real export from the portal, then the period and the language.
    const profile = { format: 'carescore-profile', version: 1, id: 'portal', name: { en: 'Portal', vi: 'Cổng', ru: 'Портал' },
      groups: [{ id: 'g', label: { en: 'Calls', vi: 'Cuộc gọi', ru: 'Звонки' } }],
      standards: [{ id: 'calls_answered', group: 'g', label: { en: 'Calls answered', vi: 'Cuộc gọi được trả lời', ru: 'Отвеченные звонки' },
        explanation: { en: 'x', vi: 'x', ru: 'x' }, metric: { key: 'service_level' }, target: { comparator: '>=', value: 80 },
        source: { industry_default: true, note: 'portal test' } }] };
    const applied = await browser.page.evaluate((p) => window.call('loadProfile', p), profile);
    assert.deepEqual([applied.ok, applied.result], [true, null]);
    const text = await readFile(callCenter, 'utf8');
    const loaded = await browser.page.evaluate((t) => window.call('loadFiles', [{ name: 'Call_Center.csv', text: t }]), text);
    assert.equal(loaded.ok, true, JSON.stringify(loaded));
    assert.equal(loaded.result.length, 1);
    assert.equal((await browser.page.evaluate(() => window.call('setPeriod', 'all'))).ok, true);
    assert.equal((await browser.page.evaluate(() => window.call('setLanguage', 'vi'))).ok, true);

    const state = (await browser.page.evaluate(() => window.call('state'))).result;
    assert.deepEqual(state.files.map((f) => [f.name, f.demo, f.finished]), [['Call_Center.csv', false, true]]);
    assert.equal(state.analysis.profile, 'portal');
    assert.ok(state.analysis.records.contact > 0);
    const scorecard = (await browser.page.evaluate(() => window.call('scorecard'))).result;
    assert.deepEqual(scorecard.standards.map((s) => s.id), ['calls_answered']);
    assert.deepEqual(scorecard, await frame.evaluate(() => window.carescore.scorecard()));
    const csv = (await browser.page.evaluate(() => window.call('exportScorecard', 'csv'))).result;
    assert.match(csv.text, /calls_answered/);

    // The portal takes its file out again: nothing is left to analyse.
    assert.equal((await browser.page.evaluate((id) => window.call('removeFile', id), loaded.result[0])).ok, true);
    assert.deepEqual((await browser.page.evaluate(() => window.call('state'))).result.files, []);
    const gone = await browser.page.evaluate((id) => window.call('removeFile', id), loaded.result[0]);
    assert.deepEqual([gone.ok, gone.error], [false, `no file with id ${loaded.result[0]}`]);

    // Mistakes come back as errors in the reply; the page goes on answering.
    const unknown = await browser.page.evaluate(() => window.call('deleteEverything'));
    assert.deepEqual([unknown.ok, unknown.error], [false, 'unknown method: deleteEverything']);
    const bad = await browser.page.evaluate(() => window.call('setLanguage', 'xx'));
    assert.deepEqual([bad.ok, bad.error], [false, 'unknown language: xx']);
    const noBytes = await browser.page.evaluate(() => window.call('loadFiles', [{ name: 'empty.csv' }]));
    assert.equal(noBytes.ok, false);
    assert.equal((await browser.page.evaluate(() => window.call('state'))).ok, true);

    assert.deepEqual(browser.observed.pageErrors, []);
    const appRequests = browser.observed.requests.filter((url) => !url.startsWith(`${portalOrigin}/`));
    assert.deepEqual(foreignRequests({ requests: appRequests }, app.origin), []);
  } finally {
    await browser.close();
  }
});

test('a portal whose origin is not listed gets no answer, and the page says why in its console', async () => {
  const browser = await portalWithApp(() => 'https://intranet.example.com');
  const { portalOrigin } = browser;
  try {
    const frame = await appFrame(browser.page, browser.app.origin);
    await frame.waitForFunction(() => window.carescore && window.carescore.ready, null, { timeout: 60000 });
    await frame.evaluate(() => window.carescore.ready);
    const reply = await browser.page.evaluate(() => window.call('scorecard', undefined, 1500));
    assert.equal(reply.timedOut, true, 'no reply to an origin that is not listed');
    assert.deepEqual(await browser.page.evaluate(() => window.events), [], 'no ready event either');
    assert.ok(browser.observed.consoleWarnings.some((w) => w.includes(`message from ${portalOrigin} was ignored`)));
    assert.deepEqual(browser.observed.pageErrors, []);
  } finally {
    await browser.close();
  }
});
