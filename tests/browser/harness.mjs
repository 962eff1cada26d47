// Shared harness of the browser tests: serves the built page from 127.0.0.1, drives Debian's
// Chromium through playwright-core (never a downloaded browser), and records every request, console
// error and page error, so each test can assert that nothing left the machine and nothing failed.
import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, serveFolders } from './local_server.mjs';

export { chromiumArgs };

const need = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the browser tests through ctest (scripts/test)`);
  return value;
};
export const distDir = need('CARESCORE_DIST');
export const artifactsDir = need('CARESCORE_ARTIFACTS');
export const sharedDir = need('CARESCORE_SHARED');

// Serves `root` on a free port of 127.0.0.1; `pages` maps a path ('/parent.html') to a page held in
// memory, served instead of (or beside) the folder's files.
export const serve = (root, pages = {}) => serveFolders({ '/': root }, pages);

// Headless Chromium with a fresh profile, recording every request, console error and page error.
export async function launchBrowser({ viewport = { width: 1280, height: 800 }, deviceScaleFactor = 1 } = {}) {
  const userDataDir = await mkdtemp(join(tmpdir(), 'carescore-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium', headless: true, args: chromiumArgs, viewport, deviceScaleFactor,
  });
  const observed = { requests: [], consoleErrors: [], consoleWarnings: [], pageErrors: [] };
  context.on('request', (request) => observed.requests.push(request.url()));
  const page = context.pages()[0] ?? await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') observed.consoleErrors.push(message.text());
    if (message.type() === 'warning') observed.consoleWarnings.push(message.text());
  });
  page.on('pageerror', (error) => observed.pageErrors.push(String(error)));
  const close = async () => {
    await context.close();
    await rm(userDataDir, { recursive: true, force: true });
  };
  return { page, context, observed, close };
}

// Opens the app in a fresh browser profile: the built page from a local server, or `fileUrl` (the
// single-file build, from file://). Returns the page plus what was observed on the way.
export async function openApp({ viewport, deviceScaleFactor, fileUrl = null } = {}) {
  const { server, origin } = fileUrl ? { server: null, origin: 'file://' } : await serve(distDir);
  const browser = await launchBrowser({ viewport, deviceScaleFactor });
  await browser.page.goto(fileUrl ?? `${origin}/index.html`);
  await browser.page.evaluate(() => window.carescore.ready);
  const close = async () => {
    await browser.close();
    server?.close();
  };
  return { ...browser, origin, close };
}

// Requests that went anywhere but the local server (data: and blob: URLs stay in the page).
export function foreignRequests(observed, origin) {
  return observed.requests.filter((url) => !url.startsWith(origin + '/') && !/^(data|blob):/.test(url));
}

export async function screenshot(page, name, options = {}) {
  await mkdir(artifactsDir, { recursive: true });
  const path = join(artifactsDir, `${name}.png`);
  const png = await page.screenshot({ path, ...options });
  return { path, png };
}

// Waits until `predicate` (evaluated in the page, given `arg`) holds, then returns the app's state.
export async function waitForState(page, predicate, timeout = 30000, arg = undefined) {
  await page.waitForFunction(predicate, arg, { timeout, polling: 50 });
  return page.evaluate(() => window.carescore.state());
}

// Runs `action` in the page and waits until at least two frames were drawn after it, so the state
// and the pixels both show its effect. Returns the state.
export async function settle(page, action = () => {}, arg = undefined) {
  const before = await page.evaluate(() => window.carescore.framesRendered());
  await page.evaluate(action, arg);
  await page.waitForFunction((n) => window.carescore.framesRendered() >= n + 2, before, { polling: 20 });
  return page.evaluate(() => window.carescore.state());
}

// Frames drawn in one second of rest: 0 when an idle page draws nothing. Rest is when no frame came
// for 1.5 s (the page settles a second and three frames after a change, which slow frames on a busy
// machine stretch); a page that never rests within 20 s gives the frames of its last second.
export async function framesWhileIdle(page) {
  const frames = () => page.evaluate(() => window.carescore.framesRendered());
  for (const deadline = Date.now() + 20000; Date.now() < deadline;) {
    const before = await frames();
    await page.waitForTimeout(1500);
    if (await frames() === before) break;
  }
  const before = await frames();
  await page.waitForTimeout(1000);
  return (await frames()) - before;
}

// The rectangle of a named UI item (state.ui), in whole CSS pixels.
export const rectOf = (state, name) => {
  const [x, y, width, height] = state.ui[name];
  return { x: Math.round(x), y: Math.round(y), width: Math.round(width), height: Math.round(height) };
};

// Moves the mouse onto a named UI item and clicks its middle.
export async function click(page, state, name) {
  const { x, y, width, height } = rectOf(state, name);
  await page.mouse.move(x + width / 2, y + height / 2);
  await page.mouse.click(x + width / 2, y + height / 2);
}
