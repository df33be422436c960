// End to end, issue 21 item 1 in the second engine, Debian's Firefox ESR (puppeteer-core over
// WebDriver BiDi): the demo page's pre-rendered widgets, as a reader without JavaScript sees
// them, have the same text and the same height as the live widgets that replace them, which
// carry `data-live` (docs/contract.md). (Firefox has no `layout-shift` entries: the heights
// stand for them; the Chromium suite measures the shift itself, prerender.test.mjs.)
//
// Run after `trunk build --release`:  node --test --test-concurrency=1 tests/e2e/
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { assertReleaseDist, DIST } from './browser.mjs';
import { launchFirefox, openFirefoxPage } from './firefox.mjs';
import { serve } from './server.mjs';

/** The demo page without its loader: the pre-render alone, as with JavaScript off. */
function withoutLoader() {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const loader = /<script\b[^>]*\bloader\.js\b[^>]*><\/script>/;
  assert.match(html, loader, 'the demo page loads loader.js');
  return html.replace(loader, '');
}

const widgets = (page) => page.$$eval('[data-braze-s3-companion]', (hosts) => hosts.map((host) => ({
  lang: host.querySelector('.bsc')?.getAttribute('lang'),
  text: host.innerText.replace(/\s+/g, ' ').trim(),
  height: host.getBoundingClientRect().height,
})));

describe('issue 21 in Firefox: the pre-render and the live widget', () => {
  let server;
  let browser;
  before(async () => {
    assertReleaseDist();
    server = await serve(DIST, { pages: { '/static.html': withoutLoader() } });
    browser = await launchFirefox();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('the demo page\'s widgets: the same text and height pre-rendered and live', async () => {
    const { context, page, errors } = await openFirefoxPage(browser);
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(`${server.url}/static.html`, { waitUntil: 'load' });
    const before = await widgets(page);
    assert.deepEqual(before.map((w) => w.lang), ['fr', 'en']);
    assert.equal(await page.$('[data-live]'), null, 'nothing is live without the loader');

    await page.goto(`${server.url}/`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelectorAll('[data-braze-s3-companion][data-live]').length === 2,
      { timeout: 30_000 });
    const live = await widgets(page);
    assert.deepEqual(live, before);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
