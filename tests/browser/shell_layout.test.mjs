// The shell's top rows in the real page: the top bar lays out without overlaps at 1024, 1280 and
// 1920 px in English, Vietnamese and Russian (screenshots topbar-<lang>-<width>.png), and the banner
// says what is analysed: the demo shop, generated test data with its count, or nothing for the
// user's own file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { decodePng, inkPixels } from './png.mjs';
import { openApp, rectOf, screenshot, settle, sharedDir, waitForState } from './harness.mjs';

const topBarItems = ['brand', 'open_files', 'period', 'comparison', 'profile', 'languages', 'theme_toggle', 'settings'];
const apart = (a, b) => a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;

test('no two items of the top bar overlap, in every language at 1024, 1280 and 1920 px', async () => {
  const app = await openApp({ viewport: { width: 1024, height: 700 } });
  try {
    for (const width of [1024, 1280, 1920]) {
      await app.page.setViewportSize({ width, height: 700 });
      for (const language of ['en', 'vi', 'ru']) {
        await settle(app.page, (code) => window.carescore.setLanguage(code), language);
        const state = await waitForState(app.page, ([code, w]) => {
          const s = window.carescore.state();
          return s.language === code && s.ui.settings && s.ui.filter_channel && s.ui.settings[0] + s.ui.settings[2] <= w &&
            s.ui.settings[0] + s.ui.settings[2] > w - 40;  // laid out for this width
        }, 30000, [language, width]);
        const rects = Object.fromEntries(topBarItems.map((name) => [name, state.ui[name] && floatRect(state.ui[name])]));
        const bottom = Math.max(...topBarItems.map((name) => rects[name].y + rects[name].height));
        const { png } = await screenshot(app.page, `topbar-${language}-${width}`, { clip: { x: 0, y: 0, width, height: Math.ceil(bottom) + 4 } });
        assert.ok(inkPixels(decodePng(png)) > 500, `${language} ${width}: the top bar is drawn`);
        for (const [i, a] of topBarItems.entries()) {
          assert.ok(rects[a], `${language} ${width}: ${a} is drawn`);
          assert.ok(rects[a].x >= 0 && rects[a].x + rects[a].width <= width, `${language} ${width}: ${a} inside the window`);
          assert.ok(rects[a].y + rects[a].height <= state.ui.filter_channel[1], `${language} ${width}: ${a} above the filter row`);
          for (const b of topBarItems.slice(i + 1))
            assert.ok(apart(rects[a], rects[b]), `${language} ${width}: ${a} ${JSON.stringify(rects[a])} overlaps ${b} ${JSON.stringify(rects[b])}`);
        }
      }
    }
    assert.deepEqual(app.observed.pageErrors, []);
  } finally {
    await app.close();
  }
});

// The rectangle as the app reported it, unrounded: touching items must not count as overlapping.
function floatRect([x, y, width, height]) {
  return { x, y, width, height };
}

test('after useGeneratedData the banner says the data is generated, with its count; the user\'s file removes it', async () => {
  const app = await openApp({ viewport: { width: 1280, height: 800 } });
  try {
    let state = await waitForState(app.page, () => Boolean(window.carescore.state().ui.demo_banner));
    assert.match(state.banner, /^Demo data/);
    const expected = { en: /^Generated test data \(20,000 contacts\)/, vi: /\(20\.000 lượt liên hệ\)/, ru: /\(20\u00a0000 обращений\)/ };
    await settle(app.page, () => window.carescore.useGeneratedData(20000));
    for (const language of ['en', 'vi', 'ru']) {
      await settle(app.page, (code) => window.carescore.setLanguage(code), language);
      state = await waitForState(app.page, (code) => window.carescore.state().language === code && Boolean(window.carescore.state().ui.generated_banner), 30000, language);
      assert.match(state.banner, expected[language]);
      assert.equal(state.ui.demo_banner, undefined, 'no demo banner over generated data');
      const { png } = await screenshot(app.page, `banner-generated-${language}`);
      assert.ok(inkPixels(decodePng(png), rectOf(state, 'generated_banner')) > 300, `${language}: the banner's words are drawn`);
    }
    await app.page.setInputFiles('#file-input', [join(sharedDir, 'data', 'AnandBakode008__call-center-performance-analysis', 'Call_Center.csv')]);
    state = await waitForState(app.page, () => {
      const s = window.carescore.state();
      return s.files.length > 0 && s.files.every((f) => f.finished && !f.demo) && s.analysis.records.contact > 0 && !s.ui.generated_banner;
    });
    assert.equal(state.banner, '');
    assert.equal(state.ui.demo_banner, undefined);
    assert.deepEqual(app.observed.pageErrors, []);
  } finally {
    await app.close();
  }
});
