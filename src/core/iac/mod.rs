//! Infrastructure as code and CLI for the reader's exact case: an AWS CLI script, a
//! CloudFormation template (YAML) and a Terraform configuration (HCL).
//!
//! Every output is data before it is text: a [`Plan`] says what to create (the policies from
//! [`crate::core::policy`], never re-typed, and the user or the role), then each generator turns
//! the plan into its own data ([`serde_json::Value`] for CloudFormation, [`hcl::Block`]s for Terraform,
//! script lines for the CLI) and a small emitter writes it with that language's own quoting.
//!
//! Nothing is generated from a value the input rules reject: [`generate`] answers with the
//! fields to fix instead. On top of the rules, every value must be made of the few characters
//! those rules allow at most (`A-Za-z0-9 + = , . @ : / - _`), so no quote, `$`, backtick,
//! space or new line can ever reach a script, a template or a configuration.

pub mod cli;
pub mod cloudformation;
pub mod hcl;
pub mod shell;
pub mod terraform;
pub mod yaml;

use super::config::{AuthMethod, Config, Integration, PolicyKind};
use super::field::Field;
use super::outputs::Output;
use super::policy::{self, PolicyDocument};
use super::rules::Report;
use super::text::Msg;
use crate::msg;

// One kind of generated infrastructure: an output of the table, declared there.
pub use super::outputs::IacKind;

/// The heading shown above the generated file.
pub fn title(kind: IacKind) -> Msg {
    match kind {
        IacKind::CliScript => msg!("iac-title-cli-script"),
        IacKind::CloudFormation => msg!("iac-title-cloudformation"),
        IacKind::Terraform => msg!("iac-title-terraform"),
    }
}

/// The download's file name.
pub fn file_name(kind: IacKind, config: &Config) -> Msg {
    let bucket = config.bucket.as_str();
    match kind {
        IacKind::CliScript => msg!("iac-file-cli-script", bucket = bucket),
        IacKind::CloudFormation => msg!("iac-file-cloudformation", bucket = bucket),
        IacKind::Terraform => msg!("iac-file-terraform", bucket = bucket),
    }
}

/// One line on how to run the file. It names the file: each locale's message refers to the
/// file-name message, which reads the same `bucket` argument.
pub fn how_to_run(kind: IacKind, config: &Config) -> Msg {
    let bucket = config.bucket.as_str();
    match kind {
        IacKind::CliScript => msg!("iac-how-cli-script", bucket = bucket),
        IacKind::CloudFormation => msg!("iac-how-cloudformation", bucket = bucket),
        IacKind::Terraform => msg!("iac-how-terraform", bucket = bucket),
    }
}

/// What the reader should know before running the file, for this case.
pub fn notes(kind: IacKind, config: &Config) -> Vec<Msg> {
    let mut notes = Vec::new();
    if config.integration == Integration::Both {
        notes.push(msg!(
            "iac-note-separate-policies",
            currents = config.policy_name_for(PolicyKind::Currents),
            dashboard = config.policy_name_for(PolicyKind::DashboardExport)
        ));
    }
    match (config.auth, kind) {
        (AuthMethod::SecretKey, IacKind::CliScript) => notes.push(msg!("iac-note-secret-once")),
        (AuthMethod::SecretKey, _) => {
            notes.push(msg!("iac-note-access-key-later", user = config.user_name()))
        }
        (AuthMethod::RoleArn, IacKind::CliScript) => notes.push(msg!("iac-note-role-arn-cli")),
        (AuthMethod::RoleArn, IacKind::CloudFormation) => {
            notes.push(msg!("iac-note-role-arn-cloudformation"))
        }
        (AuthMethod::RoleArn, IacKind::Terraform) => {
            notes.push(msg!("iac-note-role-arn-terraform"))
        }
    }
    notes
}

/// The fields every generated file of this case is built from, in form order (their row of
/// [`crate::core::outputs`]; the three files read the same).
pub fn needs(config: &Config) -> Vec<Field> {
    Output::Iac(IacKind::CliScript).needs(config)
}

/// The file of `kind` for `config`, or the fields that must be valid first. `report` is
/// [`Report::new`]`(config)`, made once per change by the caller.
pub fn generate(kind: IacKind, config: &Config, report: &Report) -> Result<String, Vec<Field>> {
    let plan = Plan::new(config, report)?;
    Ok(match kind {
        IacKind::CliScript => cli::script(&plan),
        IacKind::CloudFormation => cloudformation::yaml(&plan),
        IacKind::Terraform => terraform::configuration(&plan).to_text(),
    })
}

/// What the generated infrastructure creates, as data.
#[derive(Clone, Debug, PartialEq)]
pub struct Plan {
    pub integration: Integration,
    pub auth: AuthMethod,
    pub bucket: String,
    pub policies: Vec<PlannedPolicy>,
    pub identity: Identity,
}

/// A managed policy to create and attach.
#[derive(Clone, Debug, PartialEq)]
pub struct PlannedPolicy {
    pub kind: PolicyKind,
    pub name: String,
    pub document: PolicyDocument,
}

/// Who Braze signs in as.
#[derive(Clone, Debug, PartialEq)]
pub enum Identity {
    /// An IAM user; its access key is typed into Braze.
    User { name: String },
    /// An IAM role that Braze's account assumes, with its trust policy, and its path when the
    /// reader gave one (`/service/braze/`; IAM's default `/` otherwise).
    Role {
        name: String,
        path: Option<String>,
        trust: PolicyDocument,
    },
}

impl Identity {
    pub fn name(&self) -> &str {
        match self {
            Identity::User { name } | Identity::Role { name, .. } => name,
        }
    }
}

impl PlannedPolicy {
    /// A short stable slug: `currents`, `dashboard-export`, `combined`.
    pub fn slug(&self) -> &'static str {
        match self.kind {
            PolicyKind::Currents => "currents",
            PolicyKind::DashboardExport => "dashboard-export",
            PolicyKind::Combined => "combined",
        }
    }

    /// What the policy is for, in English (generated code keeps its comments in English).
    pub fn purpose(&self) -> &'static str {
        match self.kind {
            PolicyKind::Currents => "Braze Currents",
            PolicyKind::DashboardExport => "dashboard data export",
            PolicyKind::Combined => "Braze Currents and dashboard data export",
        }
    }
}

/// The characters the input rules allow at most, in any field (external IDs allow the most).
/// Checked again here so that a future loosening of a rule cannot open a generator to
/// injection: none of these means anything to bash, YAML inside double quotes, or HCL.
pub fn is_inert(value: &str) -> bool {
    !value.is_empty()
        && value
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "+=,.@:/-_".contains(c))
}

impl Plan {
    /// The plan for `config`, or every field of [`needs`] that is not valid in `report`
    /// ([`Report::new`]`(config)`) or not inert.
    pub fn new(config: &Config, report: &Report) -> Result<Self, Vec<Field>> {
        let value_of = |field: Field| -> String {
            match field {
                // Every name derived from the base must be inert, not only the base.
                Field::PolicyName => Self::policy_kinds(config.integration)
                    .iter()
                    .map(|kind| config.policy_name_for(*kind))
                    .collect(),
                _ => config.value_or_default(field).to_owned(),
            }
        };
        let bad: Vec<Field> = needs(config)
            .into_iter()
            .filter(|field| !report.is_ok(*field) || !is_inert(&value_of(*field)))
            .collect();
        if !bad.is_empty() {
            return Err(bad);
        }
        let bucket = config.bucket.clone();
        let policies = Self::policy_kinds(config.integration)
            .into_iter()
            .map(|kind| PlannedPolicy {
                kind,
                name: config.policy_name_for(kind),
                document: policy::identity_policy(kind, &bucket, config.auth),
            })
            .collect();
        let identity = match config.auth {
            AuthMethod::SecretKey => Identity::User {
                name: config.user_name().to_owned(),
            },
            AuthMethod::RoleArn => Identity::Role {
                name: config.role_name().to_owned(),
                path: Some(config.role_path()).filter(|path| path != "/"),
                trust: policy::trust_policy(&config.braze_account, &config.external_id),
            },
        };
        Ok(Self {
            integration: config.integration,
            auth: config.auth,
            bucket,
            policies,
            identity,
        })
    }

    /// The policies the generated infrastructure creates.
    ///
    /// With both integrations it creates the two policies Braze publishes, one per
    /// integration, both attached to the one user or role, rather than the combined policy the
    /// guide also offers. Braze allows either; separate policies win here because each stays
    /// exactly the document on Braze's page (easy to compare, and parliament checks Braze's own
    /// text), the names match the guide's (`…-currents`, `…-dashboard-export`), and dropping
    /// one integration later is detaching one policy, not rewriting a merged one. The
    /// identity's effective permissions are the same either way.
    pub fn policy_kinds(integration: Integration) -> Vec<PolicyKind> {
        integration.policies().to_vec()
    }

    /// "Braze Currents", "dashboard data export", or both, in English.
    pub fn integration_label(&self) -> &'static str {
        match self.integration {
            Integration::Currents => "Braze Currents",
            Integration::DashboardExport => "dashboard data export",
            Integration::Both => "Braze Currents and dashboard data export",
            Integration::MessageArchiving => {
                "message archiving, with the dashboard data export policy"
            }
        }
    }

    /// The authentication method and identity, in English.
    pub fn identity_label(&self) -> String {
        match &self.identity {
            Identity::User { name } => format!("AWS secret access key, IAM user {name}"),
            Identity::Role { name, path, .. } => format!(
                "AWS role ARN, IAM role {}{name}",
                path.as_deref().unwrap_or("")
            ),
        }
    }
}
