//! Who a statement is about: whether its `Principal` (or `NotPrincipal`) takes in the identity
//! Braze signs in as (AWS, "IAM JSON policy elements: Principal" and "…: NotPrincipal";
//! "Permissions boundaries for IAM entities").
//!
//! - A principal names an account (its ID or `arn:aws:iam::ID:root`), a user, a role, a role
//!   session (`arn:aws:sts::ID:assumed-role/NAME/SESSION`, the role's name without its path),
//!   or everyone (`"*"`, `{"AWS": "*"}`); no wildcard inside a name.
//! - Braze's requests with a role come from a session of that role; Braze does not publish
//!   its session name, so a statement naming one session may or may not be Braze's.
//! - `NotPrincipal` with `Deny` denies everyone not listed; AWS may check the account, then the
//!   role, then the session, so all of them must be listed to be left alone, and it always
//!   denies a principal that has a permissions boundary.
//! - In a bucket policy of the same account, an `Allow` for the user (or the role session, or
//!   everyone) grants by itself; one for the role is still limited by the role's boundary; one
//!   for the account delegates to the account's own policies and grants nothing by itself.

use super::document::PrincipalSpec;
use super::verdict::{Applies, Reason};

/// The identity Braze signs in as, as far as the report tells it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Caller<'a> {
    /// Not known (a policy checked on its own).
    Unknown,
    /// An IAM user: its ARN, its account, whether it has a permissions boundary.
    User {
        arn: &'a str,
        account: &'a str,
        boundary: bool,
    },
    /// A session of an IAM role: the role's ARN (path included), its name, its account,
    /// whether it has a permissions boundary.
    Role {
        arn: &'a str,
        name: &'a str,
        account: &'a str,
        boundary: bool,
    },
}

impl Caller<'_> {
    pub fn has_boundary(&self) -> bool {
        match self {
            Caller::Unknown => false,
            Caller::User { boundary, .. } | Caller::Role { boundary, .. } => *boundary,
        }
    }

    fn account(&self) -> Option<&str> {
        match self {
            Caller::Unknown => None,
            Caller::User { account, .. } | Caller::Role { account, .. } => Some(account),
        }
    }

    /// What `value`, one `AWS` principal of a statement, says about the caller.
    fn names(&self, value: &str) -> Named {
        if value == "*" {
            return Named::Everyone;
        }
        let Some(account) = self.account() else {
            return Named::Unknown;
        };
        if value == account || value == format!("arn:aws:iam::{account}:root") {
            return Named::Account;
        }
        match self {
            Caller::User { arn, .. } if value == *arn => Named::Itself,
            Caller::Role { arn, .. } if value == *arn => Named::Role,
            Caller::Role { name, .. }
                if value
                    .strip_prefix(&format!("arn:aws:sts::{account}:assumed-role/{name}/"))
                    .is_some_and(|session| !session.is_empty()) =>
            {
                Named::Session
            }
            // A unique ID (`AIDA…`, `AROA…`) stands for a principal IAM could not show by
            // name: it may be the caller's.
            _ if !value.starts_with("arn:") && value.parse::<u64>().is_err() => Named::Unknown,
            _ => Named::Other,
        }
    }
}

/// What one principal value says about the caller.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Named {
    Everyone,
    Account,
    /// The user itself.
    Itself,
    /// The role, whose sessions Braze's requests come from.
    Role,
    /// A session of the role, by a name that may or may not be Braze's.
    Session,
    Other,
    Unknown,
}

fn aws_values(spec: &PrincipalSpec) -> Vec<&str> {
    match spec {
        PrincipalSpec::Any => vec!["*"],
        PrincipalSpec::Map(entries) => entries
            .iter()
            .filter(|(kind, _)| kind == "AWS")
            .flat_map(|(_, values)| values.iter().map(String::as_str))
            .collect(),
    }
}

/// An S3 canonical user ID may be the caller's account's: unknown here.
fn canonical_users(spec: &PrincipalSpec) -> Vec<&str> {
    match spec {
        PrincipalSpec::Any => Vec::new(),
        PrincipalSpec::Map(entries) => entries
            .iter()
            .filter(|(kind, _)| kind == "CanonicalUser")
            .flat_map(|(_, values)| values.iter().map(String::as_str))
            .collect(),
    }
}

fn maybe(principal: &str) -> Applies {
    Applies::Maybe(vec![Reason::Principal {
        principal: principal.to_owned(),
    }])
}

/// Whether a `Deny` statement with this `Principal` / `NotPrincipal` applies to the caller.
pub fn denies(spec: &PrincipalSpec, negated: bool, caller: &Caller) -> Applies {
    if negated {
        return not_principal_denies(spec, caller);
    }
    let mut result = Applies::No;
    for value in aws_values(spec) {
        result = result.or(match caller.names(value) {
            Named::Everyone | Named::Account | Named::Itself | Named::Role => Applies::Yes,
            Named::Session | Named::Unknown => maybe(value),
            Named::Other => Applies::No,
        });
    }
    for value in canonical_users(spec) {
        result = result.or(maybe(value));
    }
    result
}

/// `Deny` with `NotPrincipal`: everyone not listed is denied.
fn not_principal_denies(spec: &PrincipalSpec, caller: &Caller) -> Applies {
    let values = aws_values(spec);
    if values.contains(&"*") {
        return Applies::No;
    }
    if caller.has_boundary() {
        return Applies::Yes;
    }
    let listed: Vec<Named> = values.iter().map(|v| caller.names(v)).collect();
    let has = |named: Named| listed.contains(&named);
    match caller {
        Caller::Unknown => values.first().map_or(Applies::Yes, |v| maybe(v)),
        Caller::User { arn, .. } => {
            if !has(Named::Itself) {
                Applies::Yes
            } else if has(Named::Account) {
                Applies::No
            } else {
                // AWS may check the account first, and deny it.
                maybe(arn)
            }
        }
        // Braze's requests come from a session of the role: unless a session is listed,
        // Braze's is denied; a listed one may or may not be Braze's.
        Caller::Role { .. } => match values.iter().find(|v| caller.names(v) == Named::Session) {
            None => Applies::Yes,
            Some(session) => maybe(session),
        },
    }
}

/// What an `Allow` statement of a bucket policy with this principal grants the caller:
/// `(direct, role)`, a grant that stands alone (the user, the session, everyone), and a grant
/// to the role that its permissions boundary still limits.
pub fn allows(spec: &PrincipalSpec, negated: bool, caller: &Caller) -> (Applies, Applies) {
    let values = aws_values(spec);
    if negated {
        // Everyone but the listed: whether AWS takes the caller in depends on how it checks
        // the account, the role and the session; never read as a grant.
        let listed = values.iter().any(|v| caller.names(v) != Named::Other);
        let direct = if listed {
            Applies::No
        } else {
            maybe("NotPrincipal")
        };
        return (direct, Applies::No);
    }
    let (mut direct, mut role) = (Applies::No, Applies::No);
    for value in values {
        match caller.names(value) {
            Named::Everyone | Named::Itself => direct = direct.or(Applies::Yes),
            Named::Role => role = role.or(Applies::Yes),
            Named::Session | Named::Unknown => direct = direct.or(maybe(value)),
            Named::Account | Named::Other => {}
        }
    }
    (direct, role)
}

/// The principal forms that name a whole account: its ID, or its `root` ARN.
pub fn names_account(value: &str, account: &str) -> bool {
    value == account || value == format!("arn:aws:iam::{account}:root")
}

/// Whether a trust policy's `Principal` / `NotPrincipal` takes in Braze's account calling
/// `sts:AssumeRole`. A specific user or role of Braze's account may or may not be the one
/// Braze calls from: Braze publishes only the account, so that is a "maybe".
pub fn trusts(spec: &PrincipalSpec, negated: bool, account: &str) -> Applies {
    let own_prefix = format!("arn:aws:iam::{account}:");
    let mut result = Applies::No;
    for value in aws_values(spec) {
        result = result.or(if value == "*" || names_account(value, account) {
            Applies::Yes
        } else if value.starts_with(&own_prefix) {
            maybe(value)
        } else {
            Applies::No
        });
    }
    if negated {
        result.negate()
    } else {
        result
    }
}

/// Whether a trust policy's principal lets in any AWS principal at all: `"*"`,
/// `{"AWS": "*"}`, or `NotPrincipal` (everyone but the listed).
pub fn is_anyone(spec: &PrincipalSpec, negated: bool) -> bool {
    negated || aws_values(spec).contains(&"*")
}
