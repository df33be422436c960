// End to end, issue 4: the setup assistant keeps the reader's work. On the demo page (two
// independent widgets), the reader types, ticks and lists a second connector in each; after a
// reload both widgets show the same inputs and ticks, and neither took the other's.
//
// Run after `trunk build --release`:  node --test --test-concurrency=1 tests/e2e/
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { DIST, assertReleaseDist, launch, openPage } from './browser.mjs';
import { serve } from './server.mjs';

// Live (`data-live`), not the pre-render the demo page shows until the wasm takes over.
const FR = '#s3-currents-fr[data-live] .bsc';
const EN = '#s3-full-en[data-live] .bsc';

describe('issue 4: nothing lost on reload', () => {
  let server;
  let browser;
  before(async () => {
    assertReleaseDist();
    server = await serve(DIST);
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const done = (page, root) => page.locator(`${root} [data-progress]`).getAttribute('data-done');

  test('inputs, ticks and connectors come back after a reload, each widget its own', async () => {
    const { context, page, errors } = await openPage(browser);
    await page.goto(`${server.url}/`);
    await page.locator(`${FR} input[name="bucket"]`).waitFor();
    await page.locator(`${EN} input[name="bucket"]`).waitFor();
    assert.equal(await page.locator(`${FR}`).getAttribute('lang'), 'fr');
    assert.equal(await page.locator(`${EN}`).getAttribute('lang'), 'en');
    // The Currents-only widget hides the integration choice.
    assert.equal(await page.locator(`${FR} input[name="integration"]`).count(), 0);

    await page.locator(`${FR} input[name="bucket"]`).fill('acme-fr-currents');
    await page.locator(`${FR} .bsc-connectors > button`).click();
    await page.locator(`${FR} [data-connector] input[name="connector-folder"]`).fill('currents-eu');
    await page.locator(`${FR} input[data-item="create-bucket.create"]`).check();
    await page.locator(`${FR} input[data-item="link-currents.launch"]`).check();

    await page.locator(`${EN} input[name="auth"][value="role-arn"]`).check();
    await page.locator(`${EN} input[name="bucket"]`).fill('acme-en-role');
    await page.locator(`${EN} input[name="account"]`).fill('123456789012');
    await page.locator(`${EN} input[data-item="create-role.trusted-entity"]`).check();
    assert.equal(await done(page, FR), '2');
    assert.equal(await done(page, EN), '1');
    // Let the debounced URL write and the saves happen.
    await page.waitForFunction(() => new URL(location.href).searchParams.get('bucket') === 'acme-en-role');

    await page.reload();
    await page.locator(`${FR} input[name="bucket"]`).waitFor();
    await page.locator(`${EN} input[name="bucket"]`).waitFor();
    assert.equal(await page.locator(`${FR} input[name="bucket"]`).inputValue(), 'acme-fr-currents');
    assert.equal(await page.locator(`${FR} [data-connector] input[name="connector-folder"]`).inputValue(), 'currents-eu');
    assert.equal(await done(page, FR), '2');
    assert.ok(await page.locator(`${FR} input[data-item="link-currents.launch"]`).isChecked());
    assert.ok(await page.locator(`${FR} input[data-item="link-currents.connector-1"]`).count() === 1,
      'the second connector has its checklist item');

    assert.equal(await page.locator(`${EN} input[name="bucket"]`).inputValue(), 'acme-en-role');
    assert.ok(await page.locator(`${EN} input[name="auth"][value="role-arn"]`).isChecked());
    assert.equal(await page.locator(`${EN} input[name="account"]`).inputValue(), '123456789012');
    assert.equal(await done(page, EN), '1');
    assert.ok(await page.locator(`${EN} input[data-item="create-role.trusted-entity"]`).isChecked());

    // Start over in one widget leaves the other alone.
    await page.locator(`${FR} .bsc-checklist-actions button`).last().click();
    await page.locator(`${FR} .bsc-confirm .bsc-button--danger`).click();
    await page.waitForFunction((sel) => document.querySelector(`${sel} input[name="bucket"]`).value === '', FR);
    assert.equal(await page.locator(`${EN} input[name="bucket"]`).inputValue(), 'acme-en-role');
    assert.equal(await done(page, EN), '1');
    assert.deepEqual(errors, []);
    await context.close();
  });
});
