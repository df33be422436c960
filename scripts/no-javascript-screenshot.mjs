// The README's screenshot of the demo page with JavaScript off: what a reader sees before the
// wasm arrives, or without it, is the pre-render (src/bin/prerender.rs): the French Currents
// widget's form and the first step of its guide, at a laptop's width.
//
//   node scripts/no-javascript-screenshot.mjs   (after trunk build --release)
import { join } from 'node:path';

import { launch, openPage, ROOT, DIST } from '../tests/e2e/browser.mjs';
import { serve } from '../tests/e2e/server.mjs';

const server = await serve(DIST);
const browser = await launch();
try {
  const { context, page } = await openPage(browser, {
    contextOptions: { javaScriptEnabled: false, viewport: { width: 760, height: 900 }, deviceScaleFactor: 1 },
  });
  await page.goto(`${server.url}/`);
  const path = join(ROOT, 'docs', 'images', 'no-javascript.png');
  // The page's top down to the guide's first step.
  const end = await page.locator('#s3-currents-fr [data-step="prerequisites"]').boundingBox();
  await page.screenshot({ path, fullPage: true, clip: { x: 0, y: 0, width: 760, height: end.y + end.height + 16 } });
  console.log(`wrote ${path}`);
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
