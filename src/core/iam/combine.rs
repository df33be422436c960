//! How answers combine: three values that remember the statement they come from ([`Tri`]),
//! the answer from what denies and what allows ([`access`]), and the worst of the answers for
//! the kinds of keys a request covers ([`worst`]).

use super::document::Statement;
use super::verdict::{Access, Applies, Dependency};

/// Three values with where they come from: a statement that applies (its number), none, or
/// the uncertainties it depends on.
#[derive(Clone, Debug)]
pub(super) enum Tri {
    No,
    Yes(usize),
    Maybe(Vec<Dependency>),
}

impl Tri {
    pub(super) fn of(applies: Applies, statement: &Statement) -> Self {
        match applies {
            Applies::No => Tri::No,
            Applies::Yes => Tri::Yes(statement.number),
            Applies::Maybe(reasons) => Tri::Maybe(
                reasons
                    .into_iter()
                    .map(|reason| Dependency {
                        statement: statement.number,
                        effect: statement.effect,
                        reason,
                    })
                    .collect(),
            ),
        }
    }

    pub(super) fn or(self, other: Tri) -> Tri {
        match (self, other) {
            (Tri::Yes(n), _) | (_, Tri::Yes(n)) => Tri::Yes(n),
            (Tri::No, x) | (x, Tri::No) => x,
            (Tri::Maybe(mut a), Tri::Maybe(b)) => {
                a.extend(b);
                Tri::Maybe(a)
            }
        }
    }

    pub(super) fn and(self, other: Tri) -> Tri {
        match (self, other) {
            (Tri::No, _) | (_, Tri::No) => Tri::No,
            (Tri::Yes(n), Tri::Yes(_)) => Tri::Yes(n),
            (Tri::Yes(_), x) | (x, Tri::Yes(_)) => x,
            (Tri::Maybe(mut a), Tri::Maybe(b)) => {
                a.extend(b);
                Tri::Maybe(a)
            }
        }
    }

    pub(super) fn any(tris: impl Iterator<Item = Tri>) -> Tri {
        tris.fold(Tri::No, Tri::or)
    }
}

/// The answer from what denies and what allows: an applying `Deny` wins; then an applying
/// `Allow` grants unless a `Deny` might apply; without either the request is implicitly
/// denied (a `Deny` that only might apply does not change that).
pub(super) fn access(deny: Tri, allow: Tri) -> Access {
    match (deny, allow) {
        (Tri::Yes(statement), _) => Access::Denied { statement },
        (_, Tri::No) => Access::Missing,
        (Tri::No, Tri::Yes(_)) => Access::Granted,
        (Tri::No, Tri::Maybe(deps)) | (Tri::Maybe(deps), Tri::Yes(_)) => {
            Access::DependsOnCondition(deps)
        }
        (Tri::Maybe(mut deps), Tri::Maybe(allow)) => {
            deps.extend(allow);
            Access::DependsOnCondition(deps)
        }
    }
}

/// The request's answer from the answers for each kind of key: the worst, with an example
/// key when the kinds differ.
pub(super) fn worst(answers: Vec<(Access, Option<String>)>) -> Access {
    let Some(top) = answers.iter().map(|(a, _)| a.severity()).max() else {
        return Access::Granted;
    };
    let mixed = answers.iter().any(|(a, _)| a.severity() != top);
    let mut deps: Vec<Dependency> = Vec::new();
    for (access, _) in &answers {
        if let Access::DependsOnCondition(found) = access {
            for dep in found {
                if !deps.contains(dep) {
                    deps.push(dep.clone());
                }
            }
        }
    }
    let (access, example) = answers
        .into_iter()
        .find(|(a, _)| a.severity() == top)
        .unwrap_or((Access::Granted, None));
    match (access, example) {
        (Access::DependsOnCondition(_), _) => Access::DependsOnCondition(deps),
        (Access::Missing, Some(example)) if mixed => Access::MissingFor { example },
        (Access::Denied { statement }, Some(example)) if mixed => {
            Access::DeniedFor { statement, example }
        }
        (access, _) => access,
    }
}
