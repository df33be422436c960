// The README's screenshots of "who may do what" ([data-diagram]): the setup form's auth choice
// with the role method's picture, in English at a desktop width, and the same case in German
// on a 360 px phone.
//
//   node scripts/diagram-screenshot.mjs   (after trunk build --release)
import { join } from 'node:path';

import { gotoWidget, launch, openPage, ROOT, ROOT_SELECTOR, DIST } from '../tests/e2e/browser.mjs';
import { serve } from '../tests/e2e/server.mjs';

const CASE = { integration: 'currents', auth: 'role-arn', bucket: 'acme-braze-currents', account: '123456789012', 'external-id': 'braze-ext-5f2c9a' };
const SHOTS = [
  { lang: 'en', width: 760, out: 'diagram-role.png' },
  { lang: 'de', width: 360, out: 'diagram-role-de-360.png' },
];

const server = await serve(DIST);
const browser = await launch();
try {
  for (const { lang, width, out } of SHOTS) {
    const { context, page } = await openPage(browser, { contextOptions: { viewport: { width, height: 1200 }, deviceScaleFactor: 1 } });
    await gotoWidget(page, `${server.url}/?${new URLSearchParams({ ...CASE, lang })}`);
    // The auth choice and the picture under it.
    const auth = page.locator(`${ROOT_SELECTOR} [data-choice="auth"]`);
    const diagram = page.locator(`${ROOT_SELECTOR} .bsc-setup [data-diagram]`);
    const a = await auth.boundingBox();
    const d = await diagram.boundingBox();
    const path = join(ROOT, 'docs', 'images', out);
    await page.screenshot({ path, fullPage: true, clip: { x: Math.min(a.x, d.x) - 8, y: a.y - 8, width: Math.max(a.width, d.width) + 16, height: d.y + d.height - a.y + 16 } });
    console.log(`wrote ${path}`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
