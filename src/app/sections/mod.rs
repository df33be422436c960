//! The sections' side of the split (docs/decisions/0005): each section a small Yew app of its
//! own, mounted into the host the widget gives it and fed, as text, the inputs it reads.
//! `src/bin/sections.rs` exports [`mount`], [`update`] and [`unmount`] as the second wasm
//! module; [`Local`] calls them in this module, for the browser tests.

mod provider;

use std::cell::RefCell;
use std::rc::Rc;

use web_sys::Element;
use yew::prelude::*;

use super::browser::{crash, links};
use super::components::checker_view::CheckerView;
use super::components::preflight_view::PreflightView;
use super::components::snippet_view::SnippetView;
use super::components::troubleshoot_view::troubleshoot_view;
use super::components::update_credentials_view::update_credentials_parts;
use super::l10n::Ui;
use super::lazy::loader::{self, Backend, Mounted};
use super::lazy::sent::Sent;
use super::lazy::{Section, Wire};
use super::state::{Action, Pasted, State};
use crate::core::config::Config;
use crate::core::rules::Report;
use crate::core::snippets::{self, SnippetId};
use crate::core::troubleshoot::Symptom;
use crate::core::{braze_error, checklist, guide, persist};
use crate::i18n::{localizer, Locale};

impl Sent<'_> {
    fn props(
        &self,
        section: Section,
        instance: usize,
        on_action: &Callback<(String, String)>,
    ) -> RootProps {
        let locale = Locale::from_tag(self.locale).unwrap_or_default();
        if !localizer::is_available(locale) && !self.locale_json.is_empty() {
            // A file that cannot be read leaves the section in English, like the widget.
            let _ = localizer::register(locale, self.locale_json);
        }
        let mut config = Config::default();
        if let Some(saved) = persist::decode(self.config) {
            persist::restore(saved, &mut config);
        }
        RootProps {
            section,
            wire: Wire {
                locale: if localizer::is_available(locale) {
                    locale
                } else {
                    Locale::default()
                },
                instance,
                config,
                text: Pasted::new(self.text.to_owned()),
                symptom: Symptom::from_key(self.symptom),
                extra: self.extra.to_owned(),
            },
            on_action: on_action.clone(),
        }
    }
}

struct Entry {
    handle: u32,
    section: Section,
    instance: usize,
    on_action: Callback<(String, String)>,
    app: yew::AppHandle<SectionRoot>,
    /// Its links followed inside the widget (`links::listen_in_section`), while mounted.
    _links: [gloo::events::EventListener; 3],
}

thread_local! {
    static MOUNTED: RefCell<(u32, Vec<Entry>)> = const { RefCell::new((0, Vec::new())) };
}

/// Renders `section` into `host`; returns its handle (0 for an unknown section).
pub fn mount(
    host: Element,
    section: &str,
    instance: usize,
    sent: &Sent,
    on_action: Rc<dyn Fn(String, String)>,
) -> u32 {
    let Some(section) = Section::from_key(section) else {
        return 0;
    };
    // A panic here is a crash of the widget, shown as one.
    yew::set_custom_panic_hook(Box::new(|info| {
        gloo::console::error!(format!("braze-s3-companion panicked: {info}"));
        crash::show_all();
    }));
    let on_action = Callback::from(move |(kind, value): (String, String)| on_action(kind, value));
    let props = sent.props(section, instance, &on_action);
    let links = links::listen_in_section(&host);
    let app = yew::Renderer::<SectionRoot>::with_root_and_props(host, props).render();
    MOUNTED.with(|m| {
        let (last, entries) = &mut *m.borrow_mut();
        *last += 1;
        entries.push(Entry {
            handle: *last,
            section,
            instance,
            on_action,
            app,
            _links: links,
        });
        *last
    })
}

/// Hands the section of `handle` new inputs.
pub fn update(handle: u32, sent: &Sent) {
    MOUNTED.with(|m| {
        if let Some(entry) = m.borrow_mut().1.iter_mut().find(|e| e.handle == handle) {
            let props = sent.props(entry.section, entry.instance, &entry.on_action);
            entry.app.update(props);
        }
    });
}

/// Removes the section of `handle`.
pub fn unmount(handle: u32) {
    let entry = MOUNTED.with(|m| {
        let entries = &mut m.borrow_mut().1;
        let index = entries.iter().position(|e| e.handle == handle)?;
        Some(entries.remove(index))
    });
    if let Some(entry) = entry {
        entry.app.destroy();
    }
}

#[derive(Properties, PartialEq)]
struct RootProps {
    section: Section,
    wire: Wire,
    on_action: Callback<(String, String)>,
}

/// One section, with the widget's state it was handed and the actions it sends back.
#[component]
fn SectionRoot(props: &RootProps) -> Html {
    let wire = &props.wire;
    let ui = use_memo((wire.locale, wire.instance), |(locale, instance)| {
        Ui::new(*locale, *instance)
    });
    // The paste this section's text area last gave, or the widget last handed it, and what it
    // was read as: read once per paste.
    let given = use_mut_ref(Given::default);
    let dispatch = {
        let send = props.on_action.clone();
        let given = given.clone();
        (*use_memo((), move |_| {
            Callback::from(move |action: Action| match action {
                Action::SetPreflightReport(text) => {
                    send.emit(("preflight-report".into(), text.to_string()))
                }
                // The message read here, where the reader of Braze's messages is: a symptom
                // it is recognised as is chosen with it.
                Action::SetBrazeError(text) => {
                    let symptom = given
                        .borrow_mut()
                        .take(text.clone(), true)
                        .and_then(|r| r.symptom);
                    send.emit(("braze-error".into(), text.as_str().to_owned()));
                    if let Some(symptom) = symptom {
                        send.emit(("symptom".into(), symptom.key().into()));
                    }
                }
                Action::ChooseSymptom(symptom) => {
                    send.emit(("symptom".into(), symptom.map_or("", |s| s.key()).into()))
                }
                _ => {}
            })
        }))
        .clone()
    };
    // What each section derives from its inputs, once per change of them.
    let derived = use_memo((props.section, wire.config.clone()), |(section, config)| {
        let report = Report::new(config);
        match section {
            Section::Troubleshoot => {
                Derived::Items(Rc::new(checklist::items(&guide::build(config, &report))))
            }
            Section::Iac(kind) => Derived::Body(snippets::build_iac(*kind, config, &report)),
            _ => Derived::Nothing,
        }
    });
    // The widget hands the paste back as a copy (text crosses between the modules): while it
    // is the text this section last had, that one is kept, so that the text area is not written
    // again nor the message read again (a `Pasted` is equal only to itself).
    let (text, reading) = {
        let mut given = given.borrow_mut();
        if given.text.as_str() != wire.text.as_str() {
            given.take(wire.text.clone(), props.section == Section::Troubleshoot);
        }
        (given.text.clone(), given.reading.clone())
    };
    let config = &wire.config;
    match (props.section, &*derived) {
        (Section::Provider, _) => html! {
            <provider::ProviderSection ui={(*ui).clone()} wire={wire.clone()}
                on_action={props.on_action.clone()} />
        },
        (Section::Preflight, _) => html! {
            <PreflightView ui={(*ui).clone()} config={config.clone()}
                text={text.shared()} {dispatch} />
        },
        (Section::Checker, _) => {
            html! { <CheckerView ui={(*ui).clone()} config={config.clone()} /> }
        }
        (Section::Troubleshoot, Derived::Items(items)) => {
            let mut state = State::new(config.clone(), Config::default(), wire.locale);
            state.symptom = wire.symptom;
            state.braze_error = text;
            troubleshoot_view(&ui, items, &state, reading.as_ref().as_ref(), &dispatch)
        }
        (Section::UpdateCredentials, _) => update_credentials_parts(&ui, config),
        (Section::Iac(kind), Derived::Body(body)) => html! {
            <SnippetView ui={(*ui).clone()} id={SnippetId::Iac(kind)} body={body.clone()} />
        },
        _ => html! {},
    }
}

/// A section's paste and what it was read as (`None`: nothing pasted).
#[derive(Default)]
struct Given {
    text: Pasted,
    reading: Rc<Option<braze_error::Reading>>,
}

impl Given {
    /// Keeps `text`, read as Braze's message if `read` (only its start is read: cheap), and
    /// returns its reading.
    fn take(&mut self, text: Pasted, read: bool) -> Option<braze_error::Reading> {
        let reading =
            (read && !text.as_str().trim().is_empty()).then(|| braze_error::read(text.as_str()));
        self.reading = Rc::new(reading.clone());
        self.text = text;
        reading
    }
}

#[derive(PartialEq)]
enum Derived {
    Items(Rc<Vec<checklist::Item>>),
    Body(snippets::SnippetBody),
    Nothing,
}

/// The sections rendered in this module, through the same text the other module reads.
pub struct Local;

/// Makes the widget render its sections in this module (the browser tests).
pub fn use_local() {
    loader::use_backend(Rc::new(Local));
}

struct LocalMounted(u32);

/// `wire` as the other module receives it: through the same JS value (English is built in
/// here: no language file), handed to `f`.
fn with_sent<R>(wire: &Wire, f: impl FnOnce(&Sent) -> R) -> R {
    Sent::read_js(&Sent::with_wire(wire, "", |sent| sent.to_js()), f)
}

impl Backend for Local {
    fn mount(
        &self,
        host: &Element,
        section: Section,
        wire: &Wire,
        on_action: Rc<dyn Fn(String, String)>,
    ) -> Box<dyn Mounted> {
        let handle = with_sent(wire, |sent| {
            mount(host.clone(), section.key(), wire.instance, sent, on_action)
        });
        Box::new(LocalMounted(handle))
    }
}

impl Mounted for LocalMounted {
    fn update(&self, wire: &Wire) {
        with_sent(wire, |sent| update(self.0, sent));
    }
}

impl Drop for LocalMounted {
    fn drop(&mut self) {
        unmount(self.0);
    }
}
