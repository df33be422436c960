//! All of a widget's state, and every change to it as a named action.

use std::rc::Rc;

use yew::Reducible;

use crate::core::checklist::{self, Ticks};
use crate::core::config::{AuthMethod, Config, Connector, Integration, MAX_CONNECTORS};
use crate::core::merge;
use crate::core::persist::{self, Saved};
use crate::core::provider::Provider;
use crate::core::rules::Field;
use crate::core::troubleshoot::Symptom;
use crate::i18n::Locale;

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub config: Config,
    /// The language the widget is rendered in: texts that are here, never one still on its way.
    pub locale: Locale,
    /// A language asked for but not rendered yet: being fetched, or failed to arrive.
    pub locale_request: Option<LocaleRequest>,
    /// The reader chose the language (or a link did): it goes into the URL.
    pub locale_pinned: bool,
    /// Fields the reader has edited; "required" is only shown for those.
    pub touched: Vec<Field>,
    /// Case key → ticked checklist items.
    pub ticks: Ticks,
    /// What "start over" returns to: the docs author's presets, without the reader's input.
    pub preset: Config,
    /// The symptom chosen in troubleshooting.
    pub symptom: Option<Symptom>,
    /// The message Braze showed, pasted in troubleshooting (kept in memory only).
    pub braze_error: Pasted,
    /// The report the preflight script printed, pasted by the reader (kept in memory only; an
    /// `Rc` because it may be large and the state is cloned at every action).
    pub preflight_report: Rc<str>,
    /// Whether the optional names section starts open: a link or a saved visit filled one of
    /// its fields. Fixed until "start over", so the reader alone opens and closes it after.
    pub names_open: bool,
}

impl State {
    pub fn new(config: Config, preset: Config, locale: Locale) -> Self {
        let names_open = Field::ALL
            .into_iter()
            .any(|f| f.is_optional() && !config.value(f).is_empty());
        Self {
            names_open,
            config,
            locale,
            locale_request: None,
            locale_pinned: false,
            touched: Vec::new(),
            ticks: Ticks::default(),
            preset,
            symptom: None,
            braze_error: Pasted::default(),
            preflight_report: Rc::from(""),
        }
    }

    /// The language the URL names: none unless the reader or a link chose one; a link's
    /// language stays named while it is on its way (the widget shows English meanwhile).
    pub fn url_locale(&self) -> Option<Locale> {
        let asked = self.locale_request.filter(|r| !r.chosen);
        self.locale_pinned
            .then(|| asked.map_or(self.locale, |r| r.locale))
    }

    /// Whether a checklist item of the current case is ticked.
    pub fn is_ticked(&self, item: &str) -> bool {
        self.ticks
            .is_ticked(&checklist::case_key(&self.config), item)
    }
}

/// A pasted text, shared rather than copied at every action (a paste may be megabytes), and
/// equal only to the same paste: `Rc<str>`'s `==` compares the whole text (std's pointer
/// shortcut is for sized types only), which for a 10 MB paste cost tens of milliseconds at
/// every action and every render that compared the state or the props holding it.
#[derive(Clone, Debug, Default)]
pub struct Pasted(Rc<str>);

impl Pasted {
    pub fn new(text: String) -> Self {
        Self(Rc::from(text))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The text, shared (for a text area's value: no copy).
    pub fn shared(&self) -> Rc<str> {
        Rc::clone(&self.0)
    }
}

impl From<Rc<str>> for Pasted {
    fn from(text: Rc<str>) -> Self {
        Self(text)
    }
}

/// Two empty texts are equal too: a section handed no text is handed a new empty one at each
/// render of the widget, which must not count as a change.
impl PartialEq for Pasted {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0) || (self.0.is_empty() && other.0.is_empty())
    }
}

/// A language on its way (see [`State::locale_request`]).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LocaleRequest {
    pub locale: Locale,
    pub failed: bool,
    /// The reader chose it (it then goes into the URL), rather than the page or a link.
    pub chosen: bool,
}

pub enum Action {
    SetProvider(Provider),
    /// Azure's method: the certificate service principal (else the connection string).
    SetAzureCertificate(bool),
    /// A provider's field, by key (a secret refused before: `app::sections::provider`).
    SetProviderField(&'static str, String),
    SetIntegration(Integration),
    SetAuth(AuthMethod),
    SetField(Field, String),
    SetSse(bool),
    /// Asks for a language; the widget fetches it if needed and then applies one of the two
    /// actions below.
    RequestLocale {
        locale: Locale,
        chosen: bool,
    },
    LocaleArrived(Locale),
    LocaleFailed(Locale),
    ToggleTick(String),
    ChooseSymptom(Option<Symptom>),
    /// A pasted Braze message (the section that reads it, once per paste, then chooses the
    /// symptom it is recognised as, with [`Action::ChooseSymptom`]).
    SetBrazeError(Pasted),
    /// A pasted preflight report.
    SetPreflightReport(Rc<str>),
    AddConnector,
    RemoveConnector(u32),
    SetConnectorName(u32, String),
    StartOver,
    /// Another tab of the page saved `theirs`; `base` is what this tab last saw in the storage
    /// (`None`: nothing). Takes, field by field and tick by tick, what only the other tab changed.
    MergeFromOtherTab {
        base: Option<Saved>,
        theirs: Saved,
    },
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::SetProvider(provider) => next.config.provider = provider,
            Action::SetAzureCertificate(on) => next.config.providers.azure_certificate = on,
            // A secret never gets here: the provider's form refuses it where it is typed
            // (`app::sections::provider`).
            Action::SetProviderField(key, value) => {
                if key == Field::Bucket.key() {
                    next.config.bucket = value;
                } else {
                    next.config.providers.set(key, value);
                }
            }
            Action::SetIntegration(integration) => next.config.integration = integration,
            Action::SetAuth(auth) => next.config.auth = auth,
            Action::SetField(field, value) => {
                if let Some(slot) = next.config.value_mut(field) {
                    *slot = value;
                }
                touch(&mut next.touched, field);
            }
            Action::SetSse(on) => next.config.sse = on,
            Action::RequestLocale { locale, chosen } => {
                next.locale_request = (locale != next.locale).then_some(LocaleRequest {
                    locale,
                    failed: false,
                    chosen,
                });
                next.locale_pinned |= chosen && locale == next.locale;
            }
            // Applied even after a failure was shown: a late file still switches the widget.
            Action::LocaleArrived(locale) => {
                if let Some(request) = next.locale_request.filter(|r| r.locale == locale) {
                    next.locale = locale;
                    next.locale_pinned |= request.chosen;
                    next.locale_request = None;
                }
            }
            Action::LocaleFailed(locale) => {
                if let Some(request) = next.locale_request.as_mut().filter(|r| r.locale == locale) {
                    request.failed = true;
                }
            }
            Action::ToggleTick(item) => {
                let case = checklist::case_key(&next.config);
                next.ticks.toggle(&case, &item);
            }
            Action::ChooseSymptom(symptom) => next.symptom = symptom,
            // Read where it is pasted (`app::sections`), which chooses the symptom it is
            // recognised as: the reader of Braze's messages is not in the widget's first module.
            Action::SetBrazeError(text) => next.braze_error = text,
            Action::SetPreflightReport(text) => next.preflight_report = text,
            Action::AddConnector => {
                if next.config.connectors.len() < MAX_CONNECTORS {
                    let id = next.config.next_connector_id();
                    next.config.connectors.push(Connector {
                        id,
                        ..Connector::default()
                    });
                }
            }
            Action::RemoveConnector(id) => next.config.connectors.retain(|c| c.id != id),
            Action::SetConnectorName(id, name) => {
                if let Some(c) = next.config.connectors.iter_mut().find(|c| c.id == id) {
                    c.name = name;
                }
            }
            Action::MergeFromOtherTab { base, theirs } => {
                let ours = persist::snapshot(&next.config, &next.ticks);
                let merged = merge::merge(base.as_ref(), &theirs, &ours);
                if merged != ours {
                    // Every value is in the save: rebuilt over the presets, as on a reload.
                    let mut config = next.preset.clone();
                    next.ticks = persist::restore(merged, &mut config);
                    next.config = config;
                }
            }
            Action::StartOver => {
                next = State {
                    locale: self.locale,
                    locale_request: self.locale_request,
                    locale_pinned: self.locale_pinned,
                    ..State::new(self.preset.clone(), self.preset.clone(), self.locale)
                };
            }
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

fn touch(touched: &mut Vec<Field>, field: Field) {
    if !touched.contains(&field) {
        touched.push(field);
    }
}
