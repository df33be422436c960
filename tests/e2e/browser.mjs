// Launches Debian's Chromium through playwright-core, with the flags this machine needs
// (no sandbox as root, no background network traffic), and the page helpers the end-to-end
// tests and the benchmark share.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';

import { serve } from './server.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The built widget: `trunk build --release` output. BSC_DIST points elsewhere if needed. */
export const DIST = resolve(process.env.BSC_DIST || join(ROOT, 'dist'));

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launch(extraArgs = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
}

/** The files of dist/, as paths relative to it ('loader.js', 'locales/fr.json', ...). */
export function distFiles(dist = DIST) {
  return readdirSync(dist, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dist, join(entry.parentPath ?? entry.path, entry.name)).split(sep).join('/'))
    .filter((path) => !path.startsWith('.'));
}

/** Fails early, with the fix, when dist/ is missing or is not a release build. */
export function assertReleaseDist(dist = DIST) {
  let files;
  try {
    files = distFiles(dist);
  } catch {
    throw new Error(`${dist} does not exist: run \`trunk build --release\` first`);
  }
  for (const name of ['index.html', 'loader.js', 'braze-s3-companion.js', 'braze-s3-companion_bg.wasm', 'widget.css']) {
    if (!files.includes(name)) throw new Error(`${dist}/${name} is missing: run \`trunk build --release\``);
  }
}

// ---------------------------------------------------------------------------------------
// Page helpers

// The live widget that owns the URL: `data-live` (docs/contract.md) tells it from the pre-render
// the page shows until the wasm takes over.
export const ROOT_SELECTOR = '[data-url-state][data-live] .bsc';

/** A page of a new context that records console errors and uncaught exceptions. */
export async function openPage(browser, { contextOptions = {}, initScripts = [] } = {}) {
  const context = await browser.newContext(contextOptions);
  for (const script of initScripts) await context.addInitScript(script);
  const page = await context.newPage();
  const errors = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = message.location()?.url ?? '';
    // The browser's own favicon request (dist/ has no icon; a docs site has its own).
    if (/\/favicon\.ico$/.test(where)) return;
    errors.push(`console.error: ${message.text()}${where ? ` (${where})` : ''}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  return { context, page, errors };
}

/** Opens `url` and waits until the widget is interactive (its bucket field is in the page). */
export async function gotoWidget(page, url) {
  await page.goto(url);
  await page.waitForSelector(`${ROOT_SELECTOR} input[name="bucket"]`, { timeout: 20_000 });
}

/** The widget's text field `name` (the URL key; an <input>, or the checker's <textarea>). */
export function field(page, name) {
  return page.locator(`${ROOT_SELECTOR} :is(input, textarea)[name="${name}"]`).first();
}

/**
 * Replaces a text field's value by real keystrokes, as a reader does: select all, then type
 * character by character (the first one replaces the selection), or delete for an empty text.
 */
export async function retype(page, name, text) {
  const input = field(page, name);
  await input.click();
  await input.press('ControlOrMeta+a');
  if (text === '') await input.press('Backspace');
  else await input.pressSequentially(text);
}

export function snippet(page, id) {
  return page.locator(`${ROOT_SELECTOR} [data-snippet="${id}"]`);
}

/** The `<code>` text of snippet `id` (what its copy button copies). */
export function snippetCode(page, id) {
  return snippet(page, id).locator('code').textContent();
}

/**
 * Opens every `<details>` (the optional names, and the folded sections: the infrastructure
 * files, the preflight, the checker, updating credentials, troubleshooting), so all is
 * visible, and waits until each folded section is built (docs/contract.md, "Sections").
 */
export async function openNames(page, root = ROOT_SELECTOR) {
  await page.evaluate((r) => {
    for (const details of document.querySelectorAll(`${r} details`)) details.open = true;
  }, root);
  await page.waitForFunction((r) => [...document.querySelectorAll(`${r} details[data-lazy]`)]
    .every((d) => d.querySelector('.bsc-lazy-host > *')), root, { timeout: 20_000 });
}

/**
 * Opens the folded section `key` (`details[data-lazy="<key>"]`: `preflight`, `checker`,
 * `update-credentials`, `troubleshoot`, `cli-script`, `cloudformation`, `terraform`) as a
 * reader does, by its summary, and waits until its second module has built it.
 */
export async function openSection(page, key, root = ROOT_SELECTOR) {
  const details = page.locator(`${root} details[data-lazy="${key}"]`);
  if (!(await details.evaluate((d) => d.open))) await details.locator(':scope > summary').click();
  await details.locator('.bsc-lazy-host > *').first().waitFor({ timeout: 20_000 });
}

/** Names of the visible text fields of the widget (text inputs and text areas). */
export function visibleTextFields(page) {
  return page.evaluate((root) => [...document.querySelectorAll(`${root} input[type="text"], ${root} textarea`)]
    .filter((input) => input.getClientRects().length > 0)
    .map((input) => input.name), ROOT_SELECTOR);
}

/** Adds one further Currents connector row (CONTRACT: `[data-connector]`), if the case has them. */
export async function addConnector(page) {
  const rows = page.locator(`${ROOT_SELECTOR} [data-connector]`);
  const before = await rows.count();
  await page.locator(`${ROOT_SELECTOR} .bsc-connectors > button`).click();
  await rows.nth(before).waitFor();
}

/** Width overflow of the page: > 0 means the reader has to scroll sideways. */
export function horizontalOverflow(page) {
  return page.evaluate(() => document.scrollingElement.scrollWidth - window.innerWidth);
}

/** Spaces as a reader sees them (French typography puts narrow no-break spaces before ':'). */
export function plainSpaces(text) {
  return String(text ?? '').replace(/[\u00a0\u202f\u2009]/g, ' ').replace(/\s+/g, ' ').trim();
}

// ---------------------------------------------------------------------------------------
// Locale messages, read from the project's own .ftl files so that a rewording of a message
// does not break a test that only checks which message is shown.

const ftlCache = new Map();

/** The plain value of single-line message `id` in `locales/<lang>/*.ftl` (no placeables). */
export function ftl(lang, id) {
  if (!ftlCache.has(lang)) {
    const dir = join(ROOT, 'locales', lang);
    const messages = new Map();
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ftl'))) {
      for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
        const match = /^([a-z][a-z0-9-]*)\s*=\s*(.+)$/.exec(line);
        if (match) messages.set(match[1], match[2].trim());
      }
    }
    ftlCache.set(lang, messages);
  }
  const value = ftlCache.get(lang).get(id);
  if (value === undefined) throw new Error(`no message ${id} in locales/${lang}`);
  return value;
}

/**
 * Serves the release `dist/` and launches Chromium before the enclosing suite's tests, and
 * closes both after them. Read `suite.browser` / `suite.server` inside the tests.
 */
export function servedSuite(serveOptions) {
  const suite = {};
  before(async () => {
    assertReleaseDist();
    suite.server = await serve(DIST, serveOptions);
    suite.browser = await launch();
  });
  after(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  return suite;
}
