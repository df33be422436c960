//! IAM's evaluation of one of Braze's requests, step by step as AWS's "Policy evaluation
//! logic" page (section "Determining whether a request is allowed or denied within an
//! account") decides a request within one account: [`explicit_deny`], [`organizations`],
//! [`resource_based`], [`identity_based`], [`permissions_boundary`], [`session_policy`].
//!
//! A request may be about every key Braze writes under a folder: each statement's resource
//! then matches all of those keys, some of them or none (`wildcard::sets`), and the keys fall
//! into a few kinds, by which patterns match them. Each kind is decided on its own, through the
//! steps above, and the request's answer is the worst of them, with an example key when only
//! some keys fare badly: an `Allow` counts only where it covers every key, and a `Deny` counts
//! as soon as it matches one.

use std::collections::HashMap;

use super::combine::{access, worst, Tri};
use super::condition::{conditions_apply, Context};
use super::document::{Document, Patterns, Statement, Version};
use super::principal::{self, Caller};
use super::request::{Request, Scope};
use super::shortcut;
use super::verdict::{Access, Applies, Reason};
use crate::core::facts::SSE_HEADER;
use crate::core::policy::Effect;
use crate::core::wildcard::sets::{reaches, Budget, Cover};
use crate::core::wildcard::{Glob, Variables};

/// The policies AWS evaluates for a request of Braze's, within the reader's account.
#[derive(Clone, Copy, Debug, Default)]
pub struct Policies<'a> {
    /// Every identity-based policy of the user or role (its own and its groups').
    pub identity: &'a [&'a Document],
    /// The permissions boundary of the user or role, when it has one.
    pub boundary: Option<&'a Document>,
    /// The bucket policy (a resource-based policy), when there is one.
    pub bucket: Option<&'a Document>,
}

/// The answer for one request, whole and by the part each policy plays in it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Evaluation {
    /// AWS's decision: allowed, or denied explicitly or implicitly.
    pub decision: Access,
    /// The identity's own policies, with what a bucket policy grants it: denied by one of its
    /// policies, or allowed by them or by the bucket policy.
    pub identity: Access,
    /// The permissions boundary: denied by it, or allowed by it or granted past it.
    pub boundary: Access,
    /// The bucket policy's `Deny` statements: [`Access::Granted`] when none applies.
    pub bucket_denial: Access,
}

impl Evaluation {
    fn all(access: Access) -> Self {
        Self {
            decision: access.clone(),
            identity: access.clone(),
            boundary: access.clone(),
            bucket_denial: access,
        }
    }
}

/// How `${…}` reads in a pattern, by policy language version.
pub fn variables(version: Version) -> Variables {
    match version {
        Version::V2012 => Variables::Substituted,
        Version::V2008 => Variables::Literal,
    }
}

/// Whether `Action` / `NotAction` covers `action` (names compare without case).
pub fn action_applies(patterns: &Patterns, action: &str) -> bool {
    let any = patterns
        .values
        .iter()
        .any(|p| shortcut::action_matches(p, action));
    any != patterns.negated
}

/// [`action_applies`] with every pattern compiled.
fn action_applies_in_full(patterns: &Patterns, action: &str) -> bool {
    let any = patterns
        .values
        .iter()
        .any(|p| Glob::action(p).matches(action));
    any != patterns.negated
}

/// What is known of a request's context: HTTPS (Braze calls S3 over it), the SSE header on
/// uploads (`sse_header` when Braze's AES-256 option is on, else absent), and, when the caller
/// is known, its ARN and account (for a role session, `aws:PrincipalArn` is the role's ARN).
pub fn context_for(request: &Request, caller: &Caller, sse_header: Option<&str>) -> Context {
    let header = request.is_upload().then_some(sse_header).flatten();
    let context = Context::new()
        .with("aws:SecureTransport", Some("true"))
        .with(&format!("s3:{SSE_HEADER}"), header);
    match caller {
        Caller::Unknown => context,
        Caller::User { arn, account, .. } | Caller::Role { arn, account, .. } => context
            .with("aws:PrincipalArn", Some(arn))
            .with("aws:PrincipalAccount", Some(account)),
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Identity,
    Boundary,
    Bucket,
}

/// A statement that may apply to the request, with the parts that do not depend on the key.
struct Candidate<'a> {
    kind: Kind,
    statement: &'a Statement,
    /// Principal (bucket policy) and conditions: the statement applies on its own.
    direct: Applies,
    /// Bucket policy `Allow` for the role: a grant its permissions boundary limits.
    role: Applies,
    /// The statement's resource patterns (indices into the evaluation's list), each with
    /// whether it holds a policy variable.
    patterns: Vec<(usize, bool)>,
    negated: bool,
}

/// A resource pattern, compiled once per evaluation.
struct Pattern {
    text: String,
    /// The text and how its `${…}` read: one name per compiled pattern.
    name: String,
    glob: Glob,
    /// Whether a policy variable stands in it.
    variable: bool,
}

/// What each policy says about one kind of key.
struct Said {
    identity_deny: Tri,
    boundary_deny: Tri,
    bucket_deny: Tri,
    identity_allow: Tri,
    /// `None` without a permissions boundary.
    boundary_allow: Option<Tri>,
    bucket_direct: Tri,
    bucket_role: Tri,
}

/// Step 1, "Deny evaluation": an explicit `Deny` in any policy (here: identity-based,
/// permissions boundary, bucket policy) that applies ends the evaluation with a denial.
fn explicit_deny(said: &Said) -> Tri {
    said.identity_deny
        .clone()
        .or(said.boundary_deny.clone())
        .or(said.bucket_deny.clone())
}

/// Step 2, "AWS Organizations RCPs" and "… SCPs": they may deny where nothing else does, but
/// an account's own IAM cannot read them, so nothing here can tell; they allow, as far as this
/// check sees (docs/facts.md; the preflight says so in its finding `organizations`).
fn organizations() -> Tri {
    Tri::Yes(0)
}

/// Step 3, "Resource-based policies": within one account, an `Allow` for the user itself or
/// the role session (or for everyone) grants the request on its own, whatever the identity's
/// policies and boundary say; one for the role ARN is limited by its permissions boundary and
/// session policy. Returns `(direct, for the role)`.
fn resource_based(said: &Said) -> (Tri, Tri) {
    (said.bucket_direct.clone(), said.bucket_role.clone())
}

/// Step 4, "Identity-based policies": one of the identity's policies must allow the request.
fn identity_based(said: &Said) -> Tri {
    said.identity_allow.clone()
}

/// Step 5, "IAM permissions boundaries": when the identity has one, it must allow too.
fn permissions_boundary(said: &Said) -> Tri {
    said.boundary_allow.clone().unwrap_or(Tri::Yes(0))
}

/// Step 6, "Session policies": Braze documents none for the role it assumes (and a user's
/// requests have none), so nothing further limits the session.
fn session_policy() -> Tri {
    Tri::Yes(0)
}

/// AWS's decision for one kind of key, through the steps in order.
fn decide(said: &Said) -> Access {
    let deny = explicit_deny(said);
    let (direct, role) = resource_based(said);
    let limited = role
        .or(identity_based(said))
        .and(permissions_boundary(said))
        .and(session_policy());
    access(deny, direct.or(limited).and(organizations()))
}

/// The part each policy plays, for the preflight's findings: the identity's policies (or a
/// bucket policy's grant) must allow, the boundary must allow (or be bypassed by a grant to
/// the user or session), and the bucket policy must not deny. All three hold exactly when
/// [`decide`] allows.
fn parts(said: &Said) -> (Access, Access, Access) {
    let identity = access(
        said.identity_deny.clone(),
        said.identity_allow
            .clone()
            .or(said.bucket_direct.clone())
            .or(said.bucket_role.clone()),
    );
    let boundary = match &said.boundary_allow {
        None => Access::Granted,
        Some(allow) => access(
            said.boundary_deny.clone(),
            allow.clone().or(said.bucket_direct.clone()),
        ),
    };
    let bucket = match &said.bucket_deny {
        Tri::No => Access::Granted,
        Tri::Yes(statement) => Access::Denied {
            statement: *statement,
        },
        Tri::Maybe(deps) => Access::DependsOnCondition(deps.clone()),
    };
    (identity, boundary, bucket)
}

/// Evaluates `request` against `policies`, for `caller`, in `context` ([`context_for`]).
/// The statements and patterns that cannot touch the request are left out first, by the
/// literal tests of [`shortcut`].
pub fn evaluate(
    policies: &Policies,
    caller: &Caller,
    context: &Context,
    request: &Request,
    budget: &Budget,
) -> Evaluation {
    evaluate_with(true, policies, caller, context, request, budget)
}

/// [`evaluate`] without the shortcuts: every statement through the whole evaluation, every
/// pattern compiled and searched. The same answers (and the same work budget spent), found
/// with more work: what the tests compare the shortcuts with (`tests/judging_speed.rs`).
pub fn evaluate_every_statement(
    policies: &Policies,
    caller: &Caller,
    context: &Context,
    request: &Request,
    budget: &Budget,
) -> Evaluation {
    evaluate_with(false, policies, caller, context, request, budget)
}

fn evaluate_with(
    shortcuts: bool,
    policies: &Policies,
    caller: &Caller,
    context: &Context,
    request: &Request,
    budget: &Budget,
) -> Evaluation {
    let mut patterns: Vec<Pattern> = Vec::new();
    let candidates = candidates(shortcuts, policies, caller, context, request, &mut patterns);
    let set = request.arns();
    let set_name = match &request.scope {
        Scope::One => format!("={}", request.resource),
        Scope::Keys { prefix } => format!("<{prefix}"),
    };
    let mut covers = Vec::with_capacity(patterns.len());
    for pattern in &patterns {
        match budget.cover((&set_name, &set), (&pattern.name, &pattern.glob)) {
            Some(c) => covers.push(c),
            None => return Evaluation::all(Access::TooComplex),
        }
    }
    let fixed: Vec<bool> = covers.iter().map(|c| *c == Cover::All).collect();
    let partial: Vec<usize> = (0..covers.len())
        .filter(|i| covers[*i] == Cover::Some)
        .collect();
    // The kinds of keys: by which of the partly matching patterns match them.
    let kinds: Vec<(Vec<bool>, Option<String>)> = if partial.is_empty() {
        vec![(fixed, None)]
    } else {
        let globs: Vec<&Glob> = partial.iter().map(|i| &patterns[*i].glob).collect();
        let Some(found) = reaches(&set, &globs, budget) else {
            return Evaluation::all(Access::TooComplex);
        };
        found
            .into_iter()
            .map(|reach| {
                let mut member = fixed.clone();
                for (k, i) in partial.iter().enumerate() {
                    member[*i] = reach.matched[k];
                }
                (member, Some(reach.example))
            })
            .collect()
    };
    let mut decisions = Vec::new();
    let mut identities = Vec::new();
    let mut boundaries = Vec::new();
    let mut denials = Vec::new();
    for (member, example) in kinds {
        let said = said(&candidates, &member, &patterns, policies.boundary.is_some());
        let (identity, boundary, bucket) = parts(&said);
        decisions.push((decide(&said), example.clone()));
        identities.push((identity, example.clone()));
        boundaries.push((boundary, example.clone()));
        denials.push((bucket, example));
    }
    Evaluation {
        decision: worst(decisions),
        identity: worst(identities),
        boundary: worst(boundaries),
        bucket_denial: worst(denials),
    }
}

/// The statements of `policies` whose action, principal and conditions may apply to the
/// request, with their resource patterns added to `patterns`; with `shortcuts`, only those
/// whose resource patterns may meet the request's ARNs.
fn candidates<'a>(
    shortcuts: bool,
    policies: &Policies<'a>,
    caller: &Caller,
    context: &Context,
    request: &Request,
    patterns: &mut Vec<Pattern>,
) -> Vec<Candidate<'a>> {
    let documents = policies
        .identity
        .iter()
        .map(|d| (Kind::Identity, *d))
        .chain(policies.boundary.map(|d| (Kind::Boundary, d)))
        .chain(policies.bucket.map(|d| (Kind::Bucket, d)));
    let set_prefix = match &request.scope {
        Scope::One => request.resource.as_str(),
        Scope::Keys { prefix } => prefix.as_str(),
    };
    let mut named: HashMap<String, usize> = HashMap::new();
    let mut out = Vec::new();
    for (kind, document) in documents {
        for statement in &document.statements {
            let touches = if shortcuts {
                action_applies(&statement.action, &request.action)
                    && shortcut::may_touch(statement.resource.as_ref(), set_prefix)
            } else {
                action_applies_in_full(&statement.action, &request.action)
            };
            if !touches {
                continue;
            }
            let conditions = conditions_apply(&statement.conditions, context, document.version);
            let (direct, role) = match (kind, statement.effect, statement.principal()) {
                (Kind::Bucket, _, None) => continue,
                (Kind::Bucket, Effect::Deny, Some((spec, negated))) => {
                    (principal::denies(spec, negated, caller), Applies::No)
                }
                (Kind::Bucket, Effect::Allow, Some((spec, negated))) => {
                    principal::allows(spec, negated, caller)
                }
                _ => (Applies::Yes, Applies::No),
            };
            let direct = direct.and(conditions.clone());
            let role = role.and(conditions);
            if direct == Applies::No && role == Applies::No {
                continue;
            }
            let (values, negated) = match &statement.resource {
                Some(resource) => (resource.values.as_slice(), resource.negated),
                None => (&[][..], false),
            };
            // A pattern that meets none of the request's ARNs is left out: it matches no kind
            // of key, so it adds nothing to `Resource` nor takes anything from `NotResource`.
            let indices = values
                .iter()
                .filter(|text| !shortcuts || shortcut::may_meet(text, set_prefix))
                .map(|text| pattern_index(patterns, &mut named, text, document.version))
                .collect();
            out.push(Candidate {
                kind,
                statement,
                direct,
                role,
                patterns: indices,
                negated,
            });
        }
    }
    out
}

/// The index of a resource pattern in `patterns` (added, compiled, the first time its name
/// is seen), and whether it holds a policy variable.
fn pattern_index(
    patterns: &mut Vec<Pattern>,
    named: &mut HashMap<String, usize>,
    text: &str,
    version: Version,
) -> (usize, bool) {
    let name = format!("{version:?} {text}");
    if let Some(&at) = named.get(&name) {
        return (at, patterns[at].variable);
    }
    let (glob, variable) = Glob::arn(text, variables(version));
    named.insert(name.clone(), patterns.len());
    patterns.push(Pattern {
        text: text.to_owned(),
        name,
        glob,
        variable,
    });
    (patterns.len() - 1, variable)
}

/// Whether a candidate's `Resource` / `NotResource` takes in a kind of key (`member`: which
/// patterns match it). A pattern with a policy variable matches "maybe".
fn resource_applies(candidate: &Candidate, member: &[bool], patterns: &[Pattern]) -> Applies {
    let mut hit = Applies::No;
    for (i, variable) in &candidate.patterns {
        if member[*i] {
            hit = hit.or(if *variable {
                Applies::Maybe(vec![Reason::Variable {
                    pattern: patterns[*i].text.clone(),
                }])
            } else {
                Applies::Yes
            });
        }
    }
    if candidate.negated {
        hit.negate()
    } else {
        hit
    }
}

fn said(candidates: &[Candidate], member: &[bool], patterns: &[Pattern], boundary: bool) -> Said {
    let tris = |kind: Kind, effect: Effect, role: bool| {
        Tri::any(
            candidates
                .iter()
                .filter(|c| c.kind == kind && c.statement.effect == effect)
                .map(|c| {
                    let part = if role { &c.role } else { &c.direct };
                    let applies = resource_applies(c, member, patterns).and(part.clone());
                    Tri::of(applies, c.statement)
                }),
        )
    };
    Said {
        identity_deny: tris(Kind::Identity, Effect::Deny, false),
        boundary_deny: tris(Kind::Boundary, Effect::Deny, false),
        bucket_deny: tris(Kind::Bucket, Effect::Deny, false),
        identity_allow: tris(Kind::Identity, Effect::Allow, false),
        boundary_allow: boundary.then(|| tris(Kind::Boundary, Effect::Allow, false)),
        bucket_direct: tris(Kind::Bucket, Effect::Allow, false),
        bucket_role: tris(Kind::Bucket, Effect::Allow, true),
    }
}
