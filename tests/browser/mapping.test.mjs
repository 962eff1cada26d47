// The mapping review in the real page: dropped files are recognized (vendor, kind, confidence and
// column → field mapping through window.carescore.state()), a column's field changed through
// window.carescore.setColumnField re-maps that file at once, a file dropped twice is not counted,
// and the review draws in every UI language without console errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openApp, screenshot, waitForState } from './harness.mjs';

const fixtures = join(fileURLToPath(new URL('.', import.meta.url)), '..', 'core', 'mapping', 'fixtures');

async function bytesOf(name) {
  return Array.from(await readFile(join(fixtures, name)));
}

test('dropped exports show their vendor, kind and mapping; a changed field re-maps the file', async () => {
  const app = await openApp();
  try {
    const files = [
      { name: 'aircall.csv', bytes: await bytesOf('aircall_calls.csv') },
      { name: 'talkdesk.csv', bytes: await bytesOf('talkdesk_calls.csv') },
      { name: 'talkdesk copy.csv', bytes: await bytesOf('talkdesk_calls.csv') },
      { name: 'ru.csv', bytes: await bytesOf('ru_contacts_cp1251.csv') },
    ];
    await app.page.evaluate((list) => window.carescore.loadFiles(list.map((f) => ({ name: f.name, bytes: new Uint8Array(f.bytes) }))), files);
    let state = await waitForState(app.page, () => window.carescore.files().filter((f) => f.finished && f.mapping).length === 4);
    const mapping = state.files.map((f) => ({ vendor: f.mapping.vendor, kind: f.mapping.kind, duplicateOf: f.mapping.duplicateOf }));
    assert.deepEqual(mapping, [
      { vendor: 'aircall_csv', kind: 'contact', duplicateOf: null },
      { vendor: 'talkdesk', kind: 'contact', duplicateOf: null },
      { vendor: 'talkdesk', kind: 'contact', duplicateOf: 'talkdesk.csv' },
      { vendor: 'generic', kind: 'contact', duplicateOf: null },
    ]);
    assert.ok(state.files[0].mapping.confidence > 0.9);
    assert.equal(state.files[0].mapping.columns['missed call reason'], 'outcome');
    assert.equal(state.files[3].mapping.columns['Оператор'], 'agent');
    assert.equal(state.dataset.rows.contact, 5 + 5 + 4, 'the copy is not counted');

    const talkdesk = state.files[1].id;
    assert.equal(state.files[1].mapping.columns.Disposition, '');
    await app.page.evaluate((id) => window.carescore.setColumnField(id, 'Disposition', 'topic'), talkdesk);
    state = await app.page.evaluate(() => window.carescore.state());
    assert.equal(state.files[1].mapping.columns.Disposition, 'topic');
    assert.equal(state.files[0].mapping.columns['missed call reason'], 'outcome', 'other files keep their mapping');
    await assert.rejects(app.page.evaluate((id) => window.carescore.setColumnField(id, 'Disposition', 'mood'), talkdesk),
                         /not a canonical field of contact/);
    // The unit of a duration column's bare numbers, as the review's unit combo sets it.
    const aircall = state.files[0].id;
    await app.page.evaluate((id) => window.carescore.setColumnUnit(id, 'time to answer', 60), aircall);
    state = await app.page.evaluate(() => window.carescore.state());
    assert.equal(state.files[0].mapping.units['time to answer'], 60);
    await assert.rejects(app.page.evaluate((id) => window.carescore.setColumnUnit(id, 'nope', 60), aircall),
                         /not a column of/);

    for (const language of ['vi', 'ru', 'en']) {
      await app.page.evaluate((code) => window.carescore.setLanguage(code), language);
      await app.page.waitForTimeout(100);
      await screenshot(app.page, `mapping-review-${language}`);
    }
    assert.deepEqual(app.observed.consoleErrors, []);
    assert.deepEqual(app.observed.pageErrors, []);
  } finally {
    await app.close();
  }
});
