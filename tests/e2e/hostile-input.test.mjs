// End to end, issue 12: a link that abuses the Markdown export, the checker's size message and
// limits, and copies whose clipboard hangs or throws. Each test failed on the build before the
// fix (BSC_DIST=/work/main/dist) and passes now.
//
// Run after `trunk build --release`:  node --test --test-concurrency=1 tests/e2e/hostile-input.test.mjs
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import {
  addConnector, field, ftl, gotoWidget, openSection, openPage, plainSpaces, ROOT_SELECTOR, servedSuite, snippet,
} from './browser.mjs';

/** Records what the widget hands to the clipboard in `window.__copied`, and resolves. */
const RECORDING_CLIPBOARD = () => {
  window.__copied = [];
  Object.defineProperty(navigator.clipboard, 'writeText', {
    value: (text) => { window.__copied.push(text); return Promise.resolve(); },
  });
};

/**
 * A CommonMark reading of one line's inline code: the code spans (backtick strings matched by
 * a closing string of the same length, content with one padding space stripped each side)
 * and the text outside them (backslash escapes removed). Enough to tell whether a value
 * stayed inside code, where nothing is emphasis, a link or HTML.
 */
function inlineCode(line) {
  const spans = [];
  let outside = '';
  let i = 0;
  const run = (at) => { let n = 0; while (line[at + n] === '`') n += 1; return n; };
  while (i < line.length) {
    const c = line[i];
    if (c === '\\' && /[!-/:-@[-`{-~]/.test(line[i + 1] ?? '')) {
      outside += line[i + 1];
      i += 2;
    } else if (c === '`') {
      const n = run(i);
      let j = i + n;
      let close = -1;
      while (j < line.length) {
        if (line[j] === '`') {
          const m = run(j);
          if (m === n) { close = j; break; }
          j += m;
        } else j += 1;
      }
      if (close < 0) {
        outside += '`'.repeat(n);
        i += n;
      } else {
        let content = line.slice(i + n, close);
        if (content.length > 2 && content.startsWith(' ') && content.endsWith(' ') && content.trim() !== '') {
          content = content.slice(1, -1);
        }
        spans.push(content);
        i = close + n;
      }
    } else {
      outside += c;
      i += 1;
    }
  }
  return { spans, outside };
}

/** Every line of the export is its heading, a blank line, or one unticked task item. */
function assertOnlyTheChecklist(markdown, itemCount) {
  const lines = markdown.split('\n');
  assert.match(lines[0], /^## /, markdown);
  const items = lines.filter((line) => line.startsWith('- [ ] '));
  assert.equal(items.length, itemCount, `one line per checklist item:\n${markdown}`);
  const others = lines.slice(1).filter((line) => line !== '' && !line.startsWith('- [ ] '));
  assert.deepEqual(others, [], `no other line (no injected item, heading or paragraph):\n${markdown}`);
  assert.doesNotMatch(markdown, /\[x\]/i, 'nothing is ticked, so no line says it is');
  return items;
}

describe('issue 12: hostile input', () => {
  const suite = servedSuite();

  const copiedMarkdown = async (page) => {
    await page.locator(`${ROOT_SELECTOR} .bsc-checklist-actions button`).first().click();
    await page.waitForFunction(() => window.__copied.length > 0, null, { timeout: 5_000 });
    return page.evaluate(() => window.__copied.at(-1));
  };

  for (const [name, folder] of [
    ['an injected ticked item', 'ok`\n\n- [x] Security review passed\n\n`x'],
    ['bold text and a live link', 'ok` **Approved by security** [release notes](https:evil.example/x) `x'],
  ]) {
    test(`a folder path from a link with ${name} is refused, and the Markdown holds only the checklist`, async () => {
      const { context, page, errors } = await openPage(suite.browser, { initScripts: [RECORDING_CLIPBOARD] });
      const url = `${suite.server.url}/?${new URLSearchParams({
        integration: 'currents', auth: 'secret-key', bucket: 'acme-md', folder, lang: 'en',
      })}`;
      await gotoWidget(page, url);
      const input = field(page, 'folder');
      assert.equal(await input.inputValue(), folder.replace(/\n/g, ''), 'the field shows the value (an input drops line breaks)');
      // Refused, with the message next to the field naming the characters.
      assert.equal(await input.getAttribute('aria-invalid'), 'true', 'the folder is refused');
      const described = (await input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
      const messages = await Promise.all(described.map((id) => page.locator(`[id="${id}"]`).textContent()));
      const intro = ftl('en', 'rule-folder-characters').split('{')[0].trim();
      assert.ok(messages.some((m) => plainSpaces(m).includes(intro) && m.includes('`') && m.includes('[')),
        `the message names the refused characters: ${messages}`);

      const markdown = await copiedMarkdown(page);
      const itemCount = await page.locator(`${ROOT_SELECTOR} input[data-item]`).count();
      const items = assertOnlyTheChecklist(markdown, itemCount);
      for (const line of items) {
        const { outside } = inlineCode(line);
        assert.doesNotMatch(outside, /Security review|Approved|evil\.example|release notes/, `nothing of the folder outside code: ${line}`);
      }
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  test('a connector name (free text) stays inside code in the Markdown, whatever it holds', async () => {
    const { context, page, errors } = await openPage(suite.browser, { initScripts: [RECORDING_CLIPBOARD] });
    await gotoWidget(page, `${suite.server.url}/?integration=currents&auth=secret-key&bucket=acme-md&lang=en`);
    await addConnector(page);
    const payload = 'x`` **Approved** [notes](https://evil.example) <b>b</b> | # _e_ `y';
    const input = page.locator(`${ROOT_SELECTOR} [data-connector] input[name="connector-name"]`).first();
    await input.fill(payload);
    await page.locator(`${ROOT_SELECTOR} [data-connector] input[name="connector-folder"]`).first().fill('currents-two');
    await page.waitForFunction((root) => [...document.querySelectorAll(`${root} .bsc-checklist label`)]
      .some((l) => l.textContent.includes('evil.example')), ROOT_SELECTOR);

    const markdown = await copiedMarkdown(page);
    const itemCount = await page.locator(`${ROOT_SELECTOR} input[data-item]`).count();
    const items = assertOnlyTheChecklist(markdown, itemCount);
    const holding = items.filter((line) => line.includes('evil'));
    assert.ok(holding.length > 0, `an item names the connector:\n${markdown}`);
    for (const line of holding) {
      const { spans, outside } = inlineCode(line);
      assert.ok(spans.some((s) => s.includes(payload)), `the whole name is one code span's text: ${line} → ${JSON.stringify(spans)}`);
      assert.doesNotMatch(outside, /Approved|evil|notes|<b>/, `nothing of the name outside code: ${line}`);
    }
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a megabyte paste is "more than 10,240" characters, not 10,241', async () => {
    const { context, page, errors } = await openPage(suite.browser);
    await gotoWidget(page, `${suite.server.url}/?integration=currents&auth=secret-key&bucket=acme-md&lang=en`);
    await openSection(page, 'checker');
    const huge = `{"Version": "2012-10-17", "Statement": [{"Sid": "${'a'.repeat(1 << 20)}"}]}`;
    await field(page, 'check-policy').fill(huge);
    const result = page.locator(`${ROOT_SELECTOR} [data-check-result]`);
    await page.waitForSelector(`${ROOT_SELECTOR} [data-check-result][data-verdict="invalid"]`);
    const text = plainSpaces(await result.textContent());
    assert.match(text, /more than 10,240/, text);
    assert.doesNotMatch(text, /10,241/, text);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('the checker judges an identity policy by the managed-policy quota and a trust policy by the trust-policy quota', async () => {
    const { context, page, errors } = await openPage(suite.browser);
    await gotoWidget(page, `${suite.server.url}/?${new URLSearchParams({
      integration: 'currents', auth: 'role-arn', bucket: 'acme-md', account: '123456789012',
      'external-id': 'braze-ext-7f3a', lang: 'en',
    })}`);
    await openSection(page, 'checker');
    const result = page.locator(`${ROOT_SELECTOR} [data-check-result]`);
    const verdictOf = async (text) => {
      await field(page, 'check-policy').fill(text);
      await page.waitForFunction(([root, size]) => {
        const area = document.querySelector(`${root} textarea[name="check-policy"]`);
        return area.value.length === size && document.querySelector(`${root} [data-check-result]`);
      }, [ROOT_SELECTOR, text.length]);
      await page.waitForTimeout(300);
      return { verdict: await result.getAttribute('data-verdict'), text: plainSpaces(await result.textContent()) };
    };
    const size = (text) => text.replace(/\s/g, '').length;

    // An identity policy that grants what Currents needs, padded with more object prefixes
    // to about 7,000 characters: stored by no managed policy (6,144), read by the checker.
    const prefixes = Array.from({ length: 230 }, (_, i) => `arn:aws:s3:::acme-md/p${String(i).padStart(4, '0')}/*`);
    const identity = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: ['s3:ListBucket', 's3:GetBucketLocation'], Resource: 'arn:aws:s3:::acme-md' },
        { Effect: 'Allow', Action: ['s3:PutObject', 's3:GetObject'], Resource: ['arn:aws:s3:::acme-md/*', ...prefixes] },
      ],
    });
    assert.ok(size(identity) > 6_144 && size(identity) < 10_240, `identity size ${size(identity)}`);
    let got = await verdictOf(identity);
    assert.equal(got.verdict, 'invalid', got.text);
    assert.match(got.text, /6,144/, got.text);

    // A trust policy that lets Braze in, with a long list of external IDs: about 2,600.
    const ids = ['braze-ext-7f3a', ...Array.from({ length: 120 }, (_, i) => `other-ext-${String(i).padStart(4, '0')}`)];
    const trust = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{
        Effect: 'Allow',
        Principal: { AWS: 'arn:aws:iam::123456789012:root' },
        Action: 'sts:AssumeRole',
        Condition: { StringEquals: { 'sts:ExternalId': ids } },
      }],
    });
    assert.ok(size(trust) > 2_048 && size(trust) < 6_144, `trust size ${size(trust)}`);
    got = await verdictOf(trust);
    assert.equal(got.verdict, 'invalid', got.text);
    assert.match(got.text, /2,048/, got.text);
    assert.deepEqual(errors, []);
    await context.close();
  });

  for (const [name, script] of [
    ['never answers', () => {
      Object.defineProperty(navigator.clipboard, 'writeText', { value: () => new Promise(() => {}) });
    }],
    ['throws at once', () => {
      Object.defineProperty(navigator.clipboard, 'writeText', {
        value: () => { throw new DOMException('Clipboard blocked.', 'NotAllowedError'); },
      });
    }],
  ]) {
    test(`a clipboard that ${name}: every copy ends in the manual-copy hint, with no page error`, async () => {
      const { context, page, errors } = await openPage(suite.browser, { initScripts: [script] });
      await gotoWidget(page, `${suite.server.url}/?integration=currents&auth=secret-key&bucket=acme-md&lang=en`);
      const manual = plainSpaces(ftl('en', 'copy-manual'));

      // A snippet's copy button: the status says to press Ctrl+C, and the code is selected.
      const box = snippet(page, 'policy-currents');
      await box.locator('button.bsc-copy').click();
      const status = box.locator('[role="status"]');
      await status.filter({ hasText: /\S/ }).waitFor({ timeout: 5_000 });
      assert.equal(plainSpaces(await status.textContent()), manual);
      assert.equal(await page.evaluate(() => String(window.getSelection())),
        await box.locator('code').textContent(), 'the code is selected');

      // The checklist's two copies: the text is shown, selected, with the same hint.
      const actions = page.locator(`${ROOT_SELECTOR} .bsc-checklist-actions button`);
      const fallback = page.locator(`${ROOT_SELECTOR} .bsc-checklist .bsc-manual-copy`);
      for (const [index, expected] of [[0, /^## /], [1, /^https?:\/\//]]) {
        await actions.nth(index).click();
        await fallback.waitFor({ timeout: 5_000 });
        await page.waitForFunction(([root, pattern]) => new RegExp(pattern).test(
          document.querySelector(`${root} .bsc-manual-copy code`)?.textContent ?? ''), [ROOT_SELECTOR, expected.source]);
        assert.equal(plainSpaces(await fallback.locator('p').textContent()), manual);
        const selected = await page.evaluate(() => String(window.getSelection()));
        assert.match(selected, expected, 'the text to copy is selected');
      }
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
});
