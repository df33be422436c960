//! The sections the first view does not use (the policy checker, the preflight, troubleshooting,
//! updating credentials, each infrastructure file) are built by a second wasm module from this
//! crate, `braze-s3-companion-sections` (`src/bin/sections.rs`), fetched when a section opens
//! or when the browser is idle (docs/decisions/0005). The widget renders each as a
//! `<details>` ([`section_details`]); opened, a [`host::LazySection`] mounts the section's own
//! Yew app in it and hands it, as text, only the inputs the section reads ([`Wire`]).

pub mod host;
pub mod loader;

use std::rc::Rc;

use yew::prelude::*;

use crate::app::l10n::Ui;
use crate::app::state::{Action, Pasted};
use crate::core::config::Config;
use crate::core::iac::IacKind;
use crate::core::outputs::Output;
use crate::core::persist;
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
}

impl Section {
    pub const ALL: [Section; 7] = [
        Self::Preflight,
        Self::Checker,
        Self::Troubleshoot,
        Self::UpdateCredentials,
        Self::Iac(IacKind::CliScript),
        Self::Iac(IacKind::CloudFormation),
        Self::Iac(IacKind::Terraform),
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
}

impl Wire {
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
            config: Output::project_all(section.outputs(), config),
            text,
            symptom,
        }
    }

    /// The configuration as the second module reads it: the text a visit saves.
    pub fn config_text(&self) -> String {
        persist::encode(&self.config, &Default::default())
    }
}

/// What a section asks of the widget's state, as `(kind, value)` text.
pub fn action(kind: &str, value: String) -> Option<Action> {
    Some(match kind {
        "preflight-report" => Action::SetPreflightReport(Rc::from(value)),
        "braze-error" => Action::SetBrazeError(Pasted::new(value)),
        "symptom" => Action::ChooseSymptom(Symptom::from_key(&value)),
        _ => return None,
    })
}

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
