// The app around the scorecard, end to end in headless Chromium: the scorecard and a drill-down
// drawn in English, Vietnamese and Russian (screenshots as artifacts), the global controls through
// window.carescore, a mapping changed through the API, a broken file that leaves the data alone,
// settings that survive a reload and "forget everything", and no request beyond the page's own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { decodePng, inkPixels } from './png.mjs';
import { foreignRequests, openApp, screenshot, settle, sharedDir, waitForState } from './harness.mjs';

const callCenter = join(sharedDir, 'data', 'AnandBakode008__call-center-performance-analysis', 'Call_Center.csv');

const rectOf = ([x, y, width, height]) => ({ x: Math.floor(x), y: Math.floor(y), width: Math.ceil(width), height: Math.ceil(height) });
const languages = ['en', 'vi', 'ru'];

async function loadCallCenter(page) {
  await page.setInputFiles('#file-input', [callCenter]);
  return waitForState(page, () => {
    const state = window.carescore.state();
    return state.files.length > 0 && state.files.every((f) => f.finished) && state.analysis.records.contact > 0;
  });
}

// Waits until the app has drawn a frame with the given analysis generation and ui item.
async function drawn(page, item) {
  return waitForState(page, (name) => Boolean(window.carescore.state().ui[name]), 30000, item);
}

test('the app opens on the demo shop scorecard, with the banner that says so', async () => {
  const app = await openApp({ viewport: { width: 1400, height: 900 } });
  try {
    const state = await waitForState(app.page, () => {
      const s = window.carescore.state();
      return s.files.length > 0 && s.files.every((f) => f.demo && f.finished) && Object.keys(s.ui).some((k) => k.startsWith('card_') && !k.startsWith('card_drilldown_'));
    });
    assert.ok(state.ui.demo_banner, 'the demo banner is drawn');
    assert.ok(state.analysis.records.contact > 0);
    const scorecard = await app.page.evaluate(() => window.carescore.scorecard());
    assert.equal(scorecard.format, 'carescore-scorecard');
    assert.equal(scorecard.standards.length, Object.keys(state.ui).filter((k) => k.startsWith('card_') && !k.startsWith('card_drilldown_')).length);
    const { png } = await screenshot(app.page, 'demo-scorecard-en');
    const image = decodePng(png);
    assert.ok(inkPixels(image, rectOf(state.ui.demo_banner)) > 500, 'the banner text is drawn');
    assert.ok((await app.page.locator('#live-summary').textContent()).length > 10);

    // Dropping one's own file replaces the demo, and the banner goes.
    await loadCallCenter(app.page);
    const mine = await waitForState(app.page, () => !window.carescore.state().ui.demo_banner);
    assert.deepEqual(mine.files.map((f) => [f.name, f.demo]), [['Call_Center.csv', false]]);
    assert.deepEqual(app.observed.consoleErrors, []);
    assert.deepEqual(app.observed.pageErrors, []);
    assert.deepEqual(foreignRequests(app.observed, app.origin), []);
  } finally {
    await app.close();
  }
});

test('exports download and parse back: JSON is the scorecard, CSV and HTML name the standards', async () => {
  const app = await openApp();
  try {
    await waitForState(app.page, () => window.carescore.state().files.some((f) => f.demo && f.finished));
    const page = app.page;
    const scorecard = await page.evaluate(() => window.carescore.scorecard());
    const downloads = [];
    page.on('download', (download) => downloads.push(download));
    const exported = {};
    for (const format of ['json', 'csv', 'html']) {
      exported[format] = await page.evaluate((f) => window.carescore.exportScorecard(f), format);
    }
    // Downloads are offered after the next frame.
    for (let i = 0; i < 50 && downloads.length < 3; ++i) await page.waitForTimeout(100);
    assert.deepEqual(downloads.map((d) => d.suggestedFilename()).sort(),
      ['carescore-report.html', 'carescore-scorecard.csv', 'carescore-scorecard.json']);
    assert.deepEqual(JSON.parse(exported.json.text), scorecard);
    const firstId = scorecard.standards[0].id;
    assert.ok(exported.csv.text.includes(firstId), 'the CSV lists the standards');
    assert.match(exported.html.text, /<html/);
    await assert.rejects(page.evaluate(() => window.carescore.exportScorecard('pdf')), /unknown export format/);
    assert.deepEqual(foreignRequests(app.observed, app.origin), []);
  } finally {
    await app.close();
  }
});

test('the scorecard and a drill-down draw in every language, with the summary in the live region', async () => {
  const app = await openApp({ viewport: { width: 1400, height: 1000 } });
  try {
    const loaded = await loadCallCenter(app.page);
    assert.equal(loaded.analysis.records.contact, 1772, 'every call of the file is analysed');
    await app.page.evaluate(() => window.carescore.setPeriod('all'));
    const summaries = new Set();
    for (const language of languages) {
      await app.page.evaluate((code) => { window.carescore.setLanguage(code); window.carescore.openStandard(''); }, language);
      // The drill-down's charts are cards too (card_drilldown_*): wait for the scorecard's own.
      const state = await waitForState(app.page, (code) => {
        const s = window.carescore.state();
        return s.language === code && Object.keys(s.ui).some((k) => k.startsWith('card_') && !k.startsWith('card_drilldown_'));
      }, 30000, language);
      const cards = Object.keys(state.ui).filter((k) => k.startsWith('card_') && !k.startsWith('card_drilldown_'));
      assert.ok(cards.length >= 10, `one card per standard (${cards.length})`);
      const { png } = await screenshot(app.page, `scorecard-${language}`);
      const image = decodePng(png);
      assert.ok(inkPixels(image, rectOf(state.ui[cards[0]])) > 300, 'the first card is drawn');
      assert.ok(inkPixels(image, rectOf(state.ui.summary)) > 300, 'the summary bar is drawn');
      const live = await app.page.locator('#live-summary').textContent();
      assert.ok(live.length > 10, 'the live region holds the summary');
      summaries.add(live);

      // A standard with a verdict: its drill-down has charts to draw.
      const scorecard = await app.page.evaluate(() => window.carescore.scorecard());
      const standard = scorecard.standards.find((x) => x.verdict === 'fail' || x.verdict === 'pass').id;
      await app.page.evaluate((id) => window.carescore.openStandard(id), standard);
      const drill = await waitForState(app.page, () => Boolean(window.carescore.state().ui.drilldown_title));
      assert.equal(drill.analysis.standard, standard);
      const shot = decodePng((await screenshot(app.page, `drilldown-${language}`)).png);
      assert.ok(inkPixels(shot, rectOf(drill.ui.drilldown_title)) > 100, 'the drill-down title is drawn');
      assert.ok(drill.ui.drilldown_rows && drill.ui.chart_drilldown_per_day && drill.ui.chart_drilldown_hour_of_week, 'every part of the drill-down is laid out');
    }
    assert.equal(summaries.size, 3, 'the live summary follows the language');
    assert.deepEqual(await app.page.evaluate(() => window.carescore.missingGlyphs('↑↓← –·≥≤')), [], 'the marks cards use have glyphs');
    assert.deepEqual(app.observed.consoleErrors, []);
    assert.deepEqual(app.observed.pageErrors, []);
    assert.deepEqual(foreignRequests(app.observed, app.origin), []);
  } finally {
    await app.close();
  }
});

test('every tab and the settings window draw in every language', async () => {
  const app = await openApp();
  try {
    await loadCallCenter(app.page);
    for (const language of languages) {
      await app.page.evaluate((code) => window.carescore.setLanguage(code), language);
      for (const view of ['scorecard', 'trends', 'service_level', 'surveys', 'agents', 'topics', 'goals', 'data']) {
        await app.page.evaluate((name) => window.carescore.openView(name), view);
        const state = await waitForState(app.page, (name) => window.carescore.state().analysis.view === name, 30000, view);
        assert.ok(state.ui[`tab_${view}`], `the ${view} tab is drawn`);
        const { png } = await screenshot(app.page, `view-${view}-${language}`);
        assert.ok(inkPixels(decodePng(png), rectOf(state.ui[`tab_${view}`])) > 50, `the ${view} tab label is drawn`);
      }
      const [x, y, width, height] = (await app.page.evaluate(() => window.carescore.state())).ui.settings;
      await app.page.mouse.click(x + width / 2, y + height / 2);
      await drawn(app.page, 'settings_window');
      // A window that appears centred takes its place a frame later: click where it settled.
      const state = await settle(app.page);
      const { png } = await screenshot(app.page, `settings-${language}`);
      assert.ok(inkPixels(decodePng(png), rectOf(state.ui.settings_window)) > 1000, 'the settings window is drawn');
      const [cx, cy, cw, ch] = state.ui.settings_close;
      await app.page.mouse.click(cx + cw / 2, cy + ch / 2);
      await waitForState(app.page, () => !window.carescore.state().ui.settings_window);
    }
    assert.deepEqual(app.observed.pageErrors, []);
  } finally {
    await app.close();
  }
});

test('period, filters, profile and a column mapping through the API; bad input is refused', async () => {
  const app = await openApp();
  try {
    const loaded = await loadCallCenter(app.page);
    const page = app.page;
    await page.evaluate(() => window.carescore.setPeriod({ from: '2016-01-01', to: '2016-01-31', compare: false }));
    let state = await page.evaluate(() => window.carescore.state());
    assert.deepEqual(state.analysis.period, { from: '2016-01-01', to: '2016-01-31' });
    assert.equal(state.analysis.comparison, null);
    await assert.rejects(page.evaluate(() => window.carescore.setPeriod('someday')), /unknown period preset/);
    await assert.rejects(page.evaluate(() => window.carescore.setFilters({ colour: ['red'] })), /unknown filter field/);
    await assert.rejects(page.evaluate(() => window.carescore.openView('nowhere')), /unknown view/);

    const agents = loaded.analysis.filterValues.agent;
    assert.ok(agents > 1, 'the agent combo lists the agents');
    await page.evaluate(() => window.carescore.setFilters({ agent: ['Jim'] }));
    state = await page.evaluate(() => window.carescore.state());
    assert.deepEqual(state.analysis.filters, { agent: ['Jim'] });

    // The mapping: Agent no longer maps to agent; the analysis is rebuilt and the combo empties.
    const file = state.files[0];
    const before = state.analysis.generation;
    await page.evaluate((id) => window.carescore.setColumnField(id, 'Agent', ''), file.id);
    state = await page.evaluate(() => window.carescore.state());
    assert.ok(state.analysis.generation > before);
    assert.equal(state.analysis.filterValues.agent, 0);
    assert.equal(state.analysis.records.contact, loaded.analysis.records.contact);

    // A profile from the page: added and made active.
    const profile = { format: 'carescore-profile', version: 1, id: 'tiny', name: { en: 'Tiny', vi: 'Nhỏ', ru: 'Малый' },
      groups: [{ id: 'g', label: { en: 'G', vi: 'G', ru: 'G' } }],
      standards: [{ id: 'calls_answered', group: 'g', label: { en: 'Calls answered', vi: 'Cuộc gọi được trả lời', ru: 'Отвеченные звонки' },
        explanation: { en: 'x', vi: 'x', ru: 'x' }, metric: { key: 'service_level' }, target: { comparator: '>=', value: 80 },
        source: { industry_default: true, note: 'test' } }] };
    await page.evaluate((p) => { window.carescore.setProfile(p); window.carescore.openView('scorecard'); }, profile);
    state = await waitForState(page, () => Object.keys(window.carescore.state().ui).some((k) => k === 'card_calls_answered'));
    assert.equal(state.analysis.profile, 'tiny');
    assert.deepEqual(app.observed.pageErrors, []);
  } finally {
    await app.close();
  }
});

test('a broken file leaves the analysed data intact', async () => {
  const app = await openApp();
  try {
    const loaded = await loadCallCenter(app.page);
    await app.page.evaluate(() => window.carescore.loadFiles([
      { name: 'cut.json', bytes: new TextEncoder().encode('[{"id": 1}, {"id": 2, "subj') }]));
    const state = await waitForState(app.page, () => window.carescore.files().length === 2 && window.carescore.files()[1].finished);
    assert.equal(state.files[1].read.ok, false);
    assert.equal(state.analysis.generation, loaded.analysis.generation, 'nothing analysed changed');
    assert.deepEqual(state.analysis.records, loaded.analysis.records);
  } finally {
    await app.close();
  }
});

test('settings survive a reload, rows never reach browser storage, and forget everything clears it', async () => {
  const app = await openApp();
  try {
    const page = app.page;
    await loadCallCenter(page);
    await page.evaluate(() => {
      window.carescore.setLanguage('vi');
      window.carescore.setTheme('dark');
      window.carescore.setPeriod({ preset: 'last_7_days', compare: false });
    });
    await page.waitForFunction(() => (localStorage.getItem('carescore.settings') || '').includes('"vi"'));
    const stored = await page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])));
    // Only what changed is written: here the settings (profiles and mappings are as shipped).
    assert.deepEqual(Object.keys(stored).sort(), ['carescore.settings']);
    for (const value of Object.values(stored)) assert.ok(!value.includes('ID1771') && !value.includes('Fridge'), 'no cell of the file is stored');

    await page.reload();
    await page.evaluate(() => window.carescore.ready);
    const state = await page.evaluate(() => window.carescore.state());
    assert.equal(state.language, 'vi');
    assert.equal(state.theme, 'dark');
    assert.equal(state.analysis.preset, 'last_7_days');
    assert.equal(state.files.filter((f) => !f.demo).length, 0, 'the data itself is not kept');
    await screenshot(page, 'reloaded-vi-dark');

    await page.evaluate(() => window.carescore.forgetEverything());
    await waitForState(page, () => window.carescore.state().language === 'en');
    assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), [], 'browser storage is empty');
    assert.deepEqual(foreignRequests(app.observed, app.origin), []);
  } finally {
    await app.close();
  }
});

test('the demo scorecard read through the API equals the CLI\'s JSON for the same files, zone and period', async (t) => {
  const cli = process.env.CARESCORE_CLI;
  const demoDir = process.env.CARESCORE_DEMO;
  const { execFile } = await import('node:child_process');
  const { readdir } = await import('node:fs/promises');
  const { existsSync } = await import('node:fs');
  if (!cli || !existsSync(cli)) {
    t.skip(`no native CLI at ${cli}: build the native preset first`);
    return;
  }
  const app = await openApp();
  try {
    const state = await waitForState(app.page, () => {
      const s = window.carescore.state();
      return s.files.length > 0 && s.files.every((f) => f.demo && f.finished) && s.analysis.period;
    });
    const { from, to } = state.analysis.period;
    const files = (await readdir(demoDir)).filter((name) => name.endsWith('.csv')).sort().map((name) => join(demoDir, name));
    const output = await new Promise((resolve, reject) => {
      execFile(cli, ['score', ...files, '--tz', state.analysis.zone, '--from', from, '--to', to, '--format', 'json'],
        { maxBuffer: 64 << 20 }, (error, stdout, stderr) => (error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout)));
    });
    const expected = JSON.parse(output);
    const actual = await app.page.evaluate(() => window.carescore.scorecard());
    assert.deepEqual(actual, expected);
  } finally {
    await app.close();
  }
});
