//! IAM as Google documents it, for the checker and the preflight: a role read as data
//! ([`Role`]), an allow policy's bindings ([`Binding`]), and how a set of permissions compares
//! with what Braze needs ([`missing`], [`too_broad`]).
//!
//! Evaluation (docs/facts.md, "Google Cloud Storage", "How IAM is judged"): a principal gets the
//! permissions of every role bound to it in the allow policy of the bucket and of the project
//! above it; a binding with a condition grants only when its condition holds, which the widget
//! cannot evaluate; a role whose stage is `DISABLED` or that is deleted grants nothing.

use serde_json::Value;

use super::facts;

/// A role as `gcloud iam roles describe` prints it (YAML or JSON), the fields the widget
/// judges.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Role {
    /// `roles/…`, `projects/P/roles/…` or `organizations/O/roles/…`; absent in a role file.
    pub name: Option<String>,
    /// `ALPHA` when absent (IAM leaves the field out for that stage).
    pub stage: Option<String>,
    pub deleted: bool,
    pub permissions: Vec<String>,
}

impl Role {
    /// A role from its JSON form; `None` when it has no permission list (not a role).
    pub fn from_json(value: &Value) -> Option<Self> {
        let object = value.as_object()?;
        let permissions = object
            .get("includedPermissions")?
            .as_array()?
            .iter()
            .map(|p| p.as_str().map(str::to_owned))
            .collect::<Option<Vec<String>>>()?;
        let text = |key: &str| object.get(key).and_then(Value::as_str).map(str::to_owned);
        Some(Self {
            name: text("name"),
            stage: text("stage"),
            deleted: object.get("deleted").and_then(Value::as_bool) == Some(true),
            permissions,
        })
    }

    /// Whether the role gives its permissions where it is bound: not deleted, not `DISABLED`.
    pub fn grants(&self) -> bool {
        !self.deleted && self.stage.as_deref() != Some("DISABLED")
    }

    /// The project of a project custom role.
    pub fn project(&self) -> Option<&str> {
        project_of(self.name.as_deref()?)
    }

    pub fn has(&self, permission: &str) -> bool {
        self.permissions.iter().any(|p| p == permission)
    }
}

/// The project of `projects/P/roles/R`.
pub fn project_of(role_name: &str) -> Option<&str> {
    let rest = role_name.strip_prefix("projects/")?;
    let (project, rest) = rest.split_once('/')?;
    rest.starts_with("roles/").then_some(project)
}

/// The permissions Braze needs that `granted` lacks, in Braze's order (the optional one
/// left out).
pub fn missing(granted: impl Fn(&str) -> bool, hierarchical_namespace: bool) -> Vec<&'static str> {
    facts::required(hierarchical_namespace)
        .into_iter()
        .filter(|p| !granted(p))
        .collect()
}

/// Why a permission is more than Braze needs, the gravest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Broad {
    /// Changes who may do what (`….setIamPolicy`), or acts on IAM, projects, credentials.
    Escalation,
    /// A wildcard: not a permission IAM knows, but what it would cover.
    Wildcard,
    /// Creates, changes or deletes buckets.
    BucketAdmin,
    /// Another service than Cloud Storage.
    OtherService,
    /// Another Cloud Storage permission.
    Extra,
}

impl Broad {
    pub fn key(self) -> &'static str {
        match self {
            Self::Escalation => "escalation",
            Self::Wildcard => "wildcard",
            Self::BucketAdmin => "bucket-admin",
            Self::OtherService => "other-service",
            Self::Extra => "extra",
        }
    }
}

/// Classifies a permission Braze does not need.
pub fn broad(permission: &str) -> Broad {
    let lower = permission.to_ascii_lowercase();
    if lower.ends_with(".setiampolicy")
        || lower.starts_with("iam.")
        || lower.starts_with("resourcemanager.")
        || lower.starts_with("orgpolicy.")
        || lower.starts_with("storage.hmackeys.")
    {
        Broad::Escalation
    } else if lower.contains('*') {
        Broad::Wildcard
    } else if matches!(
        lower.as_str(),
        "storage.buckets.create" | "storage.buckets.delete" | "storage.buckets.update"
    ) {
        Broad::BucketAdmin
    } else if !lower.starts_with("storage.") {
        Broad::OtherService
    } else {
        Broad::Extra
    }
}

/// The permissions of `permissions` beyond what the role should give, each with why, the
/// gravest first, each once.
pub fn too_broad<'a>(
    permissions: impl IntoIterator<Item = &'a str>,
    hierarchical_namespace: bool,
) -> Vec<(String, Broad)> {
    let needed = facts::permissions(hierarchical_namespace);
    let mut found: Vec<(String, Broad)> = Vec::new();
    for permission in permissions {
        if needed.contains(&permission) || found.iter().any(|(p, _)| p == permission) {
            continue;
        }
        found.push((permission.to_owned(), broad(permission)));
    }
    found.sort_by(|a, b| a.1.cmp(&b.1).then_with(|| a.0.cmp(&b.0)));
    found
}

/// One binding of an allow policy.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Binding {
    pub role: String,
    pub members: Vec<String>,
    pub conditional: bool,
}

/// The bindings of an allow policy as `get-iam-policy --format=json` prints it; `None` when
/// the value is not a policy.
pub fn bindings(policy: &Value) -> Option<Vec<Binding>> {
    let object = policy.as_object()?;
    if !object.contains_key("bindings") && !object.contains_key("etag") {
        return None;
    }
    let list = match object.get("bindings") {
        None | Some(Value::Null) => return Some(Vec::new()),
        Some(list) => list.as_array()?,
    };
    list.iter()
        .map(|binding| {
            let role = binding.get("role")?.as_str()?.to_owned();
            let members = binding
                .get("members")?
                .as_array()?
                .iter()
                .map(|m| m.as_str().map(str::to_owned))
                .collect::<Option<Vec<String>>>()?;
            let conditional = binding.get("condition").is_some_and(|c| !c.is_null());
            Some(Binding {
                role,
                members,
                conditional,
            })
        })
        .collect()
}

/// `serviceAccount:EMAIL`, as a binding names the service account.
pub fn member(email: &str) -> String {
    format!("serviceAccount:{email}")
}

/// Whether `candidate` names the service account `email` (emails compare without case).
pub fn is_member(candidate: &str, email: &str) -> bool {
    candidate
        .strip_prefix("serviceAccount:")
        .is_some_and(|e| e.eq_ignore_ascii_case(email))
}

/// Whether `candidate` names a deleted service account `email`
/// (`deleted:serviceAccount:EMAIL?uid=…`).
pub fn is_deleted_member(candidate: &str, email: &str) -> bool {
    candidate
        .strip_prefix("deleted:serviceAccount:")
        .map(|rest| rest.split('?').next().unwrap_or(rest))
        .is_some_and(|e| e.eq_ignore_ascii_case(email))
}

/// Members that open the bucket to anyone.
pub fn is_public(candidate: &str) -> bool {
    matches!(candidate, "allUsers" | "allAuthenticatedUsers")
}
