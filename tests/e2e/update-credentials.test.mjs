// End to end, issue 14: "Updating credentials without losing data" and today's
// troubleshooting texts, in all seven languages. The expected values come from the issue and
// from Braze's current page as docs/facts.md ("Today vs the seed") gathers it, not from the code:
// a key is rotated by creating the second key (an IAM user holds at most two), updating Braze,
// testing, then deactivating and deleting the old one; a role keeps the external ID as Braze
// shows it; Currents is updated with "Update Current"; Braze's error strings stay literal.
//
// Run after `trunk build --release`:  node --test --test-concurrency=1 tests/e2e/
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { gotoWidget, openPage, openSection, plainSpaces, ROOT_SELECTOR, servedSuite } from './browser.mjs';

const LANGS = ['en', 'fr', 'de', 'es', 'ja', 'ko', 'pt-BR'];

// "At most two keys", "two" as each language writes it (pt-BR: "chave" is feminine, "duas").
const TWO = { en: /\btwo\b/, fr: /\bdeux\b/, de: /\bzwei\b/, es: /\bdos\b/, ja: /2\s*つ/, ko: /두\s*개/, 'pt-BR': /\bduas\b/ };

// Braze's literal strings, whole (docs/facts.md, "Braze's error messages").
const PUT_OBJECT = "S3 Credentials are invalid because this account does not have 'PutObject access'. Please check the permissions and ensure that this key has access to 'PutObject' in the 'CUSTOMER-BUCKET-HERE' bucket.";
const KMS = 'User: arn:aws:sts::XXX:assumed-role/braze-iam-role/braze is not authorized to perform: kms:GenerateDataKey on resource: arn:aws:XXX because no identity-based policy allows the kms:GenerateDataKey action';
const UNABLE = 'Unable to connect to S3, please validate that your credentials are correct';

/** Opens the widget at `query` in `lang` and waits until it renders in that language. */
async function open(page, url, lang) {
  await gotoWidget(page, url);
  await page.locator(`${ROOT_SELECTOR}[lang="${lang}"]`).waitFor({ timeout: 10_000 });
  // The two sections this file reads, folded until the reader opens them.
  await openSection(page, 'update-credentials');
  await openSection(page, 'troubleshoot');
}

const section = (page) => page.locator(`${ROOT_SELECTOR} [data-section="update-credentials"]`);
const text = async (locator) => plainSpaces(await locator.textContent());

describe('issue 14: change or rotate credentials', () => {
  const suite = servedSuite();

  for (const lang of LANGS) {
    test(`${lang}: a secret key is rotated create → update Braze → test → deactivate → delete, two keys at most`, async () => {
      const { context, page, errors } = await openPage(suite.browser);
      await open(page, `${suite.server.url}/?lang=${lang}&integration=both&auth=secret-key&bucket=acme-braze&user-name=braze-writer`, lang);
      await section(page).waitFor({ state: 'attached' });
      const rotate = section(page).locator('[data-update-part="rotate-key"]');
      const steps = await rotate.locator('[data-update-step]').evaluateAll((els) => els.map((e) => e.dataset.updateStep));
      assert.deepEqual(steps, ['create-key', 'update-braze', 'test', 'deactivate', 'delete']);
      assert.equal(await rotate.locator('ol > li').count(), 5, 'the steps are a numbered list');
      assert.match(await text(rotate), TWO[lang]);
      assert.match(await text(rotate.locator('[data-update-step="create-key"]')), /braze-writer/);
      assert.match(await text(rotate.locator('[data-update-step="deactivate"]')), /braze-writer/);
      // The expiry window: Braze's current 5 days first, then the earlier 48 hours.
      const rotated = await text(rotate);
      assert.ok(/\b5\b/.test(rotated) && /\b48\b/.test(rotated), rotated);
      assert.ok(rotated.search(/\b5\b/) < rotated.search(/\b48\b/), `today's figure first: ${rotated}`);
      // Both Braze screens, Currents by "Update Current" (Braze's label) with the connector running.
      const currents = section(page).locator('[data-update-part="currents"]');
      assert.match(await text(currents), /Update Current/);
      assert.equal(await section(page).locator('[data-update-part="dashboard-export"] [data-update-step="test"]').count(), 1);
      assert.equal(await section(page).locator('[data-update-part="switch-method"]').count(), 1);
      assert.equal(await section(page).locator('[data-update-part^="role-"]').count(), 0);
      if (lang !== 'en') assert.doesNotMatch(await text(section(page)), /Change or rotate credentials/);
      assert.deepEqual(errors, []);
      await context.close();
    });

    test(`${lang}: a role may change its policies, the external ID stays as Braze shows it`, async () => {
      const { context, page, errors } = await openPage(suite.browser);
      await open(page, `${suite.server.url}/?lang=${lang}&integration=currents&auth=role-arn&bucket=acme-braze&account=123456789012&external-id=braze-ext-42&role-name=braze-writer-role`, lang);
      await section(page).waitFor({ state: 'attached' });
      assert.equal(await section(page).locator('[data-update-part="rotate-key"]').count(), 0);
      const may = section(page).locator('[data-update-part="role-may-change"]');
      assert.match(await text(may.locator('[data-update-step="policies"]')), /braze-writer-role/);
      const must = section(page).locator('[data-update-part="role-must-stay"]');
      const trust = await text(must.locator('[data-update-step="trust"]'));
      assert.match(trust, /braze-ext-42/);
      assert.match(trust, /123456789012/);
      assert.match(await text(must.locator('[data-update-step="arn"]')), /braze-writer-role/);
      assert.equal(await section(page).locator('[data-update-part="dashboard-export"]').count(), 0);
      assert.deepEqual(errors, []);
      await context.close();
    });

    test(`${lang}: troubleshooting quotes Braze's error strings literally, with region, format, contact and provider notes`, async () => {
      const { context, page, errors } = await openPage(suite.browser);
      await open(page, `${suite.server.url}/?lang=${lang}&integration=both&auth=secret-key&bucket=acme-braze`, lang);
      const select = page.locator(`${ROOT_SELECTOR} select[name="symptom"]`);
      const quoted = async (symptom) => {
        await select.selectOption(symptom);
        const diagnosis = page.locator(`${ROOT_SELECTOR} [data-symptom="${symptom}"]`);
        await diagnosis.waitFor();
        return { diagnosis, says: await diagnosis.locator('[data-braze-says]').allTextContents() };
      };
      const put = await quoted('put-object-denied');
      assert.deepEqual(put.says, [PUT_OBJECT]);
      const putText = await text(put.diagnosis);
      assert.match(putText, /Check additional permissions/);
      assert.match(putText, /s3:GetBucketLocation/);
      assert.match(putText, /s3:PutObject/);
      const kms = await quoted('kms-generate-data-key');
      assert.deepEqual(kms.says, [KMS]);
      const kmsText = await text(kms.diagnosis);
      assert.match(kmsText, /SSE-KMS/);
      assert.match(kmsText, /SSE-S3/);
      const unable = await quoted('download-links-fail');
      assert.deepEqual(unable.says, [UNABLE]);
      const unableText = await text(unable.diagnosis);
      assert.match(unableText, /s3:GetObject/);
      assert.match(unableText, /Test Credentials|Tester les informations|Zugangsdaten testen|Probar credenciales|認証情報のテスト/);
      const note = (key) => page.locator(`${ROOT_SELECTOR} [data-troubleshoot] [data-troubleshoot-note="${key}"]`);
      assert.match(await text(note('region')), /eu-central-1/);
      assert.match(await text(note('format-exports')), /JSONL/);
      const avro = await text(note('format-currents'));
      assert.match(avro, /Avro/);
      assert.match(avro, /\.avro/);
      assert.equal(await note('contact-email').count(), 1);
      assert.equal(await note('switch-provider').count(), 1);
      assert.match(await text(note('invalid-alert')), /PutObject/);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  test('a Currents-only case has no export notes; a dashboard-only case no Currents notes', async () => {
    const { context, page, errors } = await openPage(suite.browser);
    await gotoWidget(page, `${suite.server.url}/?lang=en&integration=currents&auth=secret-key&bucket=acme-braze`);
    await openSection(page, 'troubleshoot');
    const notes = () => page.locator(`${ROOT_SELECTOR} [data-troubleshoot-note]`).evaluateAll((els) => els.map((e) => e.dataset.troubleshootNote));
    assert.deepEqual(await notes(), ['region', 'format-currents', 'contact-email', 'switch-provider']);
    await gotoWidget(page, `${suite.server.url}/?lang=en&integration=dashboard-export&auth=secret-key&bucket=acme-braze`);
    await openSection(page, 'troubleshoot');
    assert.deepEqual(await notes(), ['invalid-alert', 'region', 'format-exports', 'switch-provider']);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
