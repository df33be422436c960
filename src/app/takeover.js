// The live widget taking its pre-render's place (docs/decisions/0006-pre-render.md). Called by
// src/app/takeover.rs once the live widget is whole, rendered aside in `container`: takes down
// what the reader did in the pre-render `host` holds and where they were typing, puts the live
// widget in its place in one step (the same size: the page does not move), then gives it all
// back, each change as the reader's own event on the same control of the live form (so each
// view handles it as typing or a click, whatever keeps its state), and marks `data-live`.
// JavaScript rather than Rust: this is DOM work only, and costs the bundle a tenth as much.

const CONTROLS = 'input, textarea, select, details';

/** Which control: the same in both views (a field's name is its URL key). */
function kind(element) {
  const attribute = (name) => element.getAttribute(name) ?? '';
  if (element.localName === 'details') {
    return `details|${element.querySelector(':scope > summary')?.textContent ?? ''}`;
  }
  if (element.hasAttribute('data-item')) return `item|${attribute('data-item')}`;
  if (attribute('type') === 'radio') return `radio|${attribute('name')}|${attribute('value')}`;
  return `${element.localName}|${attribute('type')}|${attribute('name')}`;
}

/** Every control of `root` with its key: its kind and its rank among controls of that kind. */
function keyed(root) {
  const ranks = new Map();
  return [...root.querySelectorAll(CONTROLS)].map((element) => {
    const k = kind(element);
    const rank = ranks.get(k) ?? 0;
    ranks.set(k, rank + 1);
    return [`${k}#${rank}`, element];
  });
}

/** What the reader changed in `element`: not what the pre-render wrote. */
function change(element) {
  if (element instanceof HTMLInputElement) {
    if (element.type === 'radio') return element.checked && !element.defaultChecked ? { checked: true } : null;
    if (element.type === 'checkbox') {
      return element.checked !== element.defaultChecked ? { checked: element.checked } : null;
    }
    return element.value !== element.defaultValue ? { value: element.value } : null;
  }
  if (element instanceof HTMLTextAreaElement) {
    return element.value !== element.defaultValue ? { value: element.value } : null;
  }
  if (element instanceof HTMLSelectElement) {
    const written = element.querySelector('option[selected]')?.value;
    return written !== element.value ? { selected: element.value } : null;
  }
  // A <details> the reader opened or closed (loader.js marks it: its `open` attribute alone
  // cannot say who set it).
  return element.__bscToggled ? { open: element.open } : null;
}

function replay(element, done) {
  if ('checked' in done) {
    // A click, as the reader's: it sets the box and fires what the view listens to.
    if (element.checked !== done.checked) element.click();
  } else if ('value' in done) {
    element.value = done.value;
    element.dispatchEvent(new Event('input', { bubbles: true }));
  } else if ('selected' in done) {
    element.value = done.selected;
    element.dispatchEvent(new Event('change', { bubbles: true }));
  } else {
    element.open = done.open;
  }
}

export function takeOver(host, container) {
  const changes = [];
  let focus = null;
  if (host.querySelector(':scope > .bsc[lang]')) {
    for (const [key, element] of keyed(host)) {
      const done = change(element);
      if (done) changes.push([key, done]);
      if (element === document.activeElement) {
        // Only text fields have a caret (a check box's selectionStart is null).
        const { selectionStart: start, selectionEnd: end, selectionDirection: direction } = element;
        focus = { key, caret: typeof start === 'number' ? [start, end, direction] : null };
      }
    }
  }
  // Ticks first: an item belongs to the case the pre-render showed, which a replayed choice
  // of integration would change.
  changes.sort(([a], [b]) => Number(!a.startsWith('item|')) - Number(!b.startsWith('item|')));
  // One step, in one task: no frame shows both, or neither.
  host.replaceChildren(container);
  const live = new Map(keyed(host));
  for (const [key, done] of changes) {
    const element = live.get(key);
    if (element) replay(element, done);
  }
  const focused = focus && live.get(focus.key);
  if (focused) {
    focused.focus({ preventScroll: true });
    if (focus.caret && typeof focused.setSelectionRange === 'function') focused.setSelectionRange(...focus.caret);
  }
  host.setAttribute('data-live', '');
}
