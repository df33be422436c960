//! The ARNs an AWS error message names, and the IAM identity each stands for.
//!
//! AWS writes most refusals as `User: <caller ARN> is not authorized to perform: <action> on
//! resource: <resource ARN> …` (docs/facts.md, "Braze's error messages": the caller is the
//! identity that did not get access, the resource the ARN the request acted on). The ARN forms
//! (AWS IAM identifiers): an IAM user `arn:aws:iam::ACCOUNT:user/PATH/NAME`, a role
//! `arn:aws:iam::ACCOUNT:role/PATH/NAME` (the path, `/` when none, may have several parts: the
//! name is always the last one), a role's session `arn:aws:sts::ACCOUNT:assumed-role/NAME/SESSION`
//! (no path), a bucket `arn:aws:s3:::BUCKET` or `arn:aws:s3:::BUCKET/KEY`.

/// An IAM user or role, as an ARN names it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Identity {
    pub kind: IdentityKind,
    /// The 12-digit account in the ARN, as written.
    pub account: String,
    /// `/` for none, else `/part/…/`; an assumed-role ARN has none.
    pub path: String,
    pub name: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdentityKind {
    User,
    /// A role, or a session of it (`assumed-role/NAME/SESSION`: the role is NAME).
    Role,
}

impl Identity {
    pub fn user(account: &str, path: &str, name: &str) -> Self {
        Self::new(IdentityKind::User, account, path, name)
    }

    pub fn role(account: &str, path: &str, name: &str) -> Self {
        Self::new(IdentityKind::Role, account, path, name)
    }

    fn new(kind: IdentityKind, account: &str, path: &str, name: &str) -> Self {
        Self {
            kind,
            account: account.to_owned(),
            path: path.to_owned(),
            name: name.to_owned(),
        }
    }
}

/// One ARN of the text: where it starts, and its text.
pub struct Found<'a> {
    pub at: usize,
    pub arn: &'a str,
}

/// Characters that end an ARN in running text: spaces, quotes, brackets (none is allowed in the
/// ARNs read here; `,` `.` `=` `@` `+` are, in IAM names).
fn ends_arn(c: char) -> bool {
    c.is_whitespace() || "\"'`<>()[]{}|\\;«»“”‘’「」".contains(c)
}

/// Every `arn:` of `text`, in order. A `.` or `,` that ends one right before a space or the end
/// of the text is taken as the sentence's, not the name's.
pub fn all(text: &str) -> Vec<Found<'_>> {
    let lower = text.to_ascii_lowercase();
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(offset) = lower[from..].find("arn:") {
        let at = from + offset;
        let len = text[at..].find(ends_arn).unwrap_or(text.len() - at);
        let arn = text[at..at + len].trim_end_matches(['.', ',']);
        out.push(Found { at, arn });
        from = at + len.max(4);
    }
    out
}

/// `arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE` → (service, account, resource).
fn parts(arn: &str) -> Option<(&str, &str, &str)> {
    let mut it = arn.splitn(6, ':');
    let (_arn, _partition) = (it.next()?, it.next()?);
    let (service, _region, account, resource) = (it.next()?, it.next()?, it.next()?, it.next()?);
    Some((service, account, resource))
}

/// The identity that made a request: an IAM user, or a session of a role (the role is named,
/// its session is not kept). A role's own ARN is not a caller: AWS names the session.
pub fn caller(arn: &str) -> Option<Identity> {
    let (service, account, resource) = parts(arn)?;
    let (kind, rest) = resource.split_once('/')?;
    let identity = match (service, kind) {
        ("iam", "user") => {
            let (path, name) = path_and_name(rest);
            Identity::user(account, &path, name)
        }
        ("sts", "assumed-role") => Identity::role(account, "", rest.split('/').next()?),
        _ => return None,
    };
    (!identity.name.is_empty()).then_some(identity)
}

/// The role an IAM role ARN names (`arn:aws:iam::ACCOUNT:role/PATH/NAME`).
pub fn role(arn: &str) -> Option<Identity> {
    let (service, account, resource) = parts(arn)?;
    let rest = resource.strip_prefix("role/")?;
    let (path, name) = path_and_name(rest);
    (service == "iam" && !name.is_empty()).then(|| Identity::role(account, &path, name))
}

/// `integrations/braze-s3` → (`/integrations/`, `braze-s3`); `braze-s3` → (`/`, `braze-s3`).
/// The name is the last part, never the first (issue 19: a user with a path was read as its
/// path's first folder).
fn path_and_name(rest: &str) -> (String, &str) {
    match rest.rfind('/') {
        Some(last) => (format!("/{}", &rest[..=last]), &rest[last + 1..]),
        None => ("/".to_owned(), rest),
    }
}

/// The bucket an S3 ARN names, exactly as written (`arn:aws:s3:::NAME` or `…:::NAME/KEY`).
pub fn bucket(arn: &str) -> Option<&str> {
    let (service, account, resource) = parts(arn)?;
    let name = resource.split('/').next()?;
    (service == "s3" && account.is_empty() && !name.is_empty()).then_some(name)
}
