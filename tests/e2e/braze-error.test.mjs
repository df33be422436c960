// End to end, issue 13: "paste what Braze said". The reader pastes the message Braze showed
// into troubleshooting; the widget picks the symptom, shows its diagnosis, and says where the
// message's bucket or identity differs from what the reader entered. Braze's own strings, as
// its Amazon S3 page quotes them (docs/facts.md).
//
// Run after `trunk build --release`:  node --test --test-concurrency=1 tests/e2e/
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { gotoWidget, openSection, openPage, plainSpaces, retype, ROOT_SELECTOR, servedSuite } from './browser.mjs';

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

// Issue 19: what "paste what Braze said" misread, now pointed out in every language; issue 20:
// the paste read once, never again at every render.

/** Braze's PutObject error, whole, as its current page writes it (docs/facts.md), for a bucket
 * name typed into Braze as `bucket`. */
function putObject(bucket) {
  return "S3 Credentials are invalid because this account does not have 'PutObject access'. "
    + "Please check the permissions and ensure that this key has access to 'PutObject' in the "
    + `'${bucket}' bucket.`;
}

/** AWS's refusal of sts:AssumeRole: Braze's own role (account 210987654321) is the caller, the
 * reader's role (with a path) the resource. */
const ASSUME = 'User: arn:aws:sts::210987654321:assumed-role/braze-prod-caller/braze-session-42 is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::123456789012:role/integrations/braze-s3-role';

/** Per language: a phrase of each sentence the reader must see, written from the locale's
 * translation of what the widget must say (the bucket mistakes, the role Braze tried). */
const PHRASES = {
  en: {
    bucket: 'Braze has the bucket name', space: 'starts or ends with a space', 's3-scheme': 'how the AWS CLI writes',
    folder: 'is a folder path', 'upper-case': 'upper-case letters', arn: "makes it the bucket's ARN",
    'other-bucket': 'Even without these mistakes', identity: 'Braze tried to assume the role',
  },
  fr: {
    bucket: 'Dans Braze, le nom du compartiment est', space: 'commence ou finit par une espace', 's3-scheme': "l'AWS CLI écrit l'adresse",
    folder: 'est un chemin de dossier', 'upper-case': 'contient des majuscules', arn: "en fait l'ARN du compartiment",
    'other-bucket': 'Même sans ces erreurs', identity: "Braze a tenté d'assumer le rôle",
  },
  de: {
    bucket: 'In Braze steht der Bucket-Name', space: 'beginnt oder endet mit einem Leerzeichen', 's3-scheme': 'Schreibweise der AWS CLI',
    folder: 'ist ein Ordnerpfad', 'upper-case': 'enthält Großbuchstaben', arn: 'macht daraus den ARN des Buckets',
    'other-bucket': 'Auch ohne diese Fehler', identity: 'Braze hat versucht, die Rolle',
  },
  es: {
    bucket: 'En Braze, el nombre del bucket es', space: 'Empieza o termina con un espacio', 's3-scheme': 'la AWS CLI escribe la dirección',
    folder: 'es una ruta de carpeta', 'upper-case': 'Tiene mayúsculas', arn: 'lo convierte en el ARN del bucket',
    'other-bucket': 'Incluso sin estos errores', identity: 'Braze intentó asumir el rol',
  },
  ja: {
    bucket: 'Braze に設定されているバケット名は', space: '先頭または末尾にスペース', 's3-scheme': 'AWS CLI がバケットのアドレスを書く形式',
    folder: 'はフォルダーパスです', 'upper-case': '大文字が含まれています', arn: 'バケットの名前ではなく ARN',
    'other-bucket': 'これらの誤りを除いても', identity: 'Braze が引き受けようとしたロールは',
  },
  ko: {
    bucket: 'Braze에 설정된 버킷 이름은', space: '앞이나 뒤에 공백이', 's3-scheme': 'AWS CLI가 버킷 주소를 쓰는 방식',
    folder: '폴더 경로입니다', 'upper-case': '대문자가 있습니다', arn: '버킷 이름이 아니라 ARN',
    'other-bucket': '이 오류를 고쳐도', identity: 'Braze가 맡으려고 한 역할은',
  },
  'pt-BR': {
    bucket: 'No Braze, o nome do bucket é', space: 'começa ou termina com um espaço', 's3-scheme': 'a AWS CLI escreve o endereço',
    folder: 'é um caminho de pasta', 'upper-case': 'tem letras maiúsculas', arn: 'faz dele o ARN do bucket',
    'other-bucket': 'Mesmo sem esses erros', identity: 'O Braze tentou assumir a função',
  },
};

describe('issue 19: every misread of a pasted Braze error is pointed out, in all seven languages', () => {
  const suite = servedSuite();

  async function paste(page, text) {
    await page.locator(`${ROOT_SELECTOR} textarea[name="braze-error"]`).fill(text);
  }

  /** Each difference shown: its key, its sentence (plain spaces), the exact value in its first
   * code (what Braze has), and its reasons by key. */
  function differences(page) {
    return page.evaluate((root) => [...document.querySelectorAll(`${root} [data-braze-error-difference]`)].map((li) => ({
      key: li.dataset.brazeErrorDifference,
      text: li.firstChild ? [...li.childNodes].filter((n) => n.nodeName !== 'UL').map((n) => n.textContent).join('') : '',
      value: li.querySelector(':scope > code')?.textContent ?? null,
      reasons: Object.fromEntries([...li.querySelectorAll('[data-braze-error-reason]')]
        .map((r) => [r.dataset.brazeErrorReason, r.textContent])),
    })), ROOT_SELECTOR);
  }

  for (const [lang, phrases] of Object.entries(PHRASES)) {
    test(`${lang}: a bare Access Denied, a bucket typed wrongly in Braze, an AssumeRole refusal`, async () => {
      const { context, page, errors } = await openPage(suite.browser);
      await gotoWidget(page, `${suite.server.url}/?lang=${lang}&integration=both&auth=role-arn&bucket=acme-bucket`
        + '&role-name=other-role&own-account=111122223333&account=999988887777&external-id=braze-ext');
      await page.locator(`[data-url-state] .bsc[lang="${lang}"]`).waitFor();
      await openSection(page, 'troubleshoot');

      // "Access Denied" names no action: no symptom is chosen, the refusals of the case are listed.
      await paste(page, 'Access Denied');
      const denied = page.locator(`${ROOT_SELECTOR} [data-braze-error-reading="access-denied"]`);
      await denied.waitFor();
      assert.equal(await page.locator(`${ROOT_SELECTOR} select[name="symptom"]`).inputValue(), '');
      assert.equal(await page.locator(`${ROOT_SELECTOR} [data-symptom]`).count(), 0, 'no symptom is forced');
      assert.equal(await denied.locator('li').count(), 4, 'trust, PutObject, KMS, GetObject');
      assert.doesNotMatch(await denied.textContent(), /braze-error-/, 'every sentence is a message of the locale');

      // A bucket typed with every mistake at once: shown exactly as Braze has it, each reason said.
      const typed = 's3://Acme-Bucket/currents/ ';
      await paste(page, putObject(typed));
      await page.locator(`${ROOT_SELECTOR} [data-braze-error-reading="put-object-denied"]`).waitFor();
      let [bucket] = await differences(page);
      assert.equal(bucket.key, 'bucket');
      assert.equal(bucket.value, typed, 'what Braze has, exactly, spaces and all');
      assert.ok(plainSpaces(bucket.text).includes(phrases.bucket), bucket.text);
      assert.ok(bucket.text.includes('acme-bucket'), 'the bucket configured');
      assert.deepEqual(Object.keys(bucket.reasons), ['space', 's3-scheme', 'folder', 'upper-case']);
      for (const [key, text] of Object.entries(bucket.reasons)) {
        assert.ok(plainSpaces(text).includes(phrases[key]), `${key}: ${text}`);
      }
      assert.ok(bucket.reasons.folder.includes('/currents'), bucket.reasons.folder);

      // The bucket's ARN, of another bucket.
      await paste(page, putObject('arn:aws:s3:::acme-old'));
      await page.locator(`${ROOT_SELECTOR} [data-braze-error-reason="arn"]`).waitFor();
      [bucket] = await differences(page);
      assert.equal(bucket.value, 'arn:aws:s3:::acme-old');
      assert.deepEqual(Object.keys(bucket.reasons), ['arn', 'other-bucket']);
      assert.ok(plainSpaces(bucket.reasons.arn).includes(phrases.arn), bucket.reasons.arn);
      assert.ok(plainSpaces(bucket.reasons['other-bucket']).includes(phrases['other-bucket']));
      assert.ok(bucket.reasons['other-bucket'].includes('acme-old'));

      // AssumeRole refused: the role Braze tried is the resource (the reader's), never Braze's
      // own calling role; its path, its account, and Braze's account against the trust's.
      await paste(page, ASSUME);
      const reading = page.locator(`${ROOT_SELECTOR} [data-braze-error-reading="invalid-after-role"]`);
      await reading.waitFor();
      assert.match(await reading.textContent(), /arn:aws:iam::123456789012:role\/integrations\/braze-s3-role/);
      assert.doesNotMatch(await reading.textContent(), /braze-prod-caller/);
      const found = await differences(page);
      assert.deepEqual(found.map((d) => d.key), ['identity', 'role-path', 'account', 'braze-account']);
      const [identity, path, account, brazeAccount] = found;
      assert.ok(plainSpaces(identity.text).includes(phrases.identity), identity.text);
      assert.ok(identity.text.includes('braze-s3-role') && identity.text.includes('other-role'), identity.text);
      assert.ok(path.text.includes('/integrations/'), path.text);
      assert.ok(account.text.includes('123456789012') && account.text.includes('111122223333'), account.text);
      assert.ok(brazeAccount.text.includes('210987654321') && brazeAccount.text.includes('999988887777'), brazeAccount.text);
      for (const d of found) assert.doesNotMatch(d.text, /braze-error-/, d.text);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  test('a user with a path is its last name: nothing differs from the user configured', async () => {
    const { context, page, errors } = await openPage(suite.browser);
    await gotoWidget(page, `${suite.server.url}/?lang=en&integration=currents&auth=secret-key&bucket=acme&user-name=braze-s3`);
    await openSection(page, 'troubleshoot');
    const text = 'User: arn:aws:iam::123456789012:user/integrations/braze-s3 is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::acme/currents/x.avro"';
    await paste(page, text);
    await page.locator(`${ROOT_SELECTOR} [data-braze-error-reading="put-object-denied"]`).waitFor();
    assert.deepEqual(await differences(page), []);
    // Another user configured: the difference names braze-s3, not "integrations".
    await gotoWidget(page, `${suite.server.url}/?lang=en&integration=currents&auth=secret-key&bucket=acme&user-name=integrations`);
    await openSection(page, 'troubleshoot');
    await paste(page, text);
    await page.locator(`${ROOT_SELECTOR} [data-braze-error-difference]`).waitFor();
    const [user] = await differences(page);
    assert.equal(plainSpaces(user.text), 'Braze signed in as the IAM user braze-s3, you configured integrations.');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('start over empties the pasted message and its reading; a new paste is read again', async () => {
    const { context, page, errors } = await openPage(suite.browser);
    await gotoWidget(page, `${suite.server.url}/?lang=en&integration=both&auth=secret-key&bucket=acme-new`);
    await openSection(page, 'troubleshoot');
    const area = page.locator(`${ROOT_SELECTOR} textarea[name="braze-error"]`);
    await paste(page, putObject('acme-old'));
    await page.locator(`${ROOT_SELECTOR} [data-braze-error-reading="put-object-denied"]`).waitFor();
    await page.locator(`${ROOT_SELECTOR} .bsc-checklist-actions button`).last().click();
    await page.locator(`${ROOT_SELECTOR} .bsc-confirm .bsc-button--danger`).click();
    await page.locator(`${ROOT_SELECTOR} [data-braze-error-reading]`).waitFor({ state: 'detached' });
    assert.equal(await area.inputValue(), '', 'the text area is emptied with the state');
    await paste(page, 'Access Denied');
    await page.locator(`${ROOT_SELECTOR} [data-braze-error-reading="access-denied"]`).waitFor();
    assert.equal(await area.inputValue(), 'Access Denied');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a 10 MB paste is read from its start, says so, and is not read again while the reader types elsewhere', async (t) => {
    const { context, page, errors } = await openPage(suite.browser);
    await gotoWidget(page, `${suite.server.url}/?lang=en&integration=both&auth=secret-key&bucket=acme-new`);
    await openSection(page, 'troubleshoot');
    await page.evaluate(() => {
      // Counts every read of the paste's value: Yew's diff of a controlled text area reads it.
      const value = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value');
      window.brazeErrorReads = 0;
      Object.defineProperty(HTMLTextAreaElement.prototype, 'value', {
        configurable: true,
        get() {
          if (this.name === 'braze-error') window.brazeErrorReads += 1;
          return value.get.call(this);
        },
        set(text) { value.set.call(this, text); },
      });
      window.longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.longTasks.push(Math.round(entry.duration));
      }).observe({ type: 'longtask' });
    });
    // The same 8 keys without a paste, for comparison (a figure, not an assertion: timings
    // depend on the machine).
    await retype(page, 'bucket', 'acme-new');
    const baseTasks = await page.evaluate(() => window.longTasks.splice(0));
    await page.evaluate(({ root, message }) => {
      const area = document.querySelector(`${root} textarea[name="braze-error"]`);
      area.value = message + 'x'.repeat(10 * 1024 * 1024);
      area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    }, { root: ROOT_SELECTOR, message: putObject('acme-old') });
    const reading = page.locator(`${ROOT_SELECTOR} [data-braze-error-reading="put-object-denied"]`);
    await reading.waitFor({ timeout: 30_000 });
    await reading.locator('[data-braze-error-difference]').waitFor();
    const pasteTasks = await page.evaluate(() => window.longTasks.splice(0));

    // Typing the bucket Braze tried, elsewhere in the widget: the paste is not read again.
    await page.evaluate(() => { window.brazeErrorReads = 0; });
    await retype(page, 'bucket', 'acme-old');
    await reading.locator('[data-braze-error-difference]').waitFor({ state: 'detached' });
    const { reads, typingTasks } = await page.evaluate(() => ({ reads: window.brazeErrorReads, typingTasks: window.longTasks }));
    t.diagnostic(`long tasks (ms): typing 8 keys before the paste ${JSON.stringify(baseTasks)}; the paste ${JSON.stringify(pasteTasks)}; `
      + `typing 8 keys elsewhere after it ${JSON.stringify(typingTasks)}`);
    assert.equal(reads, 0, 'the 10 MB text area is not read while the reader types elsewhere');
    // Chromium copies a text area's value into the session history at each URL update (to restore
    // the form on "back"), unless autocomplete is off: with 10 MB, that was ~100 ms per key.
    assert.equal(await page.locator(`${ROOT_SELECTOR} textarea[name="braze-error"]`).getAttribute('autocomplete'), 'off');

    // Only the start is read, and the reader is told.
    assert.equal(plainSpaces(await reading.locator('[data-braze-error-cut]').textContent()),
      "Only the first 4,000 characters were read: Braze's messages are much shorter.");
    assert.deepEqual(errors, []);
    await context.close();
  });
});
