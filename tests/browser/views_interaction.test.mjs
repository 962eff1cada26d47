// The analysis views used by hand, over a generated dataset (window.carescore.useGeneratedData):
// comment search narrows the list; the agents filter narrows the table; the standards editor
// exports, imports with validation messages that name their path, and resets; a chart card saves
// as PNG; an idle view does not redraw.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { decodePng, inkPixels } from './png.mjs';
import { click, framesWhileIdle, rectOf, screenshot, settle, waitForState } from './harness.mjs';
import { openWithData, shown, texts, viewport } from './view_checks.mjs';

test('comment search ignores case and diacritics; the agents filter narrows the table', async () => {
  const app = await openWithData();
  try {
    let state = await shown(app.page, () => window.carescore.openView('surveys'));
    const all = state.view.charts.comments;
    assert.ok(all > 100, `every comment listed before searching (${all})`);
    await click(app.page, state, 'comment_search');
    await app.page.keyboard.type('CAM ON');  // finds "… cảm ơn!"
    state = await waitForState(app.page, () => window.carescore.state().view.charts.comments < 1000000 &&
      window.carescore.state().view.charts.comments !== undefined);
    state = await settle(app.page);
    assert.ok(state.view.charts.comments > 0 && state.view.charts.comments < all / 3, `"CAM ON" → ${state.view.charts.comments} of ${all}`);
    await screenshot(app.page, 'view-surveys-search');
    state = await shown(app.page, () => window.carescore.openView('agents'));
    const before = state.view.charts.table;
    await click(app.page, state, 'agents_filter');
    await app.page.keyboard.type('agent 1');
    await settle(app.page);
    state = await settle(app.page);
    assert.ok(state.view.charts.table < before && state.view.charts.table > 0, `filtered ${before} → ${state.view.charts.table}`);
  } finally {
    await app.close();
  }
});

test('the standards editor exports, imports with validation messages, and resets', async () => {
  const app = await openWithData();
  try {
    let state = await shown(app.page, () => window.carescore.openView('standards'));
    const download = app.page.waitForEvent('download', { timeout: 15000 });
    await click(app.page, state, 'profile_export');
    const file = await download;
    assert.match(file.suggestedFilename(), /^carescore-profile-.*\.json$/);
    const exported = JSON.parse(await readFile(await file.path(), 'utf8'));
    assert.equal(exported.format, 'carescore-profile');
    assert.ok(exported.standards.length > 5);

    // A service-level target of 150 %: the file is refused with an error that names its path.
    const broken = structuredClone(exported);
    const index = broken.standards.findIndex((s) => s.metric.key === 'service_level');
    broken.standards[index].target.value = 150;
    state = await settle(app.page, (text) => window.carescore.importProfile(text, 'too_high.json'), JSON.stringify(broken));
    await screenshot(app.page, 'view-standards-imported');
    assert.ok(state.view.notes.some((note) => note.includes(`standards[${index}].target.value`)), JSON.stringify(state.view.notes));

    state = await settle(app.page, () => window.carescore.importProfile('{"format": "carescore-profile", ', 'cut.json'));
    assert.ok(state.view.notes.length > 0, 'a cut file is reported');
    await click(app.page, state, 'profile_reset');
    state = await settle(app.page);
    assert.ok(state.view.labels.includes(texts.en.view_profile_applied));
    assert.deepEqual(app.observed.pageErrors, []);
  } finally {
    await app.close();
  }
});

test('a view chart saves as PNG, and an idle view does not redraw', async () => {
  const app = await openWithData();
  try {
    const state = await shown(app.page, () => window.carescore.openView('trends'));
    const download = app.page.waitForEvent('download', { timeout: 15000 });
    await click(app.page, state, 'save_trend');
    const file = await download;
    assert.equal(file.suggestedFilename(), 'carescore-trend.png');
    const card = rectOf(await app.page.evaluate(() => window.carescore.state()), 'card_trend');  // as saved
    const image = decodePng(await readFile(await file.path()));
    assert.ok(Math.abs(image.width - card.width) <= 2, `the PNG is ${image.width} px wide, the card ${card.width}`);
    assert.ok(inkPixels(image) > image.width * image.height * 0.02);
    await app.page.mouse.move(5, viewport.height - 5);
    assert.equal(await framesWhileIdle(app.page), 0);
  } finally {
    await app.close();
  }
});
