// End to end, issue 14 (helper D2: ja, ko, pt-BR): the labels a reader must find on a screen
// are written as Braze's current page in that language (or the localized AWS console) shows
// them, the Currents navigation is today's with the older path kept as a note, and the
// wording that drifted from the seed says what the seed says.
//
// Expected strings are typed from docs/facts.md ("Today vs the seed": Braze's current pages,
// and the seed, the AWS guide's address among them), from the AWS console in English, and from
// issues 14 and 20; never read from locales/.
//
// Run after `trunk build --release`:  node --test tests/e2e/labels-today-ja-ko-pt.test.mjs
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { gotoWidget, openNames, openPage, plainSpaces, ROOT_SELECTOR, servedSuite } from './browser.mjs';

const READY = {
  bucket: 'acme-braze-labels',
  account: '123456789012',
  'external-id': 'braze-ext-labels',
  'own-account': '210987654321',
};

// The seed's pointer for creating the IAM user (and an administrators group).
const AWS_GUIDE = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/getting-started_create-admin-group.html';

/**
 * Per language, what docs/facts.md says Braze's current page (and the AWS console) show, and what
 * the widget used to say instead. `oldButton` is the seed-era create button as Braze's older
 * page in that language wrote it (kept as a note for older dashboards).
 */
const LANGS = {
  ja: {
    partner: 'パートナー連携',
    sse: 'サーバーサイド保管時AES-256暗号化',
    folder: 'フォルダーパス',
    oldFolder: 'フォルダーのパス',
    launch: 'Launch Current',
    oldButton: 'Current を作成',
    oldCrumb: 'データエクスポート',
    roleRadio: 'AWS Role ARN',
    trust: ['Require external ID', 'external ID'],
    roleArn: 'Role ARN',
    dashboard: ['Test Credentials', 'Save'],
    dashboardOld: ['認証情報のテスト'],
    exportMention: /ダッシュボード/,
    recommends: /推奨|お勧め|おすすめ/,
    fixedWait: /\d+\s*分|数分/,
  },
  ko: {
    partner: null,
    sse: '서버 측 저장 시 AES-256 암호화',
    folder: '폴더 경로',
    oldFolder: 'Folder Path',
    launch: null,
    oldButton: 'Create Current',
    oldCrumb: null,
    roleRadio: null,
    trust: ['Require external ID', 'Another AWS Account'],
    roleArn: null,
    dashboard: ['Test Credentials'],
    dashboardOld: [],
    exportMention: /대시보드/,
    recommends: /권장|좋습니다/,
    fixedWait: /\d+\s*분|몇 분/,
  },
  'pt-BR': {
    partner: null,
    sse: 'Criptografia AES-256 no lado do servidor em repouso',
    folder: 'Caminho da pasta',
    oldFolder: 'Folder Path',
    launch: null,
    oldButton: 'Create Current',
    oldCrumb: /exportação de dados/i,
    roleRadio: null,
    trust: [],
    roleArn: null,
    dashboard: ['Test Credentials'],
    dashboardOld: [],
    exportMention: /dashboard/i,
    recommends: /recomend/i,
    fixedWait: /minuto/i,
  },
};

const has = (text, expected) => (expected instanceof RegExp ? expected.test(text) : text.includes(expected));

async function open(page, url, lang, integration, auth) {
  await gotoWidget(page, `${url}/?${new URLSearchParams({ integration, auth, ...READY, lang })}`);
  await page.locator(`${ROOT_SELECTOR}[lang="${lang}"]`).waitFor();
  await openNames(page);
}

const text = async (locator) => plainSpaces(await locator.innerText());
const step = (page, id) => page.locator(`${ROOT_SELECTOR} [data-step="${id}"]`);
const task = (page, stepId, taskId) => step(page, stepId).locator(`[data-task="${stepId}.${taskId}"]`);

describe('issue 14: labels as today\'s screens show them (ja, ko, pt-BR)', () => {
  const suite = servedSuite();

  for (const [lang, want] of Object.entries(LANGS)) {
    for (const auth of ['secret-key', 'role-arn']) {
      test(`${lang}, Currents, ${auth}: today's navigation, labels, old path as a note`, async () => {
        const { context, page, errors } = await openPage(suite.browser);
        try {
          await open(page, suite.server.url, lang, 'currents', auth);

          // Navigation as today: Partner Integrations > Currents > Create New Current > Amazon S3 Data Export.
          const openTask = await text(task(page, 'link-currents', 'open'));
          assert.match(openTask, /> Currents\b/, `${lang}: the path goes through Currents: ${openTask}`);
          assert.ok(openTask.includes('Create New Current'), `${lang}: today's button: ${openTask}`);
          assert.ok(openTask.includes('Amazon S3 Data Export'), `${lang}: ${openTask}`);
          if (want.partner) assert.ok(openTask.includes(want.partner), `${lang}: ${openTask}`);
          assert.ok(!openTask.includes(want.oldButton), `${lang}: the old button is not today's path: ${openTask}`);

          // The seed's older path survives as a note of that step, for older dashboards.
          const notes = await step(page, 'link-currents').locator('.bsc-note').allInnerTexts();
          const oldNote = notes.map(plainSpaces).find((n) => n.includes(want.oldButton));
          assert.ok(oldNote, `${lang}: a note keeps the older "${want.oldButton}": ${notes.join(' | ')}`);
          if (want.oldCrumb) assert.ok(has(oldNote, want.oldCrumb), `${lang}: older path in the note: ${oldNote}`);

          // Braze's Currents form labels.
          const folder = await text(task(page, 'link-currents', 'folder'));
          assert.ok(folder.includes(want.folder), `${lang}: folder label: ${folder}`);
          const encryption = await text(task(page, 'link-currents', 'encryption'));
          assert.ok(encryption.includes(want.sse), `${lang}: encryption option: ${encryption}`);
          if (want.launch) {
            const launch = await text(task(page, 'link-currents', 'launch'));
            assert.ok(launch.includes(want.launch), `${lang}: ${launch}`);
          }
          const widget = await text(page.locator(ROOT_SELECTOR));
          assert.ok(!widget.includes(want.oldFolder), `${lang}: no old folder label "${want.oldFolder}" in the widget`);

          // Drift: the Currents prerequisite is said of Currents only; the bucket is recommended.
          const access = await text(task(page, 'prerequisites', 'currents-access'));
          assert.match(access, want.exportMention, `${lang}: dashboard export does not need Currents: ${access}`);
          const bucket = await text(task(page, 'prerequisites', 'dedicated-bucket'));
          assert.match(bucket, want.recommends, `${lang}: a dedicated bucket is recommended: ${bucket}`);

          if (auth === 'secret-key') {
            const create = await text(task(page, 'create-user', 'create'));
            assert.ok(create.includes(AWS_GUIDE), `${lang}: the seed's AWS guide pointer: ${create}`);
          } else {
            if (want.roleRadio) {
              const credentials = await text(task(page, 'link-currents', 'credentials'));
              assert.ok(credentials.includes(want.roleRadio), `${lang}: ${credentials}`);
            }
            const trust = await text(task(page, 'create-role', 'trusted-entity'));
            for (const label of want.trust) assert.ok(trust.includes(label), `${lang}: "${label}" in: ${trust}`);
            if (want.roleArn) {
              const copy = await text(task(page, 'copy-role-arn', 'copy'));
              assert.ok(copy.includes(want.roleArn), `${lang}: ${copy}`);
            }
            const ids = await text(task(page, 'create-role', 'ids-currents'));
            assert.ok(ids.includes('Create New Current'), `${lang}: IDs are found via today's path: ${ids}`);

            // One wording for IAM propagation, no firmer than the seed: no fixed wait.
            const propagation = (await step(page, 'link-currents').locator('.bsc-note').allInnerTexts())
              .map(plainSpaces).at(-1);
            assert.doesNotMatch(propagation, want.fixedWait, `${lang}: ${propagation}`);
            const retry = propagation.split(/[。.]\s*/).filter(Boolean).at(-1).toLowerCase();
            const iacNotes = (await step(page, 'automate').locator('.bsc-note').allInnerTexts()).map(plainSpaces);
            assert.equal(iacNotes.length, 3, `${lang}: one role-ARN note per file: ${iacNotes.join(' | ')}`);
            for (const note of iacNotes) {
              assert.doesNotMatch(note, want.fixedWait, `${lang}: ${note}`);
              assert.ok(note.toLowerCase().includes(retry), `${lang}: same wording "${retry}" as the guide in: ${note}`);
            }
          }

          if (lang === 'pt-BR') {
            const all = await text(page.locator(ROOT_SELECTOR));
            assert.doesNotMatch(all, /perfi[ls]/i, 'pt-BR: "função", not "perfil"');
            assert.doesNotMatch(all, /fluxo do Currents/i, 'pt-BR: "Current", not "fluxo do Currents"');
            assert.ok(all.includes('ARN de função da AWS'), 'pt-BR: the role method is "ARN de função da AWS"');
            if (auth === 'role-arn') {
              const roleOpen = await text(task(page, 'create-role', 'open'));
              assert.ok(roleOpen.includes('Funções') && roleOpen.includes('Criar função'), roleOpen);
            }
          }
          assert.deepEqual(errors, []);
        } finally {
          await context.close();
        }
      });
    }

    test(`${lang}, dashboard export (role ARN): Braze's labels and the unchanged path`, async () => {
      const { context, page, errors } = await openPage(suite.browser);
      try {
        await open(page, suite.server.url, lang, 'dashboard-export', 'role-arn');
        const openTask = await text(task(page, 'link-dashboard-export', 'open'));
        assert.ok(openTask.includes('Amazon S3'), `${lang}: ${openTask}`);
        assert.ok(!openTask.includes('Currents'), `${lang}: the dashboard export path is unchanged: ${openTask}`);
        const testTask = await text(task(page, 'link-dashboard-export', 'test'));
        for (const label of want.dashboard) assert.ok(testTask.includes(label), `${lang}: "${label}" in: ${testTask}`);
        const credentials = await text(task(page, 'link-dashboard-export', 'credentials'));
        if (lang === 'ja') {
          assert.ok(credentials.includes('AWS Credentials') && credentials.includes('AWS Role ARN'), credentials);
        }
        for (const old of want.dashboardOld) {
          assert.ok(!testTask.includes(old) || testTask.includes('Test Credentials'), `${lang}: "${old}" alone: ${testTask}`);
        }
        // The propagation note here too: no fixed wait.
        const propagation = (await step(page, 'link-dashboard-export').locator('.bsc-note').allInnerTexts())
          .map(plainSpaces).at(-1);
        assert.doesNotMatch(propagation, want.fixedWait, `${lang}: ${propagation}`);
        if (lang === 'pt-BR') {
          assert.doesNotMatch(await text(page.locator(ROOT_SELECTOR)), /perfi[ls]/i, 'pt-BR: "função", not "perfil"');
        }
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });
  }
});

// Issue 20: the AWS console runs in English or in the reader's language, so every AWS label the
// guide names carries its English form; Braze's default-destination checkbox is English on every
// page; and each language writes one term one way (docs/glossary/<lang>.md): ko 비밀 액세스 키,
// ja and ko "Object Lock" as Braze's pages write it, pt-BR "dashboard", "guia", "rotacionar".
const AWS_LABELS = {
  'secret-key': ['Create bucket', 'Policies', 'Create policy', 'Users', 'Permissions', 'Attach Policy', 'Security credentials', 'Create access key'],
  'role-arn': ['Create bucket', 'Policies', 'Create policy', 'Roles', 'Create role', 'Another AWS account', 'Require external ID', 'Next', 'Role ARN', 'Trust relationships', 'Custom trust policy'],
};
const REFUSED = {
  ja: [/オブジェクトロック/],
  ko: [/보안 액세스 키/, /보안 키/, /객체 잠금/],
  'pt-BR': [/\bpainel\b/i, /\baba\b/i, /\balternar\b/i],
};

describe('issue 20: English AWS labels, the default destination, one term per thing (ja, ko, pt-BR)', () => {
  const suite = servedSuite();

  for (const lang of Object.keys(LANGS)) {
    for (const auth of ['secret-key', 'role-arn']) {
      test(`${lang}, ${auth}: every AWS console label carries its English form; no refused term`, async () => {
        const { context, page, errors } = await openPage(suite.browser);
        try {
          await open(page, suite.server.url, lang, 'both', auth);
          const labels = (await page.locator(`${ROOT_SELECTOR} strong.bsc-label`).allInnerTexts()).map(plainSpaces);
          for (const label of AWS_LABELS[auth]) {
            assert.ok(labels.some((l) => l.toLowerCase().includes(label.toLowerCase())), `${lang}: "${label}": ${labels.join(' | ')}`);
          }
          const all = await text(page.locator(ROOT_SELECTOR));
          for (const refused of REFUSED[lang]) assert.doesNotMatch(all, refused, `${lang}: ${refused}`);
          if (lang !== 'pt-BR') assert.ok(all.includes('Object Lock'), `${lang}: Object Lock named as Braze's page does`);
          assert.deepEqual(errors, []);
        } finally {
          await context.close();
        }
      });
    }

    test(`${lang}: message archiving names Braze's default-destination checkbox in English`, async () => {
      const { context, page, errors } = await openPage(suite.browser);
      try {
        await open(page, suite.server.url, lang, 'message-archiving', 'secret-key');
        const labels = (await page.locator(`${ROOT_SELECTOR} strong.bsc-label`).allInnerTexts()).map(plainSpaces);
        assert.ok(labels.includes('Make this the default data export destination'), labels.join(' | '));
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });
  }
});
