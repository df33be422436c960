// Loads the widget. A module file of its own (not inline) so that pages with a strict
// Content-Security-Policy (script-src 'self' 'wasm-unsafe-eval') can run it.
//
// It also shows the crash box when the module dies where no Rust can run: a wasm trap
// (unreachable, out of bounds, out of memory) or a JavaScript exception thrown through the wasm
// bypasses the panic hook. Such an error surfaces here, where the page calls into the module:
// the start (init), or an event, timer or task the module registered (the window's error
// events). Every widget then shows the text the module left on its element beforehand.
import init from './braze-s3-companion.js';

const MODULE = new URL('./braze-s3-companion', import.meta.url).href;
let dead = false;

function fromModule(error) {
  if (error instanceof WebAssembly.RuntimeError) return true;
  const stack = error && typeof error.stack === 'string' ? error.stack : '';
  return stack.includes(MODULE);
}

function showCrash(error) {
  if (dead || !fromModule(error)) return;
  dead = true;
  console.error('braze-s3-companion stopped', error);
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

// A pre-rendered section (<details>) the reader opens or closes before the widget is live:
// marked, so that the live widget opens or closes the same one (src/app/takeover.js).
document.addEventListener('toggle', (event) => {
  const target = event.target;
  if (target instanceof HTMLDetailsElement && !target.closest('[data-live]')) target.__bscToggled = true;
}, true);

window.addEventListener('error', (event) => showCrash(event.error));
window.addEventListener('unhandledrejection', (event) => showCrash(event.reason));

init().catch((error) => {
  if (fromModule(error)) showCrash(error);
  else console.error('braze-s3-companion failed to load', error);
});
