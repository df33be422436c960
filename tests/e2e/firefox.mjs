// Launches Debian's Firefox ESR through puppeteer-core over WebDriver BiDi (Playwright cannot
// drive a stock Firefox), and the page helpers the Firefox smoke needs: the same URLs and
// selectors as the Chromium suite (browser.mjs), written against Puppeteer's API.
import { existsSync } from 'node:fs';
import { after, before } from 'node:test';
import puppeteer from 'puppeteer-core';

import { assertReleaseDist, DIST, ROOT_SELECTOR } from './browser.mjs';
import { serve } from './server.mjs';

export const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

/** Preferences of the test profile: no first-run pages, no background traffic. */
const PREFS = {
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.reportingpolicy.firstRun': false,
  'app.update.disabledForTesting': true,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'extensions.update.enabled': false,
  // Lets a test read the clipboard back (navigator.clipboard.readText) without Firefox's paste
  // prompt; writing stays as for a reader: only from a click.
  'dom.events.testing.asyncClipboard': true,
  // The reader's language is the page's business: the browser itself asks for English.
  'intl.accept_languages': 'en-US, en',
};

/** Headless Firefox ESR (as root too: Firefox has no sandbox flag to drop, only MOZ_HEADLESS). */
export function launchFirefox() {
  if (!existsSync(FIREFOX_PATH)) {
    throw new Error(`${FIREFOX_PATH} is missing: run scripts/setup.sh (apt-get install firefox-esr)`);
  }
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    extraPrefsFirefox: PREFS,
    env: { ...process.env, MOZ_HEADLESS: '1' },
    protocolTimeout: 60_000,
  });
}

/**
 * Serves the release `dist/` (once plainly, once under `csp` if given) and launches Firefox
 * before the enclosing suite's tests, and closes all after them.
 */
export function firefoxSuite({ csp = null } = {}) {
  const suite = {};
  before(async () => {
    assertReleaseDist();
    suite.server = await serve(DIST);
    if (csp) suite.cspServer = await serve(DIST, { csp });
    suite.browser = await launchFirefox();
  });
  after(async () => {
    await suite.browser?.close();
    await suite.server?.close();
    await suite.cspServer?.close();
  });
  return suite;
}

/**
 * A page of a new browser context (its own storage) that records console errors and uncaught
 * exceptions; `initScripts` run in every document before the page's own scripts.
 */
export async function openFirefoxPage(browser, { initScripts = [] } = {}) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  for (const script of initScripts) await page.evaluateOnNewDocument(script);
  const errors = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = message.location()?.url ?? '';
    if (/\/favicon\.ico$/.test(where)) return;
    errors.push(`console.error: ${message.text()}${where ? ` (${where})` : ''}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  return { context, page, errors };
}

/** Opens `url` and waits until the widget is interactive (its bucket field is in the page). */
export async function gotoWidget(page, url) {
  const response = await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector(`${ROOT_SELECTOR} input[name="bucket"]`, { timeout: 20_000 });
  return response;
}

const fieldSelector = (name) => `${ROOT_SELECTOR} :is(input, textarea)[name="${name}"]`;

/** The current value of the widget's text field `name`. */
export function fieldValue(page, name) {
  return page.$eval(fieldSelector(name), (input) => input.value);
}

/** Replaces a text field's value by real keystrokes, as a reader does: select all, then type. */
export async function retype(page, name, text) {
  await page.click(fieldSelector(name));
  await page.keyboard.down('Control');
  await page.keyboard.press('a');
  await page.keyboard.up('Control');
  if (text === '') await page.keyboard.press('Backspace');
  else await page.keyboard.type(text);
}

export const snippetSelector = (id) => `${ROOT_SELECTOR} [data-snippet="${id}"]`;

/** The `<code>` text of snippet `id` (what its copy button copies), or null when it has none. */
export function snippetCode(page, id) {
  return page.evaluate((selector) => document.querySelector(`${selector} code`)?.textContent ?? null,
    snippetSelector(id));
}

/** The ids of the snippets shown, in page order. */
export function snippetIds(page, prefix = '') {
  const selector = prefix ? `[data-snippet^="${prefix}"]` : '[data-snippet]';
  return page.$$eval(`${ROOT_SELECTOR} ${selector}`, (nodes) => nodes.map((n) => n.dataset.snippet));
}

/** Waits until `fn(...args)` is true in the page (5 s unless told). */
export function until(page, fn, args = [], timeout = 5_000) {
  return page.waitForFunction(fn, { timeout, polling: 50 }, ...args);
}

/** The URL query as an object. */
export function params(page) {
  return page.evaluate(() => Object.fromEntries(new URLSearchParams(location.search)));
}
