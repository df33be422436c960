// End to end, issue 21: the sections the first view does not use come from a second module
// (docs/decisions/0005), fetched when a section opens or when the browser is idle, from beside
// the bundle wherever a docs site copies dist/, under the strict CSP; a missing file gives a
// localized message and "Try again"; the first download holds neither that module nor its
// English; and before a bucket is typed, the policies show Braze's placeholder and copy nothing.
//
// Run after `trunk build --release`:  node --test --test-concurrency=1 tests/e2e/sections.test.mjs
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import {
  DIST, ROOT, assertReleaseDist, ftl, gotoWidget, launch, openPage, openSection, plainSpaces,
  ROOT_SELECTOR, snippet,
} from './browser.mjs';
import { serve, STRICT_CSP } from './server.mjs';

const SECTIONS = ['preflight', 'checker', 'update-credentials', 'troubleshoot', 'cli-script', 'cloudformation', 'terraform'];
const MODULE = 'braze-s3-companion-sections';

/** Every message id of the English locale files: what a missing English message shows raw. */
function englishIds() {
  const dir = join(ROOT, 'locales', 'en');
  return readdirSync(dir).filter((f) => f.endsWith('.ftl')).flatMap((f) => readFileSync(join(dir, f), 'utf8')
    .split('\n').map((line) => /^([a-z][a-z0-9-]*)\s*=/.exec(line)?.[1]).filter(Boolean));
}

/** The text nodes of the widget outside its folded sections. */
function shownTexts(page) {
  return page.evaluate((root) => {
    const out = [];
    const walker = document.createTreeWalker(document.querySelector(root), NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const text = walker.currentNode.textContent.trim();
      if (text) out.push(text);
    }
    return out;
  }, ROOT_SELECTOR);
}

describe('issue 21: the sections of the second module', () => {
  let browser;
  let server;
  let cspServer;
  let tmp;
  before(async () => {
    assertReleaseDist();
    browser = await launch();
    server = await serve(DIST);
    cspServer = await serve(DIST, { csp: STRICT_CSP });
    tmp = mkdtempSync(join(tmpdir(), 'bsc-sections-'));
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    await cspServer?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  test('the first download holds no section: its module is fetched after the widget is live, not before', async () => {
    const { context, page, errors } = await openPage(browser, {
      // When the widget became usable (its bucket field), on the page's own clock.
      initScripts: [() => {
        new MutationObserver((_, observer) => {
          if (document.querySelector('[data-braze-s3-companion] input[name="bucket"]')) {
            window.__liveAt = performance.now();
            observer.disconnect();
          }
        }).observe(document, { childList: true, subtree: true });
      }],
    });
    await page.goto(`${server.url}/?lang=en`);
    await page.waitForSelector(`${ROOT_SELECTOR} input[name="bucket"]`);
    for (const key of SECTIONS) {
      const details = page.locator(`${ROOT_SELECTOR} details[data-lazy="${key}"]`);
      assert.equal(await details.evaluate((d) => d.open), false, `${key} starts folded`);
      assert.equal(await details.locator('.bsc-lazy-body').count(), 0, `${key}: nothing built while folded`);
    }
    // Fetched ahead once the browser is idle, so that opening finds it; never before.
    const liveAt = await page.evaluate(() => window.__liveAt);
    await page.waitForFunction(() => performance.getEntriesByType('resource')
      .some((e) => e.name.endsWith('braze-s3-companion-sections_bg.wasm')), null, { timeout: 20_000 });
    const entries = await page.evaluate(() => performance.getEntriesByType('resource')
      .filter((e) => e.name.includes('braze-s3-companion-sections')).map((e) => e.startTime));
    assert.ok(entries.length >= 2 && entries.every((t) => t >= liveAt), `module fetched at ${entries}, widget live at ${liveAt}`);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('every section opens and is built, under the strict CSP, with no page error', async () => {
    const { context, page, errors } = await openPage(browser);
    const violations = [];
    page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) violations.push(m.text()); });
    await gotoWidget(page, `${cspServer.url}/?lang=en&integration=both&auth=role-arn&bucket=acme-csp&account=123456789012&external-id=ext-csp`);
    for (const key of SECTIONS) await openSection(page, key);
    assert.match(await snippet(page, 'terraform').locator('code').textContent(), /acme-csp/);
    assert.match(await snippet(page, 'preflight-script').locator('code').textContent(), /acme-csp/);
    await page.locator(`${ROOT_SELECTOR} textarea[name="check-policy"]`).fill('{"Version":"2012-10-17","Statement":[]}');
    await page.locator(`${ROOT_SELECTOR} [data-check-result]`).waitFor();
    assert.ok(await page.locator(`${ROOT_SELECTOR} [data-update-part]`).count() > 0);
    assert.deepEqual(violations, []);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('from a sub-path a docs site copies dist/ to, the sections come from beside the bundle', async () => {
    const site = join(tmp, 'site');
    mkdirSync(join(site, 'assets'), { recursive: true });
    symlinkSync(DIST, join(site, 'assets', 'braze-s3-companion'));
    const page_ = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>docs</title>
<link rel="stylesheet" href="/assets/braze-s3-companion/widget.css">
<script type="module" src="/assets/braze-s3-companion/loader.js"></script></head>
<body><div data-braze-s3-companion data-url-state></div></body></html>`;
    const docs = await serve(site, { csp: STRICT_CSP, pages: { '/docs/storage/amazon-s3/': page_ } });
    try {
      const { context, page, errors } = await openPage(browser);
      await gotoWidget(page, `${docs.url}/docs/storage/amazon-s3/?bucket=acme-sub`);
      await openSection(page, 'cli-script');
      assert.match(await snippet(page, 'cli-script').locator('code').textContent(), /acme-sub/);
      const fromModule = docs.requests.filter((p) => p.includes(MODULE));
      assert.ok(fromModule.length > 0 && fromModule.every((p) => p.startsWith('/assets/braze-s3-companion/')), fromModule.join(' '));
      assert.deepEqual(errors, []);
      await context.close();
    } finally {
      await docs.close();
    }
  });

  test('a missing module: a message in the reader\'s language and "Try again", which works once the file is there', async () => {
    const copy = join(tmp, 'dist-without-sections');
    cpSync(DIST, copy, { recursive: true });
    const wasm = `${MODULE}_bg.wasm`;
    rmSync(join(copy, wasm));
    const broken = await serve(copy);
    try {
      const { context, page } = await openPage(browser);
      await gotoWidget(page, `${broken.url}/?lang=fr&integration=currents&bucket=acme-retry`);
      await page.locator(`${ROOT_SELECTOR}[lang="fr"]`).waitFor();
      const details = page.locator(`${ROOT_SELECTOR} details[data-lazy="checker"]`);
      await details.locator(':scope > summary').click();
      const failed = details.locator('[data-lazy-state="failed"]');
      await failed.waitFor({ timeout: 20_000 });
      assert.equal(plainSpaces(await failed.locator('[role="alert"] p').textContent()), plainSpaces(ftl('fr', 'section-failed')));
      const retry = failed.locator('button');
      assert.equal(plainSpaces(await retry.textContent()), plainSpaces(ftl('fr', 'lang-retry')));
      cpSync(join(DIST, wasm), join(copy, wasm));
      await retry.click();
      await page.locator(`${ROOT_SELECTOR} textarea[name="check-policy"]`).waitFor({ timeout: 20_000 });
      assert.equal(await details.locator('[data-lazy-state="ready"]').count(), 1);
      await context.close();
    } finally {
      await broken.close();
    }
  });

  test('the first module\'s English: no message shows as its id, in any case, sections folded', async () => {
    const ids = new Set(englishIds());
    const { context, page, errors } = await openPage(browser);
    for (const integration of ['currents', 'dashboard-export', 'both', 'message-archiving']) {
      for (const auth of ['secret-key', 'role-arn']) {
        for (const values of ['', '&bucket=acme-ids&account=123456789012&external-id=ext-ids&own-account=210987654321&sse=1', '&bucket=Bad_Bucket&account=12']) {
          await gotoWidget(page, `${server.url}/?lang=en&integration=${integration}&auth=${auth}${values}`);
          const raw = (await shownTexts(page)).filter((t) => ids.has(t) || t.split(/\s+/).some((w) => ids.has(w) && w.includes('-') && w.split('-').length > 2));
          assert.deepEqual(raw, [], `${integration} × ${auth}${values}`);
        }
      }
    }
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('before a bucket is typed, each policy is Braze\'s with INSERTBUCKETNAME marked, and copy explains instead of copying', async () => {
    const { context, page, errors } = await openPage(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    await gotoWidget(page, `${server.url}/?lang=en&integration=currents&auth=secret-key`);
    await page.evaluate(() => navigator.clipboard.writeText('unchanged'));
    const policy = snippet(page, 'policy-currents');
    assert.equal(await policy.getAttribute('data-ready'), 'false');
    // docs/facts.md: the Currents policy of Braze's page, with its placeholder.
    assert.deepEqual(JSON.parse(await policy.locator('code').textContent()), {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: ['s3:ListBucket', 's3:GetBucketLocation'], Resource: ['arn:aws:s3:::INSERTBUCKETNAME'] },
        { Effect: 'Allow', Action: ['s3:PutObject', 's3:GetObject'], Resource: ['arn:aws:s3:::INSERTBUCKETNAME/*'] },
      ],
    });
    assert.deepEqual(await policy.locator('code var.bsc-placeholder').allTextContents(), ['INSERTBUCKETNAME', 'INSERTBUCKETNAME']);
    await policy.locator('.bsc-copy').click();
    await policy.locator('.bsc-copy-status').filter({ hasText: /\S/ }).waitFor();
    assert.equal(plainSpaces(await policy.locator('.bsc-copy-status').textContent()), plainSpaces(ftl('en', 'copy-placeholder')));
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'unchanged');
    // Its link leads to the bucket field.
    const href = await policy.locator('.bsc-snippet-waiting a').first().getAttribute('href');
    assert.equal(await page.locator(`${ROOT_SELECTOR} ${href} input, ${ROOT_SELECTOR} input${href}`).count(), 1, href);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
