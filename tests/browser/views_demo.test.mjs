// The analysis views over the demo shop the app opens on (no file loaded): every view in English,
// Vietnamese and Russian has drawing in its charts, its labels in that language, no English text
// of the app, and a screenshot saved as demo-view-<view>-<language>.png.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, waitForState } from './harness.mjs';
import { checkViews, shown, viewport, views } from './view_checks.mjs';

test('the demo shop the app opens on fills every view, in every language', async () => {
  const app = await openApp({ viewport });
  try {
    await waitForState(app.page, () => window.carescore.state().analysis.records.contact > 0);
    // The demo has no SERVQUAL answers (the Surveys view says which fields are missing).
    const demo = structuredClone(views);
    demo.surveys.charts = demo.surveys.charts.filter((chart) => chart !== 'servqual');
    await checkViews(app, 'demo-view', demo);
    const agents = await shown(app.page, () => { window.carescore.setLanguage('en'); window.carescore.openView('agents'); });
    assert.ok(agents.view.charts.table >= 5, `the demo's agents are listed (${agents.view.charts.table})`);
    assert.deepEqual(app.observed.consoleErrors, []);
    assert.deepEqual(app.observed.pageErrors, []);
  } finally {
    await app.close();
  }
});
