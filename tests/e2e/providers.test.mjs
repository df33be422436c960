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

const LANGS = ['en', 'fr', 'de', 'es', 'ja', 'ko', 'pt-BR'];
const BUCKET = 'acme-braze-exports';
const PROJECT = 'acme-analytics';
const ACCOUNT = 'acmebraze';
const CONTAINER = 'braze-data';
const GROUP = 'rg-braze';
const TENANT = '11111111-2222-3333-4444-555555555555';
const CLIENT = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';

/** Braze's GCS page: the five permissions, and the folders one with hierarchical namespace. */
const GCS_PERMISSIONS = [
  'storage.objects.create',
  'storage.objects.delete',
  'storage.objects.list',
  'storage.objects.get',
  'storage.buckets.get',
];
const HNS_PERMISSION = 'storage.folders.create';

const PURPOSES = ['currents', 'dashboard-export', 'both', 'message-archiving'];
const hasCurrents = (p) => p === 'currents' || p === 'both';
const hasExport = (p) => p !== 'currents';

/** Every case: the provider's steps (Braze's page order) and files. */
function cases() {
  const out = [];
  for (const purpose of PURPOSES) {
    const braze = (prefix) => [
      ...(hasCurrents(purpose) ? [`${prefix}-currents`] : []),
      ...(hasExport(purpose) ? [`${prefix}-export`] : []),
      ...(purpose === 'message-archiving' ? ['message-archiving'] : []),
    ];
    out.push({
      provider: 'google-cloud-storage', purpose, auth: 'service-account-key',
      hns: purpose === 'both',
      // Explicit: the page keeps the previous case's save, and a link without a key keeps it.
      query: `bucket=${BUCKET}&project-id=${PROJECT}&hierarchical-namespace=${purpose === 'both' ? 'on' : 'off'}`,
      steps: ['gcs-role', 'gcs-service-account', 'gcs-key', ...braze('gcs')],
      snippets: ['gcs-role', 'gcs-cli-script', 'gcs-terraform', 'preflight-script'],
      supported: true,
    });
    out.push({
      provider: 'azure-blob-storage', purpose, auth: 'connection-string',
      query: `storage-account=${ACCOUNT}&container=${CONTAINER}&resource-group=${GROUP}`,
      steps: ['azure-storage-account', 'azure-connection-string', ...braze('azure')],
      snippets: ['azure-cli-script', 'azure-terraform', 'preflight-script'],
      supported: true,
    });
    out.push({
      provider: 'azure-blob-storage', purpose, auth: 'certificate-service-principal',
      query: `storage-account=${ACCOUNT}&container=${CONTAINER}&resource-group=${GROUP}&tenant-id=${TENANT}&client-id=${CLIENT}`,
      steps: ['azure-storage-account', 'azure-app', 'azure-certificate', 'azure-role', 'azure-endpoint', ...braze('azure')],
      snippets: ['azure-cli-script', 'azure-terraform', 'azure-certificate', 'preflight-script'],
      // Braze's Azure page: the certificate service principal is for Currents only.
      supported: purpose === 'currents',
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Reading the files as data

/** The words of a shell script's commands: continuations joined, quotes and `$VAR` resolved. */
function commands(script) {
  const vars = new Map();
  const lines = script.replace(/\\\n/g, ' ').split('\n');
  const out = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const words = split(line, vars);
    const assign = /^([A-Z_][A-Z0-9_]*)=(.*)$/.exec(words[0] ?? '');
    if (words.length === 1 && assign) {
      vars.set(assign[1], assign[2]);
      continue;
    }
    out.push(words);
  }
  return out;
}

/** POSIX-style word splitting of one line (single and double quotes, `$VAR`, `${VAR}`). */
function split(line, vars) {
  const words = [];
  let word = null;
  let i = 0;
  const expand = () => {
    const m = /^\$(\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))/.exec(line.slice(i));
    if (!m) return '$';
    i += m[0].length - 1;
    const name = m[2] ?? m[3];
    return vars.has(name) ? vars.get(name) : m[0];
  };
  for (; i < line.length; i++) {
    const c = line[i];
    if (c === "'") {
      const end = line.indexOf("'", i + 1);
      word = (word ?? '') + line.slice(i + 1, end);
      i = end;
    } else if (c === '"') {
      word = word ?? '';
      for (i++; i < line.length && line[i] !== '"'; i++) {
        if (line[i] === '\\') word += line[++i];
        else if (line[i] === '$') word += expand();
        else word += line[i];
      }
    } else if (c === '\\') {
      word = (word ?? '') + line[++i];
    } else if (c === '$') {
      word = (word ?? '') + expand();
    } else if (/\s/.test(c)) {
      if (word !== null) words.push(word);
      word = null;
    } else {
      word = (word ?? '') + c;
    }
  }
  if (word !== null) words.push(word);
  return words;
}

/** The commands of `script` that call `tool`, from the tool's name on (after `if`, `until`…). */
function calls(script, tool) {
  return commands(script)
    .map((words) => words.slice(words.indexOf(tool)))
    .filter((words) => words[0] === tool);
}

/** The value of `--flag=value` or `--flag value` in a command's words. */
function flag(words, name) {
  for (const [i, w] of words.entries()) {
    if (w === name) return words[i + 1];
    if (w.startsWith(`${name}=`)) return w.slice(name.length + 1);
  }
  return undefined;
}

/** `includedPermissions` of the role YAML, as a list. */
function yamlPermissions(yaml) {
  const out = [];
  let inList = false;
  for (const line of yaml.split('\n')) {
    if (/^\S/.test(line) && !line.startsWith('-')) {
      inList = line.trim() === 'includedPermissions:';
      continue;
    }
    const item = /^\s*-\s+['"]?([^'"\s]+)['"]?\s*$/.exec(line);
    if (inList && item) out.push(item[1]);
  }
  return out;
}

/** Terraform's `resource "TYPE" "NAME"` blocks, as their types. */
function resourceTypes(hcl) {
  return [...hcl.matchAll(/^resource\s+"([^"]+)"\s+"[^"]+"/gm)].map((m) => m[1]).sort();
}

// ---------------------------------------------------------------------------------------
// Expectations from docs/facts.md

function checkGcsFiles(files, { hns }) {
  const permissions = [...GCS_PERMISSIONS, ...(hns ? [HNS_PERMISSION] : [])];
  assert.deepEqual(yamlPermissions(files['gcs-role']).sort(), [...permissions].sort(), 'gcs-role permissions');

  const gcloud = calls(files['gcs-cli-script'], 'gcloud');
  const role = gcloud.find((c) => c[1] === 'iam' && c[2] === 'roles' && c[3] === 'create');
  assert.ok(role, 'the role is created');
  assert.deepEqual(flag(role, '--permissions').split(',').sort(), [...permissions].sort());
  assert.equal(flag(role, '--project'), PROJECT);
  const email = `braze-cloud-storage@${PROJECT}.iam.gserviceaccount.com`;
  const binding = gcloud.find((c) => c.slice(1, 4).join(' ') === 'storage buckets add-iam-policy-binding');
  assert.ok(binding, 'the role is bound');
  assert.equal(binding[4], `gs://${BUCKET}`, 'on the bucket');
  assert.equal(flag(binding, '--member'), `serviceAccount:${email}`);
  assert.equal(flag(binding, '--role'), `projects/${PROJECT}/roles/brazeCloudStorage`);
  for (const c of gcloud) {
    assert.ok(!(c[1] === 'projects' && c[2] === 'add-iam-policy-binding'), 'never on the project');
    assert.ok(!(c.includes('keys') && c.includes('create')), 'never a key');
  }
  assert.deepEqual(resourceTypes(files['gcs-terraform']),
    ['google_project_iam_custom_role', 'google_service_account', 'google_storage_bucket_iam_member']);
  assert.ok(!files['gcs-terraform'].includes('google_service_account_key'));
}

function checkAzureFiles(files, { certificate }) {
  const az = calls(files['azure-cli-script'], 'az');
  const sub = (c) => c.slice(1).filter((w) => !w.startsWith('-')).slice(0, 3).join(' ');
  const account = az.find((c) => sub(c) === 'storage account create');
  assert.ok(account, 'the account is created');
  assert.equal(flag(account, '--name') ?? flag(account, '-n'), ACCOUNT);
  assert.equal(flag(account, '--sku'), 'Standard_LRS');
  const container = az.find((c) => sub(c) === 'storage container create');
  assert.ok(container, 'the container is created');
  assert.equal(flag(container, '--name') ?? flag(container, '-n'), CONTAINER);
  assert.equal(flag(container, '--auth-mode'), 'login');
  for (const c of az) {
    assert.ok(!c.includes('show-connection-string'), 'prints no connection string');
    assert.ok(sub(c) !== 'storage account keys', 'prints no key');
  }
  const reset = az.find((c) => sub(c) === 'ad app credential');
  const assignment = az.find((c) => sub(c) === 'role assignment create');
  if (certificate) {
    assert.ok(reset?.includes('--append'), 'the certificate is appended');
    assert.equal(flag(reset, '--years'), '2');
    assert.equal(flag(assignment, '--role'), 'Storage Blob Data Contributor');
    assert.equal(flag(assignment, '--assignee-principal-type'), 'ServicePrincipal');
  } else {
    assert.equal(reset, undefined);
    assert.equal(assignment, undefined);
  }
  const types = resourceTypes(files['azure-terraform']);
  for (const type of ['azurerm_storage_account', 'azurerm_storage_container']) assert.ok(types.includes(type), type);
  for (const type of ['azuread_application_certificate', 'azurerm_role_assignment']) {
    assert.equal(types.includes(type), certificate, type);
  }
  assert.ok(!types.includes('azuread_application_password'));
}

/**
 * The preflight only reads: every CLI call it records (`record CHECK VIA SUBJECT [FORMAT] ARGS`,
 * gcloud's with an output format) ends in a reading verb, and nothing prints a secret
 * (docs/facts.md, "The preflight": no `keys create`, no `show-connection-string`, no `keys list`).
 */
function checkPreflight(script, provider) {
  const skip = provider === 'google-cloud-storage' ? 5 : 4;
  const list = commands(script)
    .filter((words) => words[0] === 'record')
    .map((words) => {
      const rest = words.slice(skip);
      const end = rest.findIndex((w) => w.startsWith('-'));
      return end < 0 ? rest : rest.slice(0, end);
    });
  assert.ok(list.length >= 3, `the preflight reads: ${JSON.stringify(list)}`);
  for (const call of list) {
    assert.ok(['show', 'list', 'describe', 'get-iam-policy'].includes(call.at(-1)), `read-only: ${call.join(' ')}`);
  }
  for (const secret of ['keys create', 'show-connection-string', 'storage account keys']) {
    assert.ok(!script.includes(secret), `no ${secret}`);
  }
}

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
        const prose = await proseText(page);
        const leaked = [...MESSAGE_IDS].filter((id) => prose.includes(id));
        assert.deepEqual(leaked, [], `${label}: no message id shows`);
        if (!c.supported) continue;
        const files = {};
        for (const key of c.snippets) files[key] = await snippetCode(page, key);
        if (c.provider === 'google-cloud-storage') checkGcsFiles(files, c);
        else checkAzureFiles(files, { certificate: c.auth === 'certificate-service-principal' });
        checkPreflight(files['preflight-script'], c.provider);
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
});
