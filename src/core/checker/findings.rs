//! What the check found, as data the view renders: the verdict, one row per permission Braze
//! needs, the trust policy's findings, notes, or the error. Every text is a [`Msg`].

use super::errors::{CheckError, InputProblem};
use super::warnings::Warning;
use crate::core::config::Config;
pub use crate::core::iam::verdict::{Access, Dependency, Reason};
use crate::core::policy::Effect;
use crate::core::text::{Arg, Msg};
use crate::msg;

/// The answer, as `data-verdict` spells it (the same three for every provider's checker).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
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

/// The answer's sentence (the data lives with the evaluator: [`crate::core::iam::verdict`]).
impl Access {
    pub fn message(&self) -> Msg {
        match self {
            Access::Granted => msg!("checker-access-granted"),
            Access::Missing => msg!("checker-access-missing"),
            Access::MissingFor { example } => {
                msg!("checker-access-missing-some", example = example)
            }
            Access::Denied { statement } => msg!("checker-access-denied", statement = *statement),
            Access::DeniedFor { statement, example } => msg!(
                "checker-access-denied-some",
                statement = *statement,
                example = example
            ),
            Access::TooComplex => msg!("checker-access-too-complex"),
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
    pub action: String,
    pub resource: String,
    pub access: Access,
}

impl Row {
    /// `"<action> <resource-arn>"`: the value of the UI's `data-missing` attribute.
    pub fn hook(&self) -> String {
        format!("{} {}", self.action, self.resource)
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
    /// Present, but it admits other external IDs (a wildcard, a negated operator) or none
    /// (`…IfExists`, `ForAllValues:`, `Null`): Braze's other customers can use the role.
    Open { operator: String, value: String },
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
            ExternalIdFinding::Open { operator, value } => msg!(
                "checker-trust-external-id-open",
                operator = operator,
                value = value
            ),
        })
    }
}

/// Extra information, not a problem with the policy.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Note {
    /// A trust policy was pasted while the secret-key method is chosen.
    TrustWithSecretKey,
    /// AWS Organizations' SCPs and RCPs may still refuse what the policy allows: they are not
    /// visible from the policy (AWS, "Policy evaluation logic", step 2).
    OrganizationPolicies,
}

impl Note {
    pub fn message(&self) -> Msg {
        match self {
            Note::TrustWithSecretKey => msg!("checker-note-trust-with-secret-key"),
            Note::OrganizationPolicies => msg!("checker-note-organizations"),
        }
    }
}

/// Everything the check found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckResult {
    pub verdict: Verdict,
    /// `None` when the text could not be read as a policy.
    pub kind: Option<DocumentKind>,
    /// One per [`super::required`] pair (identity policies only).
    pub rows: Vec<Row>,
    pub warnings: Vec<Warning>,
    /// Trust policies only.
    pub trust: Option<TrustReport>,
    pub notes: Vec<Note>,
    /// Set exactly when the verdict is [`Verdict::Invalid`].
    pub error: Option<CheckError>,
}

impl CheckResult {
    pub(super) fn invalid(problem: InputProblem, place: Option<(usize, usize)>) -> Self {
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
