// End to end, issue 23 "One engine, three providers": Google Cloud Storage and Azure Blob
// Storage beside Amazon S3. Public hooks (docs/contract.md): URL `provider`, `auth`
// (`service-account-key`, `connection-string`, `certificate-service-principal`), the fields'
// `name`s, `data-provider`, the snippets `gcs-role`, `gcs-cli-script`, `gcs-terraform`,
// `azure-cli-script`, `azure-certificate`, `azure-terraform`, `preflight-script`.
//
// Every purpose × auth method × provider, in all seven languages: the steps of the case in the
// order of Braze's pages, every file, and the files read as data (shell commands split into
// words, the role's permission list, Terraform's resource types) against docs/facts.md ("What
// Braze needs (Braze GCS (today))", "The generated files (Google Cloud Storage)", "Generated
// files (Azure CLI, Terraform)"). An Amazon S3 link renders as before; a secret is refused.
//
// Run after `trunk build --release`:  node --test --test-concurrency=1 tests/e2e/providers.test.mjs
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';

import { ftl, openPage, ROOT, ROOT_SELECTOR, servedSuite, snippet, snippetCode } from './browser.mjs';
import {
  ACCOUNT, BUCKET, cases, checkCaseFiles, CLIENT, CONTAINER, GCS_PERMISSIONS,
  GROUP, LANGS, PROJECT, TENANT,
} from './providers-cases.mjs';

// ---------------------------------------------------------------------------------------
// Page helpers

const inRoot = (page, selector) => page.locator(`${ROOT_SELECTOR} ${selector}`);

async function gotoProvider(page, url, lang, provider) {
  await page.goto(url);
  await page.waitForSelector(`${ROOT_SELECTOR}[lang="${lang}"] [data-provider-guide="${provider}"]`, { timeout: 20_000 });
}

/** The ids of messages of the providers: none may show as text. */
const MESSAGE_IDS = (() => {
  const ids = new Set();
  for (const file of readdirSync(join(ROOT, 'locales/en'))) {
    for (const line of readFileSync(join(ROOT, 'locales/en', file), 'utf8').split('\n')) {
      const m = /^((provider|gcs|azure)-[a-z0-9-]+)\s*=/.exec(line);
      if (m) ids.add(m[1]);
    }
  }
  return ids;
})();

/** The widget's text outside its code blocks. */
function proseText(page) {
  return page.evaluate((root) => {
    const clone = document.querySelector(root).cloneNode(true);
    for (const pre of clone.querySelectorAll('pre')) pre.remove();
    return clone.textContent;
  }, ROOT_SELECTOR);
}

const STEP_TITLE = {
  'gcs-role': 'provider-gcs-step-role',
  'gcs-service-account': 'provider-gcs-step-service-account',
  'gcs-key': 'provider-gcs-step-key',
  'gcs-currents': 'provider-step-currents',
  'gcs-export': 'provider-step-export',
  'azure-storage-account': 'provider-azure-step-storage',
  'azure-connection-string': 'provider-azure-step-connection-string',
  'azure-app': 'provider-azure-step-app',
  'azure-certificate': 'provider-azure-step-certificate',
  'azure-role': 'provider-azure-step-role',
  'azure-endpoint': 'provider-azure-step-endpoint',
  'azure-currents': 'provider-step-currents',
  'azure-export': 'provider-step-export',
  'message-archiving': 'provider-step-archiving',
};

describe('issue 23: Google Cloud Storage and Azure Blob Storage', () => {
  const GCS_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <link rel="stylesheet" href="widget.css"><script type="module" src="loader.js"></script></head>
    <body><div data-braze-s3-companion data-url-state data-provider="google-cloud-storage" data-lock-provider
      data-bucket="${BUCKET}"></div></body></html>`;
  const suite = servedSuite({ pages: { '/gcs.html': GCS_PAGE } });

  for (const lang of LANGS) {
    test(`${lang}: every purpose × auth × provider shows its steps and files`, async () => {
      const { context, page, errors } = await openPage(suite.browser);
      for (const c of cases()) {
        const label = `${lang} ${c.provider} ${c.purpose} ${c.auth}`;
        await gotoProvider(page,
          `${suite.server.url}/?lang=${lang}&provider=${c.provider}&integration=${c.purpose}&auth=${c.auth}&${c.query}`,
          lang, c.provider);
        assert.equal(await inRoot(page, `input[name="provider"][value="${c.provider}"]`).isChecked(), true, label);
        assert.equal(await inRoot(page, `input[name="auth"][value="${c.auth}"]`).isChecked(), true, label);
        // Nothing of Amazon S3's guide.
        assert.equal(await inRoot(page, '[data-snippet^="policy-"]').count(), 0, `${label}: no S3 policy`);
        const steps = await inRoot(page, '[data-step]').evaluateAll((els) => els.map((e) => e.dataset.step));
        assert.deepEqual(steps, c.steps, `${label}: steps`);
        const snippets = await inRoot(page, '[data-snippet]').evaluateAll((els) => els.map((e) => e.dataset.snippet));
        assert.deepEqual(snippets, c.snippets, `${label}: files`);
        const ready = await inRoot(page, '[data-snippet]').evaluateAll((els) => els.map((e) => e.dataset.ready));
        if (c.supported) {
          assert.ok(ready.every((r) => r === 'true'), `${label}: every file ready (${ready})`);
          assert.equal(await inRoot(page, '[data-case-problem]').count(), 0, label);
        } else {
          assert.ok(ready.every((r) => r === 'false'), `${label}: no file for an unsupported case`);
          assert.equal(await inRoot(page, '[data-case-problem]').count(), 1, label);
        }
        // Each step title is the language's message (the labels differ from English).
        for (const [index, id] of steps.entries()) {
          const title = (await inRoot(page, `[data-step="${id}"] .bsc-step-name`).textContent()).trim();
          assert.equal(title, ftl(lang, STEP_TITLE[id]), `${label}: title ${index + 1}`);
          if (lang !== 'en') assert.notEqual(title, ftl('en', STEP_TITLE[id]), `${label}: ${id} translated`);
        }
        // The picture under the auth choice: the case's method, the reader's bucket or account.
        const svg = inRoot(page, '[data-diagram="setup"] svg');
        assert.equal(await svg.getAttribute('data-auth'), c.auth, `${label}: picture`);
        const named = c.provider === 'google-cloud-storage' ? BUCKET : ACCOUNT;
        assert.ok((await svg.locator('title').textContent()).includes(named), `${label}: picture title`);
        const prose = await proseText(page);
        const leaked = [...MESSAGE_IDS].filter((id) => prose.includes(id));
        assert.deepEqual(leaked, [], `${label}: no message id shows`);
        if (!c.supported) continue;
        await checkCaseFiles(c, (key) => snippetCode(page, key));
      }
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  test('the provider choice is labelled in every language, as each page writes it', async () => {
    const { context, page, errors } = await openPage(suite.browser);
    for (const lang of LANGS) {
      await gotoProvider(page, `${suite.server.url}/?lang=${lang}&provider=azure-blob-storage`, lang, 'azure-blob-storage');
      const legend = (await inRoot(page, '[data-choice="provider"] legend').textContent()).trim();
      assert.equal(legend, ftl(lang, 'provider-legend'));
      if (lang !== 'en') assert.notEqual(legend, ftl('en', 'provider-legend'));
      const hint = (await inRoot(page, '[data-choice="auth"] .bsc-option-hint').first().textContent()).trim();
      assert.equal(hint, ftl(lang, 'provider-azure-auth-connection-string-hint'));
    }
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('an Amazon S3 link renders as before, and writes no provider', async () => {
    const { context, page, errors } = await openPage(suite.browser);
    await page.goto(`${suite.server.url}/?lang=en&integration=currents&auth=secret-key&bucket=acme-s3`);
    await page.waitForSelector(`${ROOT_SELECTOR} input[name="bucket"]`, { timeout: 20_000 });
    assert.equal(await inRoot(page, 'input[name="provider"][value="amazon-s3"]').isChecked(), true);
    assert.equal(await inRoot(page, '[data-provider-guide]').count(), 0);
    assert.equal(await inRoot(page, '[data-step="link-currents"]').count(), 1);
    const policy = JSON.parse(await snippetCode(page, 'policy-currents'));
    assert.ok(JSON.stringify(policy).includes('arn:aws:s3:::acme-s3'));
    // The reader types: the URL the widget writes is an Amazon S3 link, without `provider`.
    await inRoot(page, 'input[name="bucket"]').fill('acme-s3-2');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('bucket') === 'acme-s3-2');
    assert.equal(new URL(page.url()).searchParams.has('provider'), false);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('choosing a provider switches the guide and writes it to the URL', async () => {
    const { context, page, errors } = await openPage(suite.browser);
    await page.goto(`${suite.server.url}/?lang=en&bucket=${BUCKET}`);
    await page.waitForSelector(`${ROOT_SELECTOR} input[name="bucket"]`, { timeout: 20_000 });
    await inRoot(page, 'input[name="provider"][value="google-cloud-storage"]').check();
    await inRoot(page, '[data-provider-guide="google-cloud-storage"]').waitFor();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('provider') === 'google-cloud-storage');
    // The bucket typed for Amazon S3 is Google's too.
    assert.equal(await inRoot(page, 'input[name="bucket"]').inputValue(), BUCKET);
    await inRoot(page, 'input[name="project-id"]').fill(PROJECT);
    await snippet(page, 'gcs-cli-script').locator('code').waitFor();
    assert.equal(await snippet(page, 'gcs-cli-script').getAttribute('data-ready'), 'true');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('data-provider presets the provider, and data-lock-provider hides the choice', async () => {
    const { context, page, errors } = await openPage(suite.browser);
    await gotoProvider(page, `${suite.server.url}/gcs.html`, 'en', 'google-cloud-storage');
    assert.equal(await inRoot(page, 'input[name="provider"]').count(), 0);
    assert.equal(await inRoot(page, 'input[name="bucket"]').inputValue(), BUCKET);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a secret pasted into a field or the report reader is refused and kept nowhere', async () => {
    const keyFile = JSON.stringify({
      type: 'service_account', project_id: PROJECT, private_key_id: 'abc123',
      private_key: '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBg\n-----END PRIVATE KEY-----\n',
    });
    const connection = `DefaultEndpointsProtocol=https;AccountName=${ACCOUNT};AccountKey=bm90IGEga2V5IGF0IGFsbA==;EndpointSuffix=core.windows.net`;
    const { context, page, errors } = await openPage(suite.browser);
    for (const [provider, name, secret, rule] of [
      ['google-cloud-storage', 'bucket', keyFile, 'gcs-secret-refused'],
      ['google-cloud-storage', 'prefix', keyFile, 'gcs-secret-refused'],
      ['azure-blob-storage', 'container', connection, 'azure-secret-connection-string'],
    ]) {
      await gotoProvider(page, `${suite.server.url}/?lang=en&provider=${provider}`, 'en', provider);
      const input = inRoot(page, `input[name="${name}"]`);
      await input.fill(secret);
      const field = inRoot(page, `[data-field="${name}"]`);
      await field.locator(`[data-rule="${rule}"]`).waitFor();
      assert.equal(await input.getAttribute('aria-invalid'), 'true', name);
      const described = await input.getAttribute('aria-describedby');
      assert.ok(described && (await page.locator(`#${described.split(' ')[0]}`).count()) === 1, name);
      assert.equal(await input.inputValue(), '', `${name}: the text left the input`);
      await new Promise((resolve) => setTimeout(resolve, 700)); // the save is debounced
      const kept = await page.evaluate(() => location.href + JSON.stringify({ ...localStorage }));
      for (const part of ['PRIVATE KEY', 'private_key', 'AccountKey', 'bm90IGEga2V5']) {
        assert.ok(!kept.includes(part), `${name}: "${part}" is kept nowhere`);
      }
    }
    // The report reader refuses it too, and empties itself.
    await gotoProvider(page, `${suite.server.url}/?lang=en&provider=azure-blob-storage`, 'en', 'azure-blob-storage');
    const area = inRoot(page, 'textarea[name="preflight-report"]');
    await area.fill(connection);
    await inRoot(page, '[data-preflight-problem="secret"]').waitFor();
    assert.equal(await area.inputValue(), '');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('the checker, the update path, Braze\'s error and the report reader work for each provider', async () => {
    const { context, page, errors } = await openPage(suite.browser);
    // Google: a role as `gcloud iam roles describe` prints it.
    await gotoProvider(page,
      `${suite.server.url}/?lang=en&provider=google-cloud-storage&integration=currents&bucket=${BUCKET}&project-id=${PROJECT}&hierarchical-namespace=off`,
      'en', 'google-cloud-storage');
    const role = (permissions) => `name: projects/${PROJECT}/roles/brazeCloudStorage\nstage: GA\ntitle: Braze\nincludedPermissions:\n${permissions.map((p) => `- ${p}`).join('\n')}\n`;
    const check = inRoot(page, 'textarea[name="check-policy"]');
    const verdict = () => inRoot(page, '[data-check-result]').getAttribute('data-verdict');
    await check.fill(role(GCS_PERMISSIONS));
    await inRoot(page, '[data-check-result]').waitFor();
    assert.equal(await verdict(), 'sufficient');
    await check.fill(role(GCS_PERMISSIONS.filter((p) => p !== 'storage.buckets.get')));
    await page.waitForFunction((root) => document.querySelector(`${root} [data-check-result]`)?.dataset.verdict === 'insufficient', ROOT_SELECTOR);
    // The key's rotation: a new key first, the old one last.
    const rotation = await inRoot(page, '[data-update-part="rotate-key"] [data-update-step]')
      .evaluateAll((els) => els.map((e) => e.dataset.updateStep));
    assert.deepEqual(rotation, ['create-key', 'update-currents', 'test', 'delete-old-key']);
    // Braze's literal error, quoted in English.
    const literal = 'Google Cloud Storage Credentials are invalid. Please ensure that your credentials string, bucket name, and prefix are valid. You do not have read permission.';
    await inRoot(page, 'textarea[name="braze-error"]').fill(literal);
    assert.equal((await inRoot(page, '[data-braze-says]').textContent()).trim(), literal);
    // A report for these values, with no call answered: every check says it could not tell.
    const header = {
      preflight: 1, provider: 'google-cloud-storage', bucket: BUCKET, project: PROJECT, role: 'brazeCloudStorage',
      service_account: `braze-cloud-storage@${PROJECT}.iam.gserviceaccount.com`, integration: 'currents',
      hierarchical_namespace: 'off',
    };
    const report = (h) => `# braze-s3-companion preflight v1\n${JSON.stringify(h)}\n# end 0\n`;
    await inRoot(page, 'textarea[name="preflight-report"]').fill(report(header));
    await inRoot(page, '[data-preflight-check="bucket-exists"]').waitFor();
    assert.equal(await inRoot(page, '[data-preflight-check="bucket-exists"]').getAttribute('data-status'), 'unknown');
    assert.equal(await inRoot(page, '[data-preflight-check][data-status="pass"]').count(), 0, 'nothing passes unread');
    // A report made for another bucket says so.
    await inRoot(page, 'textarea[name="preflight-report"]').fill(report({ ...header, bucket: 'another-bucket' }));
    await inRoot(page, '[data-preflight-check="report"]').waitFor();

    // Azure: the app's assignment of Storage Blob Data Contributor on the storage account.
    await gotoProvider(page,
      `${suite.server.url}/?lang=en&provider=azure-blob-storage&integration=currents&auth=certificate-service-principal&storage-account=${ACCOUNT}&container=${CONTAINER}&resource-group=${GROUP}&tenant-id=${TENANT}&client-id=${CLIENT}`,
      'en', 'azure-blob-storage');
    const scope = `/subscriptions/00000000-1111-2222-3333-444444444444/resourceGroups/${GROUP}/providers/Microsoft.Storage/storageAccounts/${ACCOUNT}`;
    const assignment = (at) => JSON.stringify([{
      scope: at, principalName: CLIENT, principalType: 'ServicePrincipal', condition: null,
      principalId: '33333333-4444-5555-6666-777777777777', roleDefinitionName: 'Storage Blob Data Contributor',
      roleDefinitionId: '/subscriptions/00000000-1111-2222-3333-444444444444/providers/Microsoft.Authorization/roleDefinitions/ba92f5b4-2d11-453d-a403-e96b0029c9fe',
    }]);
    await inRoot(page, 'textarea[name="check-policy"]').fill(assignment(scope));
    await inRoot(page, '[data-check-result]').waitFor();
    assert.equal(await verdict(), 'sufficient');
    await inRoot(page, 'textarea[name="check-policy"]').fill(assignment(`${scope}/blobServices/default/containers/${CONTAINER}`));
    await page.waitForFunction((root) => document.querySelector(`${root} [data-check-result]`)?.dataset.verdict === 'insufficient', ROOT_SELECTOR);
    // The certificate renewed with --append, and switching method.
    const parts = await inRoot(page, '[data-update-part]').evaluateAll((els) => els.map((e) => e.dataset.updatePart));
    assert.deepEqual(parts, ['renew-certificate', 'switch-method']);
    const append = await inRoot(page, '[data-update-step="append"] pre code').textContent();
    const words = append.split(/\s+/);
    assert.ok(words.includes('--append'), append);
    assert.equal(words[words.indexOf('--id') + 1], CLIENT);
    // Braze's Azure page quotes no error: no "paste what Braze said".
    assert.equal(await inRoot(page, 'textarea[name="braze-error"]').count(), 0);
    // No checker for the connection string (no role to check).
    await gotoProvider(page, `${suite.server.url}/?lang=en&provider=azure-blob-storage&auth=connection-string`, 'en', 'azure-blob-storage');
    assert.equal(await inRoot(page, 'textarea[name="check-policy"]').count(), 0);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a provider\'s checklist is its steps, and its ticks stay with its case', async () => {
    const { context, page, errors } = await openPage(suite.browser);
    const url = `${suite.server.url}/?lang=en&provider=google-cloud-storage&integration=currents&bucket=${BUCKET}&project-id=${PROJECT}&hierarchical-namespace=off`;
    await gotoProvider(page, url, 'en', 'google-cloud-storage');
    const items = await inRoot(page, '[data-checklist] input[type="checkbox"][data-item]')
      .evaluateAll((els) => els.map((e) => e.dataset.item));
    assert.deepEqual(items, ['gcs-role.done', 'gcs-service-account.done', 'gcs-key.done', 'gcs-currents.done']);
    await inRoot(page, '[data-checklist] input[data-item="gcs-role.done"]').check();
    await new Promise((resolve) => setTimeout(resolve, 700)); // the save is debounced
    await page.reload();
    await page.waitForSelector(`${ROOT_SELECTOR} [data-provider-guide="google-cloud-storage"]`, { timeout: 20_000 });
    assert.equal(await inRoot(page, '[data-checklist] input[data-item="gcs-role.done"]').isChecked(), true);
    // Amazon S3's checklist of the same purpose is another case: nothing of it is ticked.
    await inRoot(page, 'input[name="provider"][value="amazon-s3"]').check();
    await inRoot(page, '[data-step="link-currents"]').waitFor();
    assert.equal(await inRoot(page, '[data-checklist] input[data-item]:checked').count(), 0);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('axe finds no violation in each provider\'s form, guide and tools, with errors showing', async () => {
    const { context, page, errors } = await openPage(suite.browser);
    for (const c of cases().filter((c) => c.purpose === 'currents')) {
      await gotoProvider(page,
        `${suite.server.url}/?lang=fr&provider=${c.provider}&integration=currents&auth=${c.auth}&${c.query}`, 'fr', c.provider);
      // An invalid value shows its message next to its field.
      const name = c.provider === 'google-cloud-storage' ? 'project-id' : 'container';
      await inRoot(page, `input[name="${name}"]`).fill('Bad--Value_');
      await inRoot(page, `input[name="${name}"][aria-invalid="true"]`).waitFor();
      await page.addScriptTag({ path: join(ROOT, 'node_modules/axe-core/axe.min.js') });
      const lines = await page.evaluate(async (root) => {
        for (const details of document.querySelectorAll(`${root} details`)) details.open = true;
        const { violations } = await window.axe.run({ include: [root] }, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
        });
        return violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
      }, ROOT_SELECTOR);
      assert.deepEqual(lines, [], `${c.provider} ${c.auth}`);
    }
    assert.deepEqual(errors, []);
    await context.close();
  });
});
