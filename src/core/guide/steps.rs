//! The steps of the guide, one function each: what a step says and asks, for the case.

use super::{Block, Step, Task, Tone};
use crate::core::config::{AuthMethod, Config, Connector, Integration};
use crate::core::facts;
use crate::core::field::Field;
use crate::core::iac::{self, IacKind};
use crate::core::rules::Report;
use crate::core::snippet_id::SnippetId;
use crate::core::text::{Arg, Msg};
use crate::core::wildcard_note;
use crate::msg;

/// Collects one step's blocks; keeps the step functions below short and readable.
struct StepBuilder {
    step: Step,
}

impl StepBuilder {
    fn new(id: &'static str, title: Msg) -> Self {
        Self {
            step: Step {
                id,
                title,
                blocks: Vec::new(),
            },
        }
    }

    fn text(mut self, msg: Msg) -> Self {
        self.step.blocks.push(Block::Text(msg));
        self
    }

    fn task(mut self, id: &str, text: Msg) -> Self {
        let id = format!("{}.{id}", self.step.id);
        self.step.blocks.push(Block::Task(Task { id, text }));
        self
    }

    fn tasks(mut self, tasks: impl Iterator<Item = (String, Msg)>) -> Self {
        for (id, text) in tasks {
            self = self.task(&id, text);
        }
        self
    }

    fn note(mut self, tone: Tone, msg: Msg) -> Self {
        self.step.blocks.push(Block::Note(tone, msg));
        self
    }

    fn snippet(mut self, id: SnippetId) -> Self {
        self.step.blocks.push(Block::Snippet(id));
        self
    }

    fn when(self, condition: bool, add: impl FnOnce(Self) -> Self) -> Self {
        if condition {
            add(self)
        } else {
            self
        }
    }

    fn done(self) -> Step {
        self.step
    }
}

/// The values the guide quotes: what the reader typed when it is valid, else a placeholder,
/// so no instruction ever tells the reader to type a value AWS would refuse.
pub(super) struct Values {
    bucket: Arg,
    folder: Arg,
    account: Arg,
    external_id: Arg,
    user: Arg,
    role: Arg,
    policies: Vec<Arg>,
    /// Further connectors: id, name, folder.
    connectors: Vec<(u32, Arg, Arg)>,
}

impl Values {
    pub(super) fn new(config: &Config, report: &Report) -> Self {
        let pick = |field: Field, value: &str, placeholder: Msg| {
            if report.is_ok(field) && !value.is_empty() {
                Arg::Text(value.to_owned())
            } else {
                Arg::Placeholder(Box::new(placeholder))
            }
        };
        let policy_ok = report.is_ok(Field::PolicyName);
        let policies = config
            .policy_kinds()
            .into_iter()
            .map(|kind| {
                if policy_ok {
                    Arg::Text(config.policy_name_for(kind))
                } else {
                    Arg::Placeholder(Box::new(msg!("placeholder-policy")))
                }
            })
            .collect();
        Self {
            bucket: pick(Field::Bucket, &config.bucket, msg!("placeholder-bucket")),
            folder: pick(Field::Folder, &config.folder, msg!("placeholder-folder")),
            account: pick(
                Field::BrazeAccount,
                &config.braze_account,
                msg!("placeholder-account"),
            ),
            external_id: pick(
                Field::ExternalId,
                &config.external_id,
                msg!("placeholder-external-id"),
            ),
            user: pick(
                Field::UserName,
                config.user_name(),
                msg!("placeholder-user"),
            ),
            role: pick(
                Field::RoleName,
                config.role_name(),
                msg!("placeholder-role"),
            ),
            policies,
            connectors: config
                .connectors
                .iter()
                .map(|c| {
                    let folder = pick(
                        Field::ConnectorFolder(c.id),
                        &c.folder,
                        msg!("placeholder-folder"),
                    );
                    (c.id, connector_name(c), folder)
                })
                .collect(),
        }
    }

    /// The name of the first policy: the one to create for a single integration.
    fn policy(&self) -> Arg {
        self.policies[0].clone()
    }
}

pub(super) fn prerequisites(config: &Config) -> Step {
    let archiving = config.integration.is_message_archiving();
    StepBuilder::new("prerequisites", msg!("step-prerequisites"))
        // Message archiving's own path: what it needs and what it does not (Braze, today).
        .when(archiving, |s| s.text(msg!("archiving-intro")))
        .text(msg!("prereq-intro"))
        .task("aws-account", msg!("prereq-aws-account"))
        .task("dedicated-bucket", msg!("prereq-dedicated-bucket"))
        .when(config.integration.has_currents(), |s| {
            s.task("currents-access", msg!("prereq-currents-access"))
        })
        .when(archiving, |s| {
            s.note(Tone::Note, msg!("archiving-no-currents"))
        })
        .done()
}

pub(super) fn create_bucket(config: &Config, v: &Values) -> Step {
    StepBuilder::new("create-bucket", msg!("step-create-bucket"))
        .task("open-console", msg!("bucket-open-console"))
        .task("create", msg!("bucket-create", bucket = v.bucket.clone()))
        .note(Tone::Tip, msg!("bucket-region-note"))
        .when(config.integration.has_currents(), |s| {
            s.note(Tone::Warning, msg!("bucket-object-lock"))
        })
        .done()
}

/// Optional, offered only when the reader turns Braze's AES-256 option on.
pub(super) fn enforce_encryption(config: &Config, v: &Values) -> Step {
    StepBuilder::new("enforce-encryption", msg!("step-enforce-encryption"))
        .text(msg!("sse-explain", header = facts::SSE_HEADER))
        .task(
            "bucket-policy",
            msg!("sse-bucket-policy", bucket = v.bucket.clone()),
        )
        .snippet(SnippetId::BucketPolicySse)
        .note(Tone::Warning, msg!("sse-bucket-policy-warning"))
        .when(config.integration == Integration::Both, |s| {
            s.note(Tone::Important, msg!("sse-bucket-policy-shared"))
        })
        .done()
}

pub(super) fn secret_key_user(v: &Values) -> Step {
    StepBuilder::new("create-user", msg!("step-sk-create-user"))
        .text(msg!("sk-intro"))
        .task("create", msg!("sk-user-create", user = v.user.clone()))
        .done()
}

pub(super) fn secret_key_credentials() -> Step {
    StepBuilder::new("get-credentials", msg!("step-sk-credentials"))
        .task("show", msg!("sk-credentials-show"))
        .note(Tone::Important, msg!("sk-credentials-secret"))
        .done()
}

pub(super) fn create_policy(config: &Config, v: &Values) -> Step {
    let both = config.integration == Integration::Both;
    let step = StepBuilder::new("create-policy", msg!("step-create-policy"));
    let step = match config.auth {
        AuthMethod::SecretKey => step.task("open", msg!("sk-policy-open")),
        AuthMethod::RoleArn => step.task("open", msg!("role-policy-open")),
    };
    let mut step = step
        .note(Tone::Note, msg!("policy-differ-note"))
        .when(both, |s| s.text(msg!("policy-both-which")));
    step = match (config.auth, both) {
        (AuthMethod::SecretKey, false) => {
            step.task("paste", msg!("sk-policy-paste", policy = v.policy()))
        }
        (AuthMethod::SecretKey, true) => step.task(
            "paste",
            msg!(
                "sk-policy-paste-both",
                currents = v.policies[0].clone(),
                dashboard = v.policies[1].clone(),
                combined = v.policies[2].clone()
            ),
        ),
        (AuthMethod::RoleArn, _) => step.task("paste", msg!("role-policy-paste")),
    };
    step = step
        .text(msg!("policy-why"))
        .when(config.integration.is_message_archiving(), |s| {
            s.note(Tone::Important, msg!("archiving-policy"))
        });
    if config.integration.has_dashboard_export() && config.auth == AuthMethod::SecretKey {
        step = step.note(
            Tone::Important,
            msg!("policy-prefix-wildcard", bucket = v.bucket.clone()),
        );
        // The example buckets, once there is a valid bucket name to build them from.
        if let Some(note) = wildcard_note::published_policy_note(config) {
            step.step.blocks.push(Block::BucketExamples(note.examples));
        }
    }
    for kind in config.policy_kinds() {
        step = step.snippet(SnippetId::for_policy(kind));
    }
    if config.auth == AuthMethod::RoleArn {
        step = if both {
            step.task(
                "name",
                msg!(
                    "role-policy-name-both",
                    currents = v.policies[0].clone(),
                    dashboard = v.policies[1].clone(),
                    combined = v.policies[2].clone()
                ),
            )
        } else {
            step.task("name", msg!("role-policy-name", policy = v.policy()))
        };
    }
    step.done()
}

/// "the policy" or, with both integrations, "the policy or policies" the reader created.
fn policies_to_attach(config: &Config, v: &Values) -> Msg {
    if config.integration == Integration::Both {
        msg!(
            "attach-which-both",
            currents = v.policies[0].clone(),
            dashboard = v.policies[1].clone(),
            combined = v.policies[2].clone()
        )
    } else {
        msg!("attach-which-one", policy = v.policy())
    }
}

pub(super) fn secret_key_attach(config: &Config, v: &Values) -> Step {
    StepBuilder::new("attach-policy", msg!("step-sk-attach"))
        .task("attach", msg!("sk-attach", user = v.user.clone()))
        .text(policies_to_attach(config, v))
        .done()
}

pub(super) fn role_create(config: &Config, v: &Values) -> Step {
    StepBuilder::new("create-role", msg!("step-role-create-role"))
        .task("open", msg!("role-role-open"))
        .when(config.integration.has_currents(), |s| {
            s.task("ids-currents", msg!("role-ids-currents"))
        })
        .when(
            config.integration.has_dashboard_export() && !config.integration.is_message_archiving(),
            |s| s.task("ids-dashboard-export", msg!("role-ids-dashboard-export")),
        )
        .when(config.integration.is_message_archiving(), |s| {
            s.task("ids-message-archiving", msg!("archiving-role-ids"))
        })
        .note(Tone::Note, msg!("role-ids-old-nav"))
        .task(
            "trusted-entity",
            msg!(
                "role-trusted-entity",
                account = v.account.clone(),
                external_id = v.external_id.clone()
            ),
        )
        .text(msg!("role-trust-explain"))
        .snippet(SnippetId::TrustPolicy)
        .done()
}

pub(super) fn role_attach(config: &Config, v: &Values) -> Step {
    StepBuilder::new("attach-policy", msg!("step-role-attach"))
        .task("attach", msg!("role-attach-policy"))
        .text(policies_to_attach(config, v))
        .task("name", msg!("role-name", role = v.role.clone()))
        .done()
}

pub(super) fn role_copy_arn(v: &Values) -> Step {
    StepBuilder::new("copy-role-arn", msg!("step-role-copy-arn"))
        .task("copy", msg!("role-arn-copy", role = v.role.clone()))
        .text(msg!("role-arn-expected"))
        .snippet(SnippetId::RoleArn)
        .done()
}

pub(super) fn link_currents(config: &Config, v: &Values) -> Step {
    let role = config.auth == AuthMethod::RoleArn;
    StepBuilder::new("link-currents", msg!("step-link-currents"))
        .task("open", msg!("link-currents-open"))
        .note(Tone::Note, msg!("link-currents-old-nav"))
        .task("name", msg!("link-currents-name"))
        .task(
            "credentials",
            if role {
                msg!("link-currents-credentials-role", bucket = v.bucket.clone())
            } else {
                msg!("link-currents-credentials-sk", bucket = v.bucket.clone())
            },
        )
        .task(
            "folder",
            msg!(
                "link-currents-folder",
                folder = v.folder.clone(),
                default = facts::DEFAULT_FOLDER
            ),
        )
        .task(
            "encryption",
            if config.sse {
                msg!("link-currents-sse-on", header = facts::SSE_HEADER)
            } else {
                msg!("link-currents-sse-off", header = facts::SSE_HEADER)
            },
        )
        .note(Tone::Note, msg!("sse-kms-unsupported"))
        .task("launch", msg!("link-currents-launch"))
        .tasks(v.connectors.iter().map(|(id, name, folder)| {
            (
                format!("connector-{id}"),
                msg!(
                    "link-currents-extra-connector",
                    name = name.clone(),
                    folder = folder.clone()
                ),
            )
        }))
        .note(
            Tone::Warning,
            msg!(
                "link-currents-expiry",
                days = facts::CREDENTIAL_EXPIRY.days_today,
                hours = facts::CREDENTIAL_EXPIRY.hours_earlier
            ),
        )
        .when(role, |s| {
            s.note(Tone::Important, msg!("link-role-propagation"))
        })
        .done()
}

/// A further connector's name as the guide quotes it: what the reader typed, or a placeholder.
fn connector_name(connector: &Connector) -> Arg {
    if connector.name.trim().is_empty() {
        Arg::Placeholder(Box::new(msg!("placeholder-connector")))
    } else {
        Arg::Text(connector.name.clone())
    }
}

/// Dashboard export's link in Braze; message archiving is linked there too, then set up.
pub(super) fn link_dashboard_export(config: &Config, v: &Values) -> Step {
    let role = config.auth == AuthMethod::RoleArn;
    let archiving = config.integration.is_message_archiving();
    let title = if archiving {
        msg!("step-link-message-archiving")
    } else {
        msg!("step-link-dashboard-export")
    };
    StepBuilder::new("link-dashboard-export", title)
        .when(archiving, |s| s.text(msg!("archiving-link-intro")))
        .task("open", msg!("link-dashboard-open"))
        .note(Tone::Note, msg!("link-dashboard-old-nav"))
        .task(
            "credentials",
            if role {
                msg!("link-dashboard-credentials-role", bucket = v.bucket.clone())
            } else {
                msg!("link-dashboard-credentials-sk", bucket = v.bucket.clone())
            },
        )
        .task("test", msg!("link-dashboard-test"))
        .note(Tone::Note, msg!("sse-kms-unsupported"))
        .when(!role, |s| s.note(Tone::Tip, msg!("link-new-access-key")))
        .when(role, |s| {
            s.note(Tone::Important, msg!("link-role-propagation"))
        })
        .when(archiving, |s| {
            s.task(
                "message-archiving",
                msg!("archiving-turn-on", bucket = v.bucket.clone()),
            )
        })
        .done()
}

pub(super) fn export_behaviour() -> Step {
    StepBuilder::new("export-behaviour", msg!("step-export-behaviour"))
        .text(msg!("export-api-no-url"))
        .text(msg!("export-reports-email"))
        .done()
}

pub(super) fn several_connectors(config: &Config) -> Step {
    StepBuilder::new("several-connectors", msg!("step-several-connectors"))
        .text(msg!(
            "connectors-same-credentials",
            count = config.connectors.len() + 1
        ))
        .when(config.integration == Integration::Both, |s| {
            s.text(msg!("connectors-both-integrations"))
        })
        .done()
}

/// Optional: the same setup as a CLI script, a CloudFormation template or Terraform.
pub(super) fn automate(config: &Config, report: &Report) -> Step {
    let mut step = StepBuilder::new("automate", msg!("step-automate")).text(msg!("automate-intro"));
    for kind in IacKind::ALL {
        // The how-to names the file after the bucket: only once the bucket is valid.
        if report.is_ok(Field::Bucket) {
            step = step.text(iac::how_to_run(kind, config));
        }
        for note in iac::notes(kind, config) {
            step = step.note(Tone::Note, note);
        }
        step = step.snippet(SnippetId::Iac(kind));
    }
    step.done()
}
