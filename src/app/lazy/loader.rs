//! Fetches the sections' module, `braze-s3-companion-sections.js` and its wasm, from beside the
//! bundle (any folder a docs site copies `dist/` to; same origin, so a strict CSP allows the
//! import and `'wasm-unsafe-eval'` its compilation), once per page; a failed fetch is tried
//! again at the next ask, under a new address (a browser remembers a failed import).

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::Element;

use super::sent::Sent;
use super::{Section, Wire};
use crate::app::browser::locale_loader;

// Every promise here settles with a module namespace, a Response, an ArrayBuffer or a
// WebAssembly.Module, never with a plain object: on a host page that defines
// Object.prototype.then, awaiting one (as wasm-bindgen's own `init` does) hands it to the host's
// `then`, which may never settle or, returning the object itself, loop forever (loader.js gives
// those three prototypes their own `then` on such a page, and starts the first module the same
// way).
#[wasm_bindgen(inline_js = "let loading = null; let failures = 0;
function compile(response, url) {
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  if (typeof WebAssembly.compileStreaming === 'function'
    && response.headers.get('Content-Type') === 'application/wasm') {
    return WebAssembly.compileStreaming(response);
  }
  return response.arrayBuffer().then((bytes) => WebAssembly.compile(bytes));
}
export function bsc_sections(url, wasm) {
  if (!loading) {
    const retry = failures ? `?retry=${failures}` : '';
    loading = import(url + retry)
      .then((m) => fetch(wasm + retry)
        .then((response) => compile(response, wasm))
        .then((module) => { m.initSync({ module }); return m; }))
      .catch((e) => { loading = null; failures += 1; throw e; });
  }
  return loading;
}
export function bsc_when_idle(f) {
  if (self.requestIdleCallback) requestIdleCallback(() => f(), { timeout: 4000 });
  else setTimeout(() => f(), 500);
}")]
extern "C" {
    /// The module, imported and initialised with its wasm (one promise for every widget of the
    /// page).
    fn bsc_sections(url: &str, wasm: &str) -> js_sys::Promise;
    /// Calls `f` once the browser is idle.
    fn bsc_when_idle(f: &js_sys::Function);

    /// The sections module's exports (`src/bin/sections.rs`).
    #[derive(Clone)]
    type SectionsModule;
    #[wasm_bindgen(method, js_name = mount_section)]
    fn mount_section(
        this: &SectionsModule,
        host: &Element,
        section: &str,
        instance: u32,
        sent: &JsValue,
        on_action: &js_sys::Function,
    ) -> u32;
    #[wasm_bindgen(method, js_name = update_section)]
    fn update_section(this: &SectionsModule, handle: u32, sent: &JsValue);
    #[wasm_bindgen(method, js_name = unmount_section)]
    fn unmount_section(this: &SectionsModule, handle: u32);
}

/// What the widget asks of the sections, with the module loaded.
pub trait Backend {
    /// Renders `section` into `host`; `on_action(kind, value)` is how it changes the widget's
    /// state (see [`super::action`]).
    fn mount(
        &self,
        host: &Element,
        section: Section,
        wire: &Wire,
        on_action: Rc<dyn Fn(String, String)>,
    ) -> Box<dyn Mounted>;
}

/// A mounted section: updated with new inputs, removed when dropped.
pub trait Mounted {
    fn update(&self, wire: &Wire);
}

thread_local! {
    static BACKEND: RefCell<Option<Rc<dyn Backend>>> = const { RefCell::new(None) };
}

/// Renders the sections in this module instead of fetching the other one: for the browser
/// tests, which run the crate as one module (`app::sections::Local`).
pub fn use_backend(backend: Rc<dyn Backend>) {
    BACKEND.with(|b| *b.borrow_mut() = Some(backend));
}

/// The sections, once their module is here; `None` if it could not be fetched or started.
pub async fn load() -> Option<Rc<dyn Backend>> {
    if let Some(backend) = BACKEND.with(|b| b.borrow().clone()) {
        return Some(backend);
    }
    let base = locale_loader::asset_base();
    let url = format!("{base}braze-s3-companion-sections.js");
    let wasm = format!("{base}braze-s3-companion-sections_bg.wasm");
    match JsFuture::from(bsc_sections(&url, &wasm)).await {
        Ok(module) => {
            let backend: Rc<dyn Backend> = Rc::new(Remote(module.unchecked_into()));
            BACKEND.with(|b| *b.borrow_mut() = Some(backend.clone()));
            Some(backend)
        }
        Err(error) => {
            gloo::console::warn!(
                "braze-s3-companion: the sections could not be loaded",
                error
            );
            None
        }
    }
}

/// Fetches the sections once the browser is idle, so that opening one finds them here.
pub fn prefetch_when_idle() {
    let start =
        Closure::once_into_js(|| wasm_bindgen_futures::spawn_local(async { drop(load().await) }));
    bsc_when_idle(start.unchecked_ref());
}

/// The other module, through its exports.
struct Remote(SectionsModule);

struct RemoteMounted {
    module: SectionsModule,
    handle: u32,
    /// Kept alive while the section may call it.
    _on_action: Closure<dyn Fn(String, String)>,
}

/// `wire` as the other module is sent it, with the language file this module fetched.
fn sent(wire: &Wire) -> JsValue {
    let locale_json =
        locale_loader::fetched(wire.locale).map_or_else(String::new, |json| json.to_string());
    Sent::with_wire(wire, &locale_json, |sent| sent.to_js())
}

impl Backend for Remote {
    fn mount(
        &self,
        host: &Element,
        section: Section,
        wire: &Wire,
        on_action: Rc<dyn Fn(String, String)>,
    ) -> Box<dyn Mounted> {
        let on_action =
            Closure::<dyn Fn(String, String)>::new(move |kind, value| on_action(kind, value));
        let handle = self.0.mount_section(
            host,
            section.key(),
            wire.instance as u32,
            &sent(wire),
            on_action.as_ref().unchecked_ref(),
        );
        Box::new(RemoteMounted {
            module: self.0.clone(),
            handle,
            _on_action: on_action,
        })
    }
}

impl Mounted for RemoteMounted {
    fn update(&self, wire: &Wire) {
        self.module.update_section(self.handle, &sent(wire));
    }
}

impl Drop for RemoteMounted {
    fn drop(&mut self) {
        self.module.unmount_section(self.handle);
    }
}
