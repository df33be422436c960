// End to end, issue 2: the built, served widget in Chromium. A reader opens a preset link,
// changes the bucket, copies or downloads a policy, and the URL follows what they type.
//
// Run after `trunk build --release`:  node --test --test-concurrency=1 tests/e2e/
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';

import {
  DIST, addConnector, assertReleaseDist, field, ftl, gotoWidget, horizontalOverflow, launch, openNames,
  openPage, plainSpaces, retype, ROOT_SELECTOR, snippet, snippetCode, visibleTextFields,
} from './browser.mjs';
import { serve } from './server.mjs';

// ---------------------------------------------------------------------------------------
// The policies, written from docs/facts.md ("The policies", BUCKET = the reader's bucket) as data.

const VERSION = '2012-10-17';
const arn = (bucket) => `arn:aws:s3:::${bucket}`;
const allow = (Action, Resource) => ({ Effect: 'Allow', Action, Resource });

/** The identity policy Braze publishes for one integration and auth method. */
function expectedPolicy(integration, auth, B) {
  const bucketStatement = allow(['s3:ListBucket', 's3:GetBucketLocation'], [arn(B)]);
  if (integration === 'currents') {
    return { Version: VERSION, Statement: [bucketStatement, allow(['s3:PutObject', 's3:GetObject'], [`${arn(B)}/*`])] };
  }
  if (auth === 'secret-key') {
    return {
      Version: VERSION,
      Statement: [
        bucketStatement,
        allow(['s3:GetObject', 's3:PutObject', 's3:DeleteObject'], [`${arn(B)}*`, `${arn(B)}/`, arn(B)]),
      ],
    };
  }
  return {
    Version: VERSION,
    Statement: [bucketStatement, allow(['s3:PutObject', 's3:GetObject', 's3:DeleteObject'], [`${arn(B)}/*`])],
  };
}

const asList = (value) => (value === undefined ? [] : [].concat(value));

/**
 * The meaning of a policy, for comparison: IAM ignores the order of statements, of actions
 * and of resources, a lone string equals a one-element list, and a Sid is only a label.
 */
function normalize(policy) {
  return {
    Version: policy.Version,
    Statement: asList(policy.Statement)
      .map(({ Sid, Action, Resource, ...rest }) => ({
        ...rest,
        Action: asList(Action).slice().sort(),
        Resource: asList(Resource).slice().sort(),
      }))
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
  };
}

/** Every (action, resource) pair `policy` allows literally. */
function allowedPairs(policy) {
  const pairs = new Set();
  for (const s of asList(policy.Statement)) {
    if (s.Effect !== 'Allow') continue;
    for (const a of asList(s.Action)) for (const r of asList(s.Resource)) pairs.add(`${a} ${r}`);
  }
  return pairs;
}

/** Parses `text` as the policy of the case, and checks it is printed as the page prints it. */
function assertPolicyText(text, integration, auth, bucket) {
  let parsed;
  assert.doesNotThrow(() => { parsed = JSON.parse(text); }, `not JSON:\n${text}`);
  assert.deepEqual(normalize(parsed), normalize(expectedPolicy(integration, auth, bucket)));
  assert.equal(text, JSON.stringify(parsed, null, 4), 'printed with 4-space indentation, as on Braze\'s page');
}

const CASES = [];
for (const integration of ['currents', 'dashboard-export', 'both']) {
  for (const auth of ['secret-key', 'role-arn']) CASES.push({ integration, auth });
}

/** Values that make every snippet of every case ready. */
const VALID = {
  account: '123456789012',
  'external-id': 'braze-ext-7f3a',
  'own-account': '210987654321',
};

const query = (params) => `/?${new URLSearchParams(params)}`;

// ---------------------------------------------------------------------------------------

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

describe('issue 2: copy, download, URL state', () => {
  test('a preset link, a new bucket, Copy: the clipboard holds the expected policy', async () => {
    const { context, page, errors } = await openPage(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    await gotoWidget(page, server.url + query({ integration: 'currents', auth: 'secret-key', bucket: 'preset-bucket', lang: 'fr' }));
    assert.equal(await field(page, 'bucket').inputValue(), 'preset-bucket', 'the link fills the bucket field');
    assert.ok((await snippetCode(page, 'policy-currents')).includes(arn('preset-bucket')));

    const bucket = 'acme-braze-currents';
    await retype(page, 'bucket', bucket);
    const box = snippet(page, 'policy-currents');
    await box.locator('button.bsc-copy').click();

    const status = box.locator('[role="status"]');
    await status.filter({ hasText: /\S/ }).waitFor();
    assert.equal(plainSpaces(await status.textContent()), plainSpaces(ftl('fr', 'copy-done')), 'the status says it copied');

    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assertPolicyText(copied, 'currents', 'secret-key', bucket);
    assert.equal(copied, await snippetCode(page, 'policy-currents'), 'the copied text is exactly the <code> text');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('every policy snippet of every case is the expected policy for the bucket', async () => {
    const { context, page, errors } = await openPage(browser);
    const bucket = 'acme-braze-data';
    for (const { integration, auth } of CASES) {
      await gotoWidget(page, server.url + query({ integration, auth, bucket, ...VALID, lang: 'en' }));
      const ids = await page.locator(`${ROOT_SELECTOR} [data-snippet^="policy-"]`).evaluateAll(
        (nodes) => nodes.map((n) => n.dataset.snippet));
      const expectedIds = integration === 'both'
        ? ['policy-currents', 'policy-dashboard-export', 'policy-combined']
        : [`policy-${integration}`];
      assert.deepEqual(ids, expectedIds, `${integration}/${auth}: policy snippets shown`);
      for (const id of ids.filter((i) => i !== 'policy-combined')) {
        assertPolicyText(await snippetCode(page, id), id.slice('policy-'.length), auth, bucket);
      }
      if (integration === 'both') {
        // One policy that covers both: everything each integration needs, literally.
        const combined = JSON.parse(await snippetCode(page, 'policy-combined'));
        const pairs = allowedPairs(combined);
        for (const part of ['currents', 'dashboard-export']) {
          for (const pair of allowedPairs(expectedPolicy(part, auth, bucket))) {
            assert.ok(pairs.has(pair), `${auth}: the combined policy lacks ${pair}`);
          }
        }
        assert.equal(combined.Version, VERSION);
      }
    }
    assert.deepEqual(errors, []);
    await context.close();
  });

  for (const [name, script] of [
    ['refused', () => {
      Object.defineProperty(navigator.clipboard, 'writeText', {
        value: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')),
      });
    }],
    ['missing', () => {
      Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined, configurable: true });
    }],
  ]) {
    test(`Clipboard API ${name}: the code is selected and the status says to press Ctrl+C`, async () => {
      const { context, page, errors } = await openPage(browser, { initScripts: [script] });
      await gotoWidget(page, server.url + query({ bucket: 'acme-braze-fallback', lang: 'fr' }));
      const box = snippet(page, 'policy-currents');
      await box.locator('button.bsc-copy').click();
      const status = box.locator('[role="status"]');
      await status.filter({ hasText: /\S/ }).waitFor();
      const text = plainSpaces(await status.textContent());
      assert.match(text, /Ctrl\+C/);
      assert.equal(text, plainSpaces(ftl('fr', 'copy-manual')));
      const selected = await page.evaluate(() => String(window.getSelection()));
      assert.equal(selected, await snippetCode(page, 'policy-currents'), 'the whole code is selected, nothing else');
      assertPolicyText(selected, 'currents', 'secret-key', 'acme-braze-fallback');
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  test('Download gives a file named after the bucket that holds the expected policy', async () => {
    const { context, page, errors } = await openPage(browser, { contextOptions: { acceptDownloads: true } });
    const bucket = 'acme-braze-exports';
    for (const { integration, auth, lang, id } of [
      { integration: 'dashboard-export', auth: 'role-arn', lang: 'fr', id: 'policy-dashboard-export' },
      { integration: 'currents', auth: 'secret-key', lang: 'en', id: 'policy-currents' },
    ]) {
      await gotoWidget(page, server.url + query({ integration, auth, ...VALID, lang }));
      await retype(page, 'bucket', bucket);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        snippet(page, id).locator('button.bsc-download').click(),
      ]);
      const name = download.suggestedFilename();
      assert.equal(name, ftl(lang, `file-${id}`).replace('{ $bucket }', bucket));
      assert.ok(name.startsWith(`${bucket}-`) && name.endsWith('.json'), name);
      assert.equal(await download.failure(), null);
      const content = await readFile(await download.path(), 'utf8');
      assertPolicyText(content, integration, auth, bucket);
    }
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('the URL follows each keystroke (replaceState) and a reload restores the inputs', async () => {
    const { context, page, errors } = await openPage(browser);
    await gotoWidget(page, `${server.url}/?lang=en&utm_source=docs`);
    const historyLength = await page.evaluate(() => history.length);
    const params = () => page.evaluate(() => Object.fromEntries(new URLSearchParams(location.search)));
    const waitForParam = (key, value) => page.waitForFunction(
      ([k, v]) => new URLSearchParams(location.search).get(k) === v, [key, value], { timeout: 5_000 });

    const bucket = 'acme-url';
    const input = field(page, 'bucket');
    await input.click();
    for (let i = 1; i <= bucket.length; i++) {
      await input.press(bucket[i - 1]);
      await waitForParam('bucket', bucket.slice(0, i));
    }

    await page.locator(`${ROOT_SELECTOR} input[name="integration"][value="both"]`).check();
    await page.locator(`${ROOT_SELECTOR} input[name="auth"][value="role-arn"]`).check();
    await retype(page, 'account', VALID.account);
    await retype(page, 'external-id', VALID['external-id']);
    await retype(page, 'folder', 'braze/currents-prod');
    await page.locator(`${ROOT_SELECTOR} input[name="sse"]`).check();
    await waitForParam('sse', '1');

    const expected = {
      integration: 'both',
      auth: 'role-arn',
      bucket,
      account: VALID.account,
      'external-id': VALID['external-id'],
      folder: 'braze/currents-prod',
      sse: '1',
      lang: 'en',
      utm_source: 'docs',
    };
    assert.deepEqual(await params(), expected, 'docs/contract.md keys, and the host\'s own keys kept');
    assert.equal(await page.evaluate(() => history.length), historyLength, 'no history entry per keystroke');

    await page.reload();
    await page.waitForSelector(`${ROOT_SELECTOR} input[name="bucket"]`);
    assert.equal(await field(page, 'bucket').inputValue(), bucket);
    assert.equal(await field(page, 'account').inputValue(), VALID.account);
    assert.equal(await field(page, 'external-id').inputValue(), VALID['external-id']);
    assert.equal(await field(page, 'folder').inputValue(), 'braze/currents-prod');
    assert.ok(await page.locator(`${ROOT_SELECTOR} input[name="integration"][value="both"]`).isChecked());
    assert.ok(await page.locator(`${ROOT_SELECTOR} input[name="auth"][value="role-arn"]`).isChecked());
    assert.ok(await page.locator(`${ROOT_SELECTOR} input[name="sse"]`).isChecked());
    assert.equal(await page.locator(ROOT_SELECTOR).getAttribute('lang'), 'en');
    const trust = JSON.parse(await snippetCode(page, 'trust-policy'));
    assert.equal(trust.Statement[0].Principal.AWS, `arn:aws:iam::${VALID.account}:root`);
    assert.equal(trust.Statement[0].Condition.StringEquals['sts:ExternalId'], VALID['external-id']);
    assert.deepEqual(await params(), expected);

    // The link alone carries the case: open it where nothing was saved (a colleague's browser).
    const link = page.url();
    const other = await openPage(browser);
    await gotoWidget(other.page, link);
    assert.equal(await field(other.page, 'bucket').inputValue(), bucket);
    assert.equal(await field(other.page, 'external-id').inputValue(), VALID['external-id']);
    assert.ok(await other.page.locator(`${ROOT_SELECTOR} input[name="auth"][value="role-arn"]`).isChecked());
    assert.ok(await other.page.locator(`${ROOT_SELECTOR} input[name="sse"]`).isChecked());
    assert.deepEqual(other.errors, []);
    await other.context.close();
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a hand-edited URL: unknown choices fall back to defaults, free text is shown and validated', async () => {
    let { context, page, errors } = await openPage(browser);
    await gotoWidget(page, server.url + query({
      integration: 'everything', auth: 'password', bucket: 'My_Bucket..', folder: '/logs//x', sse: 'yes', lang: 'fr',
    }));
    const checked = (name) => page.locator(`${ROOT_SELECTOR} input[name="${name}"]:checked`).getAttribute('value');
    assert.equal(await checked('integration'), 'currents');
    assert.equal(await checked('auth'), 'secret-key');
    assert.equal(await page.locator(`${ROOT_SELECTOR} input[name="sse"]`).isChecked(), false);
    for (const [name, value] of [['bucket', 'My_Bucket..'], ['folder', '/logs//x']]) {
      const input = field(page, name);
      assert.equal(await input.inputValue(), value, `${name} shows the link's value`);
      assert.equal(await input.getAttribute('aria-invalid'), 'true', `${name} is validated like typed input`);
      const described = (await input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
      const messages = await Promise.all(described.map((id) => page.locator(`[id="${id}"]`).textContent()));
      assert.ok(messages.some((m) => m && m.trim()), `${name}: its error is tied with aria-describedby`);
    }
    assert.equal(await page.locator(`${ROOT_SELECTOR} [data-snippet] code`).count(), 0,
      'no snippet code while the bucket is invalid');

    await context.close();

    // A second link, in a browser where nothing was saved either.
    ({ context, page, errors } = await openPage(browser));
    await gotoWidget(page, server.url + query({
      integration: 'both', auth: 'role-arn', bucket: 'ok-bucket', account: '12ab', 'external-id': 'x', lang: 'en',
    }));
    assert.equal(await checked('integration'), 'both');
    assert.equal(await checked('auth'), 'role-arn');
    assert.equal(await field(page, 'account').inputValue(), '12ab');
    assert.equal(await field(page, 'account').getAttribute('aria-invalid'), 'true');
    assert.equal(await field(page, 'external-id').inputValue(), 'x');
    assert.equal(await field(page, 'external-id').getAttribute('aria-invalid'), 'true');
    assert.equal(await snippet(page, 'trust-policy').locator('code').count(), 0, 'no trust policy from invalid IDs');
    assert.equal(await snippet(page, 'policy-currents').locator('code').count(), 1, 'the valid bucket still gives its policies');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('no console error on load, while typing in every field and switching language', async () => {
    const { context, page, errors } = await openPage(browser);
    await gotoWidget(page, `${server.url}/?lang=fr`);
    for (const [name, value] of [['integration', 'both'], ['auth', 'role-arn']]) {
      await page.locator(`${ROOT_SELECTOR} input[name="${name}"][value="${value}"]`).check();
    }
    await addConnector(page);
    await openNames(page);
    const names = await visibleTextFields(page);
    for (const name of ['bucket', 'account', 'external-id', 'folder', 'role-name', 'policy-name', 'own-account', 'connector-folder']) {
      assert.ok(names.includes(name), `${name} is among the visible text fields: ${names}`);
    }
    const values = {
      bucket: 'acme-typing.test', account: '123456789012', 'external-id': 'ext-id', folder: 'a/b',
      'role-name': 'braze-role', 'policy-name': 'braze-policy', 'own-account': '210987654321',
      'connector-folder': 'a/c', 'check-policy': '{"Version": "2012-10-17", "Statement": []}',
    };
    for (const name of names) {
      // First something invalid, then a valid value: both paths render.
      await retype(page, name, ' /..X');
      await retype(page, name, values[name] ?? 'braze');
    }
    await page.locator(`${ROOT_SELECTOR} select[name="lang"]`).selectOption('de');
    await page.locator(`${ROOT_SELECTOR}[lang="de"]`).waitFor();
    await page.locator(`${ROOT_SELECTOR} select[name="lang"]`).selectOption('ja');
    await page.locator(`${ROOT_SELECTOR}[lang="ja"]`).waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('the optional names stay open while the reader clears the name they are typing', async () => {
    const { context, page, errors } = await openPage(browser);
    await gotoWidget(page, `${server.url}/?lang=en`);
    const details = page.locator(`${ROOT_SELECTOR} details.bsc-names`);
    await details.locator('summary').click();
    const input = field(page, 'policy-name');
    await input.click();
    await input.press('x');
    await input.press('Backspace');
    // The reader opened the section and is typing in it: it must not fold away under them.
    assert.equal(await details.evaluate((d) => d.open), true, 'the <details> folded while its field had focus');
    assert.ok(await input.isVisible(), 'the focused field disappeared');
    await input.press('y');
    assert.equal(await input.inputValue(), 'y');
    assert.deepEqual(errors, []);
    await context.close();
  });

  for (const lang of ['fr', 'de']) {
    test(`360 px wide, lang=${lang}: the page never scrolls sideways`, async () => {
      const { context, page, errors } = await openPage(browser, {
        contextOptions: { viewport: { width: 360, height: 740 }, deviceScaleFactor: 1 },
      });
      const long = {
        bucket: `${'braze-currents-exports-'.repeat(3)}x`.slice(0, 63),
        account: VALID.account,
        'external-id': 'Q'.repeat(120),
        'own-account': VALID['own-account'],
        'role-name': 'braze-s3-role-with-a-rather-long-name-for-a-role',
        'policy-name': 'braze-s3-policy-with-a-rather-long-name-for-a-policy',
      };
      await gotoWidget(page, `${server.url}/?lang=${lang}`);
      assert.ok(await horizontalOverflow(page) <= 0, `${lang}, empty: ${await horizontalOverflow(page)} px too wide`);
      for (const { integration, auth } of CASES) {
        await gotoWidget(page, server.url + query({ integration, auth, ...long, lang }));
        await openNames(page);
        assert.equal(await page.locator(`${ROOT_SELECTOR}[lang="${lang}"]`).count(), 1);
        const overflow = await horizontalOverflow(page);
        const culprits = overflow > 0 ? await page.evaluate(() => [...document.querySelectorAll('.bsc *')]
          .filter((e) => e.getBoundingClientRect().right > innerWidth + 0.5)
          .slice(0, 5).map((e) => `${e.tagName.toLowerCase()}.${e.className}`)) : [];
        assert.ok(overflow <= 0, `${lang} ${integration}/${auth}: ${overflow} px too wide (${culprits})`);
      }
      // An invalid bucket shows its error messages, which must wrap too.
      await gotoWidget(page, server.url + query({ bucket: 'X'.repeat(90), lang }));
      assert.ok(await horizontalOverflow(page) <= 0, `${lang}, long invalid bucket`);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
});
