//! The sections the first view does not use (the policy checker, the preflight, troubleshooting,
//! updating credentials, each infrastructure file) are built by a second wasm module from this
//! crate, `braze-s3-companion-sections` (`src/bin/sections.rs`), fetched when a section opens
//! or when the browser is idle (docs/decisions/0005). The widget renders each as a
//! `<details>` ([`section_details`]); opened, a [`host::LazySection`] mounts the section's own
//! Yew app in it and hands it, as text, only the inputs the section reads ([`Wire`]).

pub mod host;
pub mod loader;
pub mod sent;

use std::rc::Rc;

use yew::prelude::*;

use crate::app::l10n::Ui;
use crate::app::state::{Action, Pasted};
use crate::core::config::{Config, Integration};
use crate::core::iac::IacKind;
use crate::core::outputs::Output;
use crate::core::persist;
use crate::core::provider::VALUE_KEYS;
use crate::core::rules::Field;
use crate::core::text::Msg;
use crate::core::troubleshoot::Symptom;
use crate::i18n::Locale;
use crate::msg;

/// A section built by the second module.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    Preflight,
    Checker,
    Troubleshoot,
    UpdateCredentials,
    Iac(IacKind),
    /// Another provider's form, guide, preflight, checklist and tools, in place of Amazon
    /// S3's (docs/decisions/0010): an Amazon S3 reader never fetches it for them.
    Provider,
}

impl Section {
    pub const ALL: [Section; 8] = [
        Self::Preflight,
        Self::Checker,
        Self::Troubleshoot,
        Self::UpdateCredentials,
        Self::Iac(IacKind::CliScript),
        Self::Iac(IacKind::CloudFormation),
        Self::Iac(IacKind::Terraform),
        Self::Provider,
    ];

    /// Its `data-lazy` attribute, and its name between the two modules.
    pub fn key(self) -> &'static str {
        match self {
            Self::Preflight => "preflight",
            Self::Checker => "checker",
            Self::Troubleshoot => "troubleshoot",
            Self::UpdateCredentials => "update-credentials",
            Self::Iac(IacKind::CliScript) => "cli-script",
            Self::Iac(IacKind::CloudFormation) => "cloudformation",
            Self::Iac(IacKind::Terraform) => "terraform",
            Self::Provider => "provider",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.key() == key)
    }

    /// The outputs the section shows: the inputs it is handed are theirs.
    pub fn outputs(self) -> &'static [Output] {
        match self {
            Self::Preflight => &[Output::PreflightScript, Output::PreflightFindings],
            Self::Checker => &[Output::PolicyCheck],
            Self::Troubleshoot => &[Output::Troubleshooting],
            Self::UpdateCredentials => &[Output::UpdateCredentials],
            Self::Iac(IacKind::CliScript) => &[Output::Iac(IacKind::CliScript)],
            Self::Iac(IacKind::CloudFormation) => &[Output::Iac(IacKind::CloudFormation)],
            Self::Iac(IacKind::Terraform) => &[Output::Iac(IacKind::Terraform)],
            // The other providers' outputs are not in Amazon S3's table: it is handed the
            // whole configuration (see `Wire::new`).
            Self::Provider => &[],
        }
    }
}

/// What a section is handed: the inputs of its outputs, and its part of the widget's state.
#[derive(Clone, Debug, PartialEq)]
pub struct Wire {
    pub locale: Locale,
    pub instance: usize,
    /// The configuration with every input the section does not read at its default.
    pub config: Config,
    /// The pasted preflight report (preflight) or Braze's message (troubleshooting): equal only
    /// to the same paste, so that a render of the widget does not compare megabytes.
    pub text: Pasted,
    pub symptom: Option<Symptom>,
    /// The provider section's further inputs, as text ([`ProviderInputs`]); empty for others.
    pub extra: String,
}

impl Wire {
    /// The symptom's key, as it crosses to the sections' module (empty for none).
    pub fn symptom_key(&self) -> &'static str {
        self.symptom.map_or("", |s| s.key())
    }

    /// What `section` is handed of the widget's state.
    pub fn new(
        section: Section,
        locale: Locale,
        instance: usize,
        config: &Config,
        text: Pasted,
        symptom: Option<Symptom>,
    ) -> Self {
        Self {
            locale,
            instance,
            config: match section {
                Section::Provider => config.clone(),
                _ => Output::project_all(section.outputs(), config),
            },
            text,
            symptom,
            extra: String::new(),
        }
    }

    /// The configuration as the second module reads it: the text a visit saves.
    pub fn config_text(&self) -> String {
        persist::encode(&self.config, &Default::default())
    }
}

/// What a section asks of the widget's state, as `(kind, value)` text ("start over" is the
/// widget's own callback, not an action: see `host.rs`).
pub fn action(kind: &str, value: String) -> Option<Action> {
    Some(match kind {
        "preflight-report" => Action::SetPreflightReport(Rc::from(value)),
        "braze-error" => Action::SetBrazeError(Pasted::new(value)),
        "symptom" => Action::ChooseSymptom(Symptom::from_key(&value)),
        "integration" => Action::SetIntegration(Integration::from_key(&value)?),
        "azure-certificate" => Action::SetAzureCertificate(value == ON),
        "tick" => Action::ToggleTick(value),
        "provider-field" => {
            let (key, value) = value.split_once('=')?;
            let bucket = Field::Bucket.key();
            let key = std::iter::once(bucket)
                .chain(VALUE_KEYS)
                .find(|k| *k == key)?;
            Action::SetProviderField(key, value.to_owned())
        }
        _ => return None,
    })
}

/// The kind a section sends for "start over".
pub const START_OVER: &str = "start-over";

/// The text of an on/off value between the modules.
pub const ON: &str = "on";

/// The provider section's inputs beyond the configuration and the report: what the widget
/// alone knows (the case's ticked items, whether the page fixed the integration).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ProviderInputs {
    pub lock_integration: bool,
    pub ticked: Vec<String>,
}

impl ProviderInputs {
    /// One line each: `lock-integration` or nothing, then the ticked items' ids (which hold
    /// no line break).
    pub fn to_text(&self) -> String {
        let first = if self.lock_integration {
            LOCK_INTEGRATION
        } else {
            ""
        };
        std::iter::once(first)
            .chain(self.ticked.iter().map(String::as_str))
            .collect::<Vec<_>>()
            .join("\n")
    }

    pub fn from_text(text: &str) -> Self {
        let mut lines = text.lines();
        let lock_integration = lines.next() == Some(LOCK_INTEGRATION);
        Self {
            lock_integration,
            ticked: lines.filter(|l| !l.is_empty()).map(str::to_owned).collect(),
        }
    }
}

const LOCK_INTEGRATION: &str = "lock-integration";

/// A section of its own after the guide: its title as the `<details>` summary, its content
/// built (and its code fetched) once opened.
pub fn section_details(ui: &Ui, section: Section, wire: Wire, dispatch: &Callback<Action>) -> Html {
    let title = match section {
        Section::Preflight => msg!("preflight-heading"),
        Section::Checker => msg!("checker-heading"),
        _ => msg!("troubleshoot-heading"),
    };
    html! {
        <host::LazyDetails ui={ui.clone()} {section} {wire} dispatch={dispatch.clone()}
            class="bsc-lazy" summary={ui.l.t(&title)} />
    }
}

/// The loading and failure texts of a section, in the reader's language.
pub fn status_messages() -> (Msg, Msg, Msg) {
    (
        msg!("section-loading"),
        msg!("section-failed"),
        msg!("lang-retry"),
    )
}
