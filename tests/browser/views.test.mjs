// The analysis views in the real page over the demo shop and over a generated dataset
// (window.carescore.useGeneratedData), opened with window.carescore.openView: each view in English,
// Vietnamese and Russian saves a screenshot, has drawing in every chart card, reports the labels it
// showed in that language and no English text of the app;
// comment search narrows the list; the standards editor applies a change, exports and imports a
// profile and shows validation messages with their path; a chart card saves as PNG; nothing errs
// or leaves the page; an idle view does not redraw.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { decodePng, inkPixels } from './png.mjs';
import { click, foreignRequests, openApp, rectOf, screenshot, settle, waitForState } from './harness.mjs';

const viewport = { width: 1280, height: 900 };
const texts = {};
for (const language of ['en', 'vi', 'ru'])
  texts[language] = JSON.parse(await readFile(new URL(`../../assets/i18n/${language}.json`, import.meta.url), 'utf8'));

const views = {
  trends: { charts: ['trend'], labels: ['tab_trends', 'view_current_period', 'view_previous_period', 'metric_service_level'] },
  service_level: { charts: ['volume_heatmap', 'level_heatmap', 'staffing'], labels: ['tab_service_level', 'chart_agents_needed', 'chart_agents_seen'] },
  surveys: { charts: ['nps_buckets', 'nps_answers', 'csat_answers', 'ces_answers', 'servqual'], labels: ['tab_surveys', 'metric_nps', 'survey_promoters', 'view_comments'] },
  agents: { charts: [], labels: ['tab_agents', 'filter_agent', 'metric_first_response', 'metric_csat'] },
  topics: { charts: ['topics'], labels: ['tab_topics', 'view_topic', 'view_examples'] },
  goals: { charts: ['goal_0'], labels: ['tab_goals', 'view_step', 'view_progress', 'view_actual'] },
  standards: { charts: [], labels: ['view_standards_editor', 'view_profile_applied'] },
};

// The part of a rectangle inside the window (a view taller than the window scrolls).
function visible(rect) {
  const x = Math.max(0, rect.x), y = Math.max(0, rect.y);
  return { x, y, width: Math.max(0, Math.min(viewport.width, rect.x + rect.width) - x), height: Math.max(0, Math.min(viewport.height, rect.y + rect.height) - y) };
}

async function openWithData(contacts = 20000) {
  const app = await openApp({ viewport });
  await settle(app.page, (n) => window.carescore.useGeneratedData(n), contacts);
  return app;
}

// Runs `action` and waits until the open view shows its results: a view may draw "computing…"
// for a frame first (service level: Erlang per hour of week).
async function shown(page, action = () => {}, arg = undefined) {
  await settle(page, action, arg);
  await waitForState(page, () => !window.carescore.state().view.computing);
  // Two frames more (a scroll bar that appears takes its width a frame later). The page draws only
  // for a second after a change, so make one: the same language again.
  return settle(page, () => window.carescore.setLanguage(window.carescore.state().language));
}

// English texts of the app shown in another language: a label or note equal to an English text of
// the catalogue that the language words differently (engine texts, e.g. formulas, are not in it).
function englishIn(language, shown) {
  const english = new Map(Object.entries(texts.en).map(([key, text]) => [text, key]));
  return shown.filter((text) => english.has(text) && texts[language][english.get(text)] !== text);
}

// Opens each view in each language, saves a screenshot `${prefix}-${view}-${language}`, and checks
// that each expected chart drew points and ink inside its card, the expected labels are there in
// that language, every character has a glyph, and no English text of the app leaks.
async function checkViews(app, prefix, expectations) {
  for (const [view, expected] of Object.entries(expectations)) {
    for (const language of ['en', 'vi', 'ru']) {
      const state = await shown(app.page, (args) => {
        window.carescore.setLanguage(args.language);
        window.carescore.openView(args.view);
      }, { view, language });
      assert.equal(state.view.name, view);
      const { png } = await screenshot(app.page, `${prefix}-${view}-${language}`);
      const image = decodePng(png);
      for (const chart of expected.charts) {
        assert.ok(state.view.charts[chart] > 0, `${view}/${chart} drew points (${state.view.charts[chart]})`);
        const rect = visible(rectOf(state, `card_${chart}`));
        assert.ok(rect.height > 100, `${view}/${chart} is on screen`);
        const ink = inkPixels(image, rect);
        assert.ok(ink > rect.width * rect.height * 0.02, `${view}/${chart} in ${language} has drawing in it (${ink} px)`);
      }
      for (const key of expected.labels)
        assert.ok(state.view.labels.includes(texts[language][key]), `${view} in ${language} shows "${texts[language][key]}"`);
      assert.ok(!state.view.notes.includes(texts[language].view_not_ready), `${view} is ready`);
      if (language !== 'en')
        assert.deepEqual(englishIn(language, [...state.view.labels, ...state.view.notes]), [], `${view} in ${language}: no English`);
      const missing = await app.page.evaluate((labels) => window.carescore.missingGlyphs(labels.join(' ')), state.view.labels);
      assert.deepEqual(missing, [], `${view} in ${language}: every character has a glyph`);
    }
  }
}

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
    await app.page.waitForTimeout(1500);
    const before = await app.page.evaluate(() => window.carescore.framesRendered());
    await app.page.waitForTimeout(1000);
    assert.equal(await app.page.evaluate(() => window.carescore.framesRendered()), before);
  } finally {
    await app.close();
  }
});
