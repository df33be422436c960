//! What the evaluator answers, as data: whether a statement applies (three values), what an
//! uncertain answer depends on, and the answer for one of Braze's requests ([`Access`]). The
//! checker words them (`checker::findings`).

use crate::core::policy::Effect;

/// Whether a statement (or one of its elements) applies to a request: yes, no, or depending
/// on something only known when Braze calls AWS.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Applies {
    No,
    Yes,
    Maybe(Vec<Reason>),
}

impl Applies {
    /// Both must apply: "no" wins, then "maybe" (reasons gathered), then "yes".
    pub fn and(self, other: Applies) -> Applies {
        match (self, other) {
            (Applies::No, _) | (_, Applies::No) => Applies::No,
            (Applies::Yes, x) | (x, Applies::Yes) => x,
            (Applies::Maybe(mut a), Applies::Maybe(b)) => {
                a.extend(b);
                Applies::Maybe(a)
            }
        }
    }

    /// Any one applying is enough: "yes" wins, then "maybe", then "no".
    pub fn or(self, other: Applies) -> Applies {
        match (self, other) {
            (Applies::Yes, _) | (_, Applies::Yes) => Applies::Yes,
            (Applies::No, x) | (x, Applies::No) => x,
            (Applies::Maybe(mut a), Applies::Maybe(b)) => {
                a.extend(b);
                Applies::Maybe(a)
            }
        }
    }

    pub fn negate(self) -> Applies {
        match self {
            Applies::Yes => Applies::No,
            Applies::No => Applies::Yes,
            maybe => maybe,
        }
    }

    pub fn from_bool(b: bool) -> Applies {
        if b {
            Applies::Yes
        } else {
            Applies::No
        }
    }
}

/// What an uncertain statement depends on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reason {
    /// A condition: its operator and key, e.g. `IpAddress` `aws:SourceIp`.
    Condition { operator: String, key: String },
    /// A resource pattern with a policy variable such as `${aws:username}`.
    Variable { pattern: String },
    /// A specific principal whose match with Braze's caller is not known: a user or role of
    /// Braze's account (Braze publishes only the account), or a role session (Braze does not
    /// publish its session name).
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

/// The answer for one of Braze's requests (an action on a resource, or on every key under a
/// folder), or, for a trust policy, for Braze assuming the role.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Access {
    Granted,
    /// No statement allows it (IAM's implicit deny).
    Missing,
    /// Allowed for some of the keys Braze writes, not for all: `example` is one left out.
    MissingFor {
        example: String,
    },
    /// An explicit `Deny` applies: statement number (1-based).
    Denied {
        statement: usize,
    },
    /// An explicit `Deny` applies to some of the keys Braze writes: `example` is one.
    DeniedFor {
        statement: usize,
        example: String,
    },
    /// Granted or denied depending on what only AWS knows at request time: conditions
    /// of `Deny` statements that may apply, and, when nothing allows it without condition,
    /// those of the `Allow` statements that might.
    DependsOnCondition(Vec<Dependency>),
    /// The policy's wildcards are too intricate to be judged within the evaluator's bound
    /// (`wildcard::sets::WORK`): never read as granted.
    TooComplex,
}

impl Access {
    pub fn is_granted(&self) -> bool {
        matches!(self, Access::Granted)
    }

    /// A stable name, for a `data-access` attribute or a CSS class.
    pub fn key(&self) -> &'static str {
        match self {
            Access::Granted => "granted",
            Access::Missing | Access::MissingFor { .. } => "missing",
            Access::Denied { .. } | Access::DeniedFor { .. } => "denied",
            Access::DependsOnCondition(_) => "depends",
            Access::TooComplex => "too-complex",
        }
    }

    /// How bad the answer is for Braze, to keep the worst of several: granted, uncertain,
    /// missing, denied (an unjudged answer counts as uncertain).
    pub(crate) fn severity(&self) -> u8 {
        match self {
            Access::Granted => 0,
            Access::DependsOnCondition(_) | Access::TooComplex => 1,
            Access::Missing | Access::MissingFor { .. } => 2,
            Access::Denied { .. } | Access::DeniedFor { .. } => 3,
        }
    }
}
