// The web shell end to end: the page loads with no errors, files arrive through the file input,
// drag and drop and the Open files button, the app reports them through window.carescore, text in
// every UI language renders with real glyphs, the canvas is crisp at any pixel ratio, the page
// idles without redrawing, and no request leaves for anywhere but the local server.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decodePng, inkPixels } from './png.mjs';
import { foreignRequests, framesWhileIdle, openApp, screenshot, sharedDir, waitForState } from './harness.mjs';

const data = (path) => join(sharedDir, 'data', path);
const callCenter = data('AnandBakode008__call-center-performance-analysis/Call_Center.csv');
const tweets = data('monalisapatra26__data_visualization/twcs.csv');

test('files picked through the file input are streamed in and reported by the app', async () => {
  const app = await openApp();
  try {
    await app.page.setInputFiles('#file-input', [callCenter, tweets]);
    const state = await waitForState(app.page, () => {
      const files = window.carescore.files();
      return files.length === 2 && files.every((f) => f.finished);
    });
    // Counts computed independently with Python (see tests/core/file_stats_test.cpp).
    assert.deepEqual(state.files.map(({ name, bytes, lines, error }) => ({ name, bytes, lines, error })), [
      { name: 'Call_Center.csv', bytes: 107074, lines: 1773, error: '' },
      { name: 'twcs.csv', bytes: 892784, lines: 5312, error: '' },
    ]);
    // What the engine read, streamed in the browser's chunks (records counted with Python's csv).
    const read = state.files.map(({ read: r }) => ({
      format: r.format, encoding: r.encoding.used, bom: r.encoding.bom, delimiter: r.delimiter, rows: r.rows,
      columns: r.columns.length, first: r.columns[0].name, errors: r.diagnostics.errors,
    }));
    assert.deepEqual(read, [
      { format: 'csv', encoding: 'utf-8', bom: true, delimiter: ',', rows: 1772, columns: 10, first: 'Call Id', errors: 0 },
      { format: 'csv', encoding: 'utf-8', bom: false, delimiter: ',', rows: 5000, columns: 8, first: 'column_1', errors: 0 },
    ]);
    assert.equal(state.files[1].read.diagnostics.counts.MIXED_LINE_ENDINGS, 2, 'the two bare CRs inside tweets are reported');
    const { png } = await screenshot(app.page, 'shell-files');
    const image = decodePng(png);
    assert.ok(inkPixels(image, { x: 0, y: 60, width: 1280, height: 120 }) > 500, 'the files table is drawn');
    assert.deepEqual(app.observed.consoleErrors, []);
    assert.deepEqual(app.observed.pageErrors, []);
    assert.deepEqual(foreignRequests(app.observed, app.origin), []);
  } finally {
    await app.close();
  }
});

test('files dropped anywhere on the page are read, several at once', async () => {
  const app = await openApp();
  try {
    await app.page.evaluate(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['a,b\r\n1,2\r\n'], 'first.csv'));
      transfer.items.add(new File(['{"x":1}\n{"x":2}\n{"x":3}'], 'second.ndjson'));
      window.dispatchEvent(new DragEvent('dragenter', { dataTransfer: transfer }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer }));
    });
    const state = await waitForState(app.page, () => window.carescore.files().filter((f) => f.finished).length === 2);
    assert.deepEqual(state.files.map((f) => [f.name, f.bytes, f.lines]), [['first.csv', 10, 2], ['second.ndjson', 23, 3]]);
    assert.equal(await app.page.locator('#drop-overlay').isHidden(), true);
    assert.deepEqual(app.observed.consoleErrors, []);
  } finally {
    await app.close();
  }
});

test('a broken file shows its diagnostics and does not disturb the files already loaded', async () => {
  const app = await openApp();
  try {
    await app.page.setInputFiles('#file-input', [callCenter]);
    await waitForState(app.page, () => window.carescore.files().some((f) => f.finished));
    const before = (await app.page.evaluate(() => window.carescore.state())).files[0].read;
    await app.page.evaluate(() => window.carescore.loadFiles([
      { name: 'cut.json', bytes: new TextEncoder().encode('[{"id": 1}, {"id": 2, "subj') },
      // "ФИО;Оценка\nИванов;5\n" in Windows-1251, as Excel on Russian Windows saves it
      { name: 'ru.csv', bytes: new Uint8Array([0xD4, 0xC8, 0xCE, 0x3B, 0xCE, 0xF6, 0xE5, 0xED, 0xEA, 0xE0, 0x0A,
                                               0xC8, 0xE2, 0xE0, 0xED, 0xEE, 0xE2, 0x3B, 0x35, 0x0A]) },
    ]));
    const state = await waitForState(app.page, () => window.carescore.files().filter((f) => f.finished).length === 3);
    assert.deepEqual(state.files[0].read, before);
    const broken = state.files[1].read;
    assert.equal(broken.ok, false);
    assert.equal(broken.diagnostics.counts.JSON_SYNTAX, 1);
    assert.match(broken.diagnostics.examples[0].message, /the file ends inside a string/);
    assert.equal(broken.diagnostics.examples[0].line, 1);
    const russian = state.files[2].read;
    assert.equal(russian.encoding.used, 'windows-1251');
    assert.deepEqual(russian.columns.map((c) => c.name), ['ФИО', 'Оценка']);
    await screenshot(app.page, 'shell-diagnostics');
    assert.deepEqual(app.observed.consoleErrors, []);
    assert.deepEqual(app.observed.pageErrors, []);
  } finally {
    await app.close();
  }
});

test('the Open files button opens the browser file dialog', async () => {
  const app = await openApp();
  try {
    const [x, y, width, height] = (await app.page.evaluate(() => window.carescore.state())).ui.open_files;
    const chooser = app.page.waitForEvent('filechooser', { timeout: 10000 });
    await app.page.mouse.click(x + width / 2, y + height / 2);
    const dialog = await chooser;
    assert.equal(dialog.isMultiple(), true);
    await dialog.setFiles([callCenter]);
    const state = await waitForState(app.page, () => window.carescore.files().some((f) => f.finished));
    assert.equal(state.files[0].lines, 1773);
  } finally {
    await app.close();
  }
});

test('Vietnamese and Russian text renders with real glyphs', async () => {
  const app = await openApp();
  try {
    const missing = await app.page.evaluate(() =>
      window.carescore.missingGlyphs('English Tiếng Việt Русский ệ ở ữ Đ Ư Ơ ЁЖЩЫЭЮЯ ≥ ≤ № ₫ ₽'));
    assert.deepEqual(missing, []);
    const [x, y, width, height] = (await app.page.evaluate(() => window.carescore.state())).ui.languages;
    const clip = { x: Math.floor(x) - 4, y: Math.floor(y) - 4, width: Math.ceil(width) + 8, height: Math.ceil(height) + 8 };
    const { png } = await screenshot(app.page, 'shell-languages', { clip });
    assert.ok(inkPixels(decodePng(png)) > 200, 'the language names are drawn');
    await screenshot(app.page, 'shell-empty');
  } finally {
    await app.close();
  }
});

test('the canvas is drawn at the device pixel ratio and follows window resizes', async () => {
  const app = await openApp({ viewport: { width: 900, height: 600 }, deviceScaleFactor: 2 });
  try {
    const size = () => app.page.evaluate(() => {
      const canvas = document.getElementById('canvas');
      return [canvas.width, canvas.height, canvas.clientWidth, canvas.clientHeight];
    });
    assert.deepEqual(await size(), [1800, 1200, 900, 600]);
    await app.page.setViewportSize({ width: 700, height: 500 });
    await app.page.waitForFunction(() => document.getElementById('canvas').width === 1400);
    assert.deepEqual(await size(), [1400, 1000, 700, 500]);
    await screenshot(app.page, 'shell-hidpi');
    assert.deepEqual(app.observed.consoleErrors, []);
  } finally {
    await app.close();
  }
});

test('an idle page does not redraw', async () => {
  const app = await openApp();
  try {
    assert.equal(await framesWhileIdle(app.page), 0, 'no frames while nothing changes');
    const before = await app.page.evaluate(() => window.carescore.framesRendered());
    await app.page.mouse.move(300, 300);
    await app.page.waitForFunction((n) => window.carescore.framesRendered() > n, before);
  } finally {
    await app.close();
  }
});

test('the page is self-contained: every file it loads comes from its own folder', async () => {
  const app = await openApp();
  try {
    const html = await readFile(join(process.env.CARESCORE_DIST, 'index.html'), 'utf8');
    assert.match(html, /Content-Security-Policy/);
    const paths = app.observed.requests.map((url) => new URL(url).pathname).sort();
    assert.deepEqual(paths, ['/carescore.js', '/carescore.wasm', '/embed.js', '/index.html', '/shell.js', '/style.css']);
  } finally {
    await app.close();
  }
});
