// End to end, issue 12: a host, a server or a crash that would blank the widget. Each test is a
// reproduction that failed on the build before the fix: a page requiring Trusted Types, a
// language file that never arrives, a language switch that fails, a wasm trap.
//
// Run after `trunk build --release`:  node --test --test-concurrency=1 tests/e2e/
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';

import { DIST, openPage, ROOT_SELECTOR, servedSuite } from './browser.mjs';
import { STRICT_CSP } from './server.mjs';

const TRUSTED_TYPES_CSP = `${STRICT_CSP}; require-trusted-types-for 'script'`;

const CSP_PROBE = () => {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push(`${e.effectiveDirective} at ${e.sourceFile}:${e.lineNumber}`);
  });
};

/** Two widgets, the second of which traps (a wasm `unreachable`) on its first render. */
const TRAP_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
  <link rel="stylesheet" href="widget.css"><script type="module" src="loader.js"></script></head>
  <body><div data-braze-s3-companion data-lang="en" id="first"></div>
  <div data-braze-s3-companion data-simulate-trap id="second"></div></body></html>`;

/**
 * The French file as build.rs writes it (one text, tables of numbers: src/i18n/packed.rs), with
 * a "billion laughs" added: seven messages of ten references each to the next, the last one ten
 * words, and the widget's title pointing at the first: 10^8 words if expanded in full.
 */
function billionLaughs() {
  const packed = JSON.parse(readFileSync(join(DIST, 'locales/fr.json'), 'utf8'));
  const MESSAGE = 6;
  const TEXT = 0;
  // Spans count UTF-8 bytes, as in Rust; what is added here is ASCII.
  let bytes = Buffer.from(packed.text, 'utf8');
  const span = (text) => {
    const start = bytes.length;
    bytes = Buffer.concat([bytes, Buffer.from(text, 'utf8')]);
    return [start, text.length];
  };
  const pattern = (rows) => {
    const start = packed.elements.length;
    packed.elements.push(...rows);
    return [start, rows.length];
  };
  const ids = Array.from({ length: 8 }, (_, i) => `zz-laugh-${i}`);
  const idSpans = ids.map(span);
  const word = span('ha ');
  ids.forEach((_, i) => {
    const rows = i < 7
      ? Array.from({ length: 10 }, () => [MESSAGE, ...idSpans[i + 1], 0])
      : Array.from({ length: 10 }, () => [TEXT, ...word, 0]);
    packed.entries.push([...idSpans[i], ...pattern(rows)]);
  });
  packed.text = bytes.toString('utf8');
  const idOf = ([start, len]) => bytes.subarray(start, start + len).toString('utf8');
  const title = packed.entries.find((e) => idOf(e) === 'widget-title');
  [title[2], title[3]] = pattern([[MESSAGE, ...idSpans[0], 0]]);
  packed.entries.sort((a, b) => (idOf(a) < idOf(b) ? -1 : idOf(a) > idOf(b) ? 1 : 0));
  return JSON.stringify(packed);
}

describe('issue 12: Trusted Types', () => {
  const suite = servedSuite({ csp: TRUSTED_TYPES_CSP });

  test('under require-trusted-types-for, both widgets of the demo page render and work', async () => {
    const { context, page, errors } = await openPage(suite.browser, { initScripts: [CSP_PROBE] });
    const response = await page.goto(`${suite.server.url}/?lang=en&integration=both&auth=role-arn`);
    assert.match(response.headers()['content-security-policy'], /require-trusted-types-for 'script'/);
    const forms = page.locator('[data-braze-s3-companion] .bsc .bsc-setup');
    await page.waitForFunction(() => document.querySelectorAll('[data-braze-s3-companion] .bsc-setup').length === 2,
      null, { timeout: 20_000 });
    assert.equal(await forms.count(), 2);
    const bucket = page.locator(`${ROOT_SELECTOR} input[name="bucket"]`);
    await bucket.fill('acme-trusted-types');
    await page.waitForFunction((root) => document.querySelector(`${root} [data-snippet="policy-combined"] code`)
      ?.textContent.includes('acme-trusted-types'), ROOT_SELECTOR);
    assert.equal(await page.locator('.bsc-crashed').count(), 0, 'no crash box');
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe('issue 12: languages that do not arrive, and traps', () => {
  const suite = servedSuite({ pages: { '/trap.html': TRAP_PAGE } });

  test('a language file that never arrives: English at once, then a notice, not an empty box', async () => {
    const { context, page, errors } = await openPage(suite.browser);
    await page.clock.install();
    await page.route('**/locales/de.json', () => {}); // never answered
    await page.goto(`${suite.server.url}/?lang=de`);
    await page.clock.runFor(1_000);
    const root = page.locator(ROOT_SELECTOR);
    await root.locator('input[name="bucket"]').waitFor({ timeout: 10_000 });
    assert.equal(await root.getAttribute('lang'), 'en', 'the guide shows in English meanwhile');
    assert.match(await root.locator('.bsc-lang-status').textContent(), /Deutsch/);
    assert.equal(await root.locator('select[name="lang"]').inputValue(), 'en', 'the list shows the language shown');
    await page.clock.runFor(10_000);
    const failed = root.locator('.bsc-lang-status--failed');
    await failed.waitFor();
    assert.match(await failed.textContent(), /Deutsch could not be loaded/);
    assert.match(page.url(), /lang=de/, "the link's language is kept in the URL");
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a language that arrives late replaces the English shown meanwhile', async () => {
    const { context, page, errors } = await openPage(suite.browser);
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await page.route('**/locales/de.json', async (route) => { await held; await route.continue(); });
    await page.goto(`${suite.server.url}/?lang=de`);
    const root = page.locator(ROOT_SELECTOR);
    await root.locator('input[name="bucket"]').waitFor({ timeout: 10_000 });
    assert.equal(await root.getAttribute('lang'), 'en');
    release();
    await page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('lang') === 'de', ROOT_SELECTOR);
    assert.equal(await root.locator('select[name="lang"]').inputValue(), 'de');
    assert.equal(await root.locator('.bsc-lang-status').count(), 0, 'no notice once the language is here');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a failed switch keeps the list on the language shown, says so, and can be retried', async () => {
    const { context, page } = await openPage(suite.browser);
    let failures = 1;
    await page.route('**/locales/ja.json', (route) => (failures-- > 0 ? route.abort() : route.continue()));
    await page.goto(`${suite.server.url}/?lang=en`);
    const root = page.locator(ROOT_SELECTOR);
    const select = root.locator('select[name="lang"]');
    await select.waitFor({ timeout: 20_000 });
    await select.selectOption('ja');
    const failed = root.locator('.bsc-lang-status--failed');
    await failed.waitFor();
    assert.match(await failed.textContent(), /日本語 could not be loaded/);
    assert.equal(await select.inputValue(), 'en', 'the list is back on the language shown');
    assert.equal(await root.getAttribute('lang'), 'en');
    await failed.getByRole('button').click();
    await page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('lang') === 'ja', ROOT_SELECTOR);
    assert.equal(await select.inputValue(), 'ja');
    assert.equal(await root.locator('.bsc-lang-status').count(), 0);
    await context.close();
  });

  test('choosing a failed language again in the list retries it', async () => {
    const { context, page } = await openPage(suite.browser);
    let failures = 1;
    await page.route('**/locales/ko.json', (route) => (failures-- > 0 ? route.abort() : route.continue()));
    await page.goto(`${suite.server.url}/?lang=en`);
    const root = page.locator(ROOT_SELECTOR);
    const select = root.locator('select[name="lang"]');
    await select.waitFor({ timeout: 20_000 });
    await select.selectOption('ko');
    await root.locator('.bsc-lang-status--failed').waitFor();
    await select.selectOption('ko');
    await page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('lang') === 'ko', ROOT_SELECTOR);
    await context.close();
  });

  test('a language file with a billion laughs renders, bounded, instead of running out of memory', async () => {
    const { context, page, errors } = await openPage(suite.browser);
    const body = billionLaughs();
    await page.route('**/locales/fr.json', (route) => route.fulfill({ contentType: 'application/json', body }));
    await page.goto(`${suite.server.url}/?lang=fr`);
    const root = page.locator(ROOT_SELECTOR);
    await page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('lang') === 'fr', ROOT_SELECTOR,
      { timeout: 20_000 });
    const title = await root.locator('.bsc-title').textContent();
    assert.match(title, /^(ha )+/, 'the hostile title is shown');
    assert.ok(title.length <= 64 * 1024, `the title stops at the formatter's bound: ${title.length} characters`);
    assert.equal(await root.locator('input[name="bucket"]').count(), 1, 'the rest of the widget is there');
    assert.equal(await page.locator('.bsc-crashed').count(), 0);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a wasm trap, which no panic hook sees, shows the crash box in every widget', async () => {
    const { context, page } = await openPage(suite.browser);
    await page.goto(`${suite.server.url}/trap.html`);
    const boxes = page.locator('[data-braze-s3-companion] .bsc-crashed[role="alert"]');
    await page.waitForFunction(() => document.querySelectorAll('[data-braze-s3-companion] .bsc-crashed').length === 2,
      null, { timeout: 20_000 });
    for (const i of [0, 1]) assert.match(await boxes.nth(i).textContent(), /ran into an error/);
    assert.equal(await page.locator('[data-braze-s3-companion] .bsc-setup').count(), 0, 'no half-rendered widget');
    await context.close();
  });
});
