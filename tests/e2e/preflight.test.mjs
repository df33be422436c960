// End to end, issue 13: the preflight in the widget. The read-only script for the reader's
// case, and the REAL reports it printed against moto's AWS emulator pasted into
// `textarea[name="preflight-report"]`: every finding's `data-status` as the core expects it.
//
// The reports come from `tests/lint/preflight_moto.py`, which writes each one with its case and
// the statuses expected to `target/preflight-reports/<nn>-<case>/` (BSC_PREFLIGHT_REPORTS names
// another folder). Run scripts/test.sh (its moto step writes them), or by hand:
//   cargo build -q --example preflight
//   .venv/bin/python tests/lint/preflight_moto.py target/debug/examples/preflight
// then, after `trunk build --release`:  node --test --test-concurrency=1 tests/e2e/preflight.test.mjs
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';

import { gotoWidget, openSection, openPage, plainSpaces, ROOT, ROOT_SELECTOR, servedSuite, snippet, snippetCode } from './browser.mjs';

const REPORTS = resolve(process.env.BSC_PREFLIGHT_REPORTS || join(ROOT, 'target', 'preflight-reports'));
const DAY_MS = 86_400_000;
const WAIT = { timeout: 10_000 };

/** The reports moto's step wrote: `{ name, report, caseValues, expected: { days, statuses } }`. */
function motoReports() {
  if (!existsSync(REPORTS) || readdirSync(REPORTS).length === 0) {
    throw new Error(`no preflight reports in ${REPORTS}: run scripts/test.sh: the moto step writes it `
      + '(or: cargo build -q --example preflight && .venv/bin/python tests/lint/preflight_moto.py target/debug/examples/preflight)');
  }
  return readdirSync(REPORTS).sort().map((name) => {
    const read = (file) => readFileSync(join(REPORTS, name, file), 'utf8');
    return { name, report: read('report.txt'), caseValues: JSON.parse(read('case.json')), expected: JSON.parse(read('expected.json')) };
  });
}

/** The widget's URL for a case (URL keys: docs/contract.md). */
function caseQuery(values) {
  const keys = { integration: 'integration', auth: 'auth', bucket: 'bucket', user_name: 'user-name', role_name: 'role-name', braze_account: 'account', external_id: 'external-id', own_account: 'own-account', folder: 'folder' };
  const query = new URLSearchParams({ lang: 'en' });
  for (const [key, param] of Object.entries(keys)) if (values[key] !== undefined) query.set(param, values[key]);
  if (values.sse !== undefined) query.set('sse', values.sse ? '1' : '0');
  return query;
}

function reportArea(page) {
  return page.locator(`${ROOT_SELECTOR} textarea[name="preflight-report"]`);
}

/** Pastes `text` as one input event (as a paste does), however large. */
async function paste(page, text) {
  await reportArea(page).waitFor(WAIT);
  await reportArea(page).evaluate((area, value) => {
    area.value = value;
    area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, text);
}

/** `{ <check id>: <status> }` of the findings shown. */
async function statuses(page) {
  return page.locator(`${ROOT_SELECTOR} [data-preflight-check]`).evaluateAll((items) => Object.fromEntries(
    items.map((item) => [item.dataset.preflightCheck, item.dataset.status])));
}

const WRITING_VERBS = /\b(create|put|delete|attach|detach|update|modify|tag|untag|remove|set|upload)-[a-z]/;

describe('issue 13: the preflight in the widget', () => {
  const suite = servedSuite();

  for (const integration of ['currents', 'dashboard-export', 'both']) {
    for (const auth of ['secret-key', 'role-arn']) {
      test(`the script for ${integration} with ${auth} only reads, and names the reader's bucket`, async () => {
        const { context, page, errors } = await openPage(suite.browser);
        const query = new URLSearchParams({ lang: 'en', integration, auth, bucket: 'acme-preflight-bucket', account: '999999999999', 'external-id': 'ext-123', 'role-name': 'braze-reader-role', 'user-name': 'braze-reader' });
        await gotoWidget(page, `${suite.server.url}/?${query}`);
        await openSection(page, 'preflight');
        const block = snippet(page, 'preflight-script');
        await block.locator('code').waitFor(WAIT);
        const code = await snippetCode(page, 'preflight-script');
        assert.match(code, /^#!\/usr\/bin\/env bash/);
        assert.ok(code.includes("'acme-preflight-bucket'"), 'the bucket, quoted');
        assert.ok(code.includes(auth === 'role-arn' ? "'braze-reader-role'" : "'braze-reader'"), 'the identity');
        assert.doesNotMatch(code, WRITING_VERBS, 'no AWS call that creates, changes or deletes');
        // Every AWS CLI operation, direct (`aws iam get-policy`) or through the script's
        // helpers (`record … s3api head-bucket`, `iam "list-$kind-policies"`).
        const operations = [...code.matchAll(/\b(?:s3api|iam|sts)\s+"?([a-z$][a-z0-9$-]*)/g)].map((m) => m[1]);
        assert.ok(operations.length > 3, `AWS CLI calls in the script: ${operations}`);
        for (const op of operations) assert.match(op, /^(get|list|head)-/, `${op} only reads`);
        assert.doesNotMatch(code, /secret-access-key|SecretAccessKey/i);
        // The sentence around it: where to run it, that it only reads, where its output goes.
        const section = plainSpaces(await page.locator(`${ROOT_SELECTOR} [data-preflight]`).textContent());
        assert.match(section, /AWS CloudShell/);
        assert.deepEqual(errors, []);
        await context.close();
      });
    }
  }

  test("the script's opening comment is in the reader's language, under its #! line, every line a comment", async () => {
    const { context, page, errors } = await openPage(suite.browser);
    await gotoWidget(page, `${suite.server.url}/?lang=fr&integration=currents&auth=role-arn&bucket=acme-fr&account=123456789012&external-id=ext-fr&role-name=braze-fr`);
    await openSection(page, 'preflight');
    await snippet(page, 'preflight-script').locator('code').waitFor(WAIT);
    const lines = (await snippetCode(page, 'preflight-script')).split('\n');
    assert.equal(lines[0], '#!/usr/bin/env bash');
    const block = lines.slice(1, lines.findIndex((line, i) => i > 0 && !line.startsWith('#')));
    assert.ok(block.length >= 5, `the opening comment: ${block.length} lines`);
    assert.ok(block.every((line) => line.startsWith('# ')), 'no line of the localized text escapes the comment');
    // A terminal's 80 columns show every line whole.
    assert.deepEqual(block.filter((line) => [...line].length > 80), []);
    const said = plainSpaces(block.map((line) => line.slice(2).trim()).join(' '));
    assert.match(said, /^Braze \+ Amazon S3 : vérification préalable en lecture seule du compartiment acme-fr et du rôle IAM braze-fr\./);
    // How to run it names the file the download saves (tests/e2e/links-and-pastes.test.mjs
    // checks it against the download itself).
    assert.match(said, /bash acme-fr-braze-preverification\.sh > \S+\.txt/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('issue 22: a role typed with its path: the role ARN has the path, the script reads the role by its name', async () => {
    const { context, page, errors } = await openPage(suite.browser);
    const query = new URLSearchParams({ lang: 'en', integration: 'currents', auth: 'role-arn', bucket: 'acme-path', account: '999999999999', 'external-id': 'ext-path', 'role-name': 'service/braze/pc-r', 'own-account': '111122223333' });
    await gotoWidget(page, `${suite.server.url}/?${query}`);
    await snippet(page, 'role-arn').locator('code').waitFor(WAIT);
    // AWS, "IAM identifiers": a role's ARN carries its path.
    assert.equal((await snippetCode(page, 'role-arn')).trim(), 'arn:aws:iam::111122223333:role/service/braze/pc-r');
    assert.equal(await page.locator(`${ROOT_SELECTOR} input[name="role-name"]`).getAttribute('aria-invalid'), null);
    await openSection(page, 'preflight');
    await snippet(page, 'preflight-script').locator('code').waitFor(WAIT);
    const script = await snippetCode(page, 'preflight-script');
    assert.ok(script.split('\n').includes("NAME='pc-r'"), 'IAM finds a role by its name alone');
    // A path IAM would refuse, or that this page does not write into scripts, is refused.
    const field = page.locator(`${ROOT_SELECTOR} input[name="role-name"]`);
    await field.fill('service//pc-r');
    await page.waitForFunction((root) => document.querySelector(`${root} input[name="role-name"]`)?.getAttribute('aria-invalid') === 'true', ROOT_SELECTOR, WAIT);
    assert.equal(await snippet(page, 'role-arn').locator('code').count(), 0);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('without a bucket the script waits for it, and nothing is offered for copying', async () => {
    const { context, page, errors } = await openPage(suite.browser);
    await gotoWidget(page, `${suite.server.url}/?lang=en&integration=currents&auth=secret-key`);
    await openSection(page, 'preflight');
    const block = snippet(page, 'preflight-script');
    await block.waitFor(WAIT);
    assert.equal(await block.getAttribute('data-ready'), 'false');
    assert.equal(await block.locator('code').count(), 0);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test("moto's real reports: every finding's data-status is the expected one", async (t) => {
    for (const { name, report, caseValues, expected } of motoReports()) {
      await t.test(name, async () => {
        // "now" is the browser's clock: a report judged `days` later, as the moto step does.
        const shift = expected.days * DAY_MS;
        const { context, page, errors } = await openPage(suite.browser, {
          initScripts: [shift ? `{ const real = Date.now; Date.now = () => real() + ${shift}; }` : '0'],
        });
        await gotoWidget(page, `${suite.server.url}/?${caseQuery(caseValues)}`);
        await openSection(page, 'preflight');
        await paste(page, report);
        await page.locator(`${ROOT_SELECTOR} [data-preflight-check]`).first().waitFor(WAIT);
        const shown = await statuses(page);
        for (const [check, status] of Object.entries(expected.statuses)) {
          assert.equal(shown[check], status, `${name}: ${check} is ${shown[check]}, expected ${status}; shown: ${JSON.stringify(shown)}`);
        }
        // Each finding says its status in words too, and a sentence.
        for (const item of await page.locator(`${ROOT_SELECTOR} [data-preflight-check]`).all()) {
          assert.ok(plainSpaces(await item.locator('.bsc-finding-status').textContent()).length > 0);
          assert.ok(plainSpaces(await item.locator('.bsc-finding-message').textContent()).length > 10);
        }
        assert.equal(await page.locator(`${ROOT_SELECTOR} [data-preflight-problem]`).count(), 0);
        // The report is kept in memory only: not in the URL.
        assert.ok(!page.url().includes('preflight'), page.url());
        assert.deepEqual(errors, []);
        await context.close();
      });
    }
  });

  test('a failing finding links to the snippet that fixes it, and the link leads to it', async () => {
    const wrong = motoReports().find((r) => /user-wrong$/.test(r.name));
    assert.ok(wrong, 'the user-wrong report');
    const { context, page, errors } = await openPage(suite.browser);
    await gotoWidget(page, `${suite.server.url}/?${caseQuery(wrong.caseValues)}`);
    await openSection(page, 'preflight');
    await paste(page, wrong.report);
    const identity = page.locator(`${ROOT_SELECTOR} [data-preflight-check="identity-policy"]`);
    await identity.waitFor(WAIT);
    assert.equal(await identity.getAttribute('data-status'), 'fail');
    const link = identity.locator('a[href^="#"]');
    assert.equal(await link.count(), 1, 'a link to the snippet');
    const target = (await link.getAttribute('href')).slice(1);
    const key = await link.getAttribute('data-preflight-snippet');
    assert.equal(await page.locator(`${ROOT_SELECTOR} [data-snippet="${key}"] #${target}`).count(), 1, `#${target} is the title of snippet ${key}`);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a report for another bucket says so instead of judging', async () => {
    const right = motoReports().find((r) => /user-right$/.test(r.name));
    const { context, page, errors } = await openPage(suite.browser);
    await gotoWidget(page, `${suite.server.url}/?${caseQuery({ ...right.caseValues, bucket: 'acme-elsewhere' })}`);
    await openSection(page, 'preflight');
    await paste(page, right.report);
    const finding = page.locator(`${ROOT_SELECTOR} [data-preflight-check="report"]`);
    await finding.waitFor(WAIT);
    assert.equal(await finding.getAttribute('data-status'), 'unknown');
    assert.equal(await page.locator(`${ROOT_SELECTOR} [data-preflight-check]`).count(), 1, 'no other check is judged');
    const text = plainSpaces(await finding.textContent());
    assert.match(text, /acme-right/);
    assert.match(text, /acme-elsewhere/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  const bad = [
    ['garbage', () => 'Hello, this is not a report at all.\n{"foo": 1}\n', /not a preflight report/],
    ['a truncated report', (report) => report.slice(0, Math.floor(report.length * 0.6)), /cut short|not what the preflight script writes/],
    ['a hand-edited report', (report) => report.replace(/\n\{"check"[^\n]*\n/, '\n'), /counts \d+ calls|not what the preflight script writes/],
    ['10 MB', (report) => report + 'x'.repeat(10 * 1024 * 1024), /larger than 2 MB/],
  ];
  for (const [what, make, message] of bad) {
    test(`${what}: a clear message, no finding, no page error`, async () => {
      const right = motoReports().find((r) => /user-right$/.test(r.name));
      const { context, page, errors } = await openPage(suite.browser);
      await gotoWidget(page, `${suite.server.url}/?${caseQuery(right.caseValues)}`);
      await openSection(page, 'preflight');
      await paste(page, make(right.report));
      const problem = page.locator(`${ROOT_SELECTOR} [data-preflight-problem]`);
      // Not a speed check: pasting 10 MB into a text area takes its time on a loaded machine.
      await problem.waitFor({ timeout: 30_000 });
      assert.match(plainSpaces(await problem.textContent()), message);
      assert.equal(await page.locator(`${ROOT_SELECTOR} [data-preflight-check]`).count(), 0);
      // Still alive: typing still updates the widget.
      await page.locator(`${ROOT_SELECTOR} input[name="bucket"]`).fill('acme-still-alive');
      await page.waitForFunction((root) => document.querySelector(`${root} [data-snippet="preflight-script"] code`)?.textContent.includes('acme-still-alive'), ROOT_SELECTOR, WAIT);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
});
