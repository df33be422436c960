// End to end, issue 23 in a second engine, Debian's Firefox ESR (puppeteer-core over WebDriver
// BiDi): every purpose × auth × provider of Google Cloud Storage and Azure Blob Storage shows
// its steps and files, the files read as data against docs/facts.md (the same cases and
// readers as the Chromium suite, providers-cases.mjs), in all seven languages; a secret typed
// into a field is refused.
//
// Run after `trunk build --release`:  node --test --test-concurrency=1 tests/e2e/providers-firefox.test.mjs
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { ftl, ROOT_SELECTOR } from './browser.mjs';
import { firefoxSuite, openFirefoxPage, snippetCode, until } from './firefox.mjs';
import { cases, checkCaseFiles } from './providers-cases.mjs';

async function gotoProvider(page, url, lang, provider) {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector(`${ROOT_SELECTOR}[lang="${lang}"] [data-provider-guide="${provider}"]`, { timeout: 20_000 });
}

const list = (page, selector, key) =>
  page.$$eval(`${ROOT_SELECTOR} ${selector}`, (nodes, key) => nodes.map((n) => n.dataset[key]), key);

describe('issue 23 in Firefox: Google Cloud Storage and Azure Blob Storage', () => {
  const suite = firefoxSuite();

  for (const lang of ['en', 'fr', 'de', 'es', 'ja', 'ko', 'pt-BR']) {
    test(`${lang}: every purpose × auth × provider shows its steps and files`, async () => {
      const { context, page, errors } = await openFirefoxPage(suite.browser);
      for (const c of cases()) {
        const label = `${lang} ${c.provider} ${c.purpose} ${c.auth}`;
        await gotoProvider(page,
          `${suite.server.url}/?lang=${lang}&provider=${c.provider}&integration=${c.purpose}&auth=${c.auth}&${c.query}`,
          lang, c.provider);
        assert.deepEqual(await list(page, '[data-step]', 'step'), c.steps, `${label}: steps`);
        assert.deepEqual(await list(page, '[data-snippet]', 'snippet'), c.snippets, `${label}: files`);
        const ready = await list(page, '[data-snippet]', 'ready');
        assert.ok(ready.every((r) => r === String(c.supported)), `${label}: ready ${ready}`);
        const legend = await page.$eval(`${ROOT_SELECTOR} [data-choice="provider"] legend`, (n) => n.textContent.trim());
        assert.equal(legend, ftl(lang, 'provider-legend'), label);
        if (!c.supported) continue;
        await checkCaseFiles(c, (key) => snippetCode(page, key));
      }
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  test('a connection string typed into a field is refused and kept nowhere', async () => {
    const { context, page, errors } = await openFirefoxPage(suite.browser);
    await gotoProvider(page, `${suite.server.url}/?lang=en&provider=azure-blob-storage`, 'en', 'azure-blob-storage');
    const secret = 'DefaultEndpointsProtocol=https;AccountName=acmebraze;AccountKey=bm90IGEga2V5IGF0IGFsbA==';
    const selector = `${ROOT_SELECTOR} input[name="container"]`;
    await page.focus(selector);
    // One input event with the whole text, as a paste gives.
    await page.$eval(selector, (input, text) => {
      input.value = text;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    }, secret);
    await until(page, (s) => document.querySelector(s)?.getAttribute('aria-invalid') === 'true', [selector]);
    assert.equal(await page.$eval(selector, (i) => i.value), '');
    await new Promise((resolve) => setTimeout(resolve, 700));
    const kept = await page.evaluate(() => location.href + JSON.stringify({ ...localStorage }));
    assert.ok(!kept.includes('AccountKey'), 'kept nowhere');
    assert.deepEqual(errors, []);
    await context.close();
  });
});
