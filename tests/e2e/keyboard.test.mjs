// End to end, issue 5: keyboard only. A reader who never touches the mouse picks the case with
// the arrow keys, types the bucket, copies a snippet, ticks a checklist item and switches
// language; focus is always visible. Then the same page at 200 % zoom (a 640 px wide layout
// at device scale 2) has no horizontal overflow. And a crash shows the error box.
//
// Run after `trunk build --release`:  node --test --test-concurrency=1 tests/e2e/
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { DIST, ROOT_SELECTOR, assertReleaseDist, gotoWidget, horizontalOverflow, launch, openPage } from './browser.mjs';
import { serve } from './server.mjs';

describe('issue 5: keyboard, zoom, crash', () => {
  let server;
  let browser;
  before(async () => {
    assertReleaseDist();
    server = await serve(DIST, {
      pages: {
        '/crash.html': `<!doctype html><html lang="en"><head><meta charset="utf-8">
          <link rel="stylesheet" href="widget.css"><script type="module" src="loader.js"></script></head>
          <body><div data-braze-s3-companion data-simulate-panic></div></body></html>`,
      },
    });
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Presses Tab until `predicate` holds for the focused element (at most 200 presses). */
  async function tabTo(page, description, predicate) {
    for (let i = 0; i < 200; i += 1) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(predicate)) return;
    }
    throw new Error(`Tab never reached ${description}`);
  }

  /** The focused element shows a visible focus indicator (an outline or a box shadow). */
  async function focusIsVisible(page) {
    return page.evaluate(() => {
      const el = document.activeElement;
      const style = getComputedStyle(el);
      return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
    });
  }

  test('the whole setup works from the keyboard, with visible focus', async () => {
    const { context, page, errors } = await openPage(browser, {
      contextOptions: { permissions: ['clipboard-read', 'clipboard-write'] },
    });
    await gotoWidget(page, `${server.url}/?lang=en`);
    const root = ROOT_SELECTOR;

    // Radio group: Tab enters it, arrow keys move the choice (WAI-ARIA radio group).
    await tabTo(page, 'the integration radios', () =>
      document.activeElement?.matches('[data-url-state] input[name="integration"]'));
    assert.ok(await focusIsVisible(page), 'focus visible on the radio');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.locator(`${root} input[name="integration"]:checked`).getAttribute('value'), 'both');
    await tabTo(page, 'the auth radios', () => document.activeElement?.matches('[data-url-state] input[name="auth"]'));
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.locator(`${root} input[name="auth"]:checked`).getAttribute('value'), 'role-arn');

    // Text fields.
    await tabTo(page, 'the bucket field', () => document.activeElement?.matches('[data-url-state] input[name="bucket"]'));
    assert.ok(await focusIsVisible(page), 'focus visible on the field');
    await page.keyboard.type('acme-keyboard');
    await page.waitForSelector(`${root} [data-snippet="policy-combined"] code`);

    // Copy by keyboard: the button says it copied, and the clipboard holds the policy.
    await tabTo(page, 'the combined policy copy button', () =>
      document.activeElement?.closest('[data-snippet="policy-combined"]') && document.activeElement.matches('button.bsc-copy'));
    assert.ok(await focusIsVisible(page), 'focus visible on the button');
    await page.keyboard.press('Enter');
    const status = page.locator(`${root} [data-snippet="policy-combined"] [role="status"]`);
    await status.filter({ hasText: 'Copied' }).waitFor();
    const copied = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
    assert.equal(copied.Version, '2012-10-17');
    assert.ok(JSON.stringify(copied).includes('arn:aws:s3:::acme-keyboard/*'));

    // A checklist item ticks with Space.
    await tabTo(page, 'a checklist checkbox', () =>
      document.activeElement?.matches('[data-url-state] [data-checklist] input[type="checkbox"]'));
    await page.keyboard.press('Space');
    await page.waitForFunction(
      (sel) => document.querySelector(`${sel} [data-progress]`).getAttribute('data-done') === '1', root);

    // The language switcher, from the keyboard.
    await page.locator(`${root} select[name="lang"]`).focus();
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction((sel) => document.querySelector(sel).getAttribute('lang') !== 'en', root);
    assert.equal(await page.locator(`${root} input[name="bucket"]`).inputValue(), 'acme-keyboard');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('at 200 % zoom the page does not scroll sideways', async () => {
    const { context, page, errors } = await openPage(browser, {
      contextOptions: { viewport: { width: 640, height: 900 }, deviceScaleFactor: 2 },
    });
    await gotoWidget(page, `${server.url}/?integration=both&auth=role-arn&bucket=acme-zoom&account=123456789012&external-id=x-zoom&lang=de`);
    assert.equal(await horizontalOverflow(page), 0);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a panic shows a short error box in place of the widget', async () => {
    const { context, page } = await openPage(browser);
    const messages = [];
    page.on('console', (m) => messages.push(m.text()));
    page.on('pageerror', (e) => messages.push(String(e)));
    await page.goto(`${server.url}/crash.html`);
    const box = page.locator('[data-braze-s3-companion] .bsc-crashed[role="alert"]');
    await box.waitFor();
    assert.match(await box.textContent(), /error/i);
    assert.ok(messages.some((m) => m.includes('panicked')), 'the panic message is in the console');
    assert.equal(await page.locator('[data-braze-s3-companion] .bsc-setup').count(), 0, 'no half-rendered widget');
    await context.close();
  });
});
