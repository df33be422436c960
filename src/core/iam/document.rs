//! A policy as the evaluator reads it: the elements IAM's evaluation looks at, as data. The
//! checker's reader (`checker::parse`) builds it from JSON, with an error for anything else.

use crate::core::policy::Effect;

/// The policy language version, which decides how `${…}` reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Version {
    V2012,
    /// `2008-10-17`, or no `Version` element (IAM then uses 2008-10-17).
    V2008,
}

/// `Action` or `NotAction` (and the same for resources): the patterns and which of the two.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Patterns {
    pub negated: bool,
    pub values: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum PrincipalSpec {
    /// `"Principal": "*"`.
    Any,
    /// Principal type (`AWS`, `Service`, …) → its values.
    Map(Vec<(String, Vec<String>)>),
}

/// One `operator → key → values` entry of a `Condition` block.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Condition {
    pub operator: String,
    pub key: String,
    pub values: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Statement {
    /// 1-based position in the document, as shown to the reader.
    pub number: usize,
    pub effect: Effect,
    pub principal: Option<(PrincipalSpec, bool)>,
    pub action: Patterns,
    pub resource: Option<Patterns>,
    pub conditions: Vec<Condition>,
}

impl Statement {
    /// `(spec, negated)` of `Principal` / `NotPrincipal`.
    pub fn principal(&self) -> Option<(&PrincipalSpec, bool)> {
        self.principal.as_ref().map(|(p, n)| (p, *n))
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Document {
    pub version: Version,
    pub statements: Vec<Statement>,
}

impl From<&crate::core::policy::PolicyDocument> for Document {
    /// A policy this page writes, as the evaluator reads it (no text in between).
    fn from(policy: &crate::core::policy::PolicyDocument) -> Self {
        use crate::core::policy::Principal;
        let version = if policy.version == "2012-10-17" {
            Version::V2012
        } else {
            Version::V2008
        };
        let statements = policy
            .statement
            .iter()
            .enumerate()
            .map(|(i, s)| Statement {
                number: i + 1,
                effect: s.effect,
                principal: s.principal.as_ref().map(|p| {
                    let spec = match p {
                        Principal::Aws { aws } => {
                            PrincipalSpec::Map(vec![("AWS".to_owned(), vec![aws.clone()])])
                        }
                        Principal::Everyone(_) => PrincipalSpec::Any,
                    };
                    (spec, false)
                }),
                action: Patterns {
                    negated: false,
                    values: s.action.clone(),
                },
                resource: (!s.resource.is_empty()).then(|| Patterns {
                    negated: false,
                    values: s.resource.clone(),
                }),
                conditions: s
                    .condition
                    .iter()
                    .flat_map(|(operator, keys)| {
                        keys.iter().map(move |(key, value)| Condition {
                            operator: operator.clone(),
                            key: key.clone(),
                            values: vec![value.clone()],
                        })
                    })
                    .collect(),
            })
            .collect();
        Self {
            version,
            statements,
        }
    }
}
