//! Checks a policy the reader pasted against what their case needs.
//!
//! Two kinds of document are understood:
//! - an **identity policy** (the user's or role's permissions): each action × resource pair
//!   the chosen integration needs on the reader's bucket ([`required`]) is granted, missing,
//!   denied by an explicit `Deny`, or depends on a condition this check cannot evaluate;
//!   what the policy grants beyond that is listed as warnings;
//! - a **trust policy** (a role's `Principal` + `sts:AssumeRole`): whether Braze's account
//!   may assume the role, and whether the `sts:ExternalId` condition is there and equals the
//!   external ID the reader typed.
//!
//! The evaluation follows the IAM documentation's logic (see [`eval`]); wildcards are
//! matched without backtracking (see [`glob`]). Everything the reader sees is a [`Msg`].
//!
//! Data flow: `check(text, config)` → [`CheckResult`] (verdict, rows, warnings, trust
//! findings, or an error with line and column). Nothing here touches the browser.

mod eval;
mod glob;
mod parse;

use crate::core::config::{AuthMethod, Config, Integration};
use crate::core::policy::{bucket_arn, objects_arn, Effect};
use crate::core::rules::{self, Severity};
use crate::core::text::{Arg, Msg};
use crate::msg;

use eval::{access, identity_applies, trust_applies, Applies};
use glob::{Glob, Outcome, Variables};
use parse::{Document, Statement};

/// The largest policy IAM stores, in characters not counting whitespace: the inline policies
/// of a role, together (IAM quotas: role policy size 10,240; managed policies 6,144; trust
/// policies 2,048 by default, 4,096 at most). Anything longer is not a policy IAM would hold,
/// and refusing it bounds the work on hostile input.
pub const MAX_POLICY_CHARS: usize = 10_240;

/// One permission Braze needs: an action on a resource ARN.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Requirement {
    pub action: &'static str,
    pub resource: String,
}

impl Requirement {
    /// `"<action> <resource-arn>"`: the value of the UI's `data-missing` attribute.
    pub fn hook(&self) -> String {
        format!("{} {}", self.action, self.resource)
    }
}

const BUCKET_ACTIONS: [&str; 2] = ["s3:ListBucket", "s3:GetBucketLocation"];
const CURRENTS_OBJECT_ACTIONS: [&str; 2] = ["s3:PutObject", "s3:GetObject"];
const DASHBOARD_OBJECT_ACTIONS: [&str; 3] = ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"];

/// The action × resource pairs the case needs on the reader's bucket, bucket pairs first.
///
/// "Every object" is the literal resource `arn:aws:s3:::BUCKET/*`: a policy grants it only if
/// one of its `Resource` patterns matches that exact string. So a policy limited to
/// `BUCKET/currents/*` is reported as missing it: conservative, and what Braze's credential
/// test needs.
pub fn required(config: &Config) -> Vec<Requirement> {
    let bucket = &config.bucket;
    let mut pairs: Vec<Requirement> = BUCKET_ACTIONS
        .iter()
        .map(|&action| Requirement {
            action,
            resource: bucket_arn(bucket),
        })
        .collect();
    let mut object_actions: Vec<&'static str> = Vec::new();
    if config.integration.has_currents() {
        object_actions.extend(CURRENTS_OBJECT_ACTIONS);
    }
    if config.integration.has_dashboard_export() {
        for action in DASHBOARD_OBJECT_ACTIONS {
            if !object_actions.contains(&action) {
                object_actions.push(action);
            }
        }
    }
    pairs.extend(object_actions.into_iter().map(|action| Requirement {
        action,
        resource: objects_arn(bucket),
    }));
    pairs
}

/// The answer, as `data-verdict` spells it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    Sufficient,
    Insufficient,
    Invalid,
}

impl Verdict {
    pub fn key(self) -> &'static str {
        match self {
            Verdict::Sufficient => "sufficient",
            Verdict::Insufficient => "insufficient",
            Verdict::Invalid => "invalid",
        }
    }
}

/// What the pasted document was read as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DocumentKind {
    Identity,
    Trust,
}

/// What an uncertain statement depends on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reason {
    /// A condition: its operator and key, e.g. `IpAddress` `aws:SourceIp`.
    Condition { operator: String, key: String },
    /// A resource pattern with a policy variable such as `${aws:username}`.
    Variable { pattern: String },
    /// A specific user or role of Braze's account: Braze publishes only the account.
    Principal { principal: String },
}

impl Reason {
    /// The reason as it reads in the policy (code, not prose: shown verbatim).
    pub fn text(&self) -> String {
        match self {
            Reason::Condition { operator, key } => format!("{operator} {key}"),
            Reason::Variable { pattern } => pattern.clone(),
            Reason::Principal { principal } => principal.clone(),
        }
    }
}

/// One uncertainty, and the statement (1-based) it comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dependency {
    pub statement: usize,
    pub effect: Effect,
    pub reason: Reason,
}

/// The answer for one action × resource pair (or, for a trust policy, for Braze assuming
/// the role).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Access {
    Granted,
    /// No statement allows it (IAM's implicit deny).
    Missing,
    /// An explicit `Deny` applies: statement number (1-based).
    Denied {
        statement: usize,
    },
    /// Granted or denied depending on what only AWS knows at request time: conditions
    /// of `Deny` statements that may apply, and, when nothing allows it without condition,
    /// those of the `Allow` statements that might.
    DependsOnCondition(Vec<Dependency>),
}

impl Access {
    pub fn is_granted(&self) -> bool {
        matches!(self, Access::Granted)
    }

    /// A stable name, for a `data-access` attribute or a CSS class.
    pub fn key(&self) -> &'static str {
        match self {
            Access::Granted => "granted",
            Access::Missing => "missing",
            Access::Denied { .. } => "denied",
            Access::DependsOnCondition(_) => "depends",
        }
    }

    pub fn message(&self) -> Msg {
        match self {
            Access::Granted => msg!("checker-access-granted"),
            Access::Missing => msg!("checker-access-missing"),
            Access::Denied { statement } => msg!("checker-access-denied", statement = *statement),
            Access::DependsOnCondition(deps) => {
                let mut reasons: Vec<String> = Vec::new();
                let mut statements: Vec<usize> = Vec::new();
                for dep in deps {
                    let text = dep.reason.text();
                    if !reasons.contains(&text) {
                        reasons.push(text);
                    }
                    // Kept sorted and distinct as they come (a handful at most).
                    if let Err(at) = statements.binary_search(&dep.statement) {
                        statements.insert(at, dep.statement);
                    }
                }
                let conditions = reasons.join(", ");
                let count = statements.len();
                let statements = statements
                    .iter()
                    .map(usize::to_string)
                    .collect::<Vec<_>>()
                    .join(", ");
                if deps.iter().any(|d| d.effect == Effect::Deny) {
                    msg!(
                        "checker-access-depends-deny",
                        conditions = conditions,
                        statements = statements,
                        count = count
                    )
                } else {
                    msg!(
                        "checker-access-depends-allow",
                        conditions = conditions,
                        statements = statements,
                        count = count
                    )
                }
            }
        }
    }
}

/// One line of the table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub action: &'static str,
    pub resource: String,
    pub access: Access,
}

impl Row {
    /// `"<action> <resource-arn>"`: the value of the UI's `data-missing` attribute.
    pub fn hook(&self) -> String {
        format!("{} {}", self.action, self.resource)
    }
}

/// Something the policy grants beyond what Braze needs, or a risk in a trust policy. The
/// statement numbers are 1-based, as the reader counts them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Warning {
    /// `"Action": "*"`.
    AllActions { statement: usize },
    /// `Allow` with `NotAction`: everything but the listed actions.
    NotAction { statement: usize },
    /// An action pattern with a wildcard, such as `s3:*` or `s3:Get*`.
    ActionWildcard { statement: usize, pattern: String },
    /// Actions Braze does not need.
    ExtraActions {
        statement: usize,
        actions: Vec<String>,
    },
    /// `"Resource": "*"`.
    AllResources { statement: usize },
    /// `Allow` with `NotResource`: every resource but the listed ones.
    NotResource { statement: usize },
    /// A resource pattern that matches other buckets (or their objects), with how it reads
    /// on a few example bucket names.
    OtherBuckets {
        statement: usize,
        pattern: String,
        examples: Vec<(String, bool)>,
    },
    /// A resource pattern that matches resources outside `arn:aws:s3:::`.
    OtherResources { statement: usize, pattern: String },
    /// A trust policy that lets any principal assume the role.
    AnyPrincipal { statement: usize },
    /// A trust policy that also trusts principals other than Braze's account.
    OtherPrincipals {
        statement: usize,
        principals: Vec<String>,
    },
}

impl Warning {
    /// Whether the warning is a security risk worth showing loudly.
    pub fn is_loud(&self) -> bool {
        matches!(
            self,
            Warning::AnyPrincipal { .. }
                | Warning::AllActions { .. }
                | Warning::NotAction { .. }
                | Warning::AllResources { .. }
                | Warning::NotResource { .. }
        )
    }

    pub fn statement(&self) -> usize {
        match self {
            Warning::AllActions { statement }
            | Warning::NotAction { statement }
            | Warning::ActionWildcard { statement, .. }
            | Warning::ExtraActions { statement, .. }
            | Warning::AllResources { statement }
            | Warning::NotResource { statement }
            | Warning::OtherBuckets { statement, .. }
            | Warning::OtherResources { statement, .. }
            | Warning::AnyPrincipal { statement }
            | Warning::OtherPrincipals { statement, .. } => *statement,
        }
    }

    /// The warning's text. For [`Warning::OtherBuckets`], [`Warning::examples`] lists the
    /// example names to show under it.
    pub fn message(&self, config: &Config) -> Msg {
        match self {
            Warning::AllActions { statement } => {
                msg!("checker-warning-all-actions", statement = *statement)
            }
            Warning::NotAction { statement } => {
                msg!("checker-warning-not-action", statement = *statement)
            }
            Warning::ActionWildcard { statement, pattern } => msg!(
                "checker-warning-action-wildcard",
                statement = *statement,
                pattern = pattern
            ),
            Warning::ExtraActions { statement, actions } => msg!(
                "checker-warning-extra-actions",
                statement = *statement,
                actions = actions.join(", "),
                count = actions.len()
            ),
            Warning::AllResources { statement } => {
                msg!("checker-warning-all-resources", statement = *statement)
            }
            Warning::NotResource { statement } => {
                msg!("checker-warning-not-resource", statement = *statement)
            }
            Warning::OtherBuckets {
                statement, pattern, ..
            } => msg!(
                "checker-warning-other-buckets",
                statement = *statement,
                pattern = pattern,
                bucket = &config.bucket
            ),
            Warning::OtherResources { statement, pattern } => msg!(
                "checker-warning-other-resources",
                statement = *statement,
                pattern = pattern
            ),
            Warning::AnyPrincipal { statement } => {
                msg!("checker-warning-any-principal", statement = *statement)
            }
            Warning::OtherPrincipals {
                statement,
                principals,
            } => msg!(
                "checker-warning-other-principals",
                statement = *statement,
                principals = principals.join(", "),
                count = principals.len()
            ),
        }
    }

    /// Example bucket names and whether the pattern matches each (only for other buckets).
    pub fn examples(&self) -> &[(String, bool)] {
        match self {
            Warning::OtherBuckets { examples, .. } => examples,
            _ => &[],
        }
    }
}

/// Whether Braze's account may assume the role, as far as the `Principal` goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PrincipalFinding {
    /// Braze's account (its ID or `arn:aws:iam::ID:root`) is trusted.
    Allowed,
    /// Any principal is trusted (`"*"`), Braze's account among them.
    AnyPrincipal,
    /// Only specific users or roles of Braze's account are trusted.
    OnlySpecific { principals: Vec<String> },
    /// No `Allow` statement trusts Braze's account for `sts:AssumeRole`.
    NotAllowed,
}

/// The external ID condition of the statements that let Braze's account in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExternalIdFinding {
    /// Present, and equal to (or, with `StringLike`, matching) the one the reader typed.
    Equal,
    /// A statement lets Braze's account in without any `sts:ExternalId` condition.
    Missing,
    /// Present, with other values.
    Different { found: Vec<String> },
    /// Present, with an operator this check does not evaluate.
    Unverifiable { operator: String },
}

/// What the check says about a trust policy.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TrustReport {
    pub principal: PrincipalFinding,
    /// `None` when no statement lets Braze's account in at all.
    pub external_id: Option<ExternalIdFinding>,
    /// Braze assuming the role with the reader's external ID, all statements considered.
    pub access: Access,
}

impl TrustReport {
    pub fn principal_message(&self, config: &Config) -> Msg {
        let account = &config.braze_account;
        match &self.principal {
            PrincipalFinding::Allowed => {
                msg!("checker-trust-principal-allowed", account = account)
            }
            PrincipalFinding::AnyPrincipal => {
                msg!("checker-trust-principal-any", account = account)
            }
            PrincipalFinding::OnlySpecific { principals } => msg!(
                "checker-trust-principal-specific",
                account = account,
                principals = principals.join(", "),
                count = principals.len()
            ),
            PrincipalFinding::NotAllowed => {
                msg!("checker-trust-principal-missing", account = account)
            }
        }
    }

    pub fn external_id_message(&self, config: &Config) -> Option<Msg> {
        let external_id = &config.external_id;
        Some(match self.external_id.as_ref()? {
            ExternalIdFinding::Equal => {
                msg!("checker-trust-external-id-equal", external_id = external_id)
            }
            ExternalIdFinding::Missing => msg!("checker-trust-external-id-missing"),
            ExternalIdFinding::Different { found } => msg!(
                "checker-trust-external-id-different",
                found = found.join(", "),
                count = found.len(),
                external_id = external_id
            ),
            ExternalIdFinding::Unverifiable { operator } => msg!(
                "checker-trust-external-id-unverifiable",
                operator = operator
            ),
        })
    }
}

/// Extra information, not a problem with the policy.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Note {
    /// A trust policy was pasted while the secret-key method is chosen.
    TrustWithSecretKey,
}

impl Note {
    pub fn message(&self) -> Msg {
        match self {
            Note::TrustWithSecretKey => msg!("checker-note-trust-with-secret-key"),
        }
    }
}

/// What a value should have been, in an error message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    Text,
    TextOrList,
    ObjectOrList,
}

impl Expected {
    fn key(self) -> &'static str {
        match self {
            Expected::Text => "text",
            Expected::TextOrList => "text-or-list",
            Expected::ObjectOrList => "object-or-list",
        }
    }
}

/// Why a pasted text cannot be checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InputProblem {
    Empty,
    TooLong {
        chars: usize,
        max: usize,
    },
    /// Malformed JSON.
    Syntax,
    TrailingComma,
    KeyNotString,
    /// Text after the end of the JSON document (two documents, a stray character).
    TrailingCharacters,
    /// The text stops before the JSON is complete.
    Truncated,
    /// Valid JSON, but not an object.
    NotAnObject,
    UnknownElement {
        name: String,
    },
    DuplicateElement {
        name: String,
    },
    MissingElement {
        element: &'static str,
        statement: Option<usize>,
    },
    Version {
        found: String,
    },
    WrongType {
        element: &'static str,
        expected: Expected,
    },
    StatementNotObject {
        statement: usize,
    },
    Effect {
        found: String,
    },
    Exclusive {
        first: &'static str,
        second: &'static str,
        statement: usize,
    },
    Principal {
        statement: usize,
    },
    Condition {
        statement: usize,
    },
    /// Both `Principal` and `Resource`: a resource-based policy such as a bucket policy.
    ResourcePolicy,
    /// A trust policy statement without `Principal`.
    TrustWithoutPrincipal {
        statement: usize,
    },
    /// The reader's bucket name is not valid: nothing to compare with.
    Bucket,
    /// Braze's account ID or external ID is not valid: nothing to compare a trust policy with.
    TrustValues,
    /// The same, while the secret-key method is chosen (those fields are then hidden).
    TrustWithSecretKey,
}

/// Why the check could not run, and where in the text (1-based line and column, as
/// serde_json counts them) when that is known.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckError {
    pub problem: InputProblem,
    pub line: Option<usize>,
    pub column: Option<usize>,
}

impl CheckError {
    /// "Line L, column C", when the problem has a place in the text.
    pub fn location(&self) -> Option<Msg> {
        let (line, column) = (self.line?, self.column?);
        Some(msg!("checker-error-location", line = line, column = column))
    }

    pub fn message(&self) -> Msg {
        match &self.problem {
            InputProblem::Empty => msg!("checker-error-empty"),
            InputProblem::TooLong { chars, max } => {
                msg!("checker-error-too-long", chars = *chars, max = *max)
            }
            InputProblem::Syntax => msg!("checker-error-syntax"),
            InputProblem::TrailingComma => msg!("checker-error-trailing-comma"),
            InputProblem::KeyNotString => msg!("checker-error-key-not-string"),
            InputProblem::TrailingCharacters => msg!("checker-error-trailing-characters"),
            InputProblem::Truncated => msg!("checker-error-truncated"),
            InputProblem::NotAnObject => msg!("checker-error-not-object"),
            InputProblem::UnknownElement { name } => {
                msg!("checker-error-unknown-element", name = name)
            }
            InputProblem::DuplicateElement { name } => {
                msg!("checker-error-duplicate-element", name = name)
            }
            InputProblem::MissingElement {
                element,
                statement: None,
            } => msg!("checker-error-missing-element", element = *element),
            InputProblem::MissingElement {
                element,
                statement: Some(statement),
            } => msg!(
                "checker-error-missing-in-statement",
                element = *element,
                statement = *statement
            ),
            InputProblem::Version { found } => msg!("checker-error-version", found = found),
            InputProblem::WrongType { element, expected } => msg!(
                "checker-error-wrong-type",
                element = *element,
                expected = Arg::Key(expected.key())
            ),
            InputProblem::StatementNotObject { statement } => {
                msg!("checker-error-statement-not-object", statement = *statement)
            }
            InputProblem::Effect { found } => msg!("checker-error-effect", found = found),
            InputProblem::Exclusive {
                first,
                second,
                statement,
            } => msg!(
                "checker-error-exclusive",
                first = *first,
                second = *second,
                statement = *statement
            ),
            InputProblem::Principal { statement } => {
                msg!("checker-error-principal", statement = *statement)
            }
            InputProblem::Condition { statement } => {
                msg!("checker-error-condition", statement = *statement)
            }
            InputProblem::ResourcePolicy => msg!("checker-error-resource-policy"),
            InputProblem::TrustWithoutPrincipal { statement } => {
                msg!(
                    "checker-error-trust-without-principal",
                    statement = *statement
                )
            }
            InputProblem::Bucket => msg!("checker-error-bucket"),
            InputProblem::TrustValues => msg!("checker-error-trust-values"),
            InputProblem::TrustWithSecretKey => msg!("checker-error-trust-secret-key"),
        }
    }
}

/// Everything the check found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckResult {
    pub verdict: Verdict,
    /// `None` when the text could not be read as a policy.
    pub kind: Option<DocumentKind>,
    /// One per [`required`] pair (identity policies only).
    pub rows: Vec<Row>,
    pub warnings: Vec<Warning>,
    /// Trust policies only.
    pub trust: Option<TrustReport>,
    pub notes: Vec<Note>,
    /// Set exactly when the verdict is [`Verdict::Invalid`].
    pub error: Option<CheckError>,
}

impl CheckResult {
    fn invalid(problem: InputProblem, place: Option<(usize, usize)>) -> Self {
        Self {
            verdict: Verdict::Invalid,
            kind: None,
            rows: Vec::new(),
            warnings: Vec::new(),
            trust: None,
            notes: Vec::new(),
            error: Some(CheckError {
                problem,
                line: place.map(|p| p.0),
                column: place.map(|p| p.1),
            }),
        }
    }

    /// The rows Braze's credential test may fail on: missing, denied, or uncertain. Each is
    /// an element `data-missing="<action> <resource-arn>"` ([`Row::hook`]) in the UI.
    pub fn missing(&self) -> impl Iterator<Item = &Row> {
        self.rows.iter().filter(|row| !row.access.is_granted())
    }

    /// The one-sentence answer.
    pub fn headline(&self, config: &Config) -> Msg {
        match (self.verdict, self.kind) {
            (Verdict::Invalid, _) | (_, None) => msg!("checker-verdict-invalid"),
            (Verdict::Sufficient, Some(DocumentKind::Identity)) => msg!(
                "checker-verdict-sufficient-identity",
                integration = Arg::Key(config.integration.key()),
                bucket = &config.bucket
            ),
            (Verdict::Insufficient, Some(DocumentKind::Identity)) => msg!(
                "checker-verdict-insufficient-identity",
                count = self.missing().count(),
                total = self.rows.len(),
                bucket = &config.bucket
            ),
            (Verdict::Sufficient, Some(DocumentKind::Trust)) => msg!(
                "checker-verdict-sufficient-trust",
                account = &config.braze_account
            ),
            (Verdict::Insufficient, Some(DocumentKind::Trust)) => {
                msg!("checker-verdict-insufficient-trust")
            }
        }
    }
}

/// The fixed texts of the checker's interface.
#[derive(Clone, Debug, PartialEq)]
pub struct Labels {
    pub heading: Msg,
    pub intro: Msg,
    pub field_label: Msg,
    pub field_hint: Msg,
    pub column_action: Msg,
    pub column_resource: Msg,
    pub column_access: Msg,
    pub warnings_heading: Msg,
    pub trust_heading: Msg,
    pub notes_heading: Msg,
    pub example_matches: Msg,
    pub example_no_match: Msg,
}

pub fn labels() -> Labels {
    Labels {
        heading: msg!("checker-heading"),
        intro: msg!("checker-intro"),
        field_label: msg!("checker-field-label"),
        field_hint: msg!("checker-field-hint"),
        column_action: msg!("checker-column-action"),
        column_resource: msg!("checker-column-resource"),
        column_access: msg!("checker-column-access"),
        warnings_heading: msg!("checker-warnings-heading"),
        trust_heading: msg!("checker-trust-heading"),
        notes_heading: msg!("checker-notes-heading"),
        example_matches: msg!("checker-example-matches"),
        example_no_match: msg!("checker-example-no-match"),
    }
}

/// Characters IAM counts: all but JSON whitespace outside strings. Stops counting past
/// `limit`, so a huge paste costs one pass at most.
fn policy_size(text: &str, limit: usize) -> usize {
    let (mut count, mut in_string, mut escaped) = (0usize, false, false);
    for c in text.chars() {
        if in_string {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
        } else if matches!(c, ' ' | '\t' | '\n' | '\r') {
            continue;
        } else if c == '"' {
            in_string = true;
        }
        count += 1;
        if count > limit {
            break;
        }
    }
    count
}

/// Checks `text` (a pasted policy) against what `config`'s case needs.
pub fn check(text: &str, config: &Config) -> CheckResult {
    if text.trim().is_empty() {
        return CheckResult::invalid(InputProblem::Empty, None);
    }
    let size = policy_size(text, MAX_POLICY_CHARS);
    if size > MAX_POLICY_CHARS {
        return CheckResult::invalid(
            InputProblem::TooLong {
                chars: size,
                max: MAX_POLICY_CHARS,
            },
            None,
        );
    }
    let document = match parse::parse(text) {
        Ok(document) => document,
        Err(error) => {
            return CheckResult::invalid(error.problem, Some((error.line, error.column)));
        }
    };
    let has_principal = document.statements.iter().any(|s| s.principal.is_some());
    let has_resource = document.statements.iter().any(|s| s.resource.is_some());
    if has_principal && has_resource {
        return CheckResult::invalid(InputProblem::ResourcePolicy, None);
    }
    if has_principal {
        if let Some(s) = document.statements.iter().find(|s| s.principal.is_none()) {
            return CheckResult::invalid(
                InputProblem::TrustWithoutPrincipal {
                    statement: s.number,
                },
                None,
            );
        }
        check_trust(&document, config)
    } else {
        // IAM requires `Resource` or `NotResource` in every identity-policy statement.
        if let Some(s) = document.statements.iter().find(|s| s.resource.is_none()) {
            return CheckResult::invalid(
                InputProblem::MissingElement {
                    element: "Resource",
                    statement: Some(s.number),
                },
                None,
            );
        }
        check_identity(&document, config)
    }
}

fn valid(problems: &[rules::Problem]) -> bool {
    problems.iter().all(|p| p.severity() == Severity::Warning)
}

fn check_identity(document: &Document, config: &Config) -> CheckResult {
    if !valid(&rules::bucket(&config.bucket)) {
        return CheckResult::invalid(InputProblem::Bucket, None);
    }
    let requirements = required(config);
    let rows: Vec<Row> = requirements
        .iter()
        .map(|r| Row {
            action: r.action,
            resource: r.resource.clone(),
            access: access(document, |s| {
                identity_applies(s, document.version, r.action, &r.resource)
            }),
        })
        .collect();
    let warnings = identity_warnings(document, config, &requirements);
    let verdict = if rows.iter().all(|r| r.access.is_granted()) {
        Verdict::Sufficient
    } else {
        Verdict::Insufficient
    };
    CheckResult {
        verdict,
        kind: Some(DocumentKind::Identity),
        rows,
        warnings,
        trust: None,
        notes: Vec::new(),
        error: None,
    }
}

const S3_PREFIX: &str = "arn:aws:s3:::";

fn identity_warnings(
    document: &Document,
    config: &Config,
    requirements: &[Requirement],
) -> Vec<Warning> {
    let bucket = &config.bucket;
    let mut warnings = Vec::new();
    let variables = match document.version {
        parse::Version::V2012 => Variables::Substituted,
        parse::Version::V2008 => Variables::Literal,
    };
    for s in document
        .statements
        .iter()
        .filter(|s| s.effect == Effect::Allow)
    {
        let statement = s.number;
        if s.action.negated {
            warnings.push(Warning::NotAction { statement });
        } else {
            let mut extra: Vec<String> = Vec::new();
            for pattern in &s.action.values {
                if pattern == "*" {
                    warnings.push(Warning::AllActions { statement });
                } else if Glob::action(pattern).is_wild() {
                    warnings.push(Warning::ActionWildcard {
                        statement,
                        pattern: pattern.clone(),
                    });
                } else if !requirements
                    .iter()
                    .any(|r| r.action.eq_ignore_ascii_case(pattern))
                    && !extra.contains(pattern)
                {
                    extra.push(pattern.clone());
                }
            }
            if !extra.is_empty() {
                warnings.push(Warning::ExtraActions {
                    statement,
                    actions: extra,
                });
            }
        }
        let Some(resource) = &s.resource else {
            continue;
        };
        if resource.negated {
            warnings.push(Warning::NotResource { statement });
            continue;
        }
        for pattern in &resource.values {
            if pattern == "*" {
                warnings.push(Warning::AllResources { statement });
                continue;
            }
            let (glob, _) = Glob::arn(pattern, variables);
            let reference = format!("{S3_PREFIX}{bucket}/");
            let (ns, name_end) = (S3_PREFIX.len(), S3_PREFIX.len() + bucket.len());
            let other_bucket = glob.can_match(&reference, |o| match o {
                Outcome::Left(at) => at >= ns,
                Outcome::Inside(len) => len > ns && len < name_end,
                Outcome::Past => false,
            });
            let other_resource =
                glob.can_match(&reference, |o| matches!(o, Outcome::Left(at) if at < ns));
            if other_bucket {
                warnings.push(Warning::OtherBuckets {
                    statement,
                    pattern: pattern.clone(),
                    examples: bucket_examples(bucket, &glob),
                });
            }
            if other_resource {
                warnings.push(Warning::OtherResources {
                    statement,
                    pattern: pattern.clone(),
                });
            }
        }
    }
    warnings
}

fn check_trust(document: &Document, config: &Config) -> CheckResult {
    if !valid(&rules::account_id(&config.braze_account))
        || !valid(&rules::external_id(&config.external_id))
    {
        let problem = match config.auth {
            AuthMethod::RoleArn => InputProblem::TrustValues,
            AuthMethod::SecretKey => InputProblem::TrustWithSecretKey,
        };
        let mut result = CheckResult::invalid(problem, None);
        result.kind = Some(DocumentKind::Trust);
        return result;
    }
    let account = config.braze_account.as_str();
    let external_id = config.external_id.as_str();
    let assume = |s: &Statement| eval::action_applies(&s.action, eval::ASSUME_ROLE);
    let allows: Vec<&Statement> = document
        .statements
        .iter()
        .filter(|s| s.effect == Effect::Allow && assume(s))
        .collect();
    let principal_of = |s: &Statement| match s.principal() {
        Some((spec, negated)) => eval::principal_applies(spec, negated, account),
        None => Applies::No,
    };
    let is_any = |s: &Statement| match s.principal() {
        Some((parse::PrincipalSpec::Any, false)) => true,
        Some((parse::PrincipalSpec::Map(entries), false)) => entries
            .iter()
            .any(|(kind, values)| kind == "AWS" && values.iter().any(|v| v == "*")),
        Some((_, true)) => true, // Allow + NotPrincipal: everyone but the listed
        None => false,
    };

    // The principal finding.
    let mut principal = PrincipalFinding::NotAllowed;
    let mut specific: Vec<String> = Vec::new();
    for s in &allows {
        match principal_of(s) {
            Applies::Yes if !is_any(s) => principal = PrincipalFinding::Allowed,
            Applies::Yes => {
                if principal != PrincipalFinding::Allowed {
                    principal = PrincipalFinding::AnyPrincipal;
                }
            }
            Applies::Maybe(reasons) => {
                for reason in reasons {
                    if let Reason::Principal { principal } = reason {
                        if !specific.contains(&principal) {
                            specific.push(principal);
                        }
                    }
                }
            }
            Applies::No => {}
        }
    }
    if principal == PrincipalFinding::NotAllowed && !specific.is_empty() {
        principal = PrincipalFinding::OnlySpecific {
            principals: specific,
        };
    }

    // The external ID finding, over the statements that may let Braze's account in.
    let candidates: Vec<&&Statement> = allows
        .iter()
        .filter(|s| principal_of(s) != Applies::No)
        .collect();
    let external = if candidates.is_empty() {
        None
    } else if candidates
        .iter()
        .any(|s| !s.conditions.iter().any(eval::is_external_id))
    {
        Some(ExternalIdFinding::Missing)
    } else {
        let results: Vec<Applies> = candidates
            .iter()
            .map(|s| {
                let ids: Vec<parse::Condition> = s
                    .conditions
                    .iter()
                    .filter(|c| eval::is_external_id(c))
                    .cloned()
                    .collect();
                eval::trust_conditions(&ids, external_id)
            })
            .collect();
        if results.contains(&Applies::Yes) {
            Some(ExternalIdFinding::Equal)
        } else if let Some(operator) = candidates
            .iter()
            .flat_map(|s| s.conditions.iter())
            .find(|c| {
                eval::is_external_id(c)
                    && !matches!(c.operator.as_str(), "StringEquals" | "StringLike")
            })
            .map(|c| c.operator.clone())
        {
            Some(ExternalIdFinding::Unverifiable { operator })
        } else {
            let mut found: Vec<String> = Vec::new();
            for value in candidates
                .iter()
                .flat_map(|s| s.conditions.iter())
                .filter(|c| eval::is_external_id(c))
                .flat_map(|c| c.values.iter())
            {
                if !found.contains(value) {
                    found.push(value.clone());
                }
            }
            Some(ExternalIdFinding::Different { found })
        }
    };

    let access = access(document, |s| trust_applies(s, account, external_id));

    // Warnings: anyone, or principals other than Braze's account.
    let mut warnings = Vec::new();
    for s in &allows {
        if is_any(s) {
            warnings.push(Warning::AnyPrincipal {
                statement: s.number,
            });
            continue;
        }
        let own_prefix = format!("arn:aws:iam::{account}:");
        let others: Vec<String> = match s.principal() {
            Some((parse::PrincipalSpec::Map(entries), false)) => entries
                .iter()
                .flat_map(|(kind, values)| values.iter().map(move |v| (kind, v)))
                .filter(|(kind, v)| {
                    *kind != "AWS"
                        || !(eval::names_account(v, account) || v.starts_with(&own_prefix))
                })
                .map(|(_, v)| v.clone())
                .collect(),
            _ => Vec::new(),
        };
        if !others.is_empty() {
            warnings.push(Warning::OtherPrincipals {
                statement: s.number,
                principals: others,
            });
        }
    }

    let verdict = if access.is_granted() && external == Some(ExternalIdFinding::Equal) {
        Verdict::Sufficient
    } else {
        Verdict::Insufficient
    };
    let mut notes = Vec::new();
    if config.auth == AuthMethod::SecretKey {
        notes.push(Note::TrustWithSecretKey);
    }
    CheckResult {
        verdict,
        kind: Some(DocumentKind::Trust),
        rows: Vec::new(),
        warnings,
        trust: Some(TrustReport {
            principal,
            external_id: external,
            access,
        }),
        notes,
        error: None,
    }
}

/// A few bucket names around the reader's: itself, names that start with it, names that
/// do not. Only valid bucket names are kept (a very long name leaves fewer examples).
fn example_buckets(bucket: &str) -> Vec<String> {
    let different = ["reports-archive", "analytics-data"]
        .into_iter()
        .find(|name| !name.starts_with(bucket))
        .unwrap_or("analytics-data");
    [
        bucket.to_owned(),
        format!("{bucket}-backup"),
        format!("{bucket}2"),
        format!("{bucket}logs"),
        format!("other-{bucket}"),
        different.to_owned(),
    ]
    .into_iter()
    .filter(|name| valid(&rules::bucket(name)))
    .collect()
}

/// Whether `glob` matches each example bucket (the bucket itself or any of its objects).
fn bucket_examples(bucket: &str, glob: &Glob) -> Vec<(String, bool)> {
    example_buckets(bucket)
        .into_iter()
        .map(|name| {
            let matched = glob.matches(&format!("{S3_PREFIX}{name}"))
                || glob.matches(&format!("{S3_PREFIX}{name}/example-object"));
            (name, matched)
        })
        .collect()
}

/// The example bucket names and whether `arn:aws:s3:::BUCKET*` (the resource of Braze's
/// published dashboard-export policy for the secret-key method) matches each.
pub fn prefix_wildcard_examples(bucket: &str) -> Vec<(String, bool)> {
    let (glob, _) = Glob::arn(&format!("{S3_PREFIX}{bucket}*"), Variables::Literal);
    example_buckets(bucket)
        .into_iter()
        .map(|name| {
            let matched = glob.matches(&format!("{S3_PREFIX}{name}"));
            (name, matched)
        })
        .collect()
}

/// The note on Braze's published dashboard-export policy for the secret-key method: its
/// `arn:aws:s3:::BUCKET*` also matches every bucket whose name starts with the reader's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PrefixWildcardNote {
    pub pattern: String,
    pub bucket: String,
    pub examples: Vec<(String, bool)>,
}

/// The note, where it applies: dashboard export (alone or with Currents), secret-key
/// method, a valid bucket name. It explains; it does not offer another policy.
pub fn published_policy_note(config: &Config) -> Option<PrefixWildcardNote> {
    let applies = matches!(
        config.integration,
        Integration::DashboardExport | Integration::Both
    ) && config.auth == AuthMethod::SecretKey
        && valid(&rules::bucket(&config.bucket));
    applies.then(|| PrefixWildcardNote {
        pattern: format!("{S3_PREFIX}{}*", config.bucket),
        bucket: config.bucket.clone(),
        examples: prefix_wildcard_examples(&config.bucket),
    })
}
