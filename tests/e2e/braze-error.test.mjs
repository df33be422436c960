// End to end, issue 13: "paste what Braze said". The reader pastes the message Braze showed
// into troubleshooting; the widget picks the symptom, shows its diagnosis, and says where the
// message's bucket or identity differs from what the reader entered. Braze's own strings, as
// its Amazon S3 page quotes them (docs/facts.md).
//
// Run after `trunk build --release`:  node --test --test-concurrency=1 tests/e2e/
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { gotoWidget, openSection, openPage, plainSpaces, ROOT_SELECTOR, servedSuite } from './browser.mjs';

const PUT_OBJECT = "S3 Credentials are invalid because this account does not have 'PutObject access' to the 'acme-old' bucket.";
const KMS = 'User: arn:aws:sts::210987654321:assumed-role/braze-iam-role/braze is not authorized to perform: kms:GenerateDataKey on resource: arn:aws:kms:us-east-1:210987654321:key/1234abcd';

describe('issue 13: paste what Braze said', () => {
  const suite = servedSuite();

  async function paste(page, text) {
    const area = page.locator(`${ROOT_SELECTOR} textarea[name="braze-error"]`);
    await area.fill(text);
  }

  test('the PutObject message picks its symptom and says Braze tried another bucket', async () => {
    const { context, page, errors } = await openPage(suite.browser);
    await gotoWidget(page, `${suite.server.url}/?lang=en&integration=both&auth=secret-key&bucket=acme-new`);
    await openSection(page, 'troubleshoot');
    await paste(page, PUT_OBJECT);
    const reading = page.locator(`${ROOT_SELECTOR} [data-braze-error-reading="put-object-denied"]`);
    await reading.waitFor();
    assert.equal(await page.locator(`${ROOT_SELECTOR} select[name="symptom"]`).inputValue(), 'put-object-denied');
    await page.locator(`${ROOT_SELECTOR} [data-symptom="put-object-denied"]`).waitFor();
    const difference = plainSpaces(await reading.locator('[data-braze-error-difference]').textContent());
    assert.equal(difference, 'Braze tried the bucket acme-old, you configured acme-new.');
    assert.match(plainSpaces(await reading.textContent()), /The action AWS refused: s3:PutObject/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test("Braze's message in Japanese: the symptom and the bucket beside バケット are still read", async () => {
    const { context, page, errors } = await openPage(suite.browser);
    await gotoWidget(page, `${suite.server.url}/?lang=ja&integration=currents&auth=secret-key&bucket=acme-new`);
    await openSection(page, 'troubleshoot');
    await paste(page, 'このアカウントにはバケット「acme-old」への「PutObject」アクセス権がないため、S3の認証情報が無効です。');
    const reading = page.locator(`${ROOT_SELECTOR} [data-braze-error-reading="put-object-denied"]`);
    await reading.waitFor();
    const difference = plainSpaces(await reading.locator('[data-braze-error-difference]').textContent());
    assert.match(difference, /acme-old/);
    assert.match(difference, /acme-new/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('the KMS message, in French, names the role Braze assumed when it is not the one entered', async () => {
    const { context, page, errors } = await openPage(suite.browser);
    await gotoWidget(page, `${suite.server.url}/?lang=fr&integration=currents&auth=role-arn&bucket=acme&role-name=braze-s3-role`);
    await openSection(page, 'troubleshoot');
    await paste(page, KMS);
    const reading = page.locator(`${ROOT_SELECTOR} [data-braze-error-reading="kms-generate-data-key"]`);
    await reading.waitFor();
    await page.locator(`${ROOT_SELECTOR} [data-symptom="kms-generate-data-key"]`).waitFor();
    const difference = plainSpaces(await reading.locator('[data-braze-error-difference]').textContent());
    assert.equal(difference, 'Braze a assumé le rôle braze-iam-role, vous avez saisi braze-s3-role.');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('an unknown message is said to be unknown, with the symptoms of the case to choose from', async () => {
    const { context, page, errors } = await openPage(suite.browser);
    await gotoWidget(page, `${suite.server.url}/?lang=en&integration=currents&auth=secret-key&bucket=acme`);
    await openSection(page, 'troubleshoot');
    await paste(page, 'Something went wrong, please try again later.');
    const reading = page.locator(`${ROOT_SELECTOR} [data-braze-error-reading="unknown"]`);
    await reading.waitFor();
    assert.match(await reading.textContent(), /does not recognise this message/);
    const offered = await page.locator(`${ROOT_SELECTOR} select[name="symptom"] option:not([value=""])`).allTextContents();
    assert.deepEqual((await reading.locator('li').allTextContents()).map(plainSpaces), offered.map(plainSpaces));
    assert.equal(await page.locator(`${ROOT_SELECTOR} [data-symptom]`).count(), 0, 'no symptom is forced');
    assert.deepEqual(errors, []);
    await context.close();
  });
});
