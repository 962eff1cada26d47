// The scorecard's drill-down in the real page, over a generated dataset: every chart it draws (per
// day, by channel/team/agent, hour of week, staffing) saves as PNG through the analysis views' one
// path, and the PNG is the whole card at its size with the chart in it, also for a card the window
// cut off when its button was pressed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { decodePng, inkPixels } from './png.mjs';
import { click, foreignRequests, rectOf, screenshot, settle, waitForState } from './harness.mjs';
import { openWithData, viewport } from './view_checks.mjs';

// Scrolls the view with the mouse wheel until the named item lies inside the window.
async function scrollIntoView(page, name) {
  let state = await page.evaluate(() => window.carescore.state());
  for (let i = 0; i < 30; ++i) {
    const { y, height } = rectOf(state, name);
    // The scrolling region starts below the top bar, banner and tabs (≈ 210 px): an item above 240 px
    // may be hidden under them, and a click there hits the tabs.
    if (y >= 240 && y + height <= viewport.height - 10) return state;
    await page.mouse.move(viewport.width / 2, viewport.height - 200);
    await page.mouse.wheel(0, y < 240 ? -120 : 120);
    state = await settle(page);
  }
  throw new Error(`${name} never came into view`);
}

test('every chart of a drill-down saves as a PNG of its card', async () => {
  const app = await openWithData();
  try {
    const scorecard = await app.page.evaluate(() => window.carescore.scorecard());
    const standard = scorecard.standards.find((s) => s.scopes.some((e) => e.metric.key === 'service_level' && e.value !== null));
    assert.ok(standard, 'the generated data has a service level to drill into');
    await settle(app.page, (id) => window.carescore.openStandard(id), standard.id);
    let state = await waitForState(app.page, () => Object.keys(window.carescore.state().ui).includes('save_drilldown_staffing'));
    state = await settle(app.page, () => window.carescore.setLanguage(window.carescore.state().language));
    await screenshot(app.page, 'drilldown-generated-en');
    const charts = Object.keys(state.view.charts).filter((name) => name.startsWith('drilldown_'));
    for (const chart of ['drilldown_per_day', 'drilldown_channel', 'drilldown_agent', 'drilldown_hour_of_week', 'drilldown_staffing'])
      assert.ok(charts.includes(chart), `${chart} is drawn (${charts})`);
    let cutOff = 0;
    for (const chart of charts) {
      state = await scrollIntoView(app.page, `save_${chart}`);
      const before = rectOf(state, `card_${chart}`);
      if (before.y + before.height > viewport.height) ++cutOff;
      const download = app.page.waitForEvent('download', { timeout: 15000 }).catch((e) => { throw new Error(`${chart}: no download (${e.message})`); });
      await click(app.page, state, `save_${chart}`);
      const file = await download;
      assert.equal(file.suggestedFilename(), `carescore-${chart}.png`);
      const card = rectOf(await app.page.evaluate(() => window.carescore.state()), `card_${chart}`);  // as saved
      const image = decodePng(await readFile(await file.path()));
      assert.ok(Math.abs(image.width - card.width) <= 2, `${chart}: the PNG is ${image.width} px wide, the card ${card.width}`);
      assert.ok(Math.abs(image.height - card.height) <= 2, `${chart}: the PNG is ${image.height} px high, the card ${card.height}`);
      assert.ok(Math.abs(image.height - before.height) <= 2, `${chart}: the whole card, not the part that was in view`);
      assert.ok(inkPixels(image) > image.width * image.height * 0.02, `${chart}: the chart is in the image`);
    }
    assert.ok(cutOff > 0, 'at least one card was cut off by the window when saved');
    assert.deepEqual(app.observed.consoleErrors, []);
    assert.deepEqual(app.observed.pageErrors, []);
    assert.deepEqual(foreignRequests(app.observed, app.origin), []);
  } finally {
    await app.close();
  }
});
