// Loads the widget. A module file of its own (not inline) so that pages with a strict
// Content-Security-Policy (script-src 'self' 'wasm-unsafe-eval') can run it.
import init from './braze-s3-companion.js';

init().catch((error) => {
  console.error('braze-s3-companion failed to load', error);
});
