// What the browser tests of the analysis views share: the views' expected charts and labels, and
// checkViews, which opens each view in each language and checks what it drew. Not a test itself.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { decodePng, inkPixels } from './png.mjs';
import { openApp, rectOf, screenshot, settle, waitForState } from './harness.mjs';

export const viewport = { width: 1280, height: 900 };
export const texts = {};
for (const language of ['en', 'vi', 'ru'])
  texts[language] = JSON.parse(await readFile(new URL(`../../assets/i18n/${language}.json`, import.meta.url), 'utf8'));

export const views = {
  trends: { charts: ['trend'], labels: ['tab_trends', 'view_current_period', 'view_previous_period', 'metric_service_level'] },
  service_level: { charts: ['volume_heatmap', 'level_heatmap', 'staffing'], labels: ['tab_service_level', 'chart_agents_needed', 'chart_agents_seen'] },
  surveys: { charts: ['nps_buckets', 'nps_answers', 'csat_answers', 'ces_answers', 'servqual'], labels: ['tab_surveys', 'metric_nps', 'survey_promoters', 'view_comments'] },
  agents: { charts: [], labels: ['tab_agents', 'filter_agent', 'metric_first_response', 'metric_csat'] },
  topics: { charts: ['topics'], labels: ['tab_topics', 'view_topic', 'view_examples'] },
  goals: { charts: ['goal_0'], labels: ['tab_goals', 'view_step', 'view_progress', 'view_actual'] },
  standards: { charts: [], labels: ['view_standards_editor', 'view_profile_applied'] },
};

// The app at the views' window size, analysing a generated dataset instead of the demo.
export async function openWithData(contacts = 20000) {
  const app = await openApp({ viewport });
  await settle(app.page, (n) => window.carescore.useGeneratedData(n), contacts);
  return app;
}

// The part of a rectangle inside the window (a view taller than the window scrolls).
function visible(rect) {
  const x = Math.max(0, rect.x), y = Math.max(0, rect.y);
  return { x, y, width: Math.max(0, Math.min(viewport.width, rect.x + rect.width) - x), height: Math.max(0, Math.min(viewport.height, rect.y + rect.height) - y) };
}

// Runs `action` and waits until the open view shows its results: a view may draw "computing…"
// for a frame first (service level: Erlang per hour of week).
export async function shown(page, action = () => {}, arg = undefined) {
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
export async function checkViews(app, prefix, expectations) {
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
