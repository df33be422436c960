//! The role-assignment checker: paste `az role assignment list` output and learn whether the
//! app's service principal holds Storage Blob Data Contributor (or a role covering all it
//! grants) at the storage account's scope; what is missing, too broad, or in the wrong scope.
//!
//! Judged as Microsoft documents Azure RBAC (docs/facts.md): assignments add up, each
//! applies at its scope and below ([`scope`]); a role allows its actions minus its
//! not-actions ([`roles`]); Owner, Contributor and Storage Account Contributor grant no blob
//! data access through Microsoft Entra ID. Anything the paste cannot prove (an unknown role, a
//! condition, a group, a subscription not known to hold the account) is never counted: the
//! worst bug here is a false "sufficient".

pub mod parse;
pub mod roles;
pub mod scope;

use super::facts::{self, Broad};
use crate::core::text::{Arg, Msg};
use crate::msg;
use parse::{Assignment, ParseProblem, RoleDefinition};
use scope::{Place, Relation};

/// The verdict: `data-verdict`, as Amazon S3's checker spells it.
pub use crate::core::checker::Verdict;

/// Whose assignments count.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Principal {
    /// The app with this client ID: an entry counts when its `principalName` is it (the
    /// Azure CLI writes a service principal's first name, its app's client ID).
    ClientId(String),
    /// Every entry is the principal's, directly or through a group (the preflight lists
    /// them with `--assignee` and `--include-groups`).
    AllListed,
}

/// The reader's storage account and principal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Target {
    pub account: String,
    pub container: String,
    pub resource_group: String,
    /// The account's resource ID when known (the preflight reads it).
    pub account_id: Option<String>,
    pub principal: Principal,
}

/// One thing the checker found, as data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Finding {
    /// The paste is not read.
    Unreadable(ParseProblem),
    /// No assignment for the principal at all.
    NoAssignment,
    /// A role at the right scope: what it grants of the need.
    AtAccount { role: String },
    /// A role on the container (or blob service): Braze asks for the storage account.
    BelowAccount { role: String, scope: String },
    /// A role above the account: works, too broad.
    BroadScope { role: String, scope: String },
    /// A role above some account, perhaps not this one.
    UncertainScope { role: String, scope: String },
    /// A role whose permissions are not known.
    UnknownRole { role: String },
    /// A conditional assignment, or a role with a conditional block.
    Conditional { role: String },
    /// A group's assignment: counts only if the app is a member.
    Group { role: String, group: String },
    /// A role granting more than Braze needs.
    BroadRole { role: String, broad: Vec<Broad> },
    /// Assignments of other principals, left aside.
    OtherPrincipals { count: usize },
    /// What is still missing.
    Missing { operations: Vec<&'static str> },
    /// Deny assignments are not in the list: a caveat of a sufficient verdict.
    DenyNotListed,
}

impl Finding {
    pub fn message(&self) -> Msg {
        match self {
            Self::Unreadable(problem) => problem_message(problem),
            Self::NoAssignment => msg!("azure-check-no-assignment"),
            Self::AtAccount { role } => msg!("azure-check-at-account", role = role),
            Self::BelowAccount { role, scope } => {
                msg!("azure-check-below-account", role = role, scope = scope)
            }
            Self::BroadScope { role, scope } => {
                msg!("azure-check-broad-scope", role = role, scope = scope)
            }
            Self::UncertainScope { role, scope } => {
                msg!("azure-check-uncertain-scope", role = role, scope = scope)
            }
            Self::UnknownRole { role } => msg!("azure-check-unknown-role", role = role),
            Self::Conditional { role } => msg!("azure-check-conditional", role = role),
            Self::Group { role, group } => msg!("azure-check-group", role = role, group = group),
            Self::BroadRole { role, broad } => {
                // The gravest first: the keys open all data; assigning roles opens anything.
                let kind = match broad.first() {
                    Some(Broad::Keys) => "keys",
                    Some(Broad::Access) => "access",
                    Some(Broad::BlobOwnership) => "ownership",
                    _ => "account",
                };
                msg!("azure-check-broad-role", role = role, kind = Arg::Key(kind))
            }
            Self::OtherPrincipals { count } => msg!("azure-check-other-principals", count = *count),
            Self::Missing { operations } => msg!(
                "azure-check-missing",
                operations = operations.join(", "),
                count = operations.len()
            ),
            Self::DenyNotListed => msg!("azure-check-deny-not-listed"),
        }
    }

    /// The fix, where there is one.
    pub fn fix(&self) -> Option<Msg> {
        match self {
            Self::NoAssignment | Self::Missing { .. } | Self::BelowAccount { .. } => {
                Some(msg!("azure-check-fix-assign", role = facts::ROLE_NAME))
            }
            Self::BroadScope { .. } | Self::UncertainScope { .. } => {
                Some(msg!("azure-check-fix-narrow", role = facts::ROLE_NAME))
            }
            Self::BroadRole { .. } => Some(msg!("azure-check-fix-role", role = facts::ROLE_NAME)),
            Self::UnknownRole { .. } => Some(msg!("azure-check-fix-definition")),
            _ => None,
        }
    }
}

fn problem_message(problem: &ParseProblem) -> Msg {
    match problem {
        ParseProblem::Empty => msg!("azure-check-empty"),
        ParseProblem::TooLarge { max_bytes } => {
            msg!(
                "azure-check-too-large",
                megabytes = *max_bytes / (1024 * 1024)
            )
        }
        ParseProblem::TooMany { max } => msg!("azure-check-too-many", max = *max),
        ParseProblem::Secret(secret) => secret.message(),
        ParseProblem::NotJson => msg!("azure-check-not-json"),
        ParseProblem::NotAssignments => msg!("azure-check-not-assignments"),
    }
}

/// The checker's answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Judgement {
    pub verdict: Verdict,
    pub findings: Vec<Finding>,
}

/// Reads a pasted assignment list (and optional pasted role definitions) and judges it.
pub fn check(text: &str, definitions: Option<&str>, target: &Target) -> Judgement {
    let invalid = |problem| Judgement {
        verdict: Verdict::Invalid,
        findings: vec![Finding::Unreadable(problem)],
    };
    let assignments = match parse::assignments(text) {
        Ok(list) => list,
        Err(problem) => return invalid(problem),
    };
    let definitions = match definitions.filter(|d| !d.trim().is_empty()) {
        None => Vec::new(),
        Some(text) => match parse::definitions(text) {
            Ok(list) => list,
            Err(problem) => return invalid(problem),
        },
    };
    judge(&assignments, &definitions, target)
}

/// Judges parsed assignments for `target`.
pub fn judge(
    assignments: &[Assignment],
    definitions: &[RoleDefinition],
    target: &Target,
) -> Judgement {
    let mut place = place(target, assignments);
    place.management_groups_contain = target.principal == Principal::AllListed;
    let mut findings = Vec::new();
    let mut granted: Vec<&'static str> = Vec::new();
    let mut others = 0;
    let mut any_mine = false;
    for a in assignments {
        let mine = match &target.principal {
            Principal::AllListed => true,
            Principal::ClientId(id) => a
                .principal_name
                .as_deref()
                .is_some_and(|n| n.eq_ignore_ascii_case(id)),
        };
        let group_of_unknown = matches!(target.principal, Principal::ClientId(_)) && a.is_group();
        if !mine && !group_of_unknown {
            others += 1;
            continue;
        }
        let role_label = a.role_label().to_owned();
        let relation = place.relation(&scope::parse(&a.scope));
        if relation == Relation::Unrelated {
            continue;
        }
        if group_of_unknown {
            findings.push(Finding::Group {
                role: role_label,
                group: a.principal_name.clone().unwrap_or_default(),
            });
            continue;
        }
        any_mine = true;
        let Some(role) = roles::find(a.role_guid(), definitions) else {
            findings.push(Finding::UnknownRole { role: role_label });
            continue;
        };
        let broad = role.broad();
        if !broad.is_empty() {
            findings.push(Finding::BroadRole {
                role: role_label.clone(),
                broad,
            });
        }
        if a.condition.as_deref().is_some_and(|c| !c.trim().is_empty()) || role.has_condition() {
            findings.push(Finding::Conditional { role: role_label });
            continue;
        }
        let scope_text = a.scope.clone();
        match relation {
            Relation::Account => {
                granted.extend(role.granted());
                findings.push(Finding::AtAccount { role: role_label });
            }
            Relation::Broader => {
                granted.extend(role.granted());
                findings.push(Finding::BroadScope {
                    role: role_label,
                    scope: scope_text,
                });
            }
            Relation::Uncertain => findings.push(Finding::UncertainScope {
                role: role_label,
                scope: scope_text,
            }),
            Relation::Below => findings.push(Finding::BelowAccount {
                role: role_label,
                scope: scope_text,
            }),
            Relation::Unrelated => {}
        }
    }
    let missing: Vec<&'static str> = facts::REQUIRED_ACTIONS
        .iter()
        .chain(facts::REQUIRED_DATA_ACTIONS.iter())
        .filter(|op| !granted.contains(op))
        .copied()
        .collect();
    if !any_mine && !findings.iter().any(|f| matches!(f, Finding::Group { .. })) {
        findings.insert(0, Finding::NoAssignment);
    }
    if others > 0 {
        findings.push(Finding::OtherPrincipals { count: others });
    }
    let verdict = if missing.is_empty() {
        findings.push(Finding::DenyNotListed);
        Verdict::Sufficient
    } else {
        findings.push(Finding::Missing {
            operations: missing,
        });
        Verdict::Insufficient
    };
    Judgement { verdict, findings }
}

/// What is known of the account: its name, container and group from the form, and its
/// subscription (and true group) from its resource ID or an assignment on it.
fn place(target: &Target, assignments: &[Assignment]) -> Place {
    let mut place = Place {
        account: target.account.to_ascii_lowercase(),
        container: target.container.to_ascii_lowercase(),
        group: target.resource_group.to_lowercase(),
        ..Place::default()
    };
    let known = target
        .account_id
        .iter()
        .map(String::as_str)
        .chain(assignments.iter().map(|a| a.scope.as_str()));
    for path in known {
        if let scope::Scope::Account {
            subscription,
            group,
            account,
        } = scope::parse(path)
        {
            if account == place.account {
                place.subscription = Some(subscription);
                place.group = group;
                break;
            }
        }
    }
    place
}
