// Loads the echo the way ../../loader.js loads the widget: a module file of its own.
import init from './bench-echo.js';

init().catch((error) => {
  console.error('bench-echo failed to load', error);
});
