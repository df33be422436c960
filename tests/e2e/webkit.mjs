// Drives Safari's engine as Debian ships it: WebKitGTK's MiniBrowser under WebKitWebDriver
// (package webkit2gtk-driver), in a virtual X display (xvfb-run), over plain W3C WebDriver
// with selenium-webdriver (it only speaks HTTP to the driver: it downloads no browser).
// Same URLs and selectors as the Chromium suite (browser.mjs).
//
// WebDriver classic has no init scripts and no console events, which the Chromium and
// Firefox helpers use. So each page gets its own server whose host page is dist/index.html
// with one more same-origin <script> at the top of <head>: it runs in every document before
// the widget's loader (as an init script does, and allowed by the strict CSP's
// `script-src 'self'`), records console errors, uncaught exceptions, failed loads and CSP
// violations, and runs the test's own init scripts.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { after, afterEach, before } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { Builder, By, Key } from 'selenium-webdriver';

import { assertReleaseDist, DIST, ROOT_SELECTOR } from './browser.mjs';
import { serve } from './server.mjs';

export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER || '/usr/bin/WebKitWebDriver';

/** MiniBrowser, WebKitGTK's test browser: in the library's folder, whatever the architecture. */
export function miniBrowserPath() {
  if (process.env.MINIBROWSER_PATH) return process.env.MINIBROWSER_PATH;
  const candidates = ['/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser'];
  try {
    for (const dir of readdirSync('/usr/lib')) candidates.push(`/usr/lib/${dir}/webkit2gtk-4.1/MiniBrowser`);
  } catch { /* no /usr/lib: the error below says what to install */ }
  return candidates.find((path) => existsSync(path)) ?? candidates[0];
}

/** A port no one listens on now (the driver takes it a moment later; a clash is retried). */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** The live processes of process group `pgid` (from /proc, Linux only): pid, command, arguments. */
function groupProcesses(pgid) {
  const found = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // "pid (comm) state ppid pgrp ...": comm may hold spaces, so split after its last ')'.
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(pgrp) !== pgid || state === 'Z') continue;
      const args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      found.push({ pid: Number(entry), comm, args });
    } catch { /* the process ended meanwhile */ }
  }
  return found;
}

function signal(pids, name) {
  for (const pid of pids) {
    try {
      process.kill(pid, name);
    } catch { /* already gone */ }
  }
}

/** Waits up to `ms` until group `pgid` has no live process; true when it has none. */
async function groupEnded(pgid, ms) {
  const deadline = Date.now() + ms;
  while (groupProcesses(pgid).length > 0) {
    if (Date.now() > deadline) return false;
    await sleep(100);
  }
  return true;
}

/**
 * Ends what `xvfb-run WebKitWebDriver` started, in group `pgid`. The driver is asked first:
 * xvfb-run then stops its Xvfb, which removes its lock file, and removes its own temporary
 * folder. Only what is still there after that (a wedged browser or driver) is terminated,
 * then killed, and xvfb-run's folder is then removed here.
 */
async function endDriverGroup(pgid) {
  const initial = groupProcesses(pgid);
  // Xvfb's `-auth /tmp/xvfb-run.XXXXXX/Xauthority` names xvfb-run's temporary folder.
  const authDirs = initial.flatMap(({ comm, args }) => (comm === 'Xvfb' ? args : []))
    .map((arg) => /^(\/tmp\/xvfb-run\.[A-Za-z0-9]+)\/Xauthority$/.exec(arg)?.[1]).filter(Boolean);
  signal(initial.filter(({ comm }) => comm === 'WebKitWebDriver').map(({ pid }) => pid), 'SIGTERM');
  if (await groupEnded(pgid, 10_000)) return;
  signal(groupProcesses(pgid).map(({ pid }) => pid), 'SIGTERM');
  if (!(await groupEnded(pgid, 3_000))) signal(groupProcesses(pgid).map(({ pid }) => pid), 'SIGKILL');
  for (const dir of authDirs) rmSync(dir, { recursive: true, force: true });
}

/**
 * Starts `xvfb-run -a WebKitWebDriver --port=N` in a process group of its own, and waits
 * until the driver answers. `stop()` ends that group (endDriverGroup). An interrupted test
 * process (Ctrl+C, a timeout's SIGTERM) stops it too; one that exits without stopping it
 * (a crash) at least terminates the driver, after which xvfb-run cleans up on its own.
 */
export async function startWebKitDriver({ attempts = 3 } = {}) {
  for (const need of ['/usr/bin/xvfb-run', '/usr/bin/xauth', WEBKIT_DRIVER, miniBrowserPath()]) {
    if (!existsSync(need)) {
      throw new Error(`${need} is missing: run scripts/setup.sh (apt-get install webkit2gtk-driver xvfb xauth)`);
    }
  }
  let lastError;
  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    const port = await freePort();
    const child = spawn('/usr/bin/xvfb-run', ['-a', WEBKIT_DRIVER, `--port=${port}`], {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    const keep = (chunk) => { log = (log + chunk).slice(-8_000); };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let running = true;
    child.once('exit', () => { running = false; });

    const pgid = child.pid;
    const onExit = () => signal(groupProcesses(pgid).filter(({ comm }) => comm === 'WebKitWebDriver')
      .map(({ pid }) => pid), 'SIGTERM');
    const onSignal = async (name) => {
      await stop();
      process.exit(128 + (name === 'SIGINT' ? 2 : 15));
    };
    let stopping = null;
    const stop = () => {
      stopping ??= (async () => {
        process.off('exit', onExit);
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        await endDriverGroup(pgid);
      })();
      return stopping;
    };
    process.once('exit', onExit);
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);

    const url = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 20_000;
    while (running && Date.now() < deadline) {
      try {
        const status = await (await fetch(`${url}/status`)).json();
        if (status?.value?.ready !== undefined) return { url, stop, log: () => log, pgid };
      } catch { /* not listening yet */ }
      await sleep(100);
    }
    await stop();
    lastError = new Error(`WebKitWebDriver did not start on port ${port} (attempt ${attempt}):\n${log}`);
  }
  throw lastError;
}

/** W3C capabilities that make WebKitWebDriver launch MiniBrowser for automation. */
export function webkitCapabilities() {
  return {
    browserName: 'MiniBrowser',
    'webkitgtk:browserOptions': { binary: miniBrowserPath(), args: ['--automation'] },
  };
}

/**
 * Starts the WebDriver server before the enclosing suite's tests, and stops it after them
 * (after a failure too). `suite.open(options)` opens a page (openWebKitPage); each test's
 * pages are closed after it, whether it passed or not.
 */
export function webkitSuite() {
  const pages = [];
  const suite = {
    async open(options) {
      const page = await openWebKitPage(suite, options);
      pages.push(page);
      return page;
    },
  };
  before(async () => {
    assertReleaseDist();
    suite.driverServer = await startWebKitDriver();
  });
  afterEach(async () => {
    for (const page of pages.splice(0)) await page.close();
  });
  after(async () => {
    for (const page of pages.splice(0)) await page.close().catch(() => {});
    await suite.driverServer?.stop();
  });
  return suite;
}

/** `promise`, or an error naming `what` after `ms` (a wedged browser must not hang the run). */
async function within(ms, what, promise) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took over ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Records, in every document, what the other engines' helpers get from their page events:
 * console errors, uncaught exceptions and rejections, failed loads of the page's own
 * resources, and CSP violations. Read back with `window.__e2eErrors`.
 */
const RECORD_ERRORS = () => {
  const errors = [];
  window.__e2eErrors = errors;
  const text = (value) => (value instanceof Error ? `${value.name}: ${value.message}` : String(value));
  const consoleError = console.error.bind(console);
  console.error = (...args) => {
    errors.push(`console.error: ${args.map(text).join(' ')}`);
    consoleError(...args);
  };
  window.addEventListener('error', (event) => {
    const target = event.target;
    if (target && target !== window && (target.src || target.href)) {
      errors.push(`failed to load ${target.src || target.href}`);
    } else {
      errors.push(`pageerror: ${event.message}`);
    }
  }, true);
  window.addEventListener('unhandledrejection', (event) => errors.push(`pageerror: ${text(event.reason)}`));
  document.addEventListener('securitypolicyviolation', (event) => {
    errors.push(`CSP: ${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`);
  }, true);
};

const INIT_PATH = '/__e2e-init.js';

/** dist/index.html with the init script first in <head>. */
function hostPage() {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const charset = /<meta charset=["']?utf-8["']?>/i.exec(html);
  if (!charset) throw new Error('dist/index.html has no <meta charset=utf-8> to put the init script after');
  const at = charset.index + charset[0].length;
  return `${html.slice(0, at)}<script src="${INIT_PATH}"></script>${html.slice(at)}`;
}

/**
 * A new MiniBrowser session (a new browser, its own storage) on a page server of its own
 * (served under `csp` if given) whose documents run `initScripts` before the page's own scripts.
 * Returns the page helpers below bound to it; `close()` quits the browser and the server.
 */
export async function openWebKitPage(suite, { csp = null, initScripts = [] } = {}) {
  const init = [RECORD_ERRORS, ...initScripts].map((script) => `(${script})();`).join('\n');
  const server = await serve(DIST, { csp, pages: { '/': hostPage() }, files: { [INIT_PATH]: init } });
  // Two tries: a MiniBrowser that now and then fails to reach the virtual display (seen once in
  // CI: "cannot open display", between two tests that started it fine) is the machine's
  // hiccup, not the widget's; a browser that cannot start at all still fails, twice.
  const errors = [];
  for (let attempt = 1; attempt <= 2; attempt += 1) {
    try {
      // MiniBrowser that cannot start (no GL driver, say) leaves the session request unanswered.
      const session = new Builder().usingServer(suite.driverServer.url).withCapabilities(webkitCapabilities()).build();
      session.catch(() => { /* answered after the timeout below: stop() ends that browser */ });
      const driver = await within(60_000, 'starting MiniBrowser', session);
      await driver.manage().setTimeouts({ script: 30_000, pageLoad: 60_000 });
      return new WebKitPage(driver, server);
    } catch (error) {
      errors.push(`attempt ${attempt}: ${error.message}`);
    }
  }
  await server.close();
  throw new Error(`MiniBrowser did not start: ${errors.join('\n')}\n${suite.driverServer.log()}`);
}

const fieldSelector = (name) => `${ROOT_SELECTOR} :is(input, textarea)[name="${name}"]`;

export const snippetSelector = (id) => `${ROOT_SELECTOR} [data-snippet="${id}"]`;

/** One MiniBrowser window on its own page server. */
export class WebKitPage {
  constructor(driver, server) {
    this.driver = driver;
    this.server = server;
    this.url = server.url;
    /** Errors recorded by documents already left (a reload, a navigation). */
    this.pastErrors = [];
  }

  /** Runs `fn(...args)` in the page and returns its (JSON-able) result. */
  evaluate(fn, ...args) {
    return this.driver.executeScript(`return (${fn}).apply(null, arguments);`, ...args);
  }

  /** Keeps the errors of the current document before it is left. */
  async keepErrors() {
    try {
      this.pastErrors.push(...(await this.evaluate(() => window.__e2eErrors ?? [])));
    } catch { /* no document yet */ }
  }

  /** Every error recorded so far, in every document this window showed. */
  async errors() {
    return [...this.pastErrors, ...(await this.evaluate(() => window.__e2eErrors ?? ['the init script did not run']))];
  }

  /** Opens `path` (on this page's server) and waits until the widget is interactive. */
  async gotoWidget(path) {
    await this.keepErrors();
    await this.driver.get(this.url + path);
    await this.waitForSelector(`${ROOT_SELECTOR} input[name="bucket"]`, 20_000);
  }

  /** Reloads as the reader does, and waits until the widget is interactive again. */
  async reload() {
    await this.keepErrors();
    await this.driver.navigate().refresh();
    await this.waitForSelector(`${ROOT_SELECTOR} input[name="bucket"]`, 20_000);
  }

  /** Waits until `fn(...args)` is true in the page (5 s unless told). */
  async until(fn, args = [], timeout = 5_000) {
    const started = Date.now();
    let lastError = null;
    for (;;) {
      try {
        if (await this.evaluate(fn, ...args)) return;
        lastError = null;
      } catch (error) {
        // WebKitWebDriver now and then answers a poll with "Could not parse script result"
        // (the page's answer got lost on its way back, seen once in a loaded machine's
        // run): a poll just asks again; the timeout still bounds it.
        if (!/Could not parse script result/.test(error.message)) throw error;
        lastError = error;
      }
      if (Date.now() - started > timeout) {
        throw new Error(`timed out after ${timeout} ms waiting for ${fn} (${JSON.stringify(args)})${lastError ? `: ${lastError.message}` : ''}`);
      }
      await sleep(50);
    }
  }

  waitForSelector(selector, timeout = 5_000) {
    return this.until((s) => document.querySelector(s) !== null, [selector], timeout);
  }

  /** `fn(element)` of the first element matching `selector`. */
  $eval(selector, fn) {
    return this.evaluate(`(selector) => {
      const element = document.querySelector(selector);
      if (!element) throw new Error('no element ' + selector);
      return (${fn})(element);
    }`, selector);
  }

  /** `fn(elements)` of every element matching `selector`. */
  $$eval(selector, fn) {
    return this.evaluate(`(selector) => (${fn})([...document.querySelectorAll(selector)])`, selector);
  }

  /** A real click (WebDriver's element click: scrolled into view, hit-tested). */
  async click(selector) {
    await (await this.driver.findElement(By.css(selector))).click();
  }

  /** The current value of the widget's text field `name`. */
  fieldValue(name) {
    return this.$eval(fieldSelector(name), (input) => input.value);
  }

  /** Replaces a text field's value by real keystrokes, as a reader does: select all, then type. */
  async retype(name, text) {
    const input = await this.driver.findElement(By.css(fieldSelector(name)));
    await input.click();
    await this.driver.actions().keyDown(Key.CONTROL).sendKeys('a').keyUp(Key.CONTROL).perform();
    if (text === '') await this.driver.actions().sendKeys(Key.BACK_SPACE).perform();
    else await this.driver.actions().sendKeys(text).perform();
  }

  /** Presses a key chord (e.g. Key.CONTROL, 'v') in the focused element. */
  async chord(...keys) {
    const actions = this.driver.actions();
    for (const key of keys) actions.keyDown(key);
    for (const key of [...keys].reverse()) actions.keyUp(key);
    await actions.perform();
  }

  /** The `<code>` text of snippet `id` (what its copy button copies), or null when it has none. */
  snippetCode(id) {
    return this.evaluate((selector) => document.querySelector(`${selector} code`)?.textContent ?? null, snippetSelector(id));
  }

  /** The ids of the snippets shown, in page order. */
  snippetIds(prefix = '') {
    const selector = prefix ? `[data-snippet^="${prefix}"]` : '[data-snippet]';
    return this.$$eval(`${ROOT_SELECTOR} ${selector}`, (nodes) => nodes.map((n) => n.dataset.snippet));
  }

  /** The URL query as an object. */
  params() {
    return this.evaluate(() => Object.fromEntries(new URLSearchParams(location.search)));
  }

  /** Quits MiniBrowser and stops this page's server. */
  async close() {
    try {
      // A wedged MiniBrowser is ended with the driver's process group (stop()) instead.
      await within(15_000, 'quitting MiniBrowser', this.driver.quit());
    } finally {
      await this.server.close();
    }
  }
}
