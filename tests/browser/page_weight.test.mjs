// SPEC §6: the page's .wasm + .js (the UI font is inside the .wasm) weigh at most 3 MB before
// compression: small businesses open it over whatever connection they have, and intranet portals
// embed it. The demo data is written by the page at start, not shipped (src/app/demo_files.cpp).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.env.CARESCORE_DIST;
const kBudgetBytes = 3_000_000;

test('carescore.wasm + carescore.js are at most 3 MB', () => {
  assert.ok(dist, 'CARESCORE_DIST is not set');
  const wasm = statSync(join(dist, 'carescore.wasm')).size;
  const js = statSync(join(dist, 'carescore.js')).size;
  console.log(`carescore.wasm ${wasm} bytes + carescore.js ${js} bytes = ${wasm + js} (budget ${kBudgetBytes})`);
  assert.ok(wasm + js <= kBudgetBytes, `the page weighs ${wasm + js} bytes, over the ${kBudgetBytes} of SPEC §6`);
});
