// End to end, issue 22: the smoke of the end-to-end suite in Safari's engine, WebKitGTK's
// MiniBrowser driven over W3C WebDriver (webkit.mjs). Same URLs, same `data-*` hooks
// (docs/contract.md) as the Chromium and Firefox tests: every case renders its guide and its
// policies, typing updates the snippets and the URL, copy ends in "copied" with the code on
// the clipboard (or the manual-copy hint with the code selected), a reload keeps what was
// typed, a language switch loads `locales/<tag>.json`, and the strict CSP causes no violation.
//
// Keys, clicks and the language choice are WebDriver's real input (WebKit's own event path),
// not scripted events.
//
// Run after `trunk build --release`:  node --test --test-concurrency=1 tests/e2e/
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Key } from 'selenium-webdriver';

import { ftl, plainSpaces, ROOT_SELECTOR } from './browser.mjs';
import { STRICT_CSP } from './server.mjs';
import { snippetSelector, webkitSuite } from './webkit.mjs';

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
  const text = await page.snippetCode(id);
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
  await page.until((s) => /\S/.test(document.querySelector(s)?.textContent ?? ''), [status]);
  return plainSpaces(await page.$eval(status, (e) => e.textContent));
}

/**
 * What the system clipboard holds, read as a reader would: Ctrl+V into a text area of the
 * host page (outside the widget). WebKit's navigator.clipboard.readText() cannot be used for
 * this: it waits for the reader to confirm a native "Paste" menu, which WebDriver cannot
 * click, and so it is refused under automation.
 */
async function pasteClipboard(page) {
  await page.evaluate(() => {
    const area = document.createElement('textarea');
    area.id = 'e2e-paste-target';
    area.setAttribute('aria-label', 'paste target');
    document.body.append(area);
  });
  await page.click('#e2e-paste-target');
  await page.chord(Key.CONTROL, 'v');
  const pasted = await page.$eval('#e2e-paste-target', (area) => area.value);
  await page.evaluate(() => document.getElementById('e2e-paste-target').remove());
  return pasted;
}

/**
 * Chooses `lang` in the widget's language selector, by clicking the select and then its
 * option as a reader does, and waits until the widget renders in that language.
 */
async function switchLanguage(page, lang) {
  const select = `${ROOT_SELECTOR} select[name="lang"]`;
  await page.click(select);
  await page.click(`${select} option[value="${lang}"]`);
  await page.waitForSelector(`${ROOT_SELECTOR}[lang="${lang}"]`, 10_000);
}

describe('issue 22: the end-to-end smoke in WebKit (WebKitGTK MiniBrowser)', () => {
  const suite = webkitSuite();

  test('every case renders its guide, and its policies parse as JSON and name the bucket', async () => {
    const page = await suite.open();
    const bucket = 'acme-webkit-data';
    for (const { integration, auth } of CASES) {
      const label = `${integration}/${auth}`;
      await page.gotoWidget(query({ integration, auth, bucket, ...VALID, lang: 'en' }));
      assert.equal(await page.$eval(ROOT_SELECTOR, (e) => e.lang), 'en', label);
      const steps = await page.$$eval(`${ROOT_SELECTOR} .bsc-guide [data-step]`, (nodes) => nodes
        .filter((n) => n.getClientRects().length > 0 && n.textContent.trim()).map((n) => n.dataset.step));
      assert.ok(steps.length >= 3, `${label}: the guide shows its steps (${steps})`);

      const expected = integration === 'both'
        ? ['policy-currents', 'policy-dashboard-export', 'policy-combined']
        : [`policy-${integration}`];
      assert.deepEqual(await page.snippetIds('policy-'), expected, `${label}: policy snippets shown`);
      for (const id of expected) await assertPolicyFor(page, id, bucket, label);

      const ids = await page.snippetIds();
      if (auth === 'role-arn') {
        assert.ok(ids.includes('trust-policy'), `${label}: the trust policy is shown (${ids})`);
        const trust = JSON.parse(await page.snippetCode('trust-policy'));
        assert.equal(trust.Statement[0].Principal.AWS, `arn:aws:iam::${VALID.account}:root`, label);
        assert.equal(trust.Statement[0].Condition.StringEquals['sts:ExternalId'], VALID['external-id'], label);
      } else {
        assert.ok(!ids.includes('trust-policy'), `${label}: no trust policy for a secret key`);
      }
    }
    assert.deepEqual(await page.errors(), []);
  });

  test('typing in the bucket field updates every snippet and the URL; a reload keeps it', async () => {
    const page = await suite.open();
    await page.gotoWidget(query({ integration: 'both', auth: 'role-arn', ...VALID, bucket: 'acme-before', lang: 'en' }));
    await assertPolicyFor(page, 'policy-combined', 'acme-before', 'from the link');

    const bucket = 'acme-typed-in-webkit';
    await page.retype('bucket', bucket);
    assert.equal(await page.fieldValue('bucket'), bucket);
    for (const id of ['policy-currents', 'policy-dashboard-export', 'policy-combined']) {
      await page.until((s, b) => (document.querySelector(`${s} code`)?.textContent ?? '').includes(`arn:aws:s3:::${b}`),
        [snippetSelector(id), bucket]);
      await assertPolicyFor(page, id, bucket, 'after typing');
    }
    await page.retype('folder', 'braze/webkit');
    await page.until((b) => new URLSearchParams(location.search).get('bucket') === b, [bucket]);
    await page.until(() => new URLSearchParams(location.search).get('folder') === 'braze/webkit');

    await page.reload();
    assert.equal(await page.fieldValue('bucket'), bucket, 'the typed bucket survives the reload');
    assert.equal(await page.fieldValue('folder'), 'braze/webkit', 'the typed folder survives the reload');
    assert.equal(await page.fieldValue('account'), VALID.account);
    assert.equal(await page.$eval(`${ROOT_SELECTOR} input[name="auth"][value="role-arn"]`, (e) => e.checked), true);
    await assertPolicyFor(page, 'policy-combined', bucket, 'after the reload');
    const url = await page.params();
    assert.equal(url.bucket, bucket);
    assert.equal(url.integration, 'both');
    assert.deepEqual(await page.errors(), []);
  });

  test('Copy hands over exactly the code, says so, and a paste gives the code', async () => {
    const page = await suite.open({ initScripts: [RECORD_CLIPBOARD] });
    const bucket = 'acme-copy-webkit';
    await page.gotoWidget(query({ integration: 'currents', auth: 'secret-key', lang: 'fr' }));
    await page.retype('bucket', bucket);
    await page.until((s, b) => (document.querySelector(`${s} code`)?.textContent ?? '').includes(b),
      [snippetSelector('policy-currents'), bucket]);
    const code = await page.snippetCode('policy-currents');

    const status = await copySnippet(page, 'policy-currents');
    assert.deepEqual(await page.evaluate(() => window.__copied), [code],
      'the text handed to the Clipboard API is exactly the <code> text');
    // Safari grants writeText only within the click's user activation: a widget that wrote
    // later (after an await) would be refused here, and this must then fail, not fall back.
    assert.equal(status, plainSpaces(ftl('fr', 'copy-done')), 'the status says it copied');
    assert.equal(await pasteClipboard(page), code, 'the clipboard holds the code');
    assert.deepEqual(await page.errors(), []);
  });

  test('a refused clipboard: the code is selected, the status says to press Ctrl+C, and Ctrl+C copies it', async () => {
    const page = await suite.open({ initScripts: [REFUSE_CLIPBOARD] });
    await page.gotoWidget(query({ bucket: 'acme-refused-webkit', lang: 'fr' }));
    const status = await copySnippet(page, 'policy-currents');
    assert.equal(status, plainSpaces(ftl('fr', 'copy-manual')));
    const code = await page.snippetCode('policy-currents');
    assert.ok(code.includes(arn('acme-refused-webkit')));
    assert.equal(await page.evaluate(() => String(window.getSelection())), code, 'the whole code is selected, nothing else');

    await page.chord(Key.CONTROL, 'c');
    assert.equal(await pasteClipboard(page), code, 'Ctrl+C as told puts the code on the clipboard');
    assert.deepEqual(await page.errors(), []);
  });

  test('switching to French loads locales/fr.json and the texts change; the values stay', async () => {
    const page = await suite.open();
    await page.gotoWidget(query({ bucket: 'acme-lang-webkit', lang: 'en' }));
    const buttonText = async () => plainSpaces(
      await page.$eval(`${snippetSelector('policy-currents')} button.bsc-copy`, (e) => e.textContent));
    const guideText = () => page.$eval(`${ROOT_SELECTOR} .bsc-guide`, (e) => e.textContent);
    assert.equal(await buttonText(), ftl('en', 'copy-button'));
    const englishGuide = await guideText();

    await switchLanguage(page, 'fr');
    // (The demo page preloads fr.json for its French instance: the request may precede the switch.)
    assert.ok(page.server.requests.includes('/locales/fr.json'), 'French comes from dist/locales/fr.json');
    assert.equal(await buttonText(), ftl('fr', 'copy-button'));
    assert.notEqual(await guideText(), englishGuide, 'the guide is in French now');
    assert.equal(await page.$eval(`${ROOT_SELECTOR} select[name="lang"]`, (e) => e.value), 'fr');
    assert.equal(await page.fieldValue('bucket'), 'acme-lang-webkit', 'the switch keeps what was typed');
    assert.ok((await page.snippetCode('policy-currents')).includes(arn('acme-lang-webkit')));
    await page.until(() => new URLSearchParams(location.search).get('lang') === 'fr');

    const beforeJapanese = page.server.requests.length;
    await switchLanguage(page, 'ja');
    assert.ok(page.server.requests.slice(beforeJapanese).includes('/locales/ja.json'), 'Japanese is fetched when chosen');
    assert.equal(await buttonText(), ftl('ja', 'copy-button'));
    assert.deepEqual(await page.errors(), []);
  });

  test('every language: an Azure message-archiving guide in its own words (the provider module in WebKit)', async () => {
    const page = await suite.open();
    for (const lang of ['en', 'fr', 'de', 'es', 'ja', 'ko', 'pt-BR']) {
      await page.driver.get(`${page.url}${query({ lang, provider: 'azure-blob-storage', integration: 'message-archiving' })}`);
      await page.waitForSelector(`${ROOT_SELECTOR}[lang="${lang}"] [data-provider-guide="azure-blob-storage"]`, 20_000);
      const legend = await page.$eval(`${ROOT_SELECTOR} [data-choice="provider"] legend`, (e) => e.textContent.trim());
      assert.equal(legend, ftl(lang, 'provider-legend'), `${lang}: provider legend`);
      const title = await page.$eval(`${ROOT_SELECTOR} [data-step="message-archiving"] .bsc-step-title`, (e) => e.textContent);
      assert.ok(plainSpaces(title).includes(ftl(lang, 'provider-step-archiving')), `${lang}: archiving step "${title}"`);
    }
    assert.deepEqual(await page.errors(), []);
  });

  test('under the strict CSP header the widget renders, works, and causes no violation', async () => {
    const page = await suite.open({ csp: STRICT_CSP, initScripts: [RECORD_CSP, RECORD_CLIPBOARD] });
    await page.gotoWidget('/?lang=fr&integration=both&auth=role-arn');
    assert.equal(await page.$eval(ROOT_SELECTOR, (e) => e.lang), 'fr', 'French loaded under the CSP');

    await page.retype('bucket', 'acme-csp-webkit');
    await page.retype('account', VALID.account);
    await page.retype('external-id', 'ext-csp');
    await page.until((s) => document.querySelector(`${s} code`) !== null, [snippetSelector('trust-policy')]);
    await assertPolicyFor(page, 'policy-combined', 'acme-csp-webkit', 'under CSP');
    assert.equal(await copySnippet(page, 'policy-combined'), plainSpaces(ftl('fr', 'copy-done')));
    await switchLanguage(page, 'ko');
    assert.ok((await page.snippetCode('policy-currents')).includes(arn('acme-csp-webkit')));

    // The widget's stylesheet applied (a blocked stylesheet would leave the code unstyled).
    assert.equal(await page.$eval(`${ROOT_SELECTOR} pre.bsc-code`, (e) => getComputedStyle(e).whiteSpace), 'pre');
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
    assert.deepEqual(await page.errors(), [], 'no console error, no failed load');

    // WebDriver shows no response headers: that the policy is in force in this page is
    // shown instead by an inline script, which it must block and report.
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true;';
      document.head.append(script);
    });
    await page.until(() => window.__cspViolations.length > 0);
    assert.equal(await page.evaluate(() => window.__inlineRan === true), false, 'the inline script did not run');
    assert.deepEqual(await page.evaluate(() => window.__cspViolations.map((v) => v.split(' ')[0])), ['script-src-elem']);
  });
});
