// End to end, issue 12 "Reader input lost": nothing the reader typed or ticked is lost to a
// reload that races the URL write, to a second tab, or to a save this build cannot read; and
// a save's connectors cannot break "Add".
//
// Run after `trunk build --release`:  node --test --test-concurrency=1 tests/e2e/
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { field, gotoWidget, openPage, ROOT_SELECTOR, servedSuite } from './browser.mjs';

/** The storage key of the URL-owning widget of the demo page (`#s3-full-en`). */
const KEY = 'braze-s3-companion:/:s3-full-en';
/** Where a save this build could not read is kept once the reader changes something. */
const UNREAD = `${KEY}.unread`;

const stored = (page, key = KEY) => page.evaluate((k) => localStorage.getItem(k), key);
const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const urlBucket = (page) => page.evaluate(() => new URL(location.href).searchParams.get('bucket'));

/** Types `text` at the end of text field `name`, key by key. */
async function typeAtEnd(page, name, text) {
  const input = field(page, name);
  await input.click();
  await input.press('End');
  await input.pressSequentially(text);
}

/** Reloads and waits for the widget; the same as a reader's F5. */
async function reloadWidget(page) {
  await page.reload();
  await page.waitForSelector(`${ROOT_SELECTOR} input[name="bucket"]`, { timeout: 20_000 });
}

/** A context whose storage holds `text` under KEY before the page first loads (once only). */
async function pageWithSave(browser, text) {
  const seed = ({ key, value }) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(key, value);
      sessionStorage.setItem('seeded', '1');
    }
  };
  const opened = await openPage(browser, {
    initScripts: [`(${seed})(${JSON.stringify({ key: KEY, value: text })})`],
  });
  return opened;
}

describe('issue 12: reader input lost', () => {
  const suite = servedSuite();

  test('a reload right after typing keeps everything typed, a new link still wins', async () => {
    const { context, page, errors } = await openPage(suite.browser);
    await gotoWidget(page, `${suite.server.url}/?bucket=acme-from-link`);
    assert.equal(await field(page, 'bucket').inputValue(), 'acme-from-link');
    await typeAtEnd(page, 'bucket', '-one');
    await wait(400); // the URL holds "-one" now
    await typeAtEnd(page, 'bucket', '-two');
    await reloadWidget(page); // at once: the URL write of "-two" is still waiting
    assert.equal(await field(page, 'bucket').inputValue(), 'acme-from-link-one-two');

    // A new link (a query the widget did not write) wins over the save.
    await gotoWidget(page, `${suite.server.url}/?bucket=acme-new-link`);
    assert.equal(await field(page, 'bucket').inputValue(), 'acme-new-link');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('issue 22: a reload right after the first edit on a page opened from a shared link keeps the edit', async () => {
    const { context, page, errors } = await openPage(suite.browser);
    // Playwright's clock, stopped once the widget is up: the URL write (250 ms after the
    // typing) never happens before the reload, however fast or slow the machine is.
    const start = new Date('2030-01-01T00:00:00Z');
    await page.clock.install({ time: start });
    await gotoWidget(page, `${suite.server.url}/?bucket=acme-shared&lang=en`);
    await page.clock.pauseAt(new Date(start.getTime() + 60_000));
    await typeAtEnd(page, 'bucket', '-edited');
    assert.equal(await urlBucket(page), 'acme-shared', 'the shared link is still in the address');
    await reloadWidget(page);
    assert.equal(await urlBucket(page), 'acme-shared', 'the reload asked for the shared link again');
    assert.equal(await field(page, 'bucket').inputValue(), 'acme-shared-edited');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('leaving the page writes the waiting URL at once', async () => {
    const { context, page, errors } = await openPage(suite.browser);
    // Playwright's clock, stopped once the widget is up: the 250 ms wait never runs out here.
    const start = new Date('2030-01-01T00:00:00Z');
    await page.clock.install({ time: start });
    await gotoWidget(page, `${suite.server.url}/?bucket=acme-flush`);
    await page.clock.pauseAt(new Date(start.getTime() + 60_000));
    await typeAtEnd(page, 'bucket', '-now');
    assert.equal(await urlBucket(page), 'acme-flush', 'the write is waiting');
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    assert.equal(await urlBucket(page), 'acme-flush-now', 'written on visibilitychange, not 250 ms later');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a URL the widget wrote itself does not win over what was typed after it', async () => {
    const { context, page, errors } = await openPage(suite.browser);
    await gotoWidget(page, `${suite.server.url}/?bucket=acme-own`);
    await typeAtEnd(page, 'bucket', '-url');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('bucket') === 'acme-own-url');
    // From here on the address bar keeps that query, as when a reload wins the race against
    // the URL write (or a browser ignores a write while the page unloads).
    await page.evaluate(() => { history.replaceState = () => {}; });
    await typeAtEnd(page, 'bucket', '-typed-later');
    await page.waitForFunction((k) => (localStorage.getItem(k) ?? '').includes('typed-later'), KEY);
    await reloadWidget(page);
    assert.equal(await urlBucket(page), 'acme-own-url', 'the stale query is still in the address bar');
    assert.equal(await field(page, 'bucket').inputValue(), 'acme-own-url-typed-later');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('two tabs: ticks in one and a folder in the other are both kept', async () => {
    const { context, page: a, errors } = await openPage(suite.browser);
    await gotoWidget(a, `${suite.server.url}/?lang=en`);
    const b = await context.newPage();
    const errorsB = [];
    b.on('pageerror', (error) => errorsB.push(error.message));
    await gotoWidget(b, `${suite.server.url}/?lang=en`);

    const items = a.locator(`${ROOT_SELECTOR} [data-checklist] input[data-item]`);
    const ids = [];
    for (let i = 0; i < 3; i += 1) {
      ids.push(await items.nth(i).getAttribute('data-item'));
      await items.nth(i).check();
    }
    await wait(300);
    const folder = field(b, 'folder');
    await folder.click();
    await folder.press('ControlOrMeta+a');
    await folder.pressSequentially('from-tab-b');
    // B saves once the typing pauses; A hears it and merges it in.
    await a.waitForFunction((root) => document.querySelector(`${root} input[name="folder"]`).value === 'from-tab-b',
      ROOT_SELECTOR);

    await reloadWidget(a);
    for (const id of ids) {
      assert.ok(await a.locator(`${ROOT_SELECTOR} input[data-item="${id}"]`).isChecked(), `A keeps its tick ${id}`);
    }
    assert.equal(await field(a, 'folder').inputValue(), 'from-tab-b', 'A has B\'s folder');
    await reloadWidget(b);
    assert.equal(await field(b, 'folder').inputValue(), 'from-tab-b');
    for (const id of ids) {
      assert.ok(await b.locator(`${ROOT_SELECTOR} input[data-item="${id}"]`).isChecked(), `B has A's tick ${id}`);
    }
    assert.deepEqual(errors, []);
    assert.deepEqual(errorsB, []);
    await context.close();
  });

  const unreadable = {
    'a newer version': JSON.stringify({
      version: 2, config: [['bucket', 'acme-from-v2']], connectors: [], ticks: {}, shared: true,
    }),
    'a connector id of -1': JSON.stringify({
      version: 1,
      config: [['bucket', 'acme-bad-connector'], ['folder', 'kept-folder']],
      connectors: [{ id: -1, name: 'bad', folder: 'x' }, { id: 3, name: 'good', folder: 'good-folder' }],
      ticks: { 'currents/secret-key': ['create-bucket.create'] },
    }),
    'one over the size limit': JSON.stringify({
      version: 1, config: [['bucket', 'acme-huge']], connectors: [], ticks: {}, pad: 'x'.repeat(300 * 1024),
    }),
  };

  for (const [what, text] of Object.entries(unreadable)) {
    test(`a save with ${what} stays untouched until the reader changes something`, async () => {
      const { context, page, errors } = await pageWithSave(suite.browser, text);
      await gotoWidget(page, `${suite.server.url}/?lang=en`);
      await wait(800);
      await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
      assert.equal(await stored(page), text, 'loading does not overwrite it');
      await reloadWidget(page);
      await wait(600);
      assert.equal(await stored(page), text, 'nor does a reload');
      assert.equal(await stored(page, UNREAD), null);

      await field(page, 'bucket').fill('changed-by-reader');
      await page.waitForFunction((k) => (localStorage.getItem(k) ?? '').includes('changed-by-reader'), KEY);
      assert.equal(await stored(page, UNREAD), text, 'a change keeps a copy of what could not be read');
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  test('the readable parts of a save with a bad connector are read', async () => {
    const { context, page, errors } = await pageWithSave(suite.browser, unreadable['a connector id of -1']);
    await gotoWidget(page, `${suite.server.url}/?lang=en`);
    assert.equal(await field(page, 'bucket').inputValue(), 'acme-bad-connector');
    assert.equal(await field(page, 'folder').inputValue(), 'kept-folder');
    const rows = page.locator(`${ROOT_SELECTOR} [data-connector] input[name="connector-folder"]`);
    assert.equal(await rows.count(), 1, 'the good connector is read, the bad one is not');
    assert.equal(await rows.first().inputValue(), 'good-folder');
    assert.ok(await page.locator(`${ROOT_SELECTOR} input[data-item="create-bucket.create"]`).isChecked());
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a save with a connector id of 4294967295 or 50 connectors: "Add" stays within the limit', async () => {
    const connector = (id) => ({ id, name: `c${id}`, folder: `f${id}` });
    const edge = JSON.stringify({
      version: 1, config: [], connectors: [connector(4294967295), connector(1)], ticks: {},
    });
    let opened = await pageWithSave(suite.browser, edge);
    await gotoWidget(opened.page, `${suite.server.url}/?lang=en`);
    const rows = (page) => page.locator(`${ROOT_SELECTOR} [data-connector]`);
    assert.equal(await rows(opened.page).count(), 2);
    await opened.page.locator(`${ROOT_SELECTOR} .bsc-connectors > button`).click();
    await rows(opened.page).nth(2).waitFor();
    const ids = await rows(opened.page).evaluateAll((els) => els.map((e) => e.dataset.connector));
    assert.equal(new Set(ids).size, 3, `ids stay unique: ${ids}`);
    assert.deepEqual(opened.errors, []);
    await opened.context.close();

    const many = JSON.stringify({
      version: 1, config: [], connectors: Array.from({ length: 50 }, (_, i) => connector(i + 1)), ticks: {},
    });
    opened = await pageWithSave(suite.browser, many);
    await gotoWidget(opened.page, `${suite.server.url}/?lang=en`);
    assert.equal(await rows(opened.page).count(), 20, 'one limit: the form\'s 20');
    assert.equal(await opened.page.locator(`${ROOT_SELECTOR} .bsc-connectors > button`).count(), 0,
      'no "Add" at the limit');
    assert.deepEqual(opened.errors, []);
    await opened.context.close();
  });
});
