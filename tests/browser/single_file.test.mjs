// The single-file build (build/web/single/carescore.html) opened from file://, as a user
// double-clicking it would: the module starts without fetching a .wasm, the Content-Security-
// Policy lets nothing leave (connect-src 'none'), and files still stream in through the file input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { readFile } from 'node:fs/promises';
import { openApp, screenshot, waitForState } from './harness.mjs';

const singleFile = process.env.CARESCORE_SINGLE_FILE;

test('the single-file page is self-contained and forbids every connection', async () => {
  const html = await readFile(singleFile, 'utf8');
  assert.doesNotMatch(html, /<script src=|<link rel="stylesheet"/, 'every script and style is inlined');
  assert.match(html, /connect-src 'none'/);
  assert.doesNotMatch(html, /'unsafe-inline'/, 'inline scripts are allowed by hash only');
});

test('the single-file page runs from file:// and reads a dropped file without any request', async () => {
  const url = pathToFileURL(singleFile).href;
  const app = await openApp({ fileUrl: url });
  try {
    await app.page.evaluate(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['channel,wait\r\nphone,12\r\nchat,40\r\n'], 'offline.csv'));
      window.dispatchEvent(new DragEvent('dragenter', { dataTransfer: transfer }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer }));
    });
    const state = await waitForState(app.page, () => window.carescore.files().some((f) => f.name === 'offline.csv' && f.finished));
    const file = state.files.find((f) => f.name === 'offline.csv');
    assert.equal(file.read.rows, 2);
    assert.equal(file.read.columns.length, 2);
    await screenshot(app.page, 'single-file');
    assert.deepEqual(app.observed.consoleErrors, []);
    assert.deepEqual(app.observed.pageErrors, []);
    assert.deepEqual(app.observed.requests, [url], 'the page itself is the only thing loaded');
  } finally {
    await app.close();
  }
});
