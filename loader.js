// Loads the widget. A module file of its own (not inline) so that pages with a strict
// Content-Security-Policy (script-src 'self' 'wasm-unsafe-eval') can run it.
//
// It also shows the crash box when the module dies where no Rust can run: a wasm trap
// (unreachable, out of bounds, out of memory) or a JavaScript exception thrown through the wasm
// bypasses the panic hook. Such an error surfaces here, where the page calls into the module:
// the start, or an event, timer or task the module registered (the window's error events).
// Every widget then shows the text the module left on its element beforehand.
//
// A host page may define `Object.prototype.then`. Every object then looks like a promise (a
// "thenable") wherever a promise settles with an object: `fetch` with its Response, WebAssembly
// with its module, an `await` of `{ instance, module }` in wasm-bindgen's `init`. The host's
// `then` is called instead and, if it never calls back, the widget never starts, without a
// word. So the module is fetched and compiled through promises that settle with a Response,
// an ArrayBuffer or a WebAssembly.Module only, whose own `then` is shadowed on such a page, and
// instantiated synchronously (`initSync`): no plain object is ever awaited.
import { initSync } from './braze-s3-companion.js';

const MODULE = new URL('./braze-s3-companion', import.meta.url).href;
const WASM = new URL('./braze-s3-companion_bg.wasm', import.meta.url);
// How long the module may take to start before the console hears of it. The widget still
// starts if it arrives later (a slow network): this only breaks the silence.
const START_PATIENCE_MS = 20_000;
let dead = false;
let started = false;

function fromModule(error) {
  if (error instanceof WebAssembly.RuntimeError) return true;
  const stack = error && typeof error.stack === 'string' ? error.stack : '';
  return stack.includes(MODULE);
}

// Draws the crash box on every widget whose module left its text (`force`: whatever the error,
// which the caller has logged).
function showCrash(error, force = false) {
  if (dead || !(force || fromModule(error))) return;
  dead = true;
  if (!force) console.error('braze-s3-companion stopped', error);
  for (const element of document.querySelectorAll('[data-braze-s3-companion]')) {
    const text = element.__bscCrashText;
    if (typeof text !== 'string') continue;
    const box = document.createElement('div');
    box.className = 'bsc bsc-crashed';
    box.setAttribute('role', 'alert');
    box.textContent = text;
    element.replaceChildren(box);
    element.removeAttribute('data-live');
  }
}

// On a page that defines `Object.prototype.then`, these objects are not thenables any more (an
// own `then` that is not a function): the promises the loader and the widget await settle.
function shadowHostThen() {
  if (!Object.getOwnPropertyDescriptor(Object.prototype, 'then')) return;
  for (const proto of [Response.prototype, ArrayBuffer.prototype, WebAssembly.Module.prototype]) {
    if (!Object.getOwnPropertyDescriptor(proto, 'then')) {
      Object.defineProperty(proto, 'then', { value: undefined, configurable: true, writable: true });
    }
  }
}

async function compile() {
  const response = await fetch(WASM);
  if (!response.ok) throw new Error(`${WASM.href} answered ${response.status}`);
  // Streaming compiles while the bytes arrive; it needs the wasm type (a server may send another).
  if (typeof WebAssembly.compileStreaming === 'function'
    && response.headers.get('Content-Type') === 'application/wasm') {
    return WebAssembly.compileStreaming(response);
  }
  return WebAssembly.compile(await response.arrayBuffer());
}

// A pre-rendered section (<details>) the reader opens or closes before the widget is live:
// marked, so that the live widget opens or closes the same one (src/app/takeover.js).
document.addEventListener('toggle', (event) => {
  const target = event.target;
  if (target instanceof HTMLDetailsElement && !target.closest('[data-live]')) target.__bscToggled = true;
}, true);

window.addEventListener('error', (event) => showCrash(event.error));
window.addEventListener('unhandledrejection', (event) => showCrash(event.reason));

shadowHostThen();
setTimeout(() => {
  if (!started && !dead) {
    console.error(`braze-s3-companion has not started after ${START_PATIENCE_MS / 1000} s (loading ${WASM.href})`);
  }
}, START_PATIENCE_MS);
compile()
  .then((module) => {
    initSync({ module });
    started = true;
  })
  .catch((error) => {
    if (fromModule(error)) {
      showCrash(error);
    } else {
      console.error('braze-s3-companion failed to load', error);
      showCrash(error, true);
    }
  });
