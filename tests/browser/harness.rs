//! Mounting one widget per test, driving it like a reader does (typing, radios, the language
//! menu) and reading back what the reader sees.

use std::sync::atomic::{AtomicUsize, Ordering};

use std::time::Duration;

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement, HtmlSelectElement, Node};
use yew::platform::time::sleep;

/// Instance indexes for `mount`, so element ids never clash between tests.
static NEXT_INDEX: AtomicUsize = AtomicUsize::new(100);

/// Lets Yew's scheduler (started from a microtask, yielding through `setTimeout(0)`) run.
pub async fn settle() {
    for _ in 0..3 {
        sleep(Duration::ZERO).await;
    }
}

/// Polls `condition` until it holds, failing the test after about ten seconds.
pub async fn wait_until(what: &str, mut condition: impl FnMut() -> bool) {
    for _ in 0..1000 {
        if condition() {
            return;
        }
        sleep(Duration::from_millis(10)).await;
    }
    panic!("timed out waiting for: {what}");
}

/// A widget mounted in its own `<div data-braze-s3-companion>` at the end of `<body>`.
pub struct Mounted {
    host: Element,
}

impl Mounted {
    /// Mounts a French widget with extra `data-*` presets (`("data-bucket", "x")`, …) and
    /// waits for its first render.
    pub async fn fr(presets: &[(&str, &str)]) -> Self {
        let document = gloo::utils::document();
        let host = document.create_element("div").expect("create div");
        host.set_attribute("data-braze-s3-companion", "")
            .expect("set attribute");
        host.set_attribute("data-lang", "fr")
            .expect("set attribute");
        for (name, value) in presets {
            host.set_attribute(name, value).expect("set preset");
        }
        gloo::utils::body()
            .append_child(&host)
            .expect("append to body");
        // The sections (checker, preflight, troubleshooting…) rendered in this module, through
        // the same text the shipped widget hands the second module (docs/decisions/0005).
        braze_s3_companion::app::sections::use_local();
        let index = NEXT_INDEX.fetch_add(1, Ordering::Relaxed);
        braze_s3_companion::app::mount(host.clone(), index, false);
        let mounted = Self { host };
        let probe = mounted.host.clone();
        wait_until("the widget's first render", || {
            probe
                .query_selector(".bsc [data-step]")
                .ok()
                .flatten()
                .is_some()
        })
        .await;
        settle().await;
        mounted
    }

    /// Opens the folded section `key` (`details[data-lazy]`) as a reader does, and waits
    /// until it is built.
    pub async fn open(&self, key: &str) {
        let details = self.one(&format!("details[data-lazy=\"{key}\"]"));
        details.set_attribute("open", "").expect("open");
        let host = self.host.clone();
        let built = format!("details[data-lazy=\"{key}\"] .bsc-lazy-host > *");
        wait_until(&format!("section {key} built"), || {
            host.query_selector(&built).ok().flatten().is_some()
        })
        .await;
        settle().await;
    }

    /// Opens every folded section of the widget.
    pub async fn open_all(&self) {
        let keys: Vec<String> = self
            .all("details[data-lazy]")
            .iter()
            .filter_map(|d| d.get_attribute("data-lazy"))
            .collect();
        for key in keys {
            self.open(&key).await;
        }
    }

    /// Removes the widget's element from the page.
    pub fn remove(self) {
        self.host.remove();
    }

    pub fn host(&self) -> &Element {
        &self.host
    }

    /// The widget's root element, `.bsc`.
    pub fn root(&self) -> Element {
        self.one(".bsc")
    }

    pub fn find(&self, selector: &str) -> Option<Element> {
        self.host
            .query_selector(selector)
            .unwrap_or_else(|_| panic!("bad selector {selector}"))
    }

    pub fn one(&self, selector: &str) -> Element {
        self.find(selector)
            .unwrap_or_else(|| panic!("no element matches {selector}"))
    }

    pub fn all(&self, selector: &str) -> Vec<Element> {
        let list = self
            .host
            .query_selector_all(selector)
            .unwrap_or_else(|_| panic!("bad selector {selector}"));
        (0..list.length())
            .filter_map(|i| list.item(i))
            .filter_map(|node| node.dyn_into::<Element>().ok())
            .collect()
    }

    /// The text input whose `name` (its URL key) is `name`.
    pub fn input(&self, name: &str) -> HtmlInputElement {
        self.one(&format!("input[type=text][name=\"{name}\"]"))
            .dyn_into()
            .expect("an input element")
    }

    pub fn has_input(&self, name: &str) -> bool {
        self.find(&format!("input[name=\"{name}\"]")).is_some()
    }

    /// Types `value` into the field `name`: sets its value and fires a bubbling `input`.
    pub async fn type_text(&self, name: &str, value: &str) {
        let input = self.input(name);
        input.set_value(value);
        fire(&input, "input");
        settle().await;
        let probe = self.input(name);
        wait_until(&format!("field {name} to hold {value:?}"), || {
            probe.value() == value
        })
        .await;
    }

    /// Picks the radio `value` of the group `name` and fires `change`, as a click would.
    pub async fn choose(&self, name: &str, value: &str) {
        let radio: HtmlInputElement = self
            .one(&format!(
                "input[type=radio][name=\"{name}\"][value=\"{value}\"]"
            ))
            .dyn_into()
            .expect("a radio input");
        radio.set_checked(true);
        fire(&radio, "change");
        settle().await;
    }

    /// The value of the checked radio of group `name`.
    pub fn chosen(&self, name: &str) -> Option<String> {
        self.all(&format!("input[type=radio][name=\"{name}\"]"))
            .into_iter()
            .map(|e| e.unchecked_into::<HtmlInputElement>())
            .find(|radio| radio.checked())
            .map(|radio| radio.value())
    }

    /// Picks a language in the `select[name=lang]` menu.
    pub async fn select_lang(&self, tag: &str) {
        let select: HtmlSelectElement = self
            .one("select[name=lang]")
            .dyn_into()
            .expect("a select element");
        select.set_value(tag);
        fire(&select, "change");
        settle().await;
        let root = self.host.clone();
        wait_until(&format!("the widget to speak {tag}"), || {
            root.query_selector(".bsc")
                .ok()
                .flatten()
                .and_then(|r| r.get_attribute("lang"))
                .as_deref()
                == Some(tag)
        })
        .await;
    }

    /// The `data-step` ids of the guide, in page order.
    pub fn step_ids(&self) -> Vec<String> {
        self.all("[data-step]")
            .iter()
            .filter_map(|e| e.get_attribute("data-step"))
            .collect()
    }

    /// The `data-snippet` ids, in page order.
    pub fn snippet_ids(&self) -> Vec<String> {
        self.all("[data-snippet]")
            .iter()
            .filter_map(|e| e.get_attribute("data-snippet"))
            .collect()
    }

    pub fn snippet(&self, id: &str) -> Element {
        self.one(&format!("[data-snippet=\"{id}\"]"))
    }

    /// The text of the snippet's `<code>` (what its copy button copies), if it has one.
    pub fn snippet_code(&self, id: &str) -> Option<String> {
        self.snippet(id)
            .query_selector("code")
            .ok()
            .flatten()
            .and_then(|code| code.text_content())
    }

    /// Waits until the snippet offers a `<code>` and returns its text.
    pub async fn ready_code(&self, id: &str) -> String {
        let host = self.host.clone();
        let selector = format!("[data-snippet=\"{id}\"] code");
        wait_until(&format!("snippet {id} to be ready"), || {
            host.query_selector(&selector).ok().flatten().is_some()
        })
        .await;
        self.snippet_code(id).unwrap_or_default()
    }

    /// The field wrapper (`[data-field]`) of the input `name`.
    pub fn field(&self, name: &str) -> Element {
        self.one(&format!("[data-field=\"{name}\"]"))
    }

    /// The `data-rule` ids of the messages shown next to field `name`, with their
    /// severity class (`bsc-error` / `bsc-warning`) and normalized text.
    pub fn messages(&self, name: &str) -> Vec<Message> {
        self.field(name)
            .query_selector_all(".bsc-messages li")
            .map(|list| {
                (0..list.length())
                    .filter_map(|i| list.item(i))
                    .filter_map(|n| n.dyn_into::<Element>().ok())
                    .map(|li| Message {
                        rule: li.get_attribute("data-rule").unwrap_or_default(),
                        class: li.class_name(),
                        text: normalize_space(&li.text_content().unwrap_or_default()),
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Every text node of the widget, with whether it sits inside a snippet's code.
    pub fn text_nodes(&self) -> Vec<(String, bool)> {
        let mut out = Vec::new();
        collect_text(self.host.as_ref(), false, &mut out);
        out
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        // Also when a test fails half-way: the next tests never see this one's element.
        self.host.remove();
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Message {
    pub rule: String,
    pub class: String,
    pub text: String,
}

/// Fires a bubbling, non-cancelable event of type `kind` at `target`.
pub fn fire(target: &web_sys::EventTarget, kind: &str) {
    let event = gloo::utils::document()
        .create_event("Event")
        .expect("create event");
    event.init_event_with_bubbles_and_cancelable(kind, true, false);
    target.dispatch_event(&event).expect("dispatch event");
}

fn collect_text(node: &Node, in_code: bool, out: &mut Vec<(String, bool)>) {
    if node.node_type() == Node::TEXT_NODE {
        out.push((node.text_content().unwrap_or_default(), in_code));
        return;
    }
    let in_code = in_code
        || node
            .dyn_ref::<Element>()
            .is_some_and(|e| e.class_list().contains("bsc-code"));
    let children = node.child_nodes();
    for i in 0..children.length() {
        if let Some(child) = children.item(i) {
            collect_text(&child, in_code, out);
        }
    }
}

/// French typography puts no-break spaces before `:` and friends; compare text without them.
pub fn normalize_space(text: &str) -> String {
    text.replace(['\u{00A0}', '\u{202F}'], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}
