//! "Who may do what" as data: the boxes and arrows of the picture the widget draws beside the
//! auth choice and the trust policy, with their texts, from the reader's own values.
//!
//! Role: Braze's AWS account → (assumes, with the external ID) → the role → (the permission
//! policy: its actions) → the bucket and its Currents folders. Secret key: the IAM user and
//! its access key → (the permission policy: its actions) → the bucket. The actions are read
//! from the documents [`policy`] writes for the case, not listed a second time here. A value
//! that is empty or breaks a rule is a placeholder, as in the guide. Where each box and line
//! sits, and how a long text is cut to fit, is [`layout`]'s.

pub mod layout;

use super::config::{AuthMethod, Config, PolicyKind};
use super::field::Field;
use super::iam;
use super::policy;
use super::rules::Report;
use super::text::{Arg, Msg};
use crate::msg;

/// Most Currents folders the picture lists; the others are counted ("and 2 more").
pub const MAX_FOLDERS_SHOWN: usize = 3;

/// A value of the reader's, or the placeholder standing where it is missing or invalid.
#[derive(Clone, Debug, PartialEq)]
pub enum Shown {
    Value(String),
    Placeholder(Msg),
}

impl Shown {
    fn arg(&self) -> Arg {
        match self {
            Shown::Value(v) => Arg::Text(v.clone()),
            Shown::Placeholder(m) => Arg::Placeholder(Box::new(m.clone())),
        }
    }
}

/// One line of a box or an arrow: words in the reader's language, or a value (code).
#[derive(Clone, Debug, PartialEq)]
pub enum Line {
    Label(Msg),
    Code(Shown),
}

/// Who or what a box stands for (the view themes each one).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NodeKind {
    BrazeAccount,
    Role,
    User,
    Bucket,
}

impl NodeKind {
    pub fn key(self) -> &'static str {
        match self {
            NodeKind::BrazeAccount => "braze-account",
            NodeKind::Role => "role",
            NodeKind::User => "user",
            NodeKind::Bucket => "bucket",
        }
    }
}

/// A box, or the arrow from the box before it to the box after it.
#[derive(Clone, Debug, PartialEq)]
pub enum Part {
    Node { kind: NodeKind, lines: Vec<Line> },
    Arrow { lines: Vec<Line> },
}

impl Part {
    pub fn lines(&self) -> &[Line] {
        match self {
            Part::Node { lines, .. } | Part::Arrow { lines } => lines,
        }
    }
}

/// The picture: its parts top to bottom (box, arrow, box…), its title (names the bucket, and
/// for a role Braze's account and the external ID) and its description, sentence by
/// sentence, which says everything the picture shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Diagram {
    /// The case's `auth` value (`data-auth` of the picture): any provider's method.
    pub auth: &'static str,
    pub parts: Vec<Part>,
    pub title: Msg,
    pub description: Vec<Msg>,
}

/// The reader's value of `field`, or its placeholder when empty or invalid.
fn shown(report: &Report, field: Field, value: &str, placeholder: Msg) -> Shown {
    if report.is_ok(field) && !value.is_empty() {
        Shown::Value(value.to_owned())
    } else {
        Shown::Placeholder(placeholder)
    }
}

/// The actions of `document`'s statements, each once, in the document's order.
fn actions(document: &policy::PolicyDocument) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for action in document.statement.iter().flat_map(|s| &s.action) {
        if !out.contains(action) {
            out.push(action.clone());
        }
    }
    out
}

/// The actions of the policy of `kind` that Braze requests, in the policy's order: what the
/// arrow from the identity to the bucket says. The policy is the widget's own: every statement
/// allows, none has a condition, its resources are the bucket and its keys, so the evaluator
/// (the checker's and the preflight's judge) grants each request Braze makes with one of its
/// actions. `tests/diagram_granted.rs` holds this against `iam::evaluate` for any
/// configuration; not calling the evaluator here keeps it, and its Unicode and wildcard
/// tables, out of the widget's first module (about 21 kB brotli, decision 0011).
fn granted_actions(config: &Config, kind: PolicyKind) -> Vec<String> {
    let written = policy::identity_policy(kind, &config.bucket, config.auth);
    let requests = iam::requests(config);
    actions(&written)
        .into_iter()
        .filter(|action| requests.iter().any(|r| r.action == *action))
        .collect()
}

pub fn build(config: &Config, report: &Report) -> Diagram {
    let bucket = shown(
        report,
        Field::Bucket,
        &config.bucket,
        msg!("placeholder-bucket"),
    );
    // The policy the reader attaches: the case's only one, or, with both integrations, the
    // combined one, which grants what the two separate ones grant.
    let kind = config.integration.covering_policy();
    let policy_name = if report.is_ok(Field::PolicyName) {
        Shown::Value(config.policy_name_for(kind))
    } else {
        Shown::Placeholder(msg!("placeholder-policy"))
    };
    let granted = granted_actions(config, kind);
    let folders: Vec<Shown> = if config.integration.has_currents() {
        // The main folder, then each further connector's, each judged by its own field.
        std::iter::once((Field::Folder, config.folder.as_str()))
            .chain(
                config
                    .connectors
                    .iter()
                    .map(|c| (Field::ConnectorFolder(c.id), c.folder.as_str())),
            )
            .map(|(field, folder)| shown(report, field, folder, msg!("placeholder-folder")))
            .collect()
    } else {
        Vec::new()
    };

    let mut parts = Vec::new();
    let mut description = Vec::new();
    let title = match config.auth {
        AuthMethod::RoleArn => {
            let account = shown(
                report,
                Field::BrazeAccount,
                &config.braze_account,
                msg!("placeholder-account"),
            );
            let external_id = shown(
                report,
                Field::ExternalId,
                &config.external_id,
                msg!("placeholder-external-id"),
            );
            let role = shown(
                report,
                Field::RoleName,
                // As typed: with its path, when the reader gave one.
                config.value_or_default(Field::RoleName),
                msg!("placeholder-role"),
            );
            let assume = actions(&policy::trust_policy(
                &config.braze_account,
                &config.external_id,
            ))
            .join(", ");
            parts.push(Part::Node {
                kind: NodeKind::BrazeAccount,
                lines: vec![
                    Line::Label(msg!("diagram-braze-account")),
                    Line::Code(account.clone()),
                ],
            });
            parts.push(Part::Arrow {
                lines: vec![
                    Line::Label(msg!("diagram-assumes", action = assume.as_str())),
                    Line::Code(external_id.clone()),
                ],
            });
            parts.push(Part::Node {
                kind: NodeKind::Role,
                lines: vec![Line::Label(msg!("diagram-role")), Line::Code(role.clone())],
            });
            description.push(msg!(
                "diagram-desc-assume",
                account = account.arg(),
                role = role.arg(),
                action = assume,
                external_id = external_id.arg(),
            ));
            msg!(
                "diagram-title-role",
                account = account.arg(),
                external_id = external_id.arg(),
                bucket = bucket.arg(),
            )
        }
        AuthMethod::SecretKey => {
            let user = shown(
                report,
                Field::UserName,
                config.user_name(),
                msg!("placeholder-user"),
            );
            parts.push(Part::Node {
                kind: NodeKind::User,
                lines: vec![
                    Line::Label(msg!("diagram-user")),
                    Line::Code(user.clone()),
                    Line::Label(msg!("diagram-access-key")),
                ],
            });
            description.push(msg!("diagram-desc-key", user = user.arg()));
            msg!(
                "diagram-title-key",
                user = user.arg(),
                bucket = bucket.arg()
            )
        }
    };
    let mut policy_lines = vec![Line::Label(msg!(
        "diagram-allows",
        policy = policy_name.arg()
    ))];
    policy_lines.extend(granted.iter().map(|a| Line::Code(Shown::Value(a.clone()))));
    parts.push(Part::Arrow {
        lines: policy_lines,
    });
    description.push(msg!(
        "diagram-desc-policy",
        policy = policy_name.arg(),
        actions = granted.join(", "),
        bucket = bucket.arg(),
    ));

    let mut bucket_lines = vec![Line::Label(msg!("diagram-bucket")), Line::Code(bucket)];
    if !folders.is_empty() {
        bucket_lines.push(Line::Label(msg!("diagram-folders", count = folders.len())));
        bucket_lines.extend(
            folders
                .iter()
                .take(MAX_FOLDERS_SHOWN)
                .cloned()
                .map(Line::Code),
        );
        if folders.len() > MAX_FOLDERS_SHOWN {
            let more = folders.len() - MAX_FOLDERS_SHOWN;
            bucket_lines.push(Line::Label(msg!("diagram-more-folders", count = more)));
        }
        let listed: Vec<String> = folders
            .iter()
            .filter_map(|f| match f {
                Shown::Value(v) => Some(v.clone()),
                Shown::Placeholder(_) => None,
            })
            .collect();
        description.push(if listed.len() == folders.len() {
            msg!(
                "diagram-desc-folders",
                count = folders.len(),
                folders = listed.join(", ")
            )
        } else {
            msg!("diagram-desc-folders-missing", count = folders.len())
        });
    }
    parts.push(Part::Node {
        kind: NodeKind::Bucket,
        lines: bucket_lines,
    });

    Diagram {
        auth: config.auth.key(),
        parts,
        title,
        description,
    }
}
