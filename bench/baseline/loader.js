// Loads the baseline the way ../../loader.js loads the widget: a module file of its own.
import init from './bench-baseline.js';

init().catch((error) => {
  console.error('bench-baseline failed to load', error);
});
