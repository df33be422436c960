// End to end, issue 22: what the widget writes stays within what servers, CDNs and its own
// reader take; folder paths AWS would not treat as shown are refused; a full storage is said.
//
// Run after `trunk build --release`:  node --test --test-concurrency=1 tests/e2e/
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import {
  addConnector, field, ftl, gotoWidget, openPage, plainSpaces, ROOT_SELECTOR, servedSuite, snippetCode,
} from './browser.mjs';

/** The storage key of the URL-owning widget of the demo page (`#s3-full-en`). */
const KEY = 'braze-s3-companion:/:s3-full-en';
/** The longest stored text the widget reads back (docs/contract.md). */
const MAX_STORED_BYTES = 256 * 1024;
/** CloudFront's longest URL; nginx and Apache stop request lines near it too (docs/facts.md). */
const URL_LIMIT = 8_192;
const LANGS = ['en', 'fr', 'de', 'es', 'ja', 'ko', 'pt-BR'];

const stored = (page) => page.evaluate((key) => localStorage.getItem(key), KEY);

/**
 * The messages tied to `input` by `aria-describedby`, one per rule (without the "Error:" a
 * screen reader hears first), and the hint.
 */
async function messagesOf(input) {
  const texts = await input.evaluate((element) => (element.getAttribute('aria-describedby') ?? '')
    .split(/\s+/).filter(Boolean).map((id) => document.getElementById(id))
    .flatMap((described) => {
      const items = [...described.querySelectorAll('li')];
      return (items.length ? items : [described]).map((item) => {
        const copy = item.cloneNode(true);
        copy.querySelectorAll('.bsc-visually-hidden').forEach((hidden) => hidden.remove());
        return copy.textContent;
      });
    }));
  return texts.map(plainSpaces);
}

const describedBy = (page, name) => messagesOf(field(page, name));

/** The words of message `id` in `lang` up to its first placeable: the localized text, not the id. */
function opening(lang, id) {
  return plainSpaces(ftl(lang, id).split('{')[0]);
}

/** Message `id` of `lang` as the widget shows it: markup `**` dropped, spaces plain. */
function shown(lang, id) {
  return plainSpaces(ftl(lang, id).replace(/\*\*/g, ''));
}

describe('issue 22: bounded URL and save, folder paths, full storage', () => {
  const suite = servedSuite();

  test('a 150,000-character paste: the address and the link leave it out, the save reads back', async () => {
    const { context, page, errors } = await openPage(suite.browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: suite.server.url });
    await gotoWidget(page, `${suite.server.url}/?bucket=acme-huge&lang=en`);
    await field(page, 'folder').fill('x'.repeat(150_000));
    // The typing pauses: the save and the address are written.
    await page.waitForFunction((key) => (localStorage.getItem(key) ?? '').includes('xxxx'), KEY);
    await page.waitForFunction(() => new URL(location.href).searchParams.get('bucket') === 'acme-huge'
      && new URL(location.href).searchParams.has('integration'));
    const href = await page.evaluate(() => location.href);
    assert.ok(href.length < URL_LIMIT, `the address is ${href.length} bytes`);
    assert.equal(new URL(href).searchParams.get('folder'), null, 'the folder is not in the address');
    const text = await stored(page);
    assert.ok(text.length <= MAX_STORED_BYTES, `the save is ${text.length} bytes`);

    // Next to the field: refused as too long, and left out of links.
    const messages = await describedBy(page, 'folder');
    assert.ok(messages.some((m) => m.includes(shown('en', 'rule-not-in-link'))), messages.join(' | '));
    assert.ok(messages.some((m) => m.startsWith(opening('en', 'rule-folder-length'))), messages.join(' | '));
    assert.equal(await field(page, 'folder').getAttribute('aria-invalid'), 'true');

    // "Copy link to this setup" leaves it out too.
    await page.locator(`${ROOT_SELECTOR} .bsc-checklist-actions button`).nth(1).click();
    await page.locator(`${ROOT_SELECTOR} .bsc-copy-status`).filter({ hasText: ftl('en', 'checklist-link-copied') }).waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    assert.ok(link.length < URL_LIMIT, `the copied link is ${link.length} bytes`);
    assert.equal(new URL(link).searchParams.get('folder'), null);
    assert.equal(new URL(link).searchParams.get('bucket'), 'acme-huge');

    // The next visit reads the save back: the value (cut, still refused) and the rest.
    await page.reload();
    await page.waitForSelector(`${ROOT_SELECTOR} input[name="bucket"]`);
    assert.equal(await field(page, 'bucket').inputValue(), 'acme-huge');
    assert.equal(await field(page, 'folder').inputValue(), 'x'.repeat(4096));
    assert.equal(await field(page, 'folder').getAttribute('aria-invalid'), 'true');
    assert.deepEqual(errors, []);
    await context.close();
  });

  for (const lang of LANGS) {
    test(`${lang}: invisible characters and over-long folder paths are refused, from a link, typed, in a connector`, async () => {
      const { context, page, errors } = await openPage(suite.browser);
      // A link that presets a path with a zero-width space and a right-to-left override.
      const preset = 'curr\u200Bents/\u202Eeu';
      await gotoWidget(page, `${suite.server.url}/?${new URLSearchParams({ bucket: 'acme-cf', folder: preset, lang })}`);
      await page.waitForSelector(`${ROOT_SELECTOR}[lang="${lang}"]`);
      assert.equal(await field(page, 'folder').inputValue(), preset);
      assert.equal(await field(page, 'folder').getAttribute('aria-invalid'), 'true', 'refused from a link');
      const invisible = ftl(lang, 'rule-folder-invisible');
      const expected = plainSpaces(invisible.replace('{ $found }', 'U+200B U+202E'));
      assert.ok((await describedBy(page, 'folder')).includes(expected),
        `${lang}: ${(await describedBy(page, 'folder')).join(' | ')}`);

      // Typed: a byte-order mark, then a soft hyphen.
      await field(page, 'folder').fill('exports\uFEFF\u00ADeu');
      await page.waitForFunction(([root, text]) => [...document.querySelectorAll(`${root} [data-field="folder"] li`)]
        .some((li) => li.textContent.includes(text)), [ROOT_SELECTOR, 'U+FEFF U+00AD']);
      assert.equal(await field(page, 'folder').getAttribute('aria-invalid'), 'true', 'refused typed');

      // Typed: 400 Japanese characters (1,200 bytes).
      await field(page, 'folder').fill('デ'.repeat(400));
      await page.locator(`${ROOT_SELECTOR} [data-field="folder"] li[data-rule="rule-folder-length"]`).waitFor();
      const length = (await describedBy(page, 'folder')).find((m) => m.startsWith(opening(lang, 'rule-folder-length')));
      assert.match(length, /512/, length);
      assert.match(length.replace(/[^\d]/g, ' '), /\b1\s?200\b|\b1200\b/, `the length now: ${length}`);

      // A further connector's folder with a zero-width joiner.
      await addConnector(page);
      const connector = page.locator(`${ROOT_SELECTOR} [data-connector] input[name="connector-folder"]`).first();
      await connector.fill('eu\u200Dwest');
      await page.waitForFunction((root) => document.querySelector(`${root} [data-connector] input[name="connector-folder"]`)
        .getAttribute('aria-invalid') === 'true', ROOT_SELECTOR);
      const texts = await messagesOf(connector);
      assert.ok(texts.includes(plainSpaces(invisible.replace('{ $found }', 'U+200D'))), texts.join(' | '));
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  test('a full storage: the reader is told once, in the widget, and it keeps working', async () => {
    const { context, page, errors } = await openPage(suite.browser);
    await gotoWidget(page, `${suite.server.url}/?lang=en`);
    const notice = page.locator(`${ROOT_SELECTOR} [data-storage-notice]`);
    assert.equal(await notice.getAttribute('role'), 'status');
    assert.equal(plainSpaces(await notice.textContent()), '', 'nothing to say while saves are kept');

    // Fill the origin's storage to the brim, as another app of the site could have.
    const filled = await page.evaluate(() => {
      let size = 1 << 20;
      let total = 0;
      for (let i = 0; size > 0; i += 1) {
        try {
          localStorage.setItem(`pad-${i}`, 'x'.repeat(size));
          total += size;
        } catch {
          size = Math.floor(size / 2);
        }
      }
      return total;
    });
    assert.ok(filled > 1_000_000, `filled ${filled} characters`);

    const before = await stored(page);
    for (const bucket of ['acme-full-one', 'acme-full-two', 'acme-full-three']) {
      await field(page, 'bucket').fill(bucket);
      // The widget keeps working: the policy follows the bucket.
      await page.waitForFunction(([root, b]) => (document.querySelector(`${root} [data-snippet="policy-currents"] code`)?.textContent ?? '')
        .includes(`arn:aws:s3:::${b}`), [ROOT_SELECTOR, bucket]);
      await notice.locator('p').waitFor();
    }
    assert.match(await snippetCode(page, 'policy-currents'), /acme-full-three/);
    assert.equal(await stored(page), before, 'nothing was saved');
    // Once: one notice, the localized sentence, inside the widget's status region.
    assert.equal(await notice.locator('p').count(), 1);
    assert.equal(plainSpaces(await notice.textContent()), shown('en', 'storage-not-kept'));
    assert.equal(await page.locator('[data-storage-notice] p').count(), 1, 'only the widget that saves says it');
    assert.deepEqual(errors, []);
    await context.close();
  });
});
