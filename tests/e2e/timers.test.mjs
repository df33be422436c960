// End to end, issue 11: what the widget leaves behind in time. "Start over" leaves the storage
// empty until the reader changes something; a copy button's "Copied!" lasts its full time after
// the latest click, whatever an earlier click scheduled. Time is Playwright's fake clock, moved
// on by the test: nothing here depends on how fast the machine is.
//
// Run after `trunk build --release`:  node --test --test-concurrency=1 tests/e2e/
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import {
  field, ftl, gotoWidget, openPage, retype, ROOT_SELECTOR, servedSuite, snippet,
} from './browser.mjs';

/** The storage key of the URL-owning widget of the demo page (`#s3-full-en`). */
const KEY = 'braze-s3-companion:/:s3-full-en';
const START = new Date('2030-01-01T00:00:00Z');

describe('issue 11: timers and storage', () => {
  const suite = servedSuite();

  /** A page on the demo with the clock installed, then stopped once the widget is up. */
  async function pausedPage(options) {
    const opened = await openPage(suite.browser, options);
    await opened.page.clock.install({ time: START });
    await gotoWidget(opened.page, `${suite.server.url}/?lang=en`);
    await opened.page.clock.pauseAt(new Date(START.getTime() + 60_000));
    return opened;
  }

  const stored = (page) => page.evaluate((key) => localStorage.getItem(key), KEY);

  test('start over leaves the storage empty until the reader changes something', async () => {
    const { context, page, errors } = await pausedPage();
    await retype(page, 'bucket', 'acme-before-start-over');
    await page.locator(`${ROOT_SELECTOR} input[data-item="create-bucket.create"]`).check();
    await page.clock.runFor(1_000);
    assert.match(await stored(page) ?? '', /acme-before-start-over/, 'the typing is saved');

    await page.locator(`${ROOT_SELECTOR} .bsc-checklist-actions button`).last().click();
    await page.locator(`${ROOT_SELECTOR} .bsc-confirm .bsc-button--danger`).click();
    await page.waitForFunction((root) => document.querySelector(`${root} input[name="bucket"]`).value === '',
      ROOT_SELECTOR);
    // Past any deferred save, and as if the reader left the page.
    await page.clock.runFor(1_000);
    await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
    assert.equal(await stored(page), null, 'nothing saved after start over');

    await retype(page, 'bucket', 'acme-after-start-over');
    await page.clock.runFor(1_000);
    assert.match(await stored(page) ?? '', /acme-after-start-over/, 'a change is saved again');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a newer copy keeps "Copied!" for its full time, whatever an older timer says', async () => {
    const { context, page, errors } = await pausedPage();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: suite.server.url });
    await retype(page, 'bucket', 'acme-copy-one');
    const box = snippet(page, 'policy-currents');
    const button = box.locator('button.bsc-copy');
    const copied = ftl('en', 'copy-button-done');
    const offered = ftl('en', 'copy-button');

    await button.click();
    await button.filter({ hasText: copied }).waitFor();
    await page.clock.runFor(2_000);
    // A new text makes the old "Copied!" stale; copying it starts a new one.
    await retype(page, 'bucket', 'acme-copy-two');
    await button.filter({ hasText: offered }).waitFor();
    await button.click();
    await button.filter({ hasText: copied }).waitFor();

    // 3 s after the first click, 1 s after the second: the first timer must not end it.
    await page.clock.runFor(1_000);
    assert.equal((await button.textContent()).trim(), copied, 'still "Copied!" 1 s after the latest copy');
    await page.clock.runFor(2_000);
    assert.equal((await button.textContent()).trim(), offered, 'offered again once its own time is up');
    assert.deepEqual(errors, []);
    await context.close();
  });
});
