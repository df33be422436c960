// End to end, issue 12: the smoke of the end-to-end suite in a second engine, Debian's Firefox
// ESR, driven through WebDriver BiDi (puppeteer-core). Same URLs, same `data-*` hooks
// (docs/contract.md) as the Chromium tests: every case renders its guide and its policies,
// typing updates the snippets and the URL, copy ends in "copied" or the manual-copy hint,
// a reload keeps what was typed, a language switch loads `locales/<tag>.json`, and the strict
// CSP causes no violation.
//
// Run after `trunk build --release`:  node --test --test-concurrency=1 tests/e2e/
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { ftl, plainSpaces, ROOT_SELECTOR } from './browser.mjs';
import {
  fieldValue, firefoxSuite, gotoWidget, openFirefoxPage, params, retype, snippetCode, snippetIds,
  snippetSelector, until,
} from './firefox.mjs';
import { STRICT_CSP } from './server.mjs';

const VALID = {
  account: '123456789012',
  'external-id': 'braze-ext-7f3a',
  'own-account': '210987654321',
};

const CASES = [];
for (const integration of ['currents', 'dashboard-export', 'both']) {
  for (const auth of ['secret-key', 'role-arn']) CASES.push({ integration, auth });
}

const query = (params) => `/?${new URLSearchParams(params)}`;
const arn = (bucket) => `arn:aws:s3:::${bucket}`;

/** Every Resource of a policy, flattened. */
const resources = (policy) => [].concat(policy.Statement).flatMap((s) => [].concat(s.Resource ?? []));

/** Parses snippet `id` as JSON and checks that its resources are the bucket's. */
async function assertPolicyFor(page, id, bucket, label) {
  const text = await snippetCode(page, id);
  assert.ok(text, `${label}: ${id} has no code`);
  let policy;
  assert.doesNotThrow(() => { policy = JSON.parse(text); }, `${label}: ${id} is not JSON:\n${text}`);
  assert.equal(policy.Version, '2012-10-17', `${label}: ${id}`);
  const all = resources(policy);
  assert.ok(all.length > 0, `${label}: ${id} names no resource`);
  for (const resource of all) {
    assert.ok(resource.startsWith(arn(bucket)), `${label}: ${id} names ${resource}, not the bucket ${bucket}`);
  }
  return policy;
}

/** Records what the widget hands to the Clipboard API, then lets the browser copy it. */
const RECORD_CLIPBOARD = () => {
  window.__copied = [];
  const clipboard = navigator.clipboard;
  if (!clipboard || typeof clipboard.writeText !== 'function') return;
  const writeText = clipboard.writeText.bind(clipboard);
  Object.defineProperty(clipboard, 'writeText', {
    configurable: true,
    value: (text) => {
      window.__copied.push(String(text));
      return writeText(text);
    },
  });
};

/** A clipboard that refuses: the widget must fall back to selecting the code. */
const REFUSE_CLIPBOARD = () => {
  Object.defineProperty(navigator.clipboard, 'writeText', {
    configurable: true,
    value: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')),
  });
};

/** Records CSP violations from the first script on, whatever the page does later. */
const RECORD_CSP = () => {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
  }, true);
};

/** Clicks snippet `id`'s copy button; returns its status text once it says something. */
async function copySnippet(page, id) {
  await page.click(`${snippetSelector(id)} button.bsc-copy`);
  const status = `${snippetSelector(id)} [role="status"]`;
  await until(page, (s) => /\S/.test(document.querySelector(s)?.textContent ?? ''), [status]);
  return plainSpaces(await page.$eval(status, (e) => e.textContent));
}

/** Chooses `lang` in the widget's language selector and waits until the widget renders in it. */
async function switchLanguage(page, lang) {
  await page.select(`${ROOT_SELECTOR} select[name="lang"]`, lang);
  await page.waitForSelector(`${ROOT_SELECTOR}[lang="${lang}"]`, { timeout: 10_000 });
}

describe('issue 12: the end-to-end smoke in Firefox ESR', () => {
  const suite = firefoxSuite({ csp: STRICT_CSP });

  test('every case renders its guide, and its policies parse as JSON and name the bucket', async () => {
    const { context, page, errors } = await openFirefoxPage(suite.browser);
    const bucket = 'acme-firefox-data';
    for (const { integration, auth } of CASES) {
      const label = `${integration}/${auth}`;
      await gotoWidget(page, suite.server.url + query({ integration, auth, bucket, ...VALID, lang: 'en' }));
      assert.equal(await page.$eval(ROOT_SELECTOR, (e) => e.lang), 'en', label);
      const steps = await page.$$eval(`${ROOT_SELECTOR} .bsc-guide [data-step]`, (nodes) => nodes
        .filter((n) => n.getClientRects().length > 0 && n.textContent.trim()).map((n) => n.dataset.step));
      assert.ok(steps.length >= 3, `${label}: the guide shows its steps (${steps})`);

      const expected = integration === 'both'
        ? ['policy-currents', 'policy-dashboard-export', 'policy-combined']
        : [`policy-${integration}`];
      assert.deepEqual(await snippetIds(page, 'policy-'), expected, `${label}: policy snippets shown`);
      for (const id of expected) await assertPolicyFor(page, id, bucket, label);

      const ids = await snippetIds(page);
      if (auth === 'role-arn') {
        assert.ok(ids.includes('trust-policy'), `${label}: the trust policy is shown (${ids})`);
        const trust = JSON.parse(await snippetCode(page, 'trust-policy'));
        assert.equal(trust.Statement[0].Principal.AWS, `arn:aws:iam::${VALID.account}:root`, label);
        assert.equal(trust.Statement[0].Condition.StringEquals['sts:ExternalId'], VALID['external-id'], label);
      } else {
        assert.ok(!ids.includes('trust-policy'), `${label}: no trust policy for a secret key`);
      }
    }
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('typing in the bucket field updates every snippet and the URL; a reload keeps it', async () => {
    const { context, page, errors } = await openFirefoxPage(suite.browser);
    await gotoWidget(page, suite.server.url + query({ integration: 'both', auth: 'role-arn', ...VALID, bucket: 'acme-before', lang: 'en' }));
    await assertPolicyFor(page, 'policy-combined', 'acme-before', 'from the link');

    const bucket = 'acme-typed-in-firefox';
    await retype(page, 'bucket', bucket);
    assert.equal(await fieldValue(page, 'bucket'), bucket);
    for (const id of ['policy-currents', 'policy-dashboard-export', 'policy-combined']) {
      await until(page, (s, b) => (document.querySelector(`${s} code`)?.textContent ?? '').includes(`arn:aws:s3:::${b}`),
        [snippetSelector(id), bucket]);
      await assertPolicyFor(page, id, bucket, 'after typing');
    }
    await retype(page, 'folder', 'braze/firefox');
    await until(page, (b) => new URLSearchParams(location.search).get('bucket') === b, [bucket]);
    await until(page, () => new URLSearchParams(location.search).get('folder') === 'braze/firefox');

    await page.reload({ waitUntil: 'load' });
    await page.waitForSelector(`${ROOT_SELECTOR} input[name="bucket"]`, { timeout: 20_000 });
    assert.equal(await fieldValue(page, 'bucket'), bucket, 'the typed bucket survives the reload');
    assert.equal(await fieldValue(page, 'folder'), 'braze/firefox', 'the typed folder survives the reload');
    assert.equal(await fieldValue(page, 'account'), VALID.account);
    assert.equal(await page.$eval(`${ROOT_SELECTOR} input[name="auth"][value="role-arn"]`, (e) => e.checked), true);
    await assertPolicyFor(page, 'policy-combined', bucket, 'after the reload');
    const url = await params(page);
    assert.equal(url.bucket, bucket);
    assert.equal(url.integration, 'both');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('Copy hands over exactly the code, and says so (or gives the manual-copy hint)', async () => {
    const { context, page, errors } = await openFirefoxPage(suite.browser, { initScripts: [RECORD_CLIPBOARD] });
    const bucket = 'acme-copy-firefox';
    await gotoWidget(page, suite.server.url + query({ integration: 'currents', auth: 'secret-key', lang: 'fr' }));
    await retype(page, 'bucket', bucket);
    await until(page, (s, b) => (document.querySelector(`${s} code`)?.textContent ?? '').includes(b),
      [snippetSelector('policy-currents'), bucket]);
    const code = await snippetCode(page, 'policy-currents');

    const status = await copySnippet(page, 'policy-currents');
    const copied = await page.evaluate(() => window.__copied);
    assert.deepEqual(copied, [code], 'the text handed to the Clipboard API is exactly the <code> text');
    if (status === plainSpaces(ftl('fr', 'copy-manual'))) {
      // Firefox refused the write: the code must then be selected for Ctrl+C.
      assert.equal(await page.evaluate(() => String(window.getSelection())), code);
    } else {
      assert.equal(status, plainSpaces(ftl('fr', 'copy-done')), 'the status says it copied');
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), code, 'the clipboard holds the code');
    }
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a refused clipboard: the code is selected and the status says to press Ctrl+C', async () => {
    const { context, page, errors } = await openFirefoxPage(suite.browser, { initScripts: [REFUSE_CLIPBOARD] });
    await gotoWidget(page, suite.server.url + query({ bucket: 'acme-refused-firefox', lang: 'fr' }));
    const status = await copySnippet(page, 'policy-currents');
    assert.equal(status, plainSpaces(ftl('fr', 'copy-manual')));
    const code = await snippetCode(page, 'policy-currents');
    assert.ok(code.includes(arn('acme-refused-firefox')));
    assert.equal(await page.evaluate(() => String(window.getSelection())), code, 'the whole code is selected, nothing else');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('switching to French loads locales/fr.json and the texts change; the values stay', async () => {
    const { context, page, errors } = await openFirefoxPage(suite.browser);
    const loadedAt = suite.server.requests.length;
    await gotoWidget(page, suite.server.url + query({ bucket: 'acme-lang-firefox', lang: 'en' }));
    const buttonText = async () => plainSpaces(
      await page.$eval(`${snippetSelector('policy-currents')} button.bsc-copy`, (e) => e.textContent));
    const guideText = () => page.$eval(`${ROOT_SELECTOR} .bsc-guide`, (e) => e.textContent);
    assert.equal(await buttonText(), ftl('en', 'copy-button'));
    const englishGuide = await guideText();

    await switchLanguage(page, 'fr');
    // (The demo page preloads fr.json for its French instance: the request may precede the switch.)
    assert.ok(suite.server.requests.slice(loadedAt).includes('/locales/fr.json'), 'French comes from dist/locales/fr.json');
    assert.equal(await buttonText(), ftl('fr', 'copy-button'));
    assert.notEqual(await guideText(), englishGuide, 'the guide is in French now');
    assert.equal(await page.$eval(`${ROOT_SELECTOR} select[name="lang"]`, (e) => e.value), 'fr');
    assert.equal(await fieldValue(page, 'bucket'), 'acme-lang-firefox', 'the switch keeps what was typed');
    assert.ok((await snippetCode(page, 'policy-currents')).includes(arn('acme-lang-firefox')));
    await until(page, () => new URLSearchParams(location.search).get('lang') === 'fr');

    const beforeJapanese = suite.server.requests.length;
    await switchLanguage(page, 'ja');
    assert.ok(suite.server.requests.slice(beforeJapanese).includes('/locales/ja.json'), 'Japanese is fetched when chosen');
    assert.equal(await buttonText(), ftl('ja', 'copy-button'));
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('under the strict CSP header the widget renders, works, and causes no violation', async () => {
    const { context, page, errors } = await openFirefoxPage(suite.browser, { initScripts: [RECORD_CSP, RECORD_CLIPBOARD] });
    const response = await gotoWidget(page, `${suite.cspServer.url}/?lang=fr&integration=both&auth=role-arn`);
    assert.equal(response.headers()['content-security-policy'], STRICT_CSP, 'the page is served with the policy');
    assert.equal(await page.$eval(ROOT_SELECTOR, (e) => e.lang), 'fr', 'French loaded under the CSP');

    await retype(page, 'bucket', 'acme-csp-firefox');
    await retype(page, 'account', VALID.account);
    await retype(page, 'external-id', 'ext-csp');
    await until(page, (s) => document.querySelector(`${s} code`) !== null, [snippetSelector('trust-policy')]);
    await assertPolicyFor(page, 'policy-combined', 'acme-csp-firefox', 'under CSP');
    const status = await copySnippet(page, 'policy-combined');
    assert.ok([ftl('fr', 'copy-done'), ftl('fr', 'copy-manual')].map(plainSpaces).includes(status), status);
    await switchLanguage(page, 'ko');
    assert.ok((await snippetCode(page, 'policy-currents')).includes(arn('acme-csp-firefox')));

    // The widget's stylesheet applied (a blocked stylesheet would leave the code unstyled).
    assert.equal(await page.$eval(`${ROOT_SELECTOR} pre.bsc-code`, (e) => getComputedStyle(e).whiteSpace), 'pre');
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
    assert.deepEqual(errors, [], 'no console error (CSP reports land there too)');
    await context.close();
  });
});
