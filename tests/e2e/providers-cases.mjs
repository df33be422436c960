// The cases of issue 23 and the readers of their files as data, shared by the Chromium suite
// (providers.test.mjs) and the Firefox one (providers-firefox.test.mjs). Expectations are
// written from docs/facts.md ("What Braze needs (Braze GCS (today))", "The generated files
// (Google Cloud Storage)", "Generated files (Azure CLI, Terraform)", "The preflight").
import assert from 'node:assert/strict';

export const LANGS = ['en', 'fr', 'de', 'es', 'ja', 'ko', 'pt-BR'];
export const BUCKET = 'acme-braze-exports';
export const PROJECT = 'acme-analytics';
export const ACCOUNT = 'acmebraze';
export const CONTAINER = 'braze-data';
export const GROUP = 'rg-braze';
export const TENANT = '11111111-2222-3333-4444-555555555555';
export const CLIENT = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';

/** Braze's GCS page: the five permissions, and the folders one with hierarchical namespace. */
export const GCS_PERMISSIONS = [
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
export function cases() {
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

export function checkGcsFiles(files, { hns }) {
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

export function checkAzureFiles(files, { certificate }) {
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
export function checkPreflight(script, provider) {
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

/**
 * Reads each file of case `c` with `read(key)` (the snippet's code as the page shows it) and
 * checks them as data: the provider's files, then the preflight script.
 */
export async function checkCaseFiles(c, read) {
  const files = {};
  for (const key of c.snippets) files[key] = await read(key);
  if (c.provider === 'google-cloud-storage') checkGcsFiles(files, c);
  else checkAzureFiles(files, { certificate: c.auth === 'certificate-service-principal' });
  checkPreflight(files['preflight-script'], c.provider);
}
