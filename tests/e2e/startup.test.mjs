// End to end, issue 20: a widget reads its save once as it starts (one home for its first
// state, `src/app/mount.rs`), and what it restores from it is what the reader left.
//
// Run after `trunk build --release`:  node --test --test-concurrency=1 tests/e2e/
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { field, gotoWidget, openPage, ROOT_SELECTOR, servedSuite } from './browser.mjs';

const KEYS = ['braze-s3-companion:/:s3-currents-fr', 'braze-s3-companion:/:s3-full-en'];

/** Counts every `localStorage.getItem` of the page by key, from before its first script. */
const COUNT_READS = () => {
  window.__reads = {};
  const getItem = Storage.prototype.getItem;
  Storage.prototype.getItem = function countedGetItem(key) {
    window.__reads[key] = (window.__reads[key] ?? 0) + 1;
    return getItem.call(this, key);
  };
};

describe('issue 20: the save is read once at start-up', () => {
  const suite = servedSuite();

  test('each widget of the demo page reads its save once, and restores it', async () => {
    const { context, page, errors } = await openPage(suite.browser, { initScripts: [COUNT_READS] });
    await gotoWidget(page, `${suite.server.url}/`);
    await field(page, 'bucket').fill('acme-read-once');
    await page.locator(`${ROOT_SELECTOR} input[name="auth"][value="role-arn"]`).check();
    // A choice is saved at once, typing once it pauses.
    await page.waitForFunction((key) => localStorage.getItem(key)?.includes('acme-read-once'), KEYS[1]);

    await page.goto(`${suite.server.url}/`);
    await page.waitForFunction(() => document.querySelectorAll('[data-braze-s3-companion][data-live]').length === 2,
      null, { timeout: 20_000 });
    assert.equal(await field(page, 'bucket').inputValue(), 'acme-read-once');
    assert.equal(await page.locator(`${ROOT_SELECTOR} input[name="auth"][value="role-arn"]`).isChecked(), true);
    const reads = await page.evaluate(() => window.__reads);
    for (const key of KEYS) assert.equal(reads[key], 1, `reads of ${key}: ${JSON.stringify(reads)}`);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
