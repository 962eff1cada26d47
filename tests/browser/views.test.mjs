// The analysis views in the real page over a generated dataset (window.carescore.useGeneratedData;
// the demo shop: views_demo.test.mjs), opened with window.carescore.openView: each view in English,
// Vietnamese and Russian saves a screenshot, has drawing in every chart card, reports the labels it
// showed in that language and no English text of the app; nothing errs or leaves the page.
// Searching, the editor and PNG saving: views_interaction.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foreignRequests } from './harness.mjs';
import { checkViews, openWithData, shown, views } from './view_checks.mjs';

test('every view draws its charts and labels in English, Vietnamese and Russian', async () => {
  const app = await openWithData();
  try {
    await checkViews(app, 'analysis-view', views);
    const agents = await shown(app.page, () => { window.carescore.setLanguage('en'); window.carescore.openView('agents'); });
    assert.ok(agents.view.charts.table >= 10, `the agents table has rows (${agents.view.charts.table})`);
    assert.deepEqual(app.observed.consoleErrors, []);
    assert.deepEqual(app.observed.pageErrors, []);
    assert.deepEqual(foreignRequests(app.observed, app.origin), []);
    const error = await app.page.evaluate(() => { try { window.carescore.openView('nonsense'); return ''; } catch (e) { return e.message; } });
    assert.match(error, /unknown view/);
  } finally {
    await app.close();
  }
});
