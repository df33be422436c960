// End to end, issue 22: a host page that defines `Object.prototype.then` (every object then
// looks like a promise) does not stop the widget from mounting, nor from fetching a language;
// and a start that does not happen is never silent.
//
// Run after `trunk build --release`:  node --test --test-concurrency=1 tests/e2e/
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { assertReleaseDist, DIST, field, launch, openPage } from './browser.mjs';
import { serve } from './server.mjs';

/** A host page with `head` before the loader, and one widget. */
function hostPage(head, mount = '<div data-braze-s3-companion data-url-state data-lang="en"></div>') {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Host page</title>
  <script>${head}</script>
  <link rel="stylesheet" href="widget.css">
  <script type="module" src="loader.js"></script>
</head>
<body><main><h1>Amazon S3</h1>${mount}</main></body>
</html>`;
}

// What such hosts write: a no-op, a `then` that returns its object, a "pipe" helper.
const THENS = {
  'a no-op then': 'Object.prototype.then = function () {};',
  'a then that returns its object': 'Object.prototype.then = function () { return this; };',
  'a pipe helper': 'Object.defineProperty(Object.prototype, "then", { configurable: true, writable: true, '
    + 'value: function (f) { return typeof f === "function" ? f(this) : this; } });',
};

const ROOT = '[data-braze-s3-companion] .bsc';

describe('issue 22: a host page that defines Object.prototype.then', () => {
  let server;
  let browser;
  before(async () => {
    assertReleaseDist();
    const pages = {};
    Object.values(THENS).forEach((then, i) => {
      pages[`/then-${i}.html`] = hostPage(then);
      pages[`/then-${i}-fr.html`] = hostPage(then, '<div data-braze-s3-companion data-url-state data-lang="fr"></div>');
    });
    // The module never compiles: nothing would start.
    pages['/stalled.html'] = hostPage('WebAssembly.compileStreaming = () => new Promise(() => {}); '
      + 'WebAssembly.compile = () => new Promise(() => {}); WebAssembly.instantiateStreaming = () => new Promise(() => {});');
    server = await serve(DIST, { pages });
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  Object.keys(THENS).forEach((name, i) => {
    test(`${name}: the widget mounts, works and fetches a language`, async () => {
      const { context, page, errors } = await openPage(browser);
      await page.goto(`${server.url}/then-${i}.html`);
      await page.waitForSelector(`${ROOT} input[name="bucket"]`, { timeout: 15_000 });
      await field(page, 'bucket').fill('acme-then');
      // (Locators, not `waitForFunction`: the host's `then` trips Playwright's own promises.)
      const code = page.locator(`${ROOT} [data-snippet="policy-currents"] code`);
      await code.filter({ hasText: 'arn:aws:s3:::acme-then' }).waitFor();
      assert.match(await code.textContent(), /acme-then/);
      // The host's `then` is still the host's.
      assert.equal(await page.evaluate(() => typeof Object.prototype.then), 'function');

      // A language that is fetched (fr.json): the fetch settles with its Response.
      await page.goto(`${server.url}/then-${i}-fr.html`);
      await page.waitForSelector(`${ROOT}[lang="fr"] input[name="bucket"]`, { timeout: 15_000 });
      assert.deepEqual(errors, []);
      await context.close();
    });
  });

  test('a start that never happens is said in the console, not left silent', async () => {
    const { context, page, errors } = await openPage(browser);
    await page.clock.install();
    await page.goto(`${server.url}/stalled.html`);
    await page.waitForLoadState('load');
    await page.clock.runFor(25_000);
    await page.waitForFunction(() => true);
    assert.equal(await page.locator(`${ROOT}`).count(), 0, 'the module did not start');
    assert.ok(errors.some((e) => /braze-s3-companion has not started after 20 s/.test(e)), errors.join('\n'));
    await context.close();
  });
});
