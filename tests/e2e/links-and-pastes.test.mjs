// End to end, issue 22 (views): links under a host's `<base href>`, large pastes, the
// diagram's wide letters, a report behind a byte-order mark, and the preflight's run
// instruction against the file the download saves. Each test failed on the build before the fix
// (BSC_DIST=<main's dist>) and passes now.
//
// No timing is asserted: that typing in another field after a large paste reads nothing back
// is counted (the text areas' `value` getter), and the long tasks it causes are counted with a
// wide margin (each key of the old build was one long task of 430 ms or more).
//
// Run after `trunk build --release`:  node --test --test-concurrency=1 tests/e2e/links-and-pastes.test.mjs
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { gotoWidget, openPage, openSection, plainSpaces, retype, ROOT_SELECTOR, servedSuite, snippet } from './browser.mjs';

const WAIT = { timeout: 20_000 };
/** Judging 2,000 policies on a loaded 2-core machine takes its time: not a speed check. */
const SLOW = { timeout: 90_000 };
const BUCKET = 'acme-issue22';
const USER = 'braze-issue22';
const CASE = { lang: 'en', integration: 'currents', auth: 'secret-key', bucket: BUCKET, 'user-name': USER };

/** One line of a preflight report (docs/contract.md, "Preflight report"). */
function record(call, via, subject, status, data, error = null) {
  return JSON.stringify({ check: 'x', call, via, subject, status, error, data });
}

function policy(statements) {
  return { Version: '2012-10-17', Statement: statements };
}

/**
 * A report for CASE: the bucket refuses uploads without SSE-S3 (a fail with Braze's SSE off, a
 * pass with it on), the user's policy grants another bucket (a fail linking to the policy
 * snippet) unless `granted`, and `fillers` more managed policies, each on buckets of its own,
 * up to `bytes`: the 2 MB a report may be.
 */
function report({ granted = false, bytes = 0 } = {}) {
  const header = { preflight: 1, bucket: BUCKET, auth: 'secret-key', name: USER, integration: 'currents' };
  const denyWithoutSse = policy([{ Effect: 'Deny', Principal: '*', Action: 's3:PutObject', Resource: `arn:aws:s3:::${BUCKET}/*`,
    Condition: { StringNotEquals: { 's3:x-amz-server-side-encryption': 'AES256' } } }]);
  const braze = (bucket) => policy([
    { Effect: 'Allow', Action: ['s3:ListBucket', 's3:GetBucketLocation'], Resource: `arn:aws:s3:::${bucket}` },
    { Effect: 'Allow', Action: ['s3:PutObject', 's3:GetObject'], Resource: `arn:aws:s3:::${bucket}/*` }]);
  const records = [
    record('head-bucket', 'bucket', BUCKET, 'ok', null),
    record('get-bucket-location', 'bucket', BUCKET, 'ok', { LocationConstraint: 'eu-west-1' }),
    record('get-bucket-encryption', 'bucket', BUCKET, 'missing', null, 'ServerSideEncryptionConfigurationNotFoundError'),
    record('get-object-lock-configuration', 'bucket', BUCKET, 'missing', null, 'ObjectLockConfigurationNotFoundError'),
    record('get-bucket-policy', 'bucket', BUCKET, 'ok', { Policy: JSON.stringify(denyWithoutSse) }),
    record('get-user', 'user', USER, 'ok', { User: { UserName: USER, Arn: `arn:aws:iam::111122223333:user/${USER}` } }),
    record('get-policy-version', 'user', 'arn:aws:iam::111122223333:policy/braze', 'ok',
      { PolicyVersion: { Document: braze(granted ? BUCKET : 'acme-somewhere-else') } }),
    record('list-access-keys', 'user', USER, 'ok', [{ Status: 'Active', CreateDate: new Date().toISOString() }]),
  ];
  let size = records.join('\n').length;
  for (let i = 0; records.length < 1_990; i += 1) {
    const statements = [0, 1, 2, 3].map((s) => ({ Sid: `S${i}x${s}`, Effect: 'Allow',
      Action: [`s3:Get*`, `s3:List${s}*`], Resource: [`arn:aws:s3:::other-${i}-${s}`, `arn:aws:s3:::other-${i}-${s}/*`],
      Condition: { StringLike: { 'aws:PrincipalTag/team': `t${i}` } } }));
    const line = record('get-policy-version', 'user', `arn:aws:iam::111122223333:policy/p${i}`, 'ok',
      { PolicyVersion: { Document: policy(statements), VersionId: 'v1', IsDefaultVersion: true } });
    if (size + line.length + 200 > bytes) break;
    records.push(line);
    size += line.length + 1;
  }
  return ['# braze-s3-companion preflight v1', JSON.stringify(header), ...records, `# end ${records.length}`, ''].join('\n');
}

const area = (page, name) => page.locator(`${ROOT_SELECTOR} textarea[name="${name}"]`);

/** Pastes `text` into text area `name` as one input event (as a paste does), however large. */
async function paste(page, name, text) {
  await area(page, name).waitFor(WAIT);
  await area(page, name).evaluate((element, value) => {
    element.value = value;
    element.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, text);
}

/** `{ <check id>: <status> }` of the findings shown. */
function statuses(page) {
  return page.locator(`${ROOT_SELECTOR} [data-preflight-check]`).evaluateAll((items) => Object.fromEntries(
    items.map((item) => [item.dataset.preflightCheck, item.dataset.status])));
}

/**
 * Counts, per text area name, how often the page reads a text area's value (`window.__reads`),
 * and records the long tasks (`window.__longTasks`, their durations in ms).
 */
const COUNTERS = () => {
  window.__reads = {};
  const value = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value');
  Object.defineProperty(HTMLTextAreaElement.prototype, 'value', {
    configurable: true,
    enumerable: value.enumerable,
    get() {
      window.__reads[this.name] = (window.__reads[this.name] ?? 0) + 1;
      return value.get.call(this);
    },
    set(text) { value.set.call(this, text); },
  });
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push(Math.round(entry.duration));
  }).observe({ type: 'longtask' });
};

const resetCounters = (page) => page.evaluate(() => { window.__reads = {}; window.__longTasks = []; });

/** Types `keys` at the end of the folder field, one key at a time, and waits for the picture. */
async function typeInFolder(page, keys) {
  const folder = page.locator(`${ROOT_SELECTOR} input[name="folder"]`);
  await folder.click();
  await folder.press('End');
  await folder.pressSequentially(keys);
  await page.waitForFunction(([root, typed]) => [...document.querySelectorAll(`${root} [data-diagram] text`)]
    .some((t) => t.textContent.includes(typed)), [ROOT_SELECTOR, keys], WAIT);
  // The last key's task is over once the page is idle for a moment.
  await page.waitForTimeout(500);
}

/** A host page whose `<base href>` points at another site; the widget's files by full address. */
function baseHost(origin) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<base href="https://elsewhere.invalid/docs/">
<title>Host with a base elsewhere</title>
<link rel="stylesheet" href="${origin}/widget.css">
<script type="module" src="${origin}/loader.js"></script>
</head><body><h1>Docs</h1><div data-braze-s3-companion data-url-state></div></body></html>`;
}

describe('issue 22: links under any <base>, large pastes, wide letters, a byte-order mark, the run instruction', () => {
  const pages = {};
  const suite = servedSuite({ pages });

  /** Opens the host page with a `<base href>` elsewhere, a report pasted: `{ page, address, … }`. */
  async function underBase() {
    pages['/base-host.html'] = baseHost(suite.server.url);
    const opened = await openPage(suite.browser);
    const address = `${suite.server.url}/base-host.html`;
    await gotoWidget(opened.page, `${address}?${new URLSearchParams(CASE)}`);
    await openSection(opened.page, 'preflight');
    const pasted = report();
    await paste(opened.page, 'preflight-report', pasted);
    const identity = opened.page.locator(`${ROOT_SELECTOR} [data-preflight-check="identity-policy"]`);
    await identity.waitFor(WAIT);
    assert.equal(await identity.getAttribute('data-status'), 'fail');
    return { ...opened, address, pasted, identity };
  }

  /** Clicks `link` (href="#<id>") and waits for the focus on element `<id>`, inside the widget. */
  async function follow(page, link) {
    const id = (await link.getAttribute('href')).slice(1);
    assert.ok(id.length > 1, 'a fragment link, as the contract says');
    await link.click();
    await page.waitForFunction((target) => document.activeElement?.id === target, id, WAIT);
    assert.ok(await page.evaluate(([root, target]) => document.querySelector(root).contains(document.getElementById(target)),
      [ROOT_SELECTOR, id]), 'the target is in the widget');
    return id;
  }

  test("under a <base href> elsewhere, a finding's link leads to its snippet, and the report stays", async () => {
    const { context, page, errors, pasted, identity } = await underBase();
    const before = page.url();
    await follow(page, identity.locator('a[data-preflight-snippet]'));
    assert.equal(page.url(), before, 'no navigation');
    assert.equal(await area(page, 'preflight-report').inputValue(), pasted, 'the pasted report is still there');
    assert.equal(await identity.getAttribute('data-status'), 'fail', 'and judged');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('under a <base href> elsewhere, "waiting for" links and troubleshooting\'s links stay in the widget', async () => {
    const { context, page, errors, pasted } = await underBase();
    const before = page.url();
    await openSection(page, 'troubleshoot');
    await page.locator(`${ROOT_SELECTOR} select[name="symptom"]`).selectOption('put-object-denied');
    const recheck = page.locator(`${ROOT_SELECTOR} [data-recheck] a`).first();
    await recheck.waitFor(WAIT);
    await follow(page, recheck);
    assert.equal(page.url(), before, 'no navigation');
    // A snippet waits for the bucket: its link leads to the field.
    await retype(page, 'bucket', '');
    const waiting = snippet(page, 'preflight-script').locator('.bsc-snippet-waiting a').first();
    await waiting.waitFor(WAIT);
    await follow(page, waiting);
    assert.equal(await page.evaluate(() => document.activeElement.name), 'bucket');
    assert.ok(page.url().startsWith(`${suite.server.url}/base-host.html`), page.url());
    assert.equal(await area(page, 'preflight-report').inputValue(), pasted);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('under a <base href> elsewhere, the address follows typing and a new tab opens the page itself', async () => {
    const { context, page, errors, address, identity } = await underBase();
    // A middle click or Ctrl+click opens the link's address: the page's, with the fragment.
    const link = identity.locator('a[data-preflight-snippet]');
    const id = (await link.getAttribute('href')).slice(1);
    await link.dispatchEvent('pointerdown', { button: 1, pointerType: 'mouse' });
    const resolved = await link.evaluate((a) => a.href);
    assert.ok(resolved.startsWith(`${address}?`) && resolved.endsWith(`#${id}`), resolved);
    // replaceState with the page's own absolute address, not one resolved against the base.
    await retype(page, 'bucket', 'acme-typed-under-base');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('bucket') === 'acme-typed-under-base', null, WAIT);
    assert.ok(page.url().startsWith(`${address}?`), page.url());
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a 2 MB report: keys in another field neither read it back nor block the page; a judged value judges it again', async () => {
    const { context, page, errors } = await openPage(suite.browser, { initScripts: [COUNTERS] });
    await gotoWidget(page, `${suite.server.url}/?${new URLSearchParams(CASE)}`);
    await openSection(page, 'preflight');
    const big = report({ bytes: 2 * 1024 * 1024 - 1024 });
    assert.ok(big.length > 2_000_000, `${big.length} bytes`);
    await resetCounters(page);
    await paste(page, 'preflight-report', big);
    await page.locator(`${ROOT_SELECTOR} [data-preflight-check="bucket-policy"]`).waitFor(SLOW);
    // The paste reads and judges ~1,900 policies once: a blink, not the seconds it once took
    // (4.5 to 5.7 s per task before the report was prepared once; a few hundred ms since).
    await page.waitForTimeout(500);
    const pasteTasks = await page.evaluate(() => window.__longTasks);
    assert.ok(Math.max(0, ...pasteTasks) < 2000, `long tasks while pasting 2 MB: ${pasteTasks}`);
    const judged = await statuses(page);
    assert.equal(judged['bucket-policy'], 'fail', JSON.stringify(judged));
    assert.equal(judged['identity-policy'], 'fail', JSON.stringify(judged));

    await page.waitForTimeout(500);
    await resetCounters(page);
    const keys = 'abcdef';
    await typeInFolder(page, keys);
    const { reads, longTasks } = await page.evaluate(() => ({ reads: window.__reads, longTasks: window.__longTasks }));
    assert.equal(reads['preflight-report'] ?? 0, 0, `the report read back from the page ${reads['preflight-report']} times`);
    assert.equal(reads['check-policy'] ?? 0, 0, 'nor the checker\'s text');
    // Each key judges the report again (the folder is a judged value), within a frame: the
    // issue's bound is no task over 50 ms per key (the long-task observer reports only those);
    // one is tolerated for a garbage collection on a busy machine, none of 200 ms.
    assert.ok(longTasks.length <= 1 && longTasks.every((ms) => ms < 200),
      `long tasks while typing ${keys.length} keys: ${longTasks}`);
    assert.deepEqual(await statuses(page), judged, 'the findings stay');
    // Nor does the browser lay out or walk the report's lines again at each key (a 2 MB text
    // area cost Chromium ~50 ms of pre-paint per key): it is contained, and skipped off screen.
    const style = await area(page, 'preflight-report').evaluate((element) => {
      const computed = getComputedStyle(element);
      return [computed.contain, computed.contentVisibility];
    });
    assert.deepEqual(style, ['strict', 'auto']);

    // Braze's SSE option is a value the judging reads: the bucket policy is judged again.
    await page.locator(`${ROOT_SELECTOR} input[name="sse"]`).check();
    await page.waitForFunction((root) => document.querySelector(`${root} [data-preflight-check="bucket-policy"]`)
      ?.dataset.status === 'pass', ROOT_SELECTOR, SLOW);
    assert.equal((await statuses(page))['identity-policy'], 'fail');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('10 MB into the report and the checker: a clear message each, and typing elsewhere reads neither back', async () => {
    const { context, page, errors } = await openPage(suite.browser, { initScripts: [COUNTERS] });
    await gotoWidget(page, `${suite.server.url}/?${new URLSearchParams(CASE)}`);
    await openSection(page, 'preflight');
    await openSection(page, 'checker');
    const tenMegabytes = `{"Version": "2012-10-17", "Statement": [${'{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}, '.repeat(190_000)}]}`;
    assert.ok(tenMegabytes.length > 10_000_000);
    await paste(page, 'preflight-report', tenMegabytes);
    const problem = page.locator(`${ROOT_SELECTOR} [data-preflight-problem]`);
    await problem.waitFor(SLOW);
    assert.match(plainSpaces(await problem.textContent()), /larger than 2 MB/);
    await paste(page, 'check-policy', tenMegabytes);
    const refused = page.locator(`${ROOT_SELECTOR} [data-check-result]`);
    await refused.waitFor(SLOW);
    assert.match(plainSpaces(await refused.textContent()), /more than 10,240 characters/);

    await page.waitForTimeout(500);
    await resetCounters(page);
    const keys = 'abcdef';
    await typeInFolder(page, keys);
    const { reads, longTasks } = await page.evaluate(() => ({ reads: window.__reads, longTasks: window.__longTasks }));
    // (Troubleshooting's `braze-error` area, empty here, is another issue's.)
    assert.deepEqual([reads['preflight-report'] ?? 0, reads['check-policy'] ?? 0], [0, 0],
      `neither text area read back from the page: ${JSON.stringify(reads)}`);
    const long = longTasks.filter((ms) => ms >= 200);
    assert.ok(long.length < keys.length / 2, `long tasks while typing ${keys.length} keys: ${longTasks}`);
    assert.match(plainSpaces(await problem.textContent()), /larger than 2 MB/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a report that begins with a byte-order mark is read; garbage behind one is still refused', async () => {
    const { context, page, errors } = await openPage(suite.browser);
    await gotoWidget(page, `${suite.server.url}/?${new URLSearchParams(CASE)}`);
    await openSection(page, 'preflight');
    await paste(page, 'preflight-report', `\uFEFF${report({ granted: true })}`);
    await page.locator(`${ROOT_SELECTOR} [data-preflight-check="identity-policy"]`).waitFor(WAIT);
    assert.equal(await page.locator(`${ROOT_SELECTOR} [data-preflight-problem]`).count(), 0);
    const shown = await statuses(page);
    assert.equal(shown['identity-policy'], 'pass', JSON.stringify(shown));
    assert.equal(shown['bucket-exists'], 'pass', JSON.stringify(shown));
    await paste(page, 'preflight-report', '\uFEFFHello, this is not a report.\n{"foo": 1}\n');
    const problem = page.locator(`${ROOT_SELECTOR} [data-preflight-problem]`);
    await problem.waitFor(WAIT);
    assert.match(plainSpaces(await problem.textContent()), /not a preflight report/);
    // The text area is the page's, not re-read from the state (a paste may be megabytes):
    // "start over" still empties it, and what it said.
    await page.locator(`${ROOT_SELECTOR} .bsc-checklist-actions button`).last().click();
    await page.locator(`${ROOT_SELECTOR} .bsc-confirm .bsc-button--danger`).click();
    await page.waitForFunction((root) => document.querySelector(`${root} textarea[name="preflight-report"]`).value === '',
      ROOT_SELECTOR, WAIT);
    assert.equal(await page.locator(`${ROOT_SELECTOR} [data-preflight-problem]`).count(), 0);
    assert.deepEqual(errors, []);
    await context.close();
  });

  for (const lang of ['en', 'fr', 'es']) {
    test(`${lang}: the run instruction names the file the download saves`, async () => {
      const { context, page, errors } = await openPage(suite.browser, { contextOptions: { acceptDownloads: true } });
      await gotoWidget(page, `${suite.server.url}/?${new URLSearchParams({ ...CASE, lang })}`);
      await openSection(page, 'preflight');
      const block = snippet(page, 'preflight-script');
      await block.locator('code').waitFor(WAIT);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        block.locator('button.bsc-download').click(),
      ]);
      const saved = download.suggestedFilename();
      assert.ok(saved.startsWith(`${BUCKET}-`) && saved.endsWith('.sh'), saved);
      // The opening comment as a reader reads it: its lines joined.
      const lines = (await block.locator('code').textContent()).split('\n');
      const said = lines.slice(1, lines.findIndex((line, i) => i > 0 && !line.startsWith('#')))
        .map((line) => line.replace(/^#\s*/, '')).join(' ');
      const run = said.match(/bash (\S+) > (\S+)/);
      assert.ok(run, said);
      assert.equal(run[1], saved, `the instruction runs ${run[1]}, the download saved ${saved}`);
      assert.match(run[2], /\.txt$/);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  for (const lang of ['en', 'de', 'ja']) {
    test(`${lang}: at 360 px, a long policy name in capitals is cut with … inside the picture`, async () => {
      const { context, page, errors } = await openPage(suite.browser, { contextOptions: { viewport: { width: 360, height: 740 } } });
      const name = `BRAZE-${'W'.repeat(122)}`;
      await gotoWidget(page, `${suite.server.url}/?${new URLSearchParams({ ...CASE, lang, 'policy-name': name })}`);
      const found = await page.evaluate((root) => [...document.querySelectorAll(`${root} [data-diagram] svg`)].map((svg) => {
        const edge = svg.getBoundingClientRect();
        const texts = [...svg.querySelectorAll('text')];
        return {
          outside: texts.filter((t) => t.getBoundingClientRect().right > edge.right + 0.5)
            .map((t) => `${t.textContent}: ${t.getBoundingClientRect().right} > ${edge.right}`),
          cut: texts.map((t) => t.textContent).filter((text) => /W…$/.test(text)),
        };
      }), ROOT_SELECTOR);
      assert.equal(found.length, 1);
      assert.deepEqual(found[0].outside, [], 'every text ends inside the picture');
      assert.equal(found[0].cut.length, 1, 'the name is cut with an ellipsis');
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
});
